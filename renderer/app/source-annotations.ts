import { t, tCount } from '../i18n/ui-language';
import type { Editor } from '@tiptap/core';
import { highlightsIn, type HighlightMeaning } from '../../core/annotations/highlight';
import { describePassage, locatePassage, type PassageSelectors, type TextRange } from '../../core/annotations/text-selectors';
import { paragraphNumberAt, sourceTextOf } from '../../core/article/source-text';
import type { Annotation, SourceArticle } from '../../core/document/note-file';
import type { NoteSession } from './note-session';
import type { SourcePane } from '../ui/source-pane';
import { askForArticle } from '../ui/import-article-dialog';
import { loadArticleReading, parseHtml } from './article-drafts';

export interface SourceAnnotations {
  highlight(source: SourceArticle, range: TextRange, meaning: HighlightMeaning): void;
  /** Replaces the source with a fresh import of the same article and re-anchors everything on it. */
  reimport(source: SourceArticle): Promise<void>;
  /** Paints the shown source's highlights. */
  paint(): void;
}

/** Highlights on the attached article, anchored by W3C selectors so they survive a re-import. */
export function createSourceAnnotations(editor: Editor, session: NoteSession, pane: SourcePane, report: (message: string) => void): SourceAnnotations {
  const paint = (): void => {
    const source = pane.source;
    if (!source) return;
    pane.paint(
      highlightsIn(session.annotations).flatMap((highlight) => {
        if (highlight.sourceId !== source.id || !highlight.selector) return [];
        const range = locatePassage(source.text, highlight.selector);
        return range ? [{ meaning: highlight.meaning, range }] : [];
      }),
    );
  };

  return {
    paint,
    highlight(source, range, meaning) {
      if (session.isReadOnly) return report(t('app.readOnly'));
      const id = `h-${crypto.randomUUID()}`;
      session.setAnnotations([...session.annotations, { id, kind: 'highlight', meaning, sourceId: source.id, selector: describePassage(source.text, range) }]);
      paint();
    },
    async reimport(source) {
      if (session.isReadOnly) return report(t('app.readOnly'));
      const { readArticle } = await loadArticleReading();
      let replacement: SourceArticle | null = null;
      const chosen = await askForArticle(
        [],
        '',
        (input) => {
          const reading = readArticle({ text: input.text, fileName: input.fileName }, parseHtml);
          if (!reading.ok) return reading.problem;
          const { article } = reading;
          // Cut to the note format's limits, as a fresh draft's are.
          const url = article.url || source.url;
          replacement = {
            ...source,
            title: article.title.slice(0, 1000),
            publisher: (article.publisher || source.publisher).slice(0, 200),
            url: url.length <= 2000 ? url : '',
            published: (article.published ?? (article.publishedText || source.published)).slice(0, 100),
            text: sourceTextOf(article.paragraphs),
          };
          return null;
        },
        { title: t('app.reimportTitle'), confirm: t('app.reimportConfirm') },
      );
      if (!chosen || !replacement) return;
      // Another note may have been loaded while the dialog was open: its article is not this one.
      if (!session.sources.includes(source)) return report(t('app.reimportRaced'));
      const fresh: SourceArticle = replacement;
      const { annotations, lost, found } = reanchor(session.annotations, source.id, fresh.text);
      renumberCitations(editor, annotations, fresh.text, found);
      session.replaceSource(fresh, annotations);
      paint();
      report(lost ? tCount('app.reimportLost', lost) : t('app.reimported'));
    },
  };
}

/** Each annotation on the source gets selectors for where its passage now is; ones whose passage is gone keep theirs. */
function reanchor(annotations: readonly Annotation[], sourceId: string, text: string): { annotations: Annotation[]; lost: number; found: Set<string> } {
  let lost = 0;
  const found = new Set<string>();
  const next = annotations.map((entry) => {
    const anchored = entry as Annotation & { sourceId?: string | null; selector?: PassageSelectors | null };
    if (anchored.sourceId !== sourceId || !anchored.selector) return entry;
    const range = locatePassage(text, anchored.selector);
    if (!range) {
      lost++;
      return entry;
    }
    found.add(entry.id);
    return { ...entry, selector: describePassage(text, range) };
  });
  return { annotations: next, lost, found };
}

/** Citation markers show the paragraph number; after a re-import it may have changed (only for those found again). */
function renumberCitations(editor: Editor, annotations: readonly Annotation[], text: string, found: ReadonlySet<string>): void {
  const paragraphs = new Map<string, number>();
  for (const entry of annotations) {
    const citation = entry as Annotation & { selector?: PassageSelectors };
    if (citation.kind === 'citation' && citation.selector && found.has(citation.id)) paragraphs.set(citation.id, paragraphNumberAt(text, citation.selector[1].start));
  }
  const { tr, doc } = editor.state;
  doc.descendants((node, position) => {
    if (node.type.name !== 'citation') return;
    const paragraph = paragraphs.get(String(node.attrs.citationId));
    if (paragraph !== undefined && paragraph !== node.attrs.paragraph) tr.setNodeMarkup(position, undefined, { ...node.attrs, paragraph });
  });
  if (tr.docChanged) editor.view.dispatch(tr);
}
