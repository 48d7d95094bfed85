import { describe, expect, it } from 'vitest';
import type { NoteFile } from '../../../core/document/note-file';
import { noteToPrintHtml, type PrintHtmlOptions } from '../../../core/export/print/note-to-print-html';
import { cite, citationOf, h, p, printNote, text } from './print-note';

const options: PrintHtmlOptions = { pageSize: 'A4', copy: 'clean', fontUrl: (file) => `fonts/${file}` };
const print = (note: NoteFile, overrides: Partial<PrintHtmlOptions> = {}) => noteToPrintHtml(note, { ...options, ...overrides });

const thread = (id: string, quote: string, commentText: string, author = 'lan') => ({
  id,
  kind: 'comment',
  status: 'open',
  quote,
  comments: [{ id: `m-${id}`, author, created: '2026-11-28T09:00:00.000Z', edited: null, text: commentText }],
  resolved: null,
});

describe('noteToPrintHtml: hostile content', () => {
  const hostile = '<script>alert(1)</script>" onerror="alert(2)';
  const note = printNote(
    [
      h(1, hostile),
      p(text(hostile), text('click', [{ type: 'link', attrs: { href: 'javascript:alert(3)' } }]), text('data', [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(4)</script>' } }])),
      p(text('commented', [{ type: 'comment', attrs: { threadId: 't1' } }])),
      { type: '<img src=x onerror=alert(5)>', content: [p(text('unknown node'))] },
    ],
    {
      meta: { title: hostile, drafter: hostile, addressee: hostile, reference: hostile, classification: `SECRET"; } body { display: none } </style><script>alert(6)</script>` },
      annotations: [thread('t1', hostile, hostile, hostile)],
    },
  );

  it.each(['clean', 'review'] as const)('never lets markup from the note through (%s copy)', (copy) => {
    const html = print(note, { copy });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<\/style>[\s\S]*<\/style>/);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/href="data:/i);
    expect(html).not.toContain('" onerror=');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(2)');
    expect(html).toContain('unknown node');
  });

  it('prints a refused link as plain text', () => {
    expect(print(note)).toContain('&quot;alert(2)click');
  });

  it('keeps allowed links', () => {
    const html = print(printNote([p(text('VNA', [{ type: 'link', attrs: { href: 'https://en.vietnamplus.vn/a?b=1&c=2' } }]), text(' mail', [{ type: 'link', attrs: { href: 'mailto:desk@example.org' } }]))]));
    expect(html).toContain('<a href="https://en.vietnamplus.vn/a?b=1&amp;c=2">VNA</a>');
    expect(html).toContain('<a href="mailto:desk@example.org"> mail</a>');
  });
});

describe('noteToPrintHtml: document', () => {
  const html = print(printNote([p(text('Body.'))]));

  it('is a complete HTML document with title and metadata', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>EWG PKO: 16th meeting</title>');
    expect(html).toContain('<meta name="author" content="Maj. Tran Thi B">');
    expect(html).toContain('<meta name="subject" content="SECRET – EWG PKO: 16th meeting – for Director, Department of Peacekeeping Operations">');
    expect(html).toContain('<meta name="keywords" content="SECRET, PKO/2022/117, Vietnam News Agency, EWG PKO">');
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });

  it('opens with a title block: title, reference, date, addressee, drafter', () => {
    const block = /<header class="title-block">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '';
    expect(block).toContain('<h1>EWG PKO: 16th meeting</h1>');
    expect(block).toContain('<dt>Reference</dt><dd>PKO/2022/117</dd>');
    expect(block).toContain('<dt>Date</dt><dd>2022-10-11</dd>');
    expect(block).toContain('<dt>To</dt><dd>Director, Department of Peacekeeping Operations</dd>');
    expect(block).toContain('<dt>From</dt><dd>Maj. Tran Thi B</dd>');
    expect(html.indexOf('title-block')).toBeLessThan(html.indexOf('Body.'));
  });

  it('leaves empty fields out of the title block', () => {
    const bare = print(printNote([], { meta: { reference: '', date: null, drafter: '', addressee: '', title: '' } }));
    expect(bare).toContain('<header class="title-block"><h1>Untitled note</h1></header>');
  });

  it('declares the fonts through fontUrl and sets up the page', () => {
    for (const file of ['NotoSerif-Regular.ttf', 'NotoSerif-BoldItalic.ttf', 'NotoSans-Bold.ttf']) expect(html).toContain(`url("fonts/${file}") format("truetype")`);
    expect(html).toContain('size: A4;');
    expect(print(printNote([]), { pageSize: 'Letter' })).toContain('size: letter;');
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(html).toMatch(/h1, h2, h3, h4, h5, h6 \{[^}]*break-after: avoid/);
    expect(html).toMatch(/blockquote \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/tr[^{]*\{[^}]*break-inside: avoid/);
  });

  it('prints the classification banner top and bottom in the level’s colours', () => {
    const top = /@top-center \{([^}]*)\}/.exec(html)?.[1] ?? '';
    const bottom = /@bottom-center \{([^}]*)\}/.exec(html)?.[1] ?? '';
    for (const box of [top, bottom]) {
      expect(box).toContain('content: "SECRET";');
      expect(box).toContain('font-weight: bold;');
      expect(box).toContain('background: #c8102e;');
      expect(box).toContain('color: #ffffff;');
    }
  });

  it('finds national levels, Vietnamese included', () => {
    const html = print(printNote([], { meta: { classification: 'Tối mật' } }), { pageNumbering: 'page-of-total' });
    expect(html).toContain('content: "Tối mật";');
    expect(html).toContain('background: #c8102e;');
  });

  it('gives an unknown level the neutral banner, and an unmarked note none', () => {
    expect(print(printNote([], { meta: { classification: 'EYES ONLY' } }))).toContain('background: #5f6368;');
    const unmarked = print(printNote([], { meta: { classification: '' } }));
    expect(unmarked).not.toContain('@top-center');
    expect(unmarked).toContain('@bottom-right');
  });
});

describe('noteToPrintHtml: body', () => {
  it('serialises StarterKit nodes and marks', () => {
    const html = print(
      printNote([
        h(2, 'Key points'),
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('bold', [{ type: 'bold' }, { type: 'italic' }]))] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('struck', [{ type: 'strike' }]), text('under', [{ type: 'underline' }]), text('x<y', [{ type: 'code' }]))] }] },
        { type: 'blockquote', content: [p(text('quoted'), { type: 'hardBreak' }, text('next line'))] },
        { type: 'codeBlock', content: [text('a < b\n  indented')] },
        { type: 'horizontalRule' },
      ]),
    );
    expect(html).toContain('<h2>Key points</h2>');
    expect(html).toContain('<ol start="3"><li><p><strong><em>bold</em></strong></p></li></ol>');
    expect(html).toContain('<ul><li><p><s>struck</s><u>under</u><code>x&lt;y</code></p></li></ul>');
    expect(html).toContain('<blockquote><p>quoted<br>next line</p></blockquote>');
    expect(html).toContain('<pre><code>a &lt; b\n  indented</code></pre>');
    expect(html).toContain('<hr>');
  });
});

describe('noteToPrintHtml: citations', () => {
  const note = printNote(
    [
      p(text('Vietnam co-chaired'), cite('c1', 2), text('; cooperation'), cite('c2', 3), text(' again'), cite('c1', 2), cite('gone', 1)),
    ],
    {
      annotations: [
        citationOf('c1', 'Col. Nguyễn Như Cảnh, Deputy Director'),
        citationOf('c2', 'strengthen cooperation in UN peacekeeping'),
        { ...citationOf('gone', 'The two sides agreed'), sourceId: 'missing-source' },
      ],
    },
  );
  const html = print(note, { includeSource: false });
  const sources = /<section class="endnotes sources">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';

  it('numbers citations in order of first use and reuses a number', () => {
    expect(html).toContain('Vietnam co-chaired<sup class="note-ref"><a href="#source-1">1</a></sup>; cooperation<sup class="note-ref"><a href="#source-2">2</a></sup> again<sup class="note-ref"><a href="#source-1">1</a></sup>');
  });

  it('lists them under "Sources", naming the source and paragraph and quoting the passage', () => {
    expect(sources).toContain('<h2>Sources</h2>');
    expect(sources).toContain('<li id="source-1">Vietnam News Agency, “Vietnam, Japan co-chair EWG PKO meeting”, 2022-10-11, <a href="https://en.vietnamplus.vn/example.vnp">https://en.vietnamplus.vn/example.vnp</a>, ¶2.<blockquote>“Col. Nguyễn Như Cảnh, Deputy Director”</blockquote></li>');
    expect(sources, 'a source named again by its publisher only').toContain('<li id="source-2">Vietnam News Agency, ¶3.<blockquote>“strengthen cooperation in UN peacekeeping”</blockquote></li>');
  });

  it('shows a citation whose source is gone as broken', () => {
    expect(sources).toContain('<li id="source-3"><span class="broken">Citation broken');
  });

  it('shows a citation whose passage is gone as broken, with the recorded quote, never another passage', () => {
    const edited = { ...note, sources: note.sources.map((source) => ({ ...source, text: source.text.replace('strengthen cooperation', 'deepen ties') })) };
    const item = /<li id="source-2">[\s\S]*?<\/li>/.exec(print(edited))?.[0] ?? '';
    expect(item).toContain('Citation broken: the passage is no longer in the source.');
    expect(item).toContain('Recorded quote: “strengthen cooperation in UN peacekeeping”');
  });

  it('finds a passage that moved and numbers the paragraph where it now is', () => {
    const moved = { ...note, sources: note.sources.map((source) => ({ ...source, text: `A new first paragraph.\n\n${source.text}` })) };
    expect(print(moved, { includeSource: false })).toContain('¶3.<blockquote>“Col. Nguyễn Như Cảnh, Deputy Director”</blockquote>');
  });

  it('has no Sources section without citations', () => {
    expect(print(printNote([p(text('No citations.'))]))).not.toContain('Sources');
  });
});

describe('noteToPrintHtml: clean and review copies', () => {
  const note = printNote(
    [
      p(text('The meeting was held by '), text('video conference', [{ type: 'comment', attrs: { threadId: 't1' } }]), text(' on '), text('October 11', [{ type: 'highlight', attrs: { highlightId: 'h1', meaning: 'verify' } }]), text('.')),
    ],
    { annotations: [thread('t1', 'video conference', 'Was Japan present\nin person?'), { ...thread('t2', 'deleted text', 'Detached thread.', 'minh'), status: 'resolved', resolved: { by: 'minh', at: '2026-11-28T10:00:00.000Z' } }] },
  );

  it('leaves comments and highlights out of the clean copy', () => {
    const html = print(note, { copy: 'clean' });
    expect(html).toContain('<p>The meeting was held by video conference on October 11.</p>');
    expect(html).not.toContain('Comments');
    expect(html).not.toContain('Was Japan present');
    expect(html).not.toContain('Detached thread.');
  });

  it('prints comments as endnotes in the review copy: author and text, detached threads too', () => {
    const html = print(note, { copy: 'review' });
    expect(html).toContain('<span class="comment-anchor">video conference</span><sup class="note-ref"><a href="#comment-1">C1</a></sup> on <mark class="highlight-verify">October 11</mark>.');
    const comments = /<section class="endnotes comments">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(comments).toContain('<h2>Comments</h2>');
    expect(comments).toContain('<li id="comment-1" value="1">On “video conference”<p><strong>lan</strong>: Was Japan present<br>in person?</p></li>');
    expect(comments).toContain('<li id="comment-2" value="2">On “deleted text” <em>(resolved by minh)</em><p><strong>minh</strong>: Detached thread.</p></li>');
  });

  it('puts one marker after a comment spanning several text nodes', () => {
    const mark = { type: 'comment', attrs: { threadId: 't1' } };
    const html = print(printNote([p(text('video ', [mark]), text('conference', [mark, { type: 'bold' }]))], { annotations: [thread('t1', 'video conference', 'Hm.')] }), { copy: 'review' });
    expect(html.match(/#comment-1/g)).toHaveLength(1);
    expect(html).toContain('<span class="comment-anchor">video </span><span class="comment-anchor"><strong>conference</strong></span><sup class="note-ref"><a href="#comment-1">C1</a></sup>');
  });
});
