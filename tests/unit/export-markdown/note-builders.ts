import { createEmptyNote } from '../../../core/document/note-format';
import type { Annotation, DocumentNode, NoteFile, SourceArticle } from '../../../core/document/note-file';
import { describePassage } from '../../../core/annotations/text-selectors';

type Mark = NonNullable<DocumentNode['marks']>[number];

export function t(text: string, ...marks: (string | Mark)[]): DocumentNode {
  return { type: 'text', text, ...(marks.length ? { marks: marks.map((mark) => (typeof mark === 'string' ? { type: mark } : mark)) } : {}) };
}
export const link = (href: string): Mark => ({ type: 'link', attrs: { href } });
export const comment = (threadId: string): Mark => ({ type: 'comment', attrs: { threadId } });
export const highlight = (highlightId: string): Mark => ({ type: 'highlight', attrs: { highlightId, meaning: 'key' } });

export const p = (...content: DocumentNode[]): DocumentNode => ({ type: 'paragraph', ...(content.length ? { content } : {}) });
export const h = (level: number, ...content: DocumentNode[]): DocumentNode => ({ type: 'heading', attrs: { level }, content });
export const li = (...content: DocumentNode[]): DocumentNode => ({ type: 'listItem', content });
export const ul = (...items: DocumentNode[]): DocumentNode => ({ type: 'bulletList', content: items });
export const ol = (...items: DocumentNode[]): DocumentNode => ({ type: 'orderedList', attrs: { start: 1 }, content: items });
export const quote = (...content: DocumentNode[]): DocumentNode => ({ type: 'blockquote', content });
export const code = (text: string, language: string | null = null): DocumentNode => ({ type: 'codeBlock', attrs: { language }, content: [t(text)] });
export const hr = (): DocumentNode => ({ type: 'horizontalRule' });
export const br = (): DocumentNode => ({ type: 'hardBreak' });
export const cite = (citationId: string, paragraph: number): DocumentNode => ({ type: 'citation', attrs: { citationId, paragraph } });

export const NOW = new Date('2026-11-28T09:00:00.000Z');

export const SOURCE: SourceArticle = {
  id: 'source-1',
  title: 'Viet Nam, Japan hold 16th meeting of ADMM-Plus experts’ working group',
  publisher: 'Vietnam News Agency',
  url: 'https://en.vietnamplus.vn/ewg-pko-16.html',
  published: '2022-10-11',
  text: [
    'Ha Noi (VNA) – The 16th meeting of the ADMM-Plus Experts’ Working Group on Peacekeeping Operations (EWG PKO) took place on October 11.',
    'The meeting was co-chaired by Viet Nam and Japan, with delegates joining by video conference.',
    'The two sides agreed to strengthen cooperation in UN peacekeeping and defence industry.',
  ].join('\n\n'),
};

/** A citation of `exact` in the sample source. */
export function citation(id: string, exact: string): Annotation {
  const start = SOURCE.text.indexOf(exact);
  if (start < 0) throw new Error(`not in the source: ${exact}`);
  return { id, kind: 'citation', sourceId: SOURCE.id, selector: describePassage(SOURCE.text, { start, end: start + exact.length }) };
}

export function thread(id: string, comments: [author: string, text: string][], resolvedBy: string | null = null): Annotation {
  return {
    id,
    kind: 'comment',
    status: resolvedBy ? 'resolved' : 'open',
    quote: '',
    comments: comments.map(([author, text], i) => ({ id: `${id}-m${i}`, author, created: NOW.toISOString(), edited: null, text })),
    resolved: resolvedBy ? { by: resolvedBy, at: NOW.toISOString() } : null,
  };
}

export function noteOf(blocks: DocumentNode[], extra: Partial<Pick<NoteFile, 'sources' | 'annotations'>> & { meta?: Partial<NoteFile['meta']> } = {}): NoteFile {
  const note = createEmptyNote(NOW);
  return {
    ...note,
    meta: { ...note.meta, title: 'EWG PKO: 16th meeting', date: '2022-10-11', ...extra.meta },
    doc: { type: 'doc', content: blocks },
    sources: extra.sources ?? [],
    annotations: extra.annotations ?? [],
  };
}

/** A briefing note using every node and mark the Markdown export handles. */
export function sampleNote(): NoteFile {
  return noteOf(
    [
      h(1, t('EWG PKO: 16th meeting')),
      h(2, t('Summary')),
      p(
        t('Viet Nam and Japan '),
        t('co-chaired', 'bold', comment('t1')),
        t(' the meeting', comment('t1')),
        cite('c1', 2),
        t(', held by '),
        t('video conference', 'italic', comment('t2')),
        t('. Figures were '),
        t('not', 'strike'),
        t(' given; see '),
        t('the report', link('https://en.vietnamplus.vn/ewg-pko-16.html')),
        t(' and '),
        t('ADMM-Plus', 'code'),
        t('.'),
      ),
      h(2, t('Key points')),
      ol(li(p(t('Cooperation in UN peacekeeping'), cite('c2', 3))), li(p(t('Defence industry')), ul(li(p(t('Training'))), li(p(t('Equipment', highlight('h1'))))))),
      quote(p(t('The two sides agreed to strengthen cooperation.'))),
      code('EWG PKO 2022-10-11\n  cohort: 16', 'text'),
      hr(),
      p(t('Second line follows'), br(), t('after a break'), cite('c1', 2)),
    ],
    {
      meta: { classification: 'RESTRICTED', reference: 'PKO/2022/117', drafter: 'Maj. Tran Thi B', addressee: 'Director, Department of Peacekeeping Operations' },
      sources: [SOURCE],
      annotations: [
        citation('c1', 'co-chaired by Viet Nam and Japan'),
        citation('c2', 'strengthen cooperation in UN peacekeeping'),
        thread('t1', [['lan', 'Was Japan present in person?'], ['minh', 'No: by video.\nSee the VNA report.']], 'minh'),
        thread('t2', [['lan', 'Check the *format* [online]']]),
        { id: 'h1', kind: 'highlight', meaning: 'key', sourceId: null, selector: null },
      ],
    },
  );
}
