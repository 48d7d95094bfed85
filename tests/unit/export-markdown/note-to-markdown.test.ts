// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import { br, comment, h, highlight, li, noteOf, ol, p, quote, sampleNote, t, thread, ul } from './note-builders';

const bodyOf = (markdown: string): string => markdown.slice(markdown.indexOf('\n---\n', 4) + 5);

describe('noteToMarkdown', () => {
  it('writes headings, nested lists, marks, quotes, code and rules as CommonMark + GFM', () => {
    const body = bodyOf(noteToMarkdown(sampleNote()));
    expect(body).toContain('\n# EWG PKO: 16th meeting\n\n## Summary\n');
    expect(body).toContain('Viet Nam and Japan **co-chaired** the meeting[^1], held by *video conference*. Figures were ~~not~~ given;');
    expect(body).toContain('see [the report](https://en.vietnamplus.vn/ewg-pko-16.html) and `ADMM-Plus`.');
    expect(body).toContain('1. Cooperation in UN peacekeeping[^2]\n2. Defence industry\n   - Training\n   - Equipment\n');
    expect(body).toContain('\n> The two sides agreed to strengthen cooperation.\n');
    expect(body).toContain('\n```text\nEWG PKO 2022-10-11\n  cohort: 16\n```\n\n---\n\nSecond line follows\\\nafter a break[^1]\n');
  });

  it('opens the longer of two marks outside, so neither is closed and reopened', () => {
    const written = (...content: ReturnType<typeof t>[]): string => bodyOf(noteToMarkdown(noteOf([p(...content)]))).trim();
    expect(written(t('foo', 'bold', 'italic'), t(' bar', 'italic'))).toBe('***foo** bar*');
    expect(written(t('foo', 'bold', 'italic'), t(' bar', 'bold'))).toBe('***foo* bar**');
    expect(written(t('a', 'strike', 'italic'), t('b', 'strike'), t(' c', 'strike', 'bold'))).toBe('~~*a*b **c**~~');
  });

  it('writes YAML front matter with the metadata and the first source', () => {
    const markdown = noteToMarkdown(sampleNote());
    expect(markdown.slice(0, markdown.indexOf('\n---\n') + 5)).toBe(
      [
        '---',
        'title: "EWG PKO: 16th meeting"',
        'date: 2022-10-11',
        'classification: RESTRICTED',
        'reference: PKO/2022/117',
        'status: draft',
        'drafter: Maj. Tran Thi B',
        'addressee: Director, Department of Peacekeeping Operations',
        'source:',
        '  title: Viet Nam, Japan hold 16th meeting of ADMM-Plus experts’ working group',
        '  publisher: Vietnam News Agency',
        '  date: 2022-10-11',
        '  url: https://en.vietnamplus.vn/ewg-pko-16.html',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('numbers citations by first appearance and quotes the passage, naming the source in full once', () => {
    const markdown = noteToMarkdown(sampleNote());
    expect(markdown.match(/\[\^1\]/g)).toHaveLength(3);
    expect(markdown).toContain(
      '\n[^1]: Vietnam News Agency, “Viet Nam, Japan hold 16th meeting of ADMM-Plus experts’ working group”, 2022-10-11, <https://en.vietnamplus.vn/ewg-pko-16.html>, ¶2: “co-chaired by Viet Nam and Japan”.\n',
    );
    expect(markdown).toContain('\n[^2]: VNA, “Viet Nam, Japan hold 16th meeting of ADMM-Plus experts’ working group”, ¶3: “strengthen cooperation in UN peacekeeping”.\n');
  });

  it('keeps a citation whose annotation is missing as its "[¶n]" text', () => {
    const note = noteOf([p(t('Claimed'), { type: 'citation', attrs: { citationId: 'gone', paragraph: 4 } })]);
    expect(bodyOf(noteToMarkdown(note))).toBe('\nClaimed\\[¶4\\]\n');
  });

  it('drops comments, highlights and underline by default, keeping their text', () => {
    const markdown = noteToMarkdown(sampleNote());
    expect(markdown).not.toMatch(/\[\^c\d|\{==|\{>>/);
    expect(markdown).toContain('   - Equipment\n');
    expect(bodyOf(noteToMarkdown(noteOf([p(t('plain '), t('underlined', 'underline'))])))).toBe('\nplain underlined\n');
  });

  it('writes comments as footnotes after the anchored text, marking resolved threads', () => {
    const markdown = noteToMarkdown(sampleNote(), { comments: 'footnotes' });
    expect(markdown).toContain('**co-chaired** the meeting[^c1][^1], held by *video conference*[^c2].');
    expect(markdown).toContain('\n[^c1]: lan: Was Japan present in person?\n\n    minh: No: by video.\\\n    See the VNA report.\n\n    (Resolved by minh.)\n');
    expect(markdown).toContain('\n[^c2]: lan: Check the \\*format\\* \\[online\\]\n');
  });

  it('writes comments as CriticMarkup around the anchored text', () => {
    const markdown = noteToMarkdown(sampleNote(), { comments: 'criticmarkup' });
    expect(markdown).toContain(
      'Viet Nam and Japan {==**co-chaired** the meeting==}{>>lan: Was Japan present in person?<<}{>>minh: No: by video. See the VNA report.<<}{>>Resolved by minh.<<}[^1]',
    );
    expect(markdown).toContain('held by {==*video conference*==}{>>lan: Check the \\*format\\* \\[online\\]<<}.');
  });

  it('keeps a highlight inside a comment as plain text', () => {
    const note = noteOf([p(t('a '), t('b', comment('t1'), highlight('h1')), t(' c'))], { annotations: [thread('t1', [['lan', 'why?']])] });
    expect(bodyOf(noteToMarkdown(note, { comments: 'footnotes' }))).toBe('\na b[^c1] c\n\n[^c1]: lan: why?\n');
  });

  it.each([
    ['# not a heading', '\\# not a heading'],
    ['#hashtag', '\\#hashtag'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['1.5 million', '1.5 million'],
    ['*stars* and _under_ and snake_case', '\\*stars\\* and \\_under\\_ and snake_case'],
    ['[link](x) and `code`', '\\[link\\](x) and \\`code\\`'],
    ['a | b', 'a \\| b'],
    ['<b>bold</b>', '\\<b>bold\\</b>'],
    ['&amp; stays &amp;', '\\&amp; stays \\&amp;'],
    ['back\\slash', 'back\\\\slash'],
    ['~~not struck~~', '\\~\\~not struck\\~\\~'],
    ['    indented', '&#32;   indented'],
    ['---', '\\---'],
    ['Hà Nội – Đà Nẵng', 'Hà Nội – Đà Nẵng'],
  ])('escapes %j so it stays text', (text, written) => {
    expect(bodyOf(noteToMarkdown(noteOf([p(t(text))])))).toBe(`\n${written}\n`);
  });

  it('escapes line-start syntax after a hard break and a closing "#" in a heading', () => {
    expect(bodyOf(noteToMarkdown(noteOf([p(t('a'), br(), t('=== b')), h(2, t('Issue #'))])))).toBe('\na\\\n=== b\n\n## Issue \\#\n');
    expect(bodyOf(noteToMarkdown(noteOf([p(t('a'), br(), t('==='))])))).toBe('\na\\\n\\===\n');
  });

  it('writes a hard break inside a heading as a space, keeping the heading one line', () => {
    expect(bodyOf(noteToMarkdown(noteOf([h(2, t('Issue'), br(), t('# two'))])))).toBe('\n## Issue \\# two\n');
  });

  it('writes nested lists and a list inside a quote', () => {
    const note = noteOf([ul(li(p(t('one')), ol(li(p(t('first'))), li(p(t('second'))))), li(p(t('two')))), quote(p(t('q')), ul(li(p(t('in quote')))))]);
    expect(bodyOf(noteToMarkdown(note))).toBe('\n- one\n  1. first\n  2. second\n- two\n\n> q\n>\n> - in quote\n');
  });
});

describe('noteToMarkdown keeps emphasis readable', () => {
  it.each([
    [[t('a'), t('(b)', 'bold'), t('c')], 'a(**b**)c'],
    [[t('Hà Nội'), t('[1]', 'bold'), t(' end.')], 'Hà Nội\\[**1\\]** end.'],
    [[t('x'), t(' y ', 'italic'), t('z')], 'x *y* z'],
    [[t('say '), t('“no”', 'bold'), t('.')], 'say **“no”**.'],
  ])('writes punctuation and spaces at a mark’s edge outside it when CommonMark would not read the mark: %j', (content, written) => {
    expect(bodyOf(noteToMarkdown(noteOf([p(...content)])))).toBe(`\n${written}\n`);
  });
});
