// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lint } from 'markdownlint/sync';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import { splitFrontMatter } from '../../../core/export/markdown/front-matter';
import type { NoteFile } from '../../../core/document/note-file';
import { NOW, SOURCE, cite, citation, h, li, noteOf, p, t, ul } from './note-builders';

const LINT = { default: true, MD013: false, MD025: { front_matter_title: '' } } as const;

function body(note: NoteFile): string {
  return splitFrontMatter(noteToMarkdown(note)).body.trimStart();
}

function imported(markdown: string): NoteFile {
  const result = markdownToNote(markdown, NOW, { sources: [SOURCE] });
  if (!result.ok) throw new Error(result.problem);
  return result.note;
}

const annex = noteOf(
  [
    h(2, t('Abbreviations')),
    ul(
      li(p(t('EWG PKO — Experts’ Working Group on Peacekeeping Operations '), cite('c1', 1))),
      li(p(t('UN — not expanded in the article'))),
      li(p(t('A|B', 'bold'), t(' — a *pipe* and '), t('code', 'code'))),
    ),
  ],
  { sources: [SOURCE], annotations: [citation('c1', 'Experts’ Working Group on Peacekeeping Operations')] },
);

describe('the abbreviations annex as a table', () => {
  it('is written as a two-column GFM table with the citation in its row', () => {
    expect(body(annex)).toBe(
      [
        '## Abbreviations',
        '',
        '| Abbreviation | Meaning |',
        '| --- | --- |',
        '| EWG PKO | Experts’ Working Group on Peacekeeping Operations [^1] |',
        '| UN | not expanded in the article |',
        '| **A\\|B** | a \\*pipe\\* and `code` |',
        '',
        '[^1]: Vietnam News Agency, “Viet Nam, Japan hold 16th meeting of ADMM-Plus experts’ working group”, 2022-10-11, <https://en.vietnamplus.vn/ewg-pko-16.html>, ¶1: “Experts’ Working Group on Peacekeeping Operations”.',
        '',
      ].join('\n'),
    );
  });

  it('passes markdownlint', () => {
    const results = lint({ strings: { note: noteToMarkdown(annex) }, config: LINT });
    expect(results.note).toEqual([]);
  });

  it('is read back as the list, so export → import → export is identical', () => {
    const markdown = noteToMarkdown(annex);
    const note = imported(markdown);
    expect(note.doc.content?.[1]?.type).toBe('bulletList');
    expect(note.doc.content?.[1]?.content?.[1]).toEqual(li(p(t('UN — not expanded in the article'))));
    expect(noteToMarkdown(note)).toBe(markdown);
  });

  it('stays a list under any other heading, or when an item has no " — "', () => {
    const participants = noteOf([h(2, t('Participants')), ul(li(p(t('Col. Nguyen Nhu Canh — Deputy Director'))))]);
    expect(body(participants)).toContain('- Col. Nguyen Nhu Canh — Deputy Director');
    const mixed = noteOf([h(2, t('Abbreviations')), ul(li(p(t('UN — United Nations'))), li(p(t('see the article'))))]);
    expect(body(mixed)).toContain('- UN — United Nations\n- see the article');
  });

  it('stays a list when a cell would not read back the same (edge spaces, a line break)', () => {
    const spaced = noteOf([h(2, t('Abbreviations')), ul(li(p(t('UN —  two spaces'))))]);
    expect(body(spaced)).toContain('- UN —  two spaces');
  });

  it('reads only a table headed "Abbreviation | Meaning" as the annex; other tables stay text', () => {
    const note = imported('## Abbreviations\n\n| Abbreviation | Meaning |\n|:--|--|\n| ASEAN | Association of Southeast Asian Nations |\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(note.doc.content?.[1]).toEqual(ul(li(p(t('ASEAN — Association of Southeast Asian Nations')))));
    expect(note.doc.content?.[2]).toEqual(p(t('| a | b | | - | - | | 1 | 2 |')));
  });
});
