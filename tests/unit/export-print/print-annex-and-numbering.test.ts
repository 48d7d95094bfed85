import { describe, expect, it } from 'vitest';
import type { NoteFile } from '../../../core/document/note-file';
import { noteToPrintHtml, type PrintHtmlOptions } from '../../../core/export/print/note-to-print-html';
import { pageNumberingFor } from '../../../core/export/print/page-numbering';
import { pdfMetadataFor } from '../../../core/export/print/pdf-metadata';
import { cite, citationOf, h, p, printNote, text } from './print-note';

const options: PrintHtmlOptions = { pageSize: 'A4', copy: 'clean', fontUrl: (file) => `fonts/${file}` };
const print = (note: NoteFile, overrides: Partial<PrintHtmlOptions> = {}) => noteToPrintHtml(note, { ...options, ...overrides });
const sourcesOf = (html: string) => /<section class="endnotes sources">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';

describe('repeated citations of one passage', () => {
  const again = citationOf('c2', 'Col. Nguyễn Như Cảnh, Deputy Director');
  const note = printNote([p(text('First'), cite('c1', 2), text(', same id'), cite('c1', 2), text(', same passage cited anew'), cite('c2', 2), text(', another'), cite('c3', 3))], {
    annotations: [citationOf('c1', 'Col. Nguyễn Như Cảnh, Deputy Director'), again, citationOf('c3', 'strengthen cooperation')],
  });
  const html = print(note);

  it('share one endnote, whether they carry the same citation id or quote the same words of the same source', () => {
    expect(html.match(/href="#source-1"/g)).toHaveLength(3);
    expect(html).toContain('another<sup class="note-ref"><a href="#source-2">2</a></sup>');
    expect(sourcesOf(html).match(/<li /g)).toHaveLength(2);
  });

  it('stay apart when the same words come from another source', () => {
    const other = { ...again, sourceId: 'source-2' };
    const twoSources = { ...note, sources: [...note.sources, { ...note.sources[0]!, id: 'source-2' }], annotations: [note.annotations[0]!, other, note.annotations[2]!] };
    expect(sourcesOf(print(twoSources)).match(/<li /g)).toHaveLength(3);
  });
});

describe('the source article as an annex', () => {
  const note = printNote([p(text('Co-chaired'), cite('c1', 2))], { annotations: [citationOf('c1', 'Col. Nguyễn Như Cảnh, Deputy Director')] });

  it('follows on a new page, names the source and numbers every paragraph as the endnotes cite them', () => {
    const html = print(note);
    const annex = /<section class="annex source-annex"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(annex).toContain('<h2>Annex A: Source article</h2>');
    expect(annex).toContain('Vietnam News Agency, “Vietnam, Japan co-chair EWG PKO meeting”');
    expect(annex).toContain('<p class="source-paragraph" id="annex-1-p2"><span class="paragraph-number">¶2</span> Col. Nguyễn Như Cảnh');
    expect(annex.match(/class="source-paragraph"/g)).toHaveLength(3);
    expect(html).toMatch(/\.annex \{ break-before: page;/);
    expect(sourcesOf(html)).toContain('<a href="#annex-1-p2">¶2</a>.');
  });

  it('is left out on request, and its text is escaped', () => {
    expect(print(note, { includeSource: false })).not.toContain('Annex A');
    const hostile = { ...note, sources: [{ ...note.sources[0]!, text: '<script>alert(1)</script>' }] };
    expect(print(hostile)).toContain('¶1</span> &lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('page numbering', () => {
  it('follows Vietnam’s convention for the Vietnam preset or a Vietnamese level, else "Page X of Y"', () => {
    expect(pageNumberingFor('Mật')).toBe('vietnam');
    expect(pageNumberingFor('TỐI MẬT'.normalize('NFD'))).toBe('vietnam');
    expect(pageNumberingFor('', 'vietnam')).toBe('vietnam');
    expect(pageNumberingFor('SECRET', 'generic')).toBe('page-of-total');
    expect(pageNumberingFor('')).toBe('page-of-total');
  });

  it('in Vietnam style: the number centred at the top from page 2, above the banner, and no "Page X of Y"', () => {
    const css = print(printNote([], { meta: { classification: 'Mật' } }));
    expect(css).not.toContain('counter(pages)');
    expect(css).toMatch(/@top-center \{ content: counter\(page\) "\\A" "Mật";/);
    expect(css).toMatch(/@page :first \{\s*@top-center \{ content: "Mật";/);
    expect(css).toMatch(/@bottom-center \{ content: "Mật";/);
    const unmarked = print(printNote([], { meta: { classification: '' } }), { pageNumbering: 'vietnam' });
    expect(unmarked).toMatch(/@page :first \{\s*@top-center \{ content: none;/);
  });
});

describe('pdfMetadataFor', () => {
  it('takes the drafter as author, else the app’s author name', () => {
    expect(pdfMetadataFor(printNote([])).author).toBe('Maj. Tran Thi B');
    expect(pdfMetadataFor(printNote([], { meta: { drafter: '' } }), { authorName: 'Lt. Col. Le Van C' }).author).toBe('Lt. Col. Le Van C');
  });

  it('says the level first in the subject and lists level, reference, publisher and defined acronyms as keywords', () => {
    const metadata = pdfMetadataFor(printNote([]));
    expect(metadata.subject).toBe('SECRET – EWG PKO: 16th meeting – for Director, Department of Peacekeeping Operations');
    expect(metadata.keywords).toEqual(['SECRET', 'PKO/2022/117', 'Vietnam News Agency', 'EWG PKO']);
    expect(metadata.creator).toBe('Briefing Desk');
  });

  it('leaves out what the note does not have', () => {
    const bare = pdfMetadataFor({ ...printNote([], { meta: { title: '', classification: '', reference: '', addressee: '', drafter: '' } }), sources: [] });
    expect(bare).toEqual({ title: 'Untitled note', author: '', subject: 'Untitled note', keywords: [], creator: 'Briefing Desk' });
  });
});

describe('the body under the title block', () => {
  it('leaves out a first heading that repeats the title, and prints the shallowest heading as h2', () => {
    const html = print(printNote([h(1, 'EWG PKO: 16th meeting'), h(2, 'Purpose'), h(3, 'Detail')]));
    expect(html.match(/EWG PKO: 16th meeting<\/h/g)).toHaveLength(1);
    expect(html).toContain('<h2>Purpose</h2>');
    expect(html).toContain('<h3>Detail</h3>');
    expect(print(printNote([h(1, 'Purpose'), h(2, 'Detail')]))).toContain('<h2>Purpose</h2>');
  });

  it('sets a citation marker on the word before it', () => {
    expect(print(printNote([p(text('October 11. '), cite('c1', 2))], { annotations: [citationOf('c1', 'Col. Nguyễn Như Cảnh')] }))).toContain('October 11.<sup class="note-ref">');
  });
});
