// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lint } from 'markdownlint/sync';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import type { NoteFile } from '../../../core/document/note-file';
import { NOW, h, li, noteOf, ol, p, quote, t, ul } from '../export-markdown/note-builders';
import { decision, marked, rec } from './block-builders';

const LINT = { default: true, MD013: false, MD025: { front_matter_title: '' } } as const;

function imported(markdown: string): NoteFile {
  const result = markdownToNote(markdown, NOW);
  if (!result.ok) throw new Error(result.problem);
  return result.note;
}

function lintProblems(markdown: string): string[] {
  return (lint({ strings: { note: markdown }, config: LINT }).note ?? []).map((issue) => `${issue.lineNumber}: ${issue.ruleNames.join('/')} ${issue.errorDetail ?? ''}`);
}

const decisionNote = noteOf([
  h(2, t('Recommendations')),
  ol(li(p(t('An ordinary numbered point')))),
  decision(rec('That you agree Viet Nam co-chairs the EWG PKO.', 'agreed'), rec('That you note the *training* offer [Japan].', 'notAgreed'), rec('That you discuss.', 'noted'), rec('Undecided.')),
  ol(li(p(t('A list after the block')))),
  decision(rec('')),
]);

const portionNote = noteOf(
  [
    marked('S', h(1, t('EWG PKO'))),
    marked('U', p(t('Viet Nam and Japan co-chaired the meeting.'))),
    p(t('(S) looks like a mark but is the drafter’s text')),
    ul(li(marked('C', p(t('A point'))))),
    quote(marked('R', p(t('Quoted')))),
    decision(rec('That you agree.', 'agreed', 'TS')),
  ],
  { meta: { portionMarking: true, classification: 'TOP SECRET' } },
);

const criticalNote = noteOf([p(t('Body'))], { meta: { criticalDate: { date: '2022-10-14', reason: 'Before the ADMM-Plus meeting: "Hà Nội" #1' } } });

describe('briefing blocks in Markdown', () => {
  it('writes a decision block as a numbered list with task boxes and a signature line', () => {
    const markdown = noteToMarkdown(noteOf([decision(rec('That you agree.', 'agreed'), rec('That you note.'))]));
    expect(markdown).toContain(
      ['1) That you agree.', '   - [x] Agreed', '   - [ ] Not agreed', '   - [ ] Noted', '2) That you note.', '   - [ ] Agreed', '   - [ ] Not agreed', '   - [ ] Noted', '', 'Signature: ______ Date: ______'].join('\n'),
    );
  });

  it('writes "(S) " before each marked block and the switch in the front matter', () => {
    const markdown = noteToMarkdown(portionNote);
    expect(markdown).toContain('portion_marking: true');
    expect(markdown).toContain('# (S) EWG PKO');
    expect(markdown).toContain('(U) Viet Nam');
    expect(markdown).toContain('\\(S) looks like a mark');
    expect(markdown).toContain('- (C) A point');
    expect(markdown).toContain('> (R) Quoted');
    expect(markdown).toContain('1) (TS) That you agree.');
  });

  it('leaves portion marks out when portion marking is off', () => {
    const markdown = noteToMarkdown({ ...portionNote, meta: { ...portionNote.meta, portionMarking: false } });
    expect(markdown).not.toContain('(U)');
    expect(markdown).not.toContain('portion_marking');
  });

  it('writes the critical date and its reason in the front matter', () => {
    const markdown = noteToMarkdown(criticalNote);
    expect(markdown).toContain('critical_date: 2022-10-14\n');
    expect(markdown).toContain('critical_date_reason:');
    expect(imported(markdown).meta.criticalDate).toEqual(criticalNote.meta.criticalDate);
  });

  const twelve = Array.from({ length: 12 }, (_, i) => rec(`Recommendation ${i + 1}`, i % 4 === 3 ? null : (['agreed', 'notAgreed', 'noted'] as const)[i % 4]));

  it.each([
    ['a decision block', decisionNote],
    ['twelve recommendations', noteOf([decision(...twelve)])],
    ['a decision in a quote and in a list', noteOf([quote(p(t('Quoted')), decision(rec('In a quote', 'agreed'))), ul(li(p(t('Item')), decision(rec('In a list', 'noted'))))])],
    ['a recommendation with a line break and marks', noteOf([decision({ ...rec('', 'agreed'), content: [t('First line'), { type: 'hardBreak' }, t('bold', 'bold'), t(' and - dash')] })])],
    ['portion marks', portionNote],
    ['a critical date', criticalNote],
  ])('%s: export → import → export is identical and markdownlint-clean', (_name, note) => {
    const markdown = noteToMarkdown(note);
    expect(lintProblems(markdown)).toEqual([]);
    expect(noteToMarkdown(imported(markdown))).toBe(markdown);
  });

  it('reads the blocks back into the same JSON', () => {
    const blocks = imported(noteToMarkdown(decisionNote)).doc.content!;
    expect(blocks.filter((block) => block.type === 'decision')).toEqual([
      decision(rec('That you agree Viet Nam co-chairs the EWG PKO.', 'agreed'), rec('That you note the *training* offer [Japan].', 'notAgreed'), rec('That you discuss.', 'noted'), rec('Undecided.')),
      decision(rec('')),
    ]);
    const back = imported(noteToMarkdown(portionNote));
    expect(back.meta.portionMarking).toBe(true);
    expect(back.doc.content?.[0]).toEqual(marked('S', h(1, t('EWG PKO'))));
    expect(back.doc.content?.[2]).toEqual(p(t('(S) looks like a mark but is the drafter’s text')));
    expect(back.doc.content?.[5]).toEqual(decision(rec('That you agree.', 'agreed', 'TS')));
  });

  it('reads "(S) " as text when the front matter does not turn portion marking on', () => {
    const note = imported('---\ntitle: x\nstatus: draft\n---\n\n(S) Secret-looking text\n');
    expect(note.doc.content).toEqual([p(t('(S) Secret-looking text'))]);
  });

  it('keeps a list that departs from the decision form an ordinary list', () => {
    const note = imported('---\ntitle: x\nstatus: draft\n---\n\n1) Item\n   - [x] Agreed\n   - [x] Not agreed\n   - [ ] Noted\n\nSignature: ______ Date: ______\n');
    expect(note.doc.content?.map((block) => block.type)).toEqual(['orderedList', 'paragraph']);
  });

  it('names a bad critical date in the front matter', () => {
    const result = markdownToNote('---\ntitle: x\ncritical_date: next week\n---\n\nBody\n', NOW);
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('critical_date "next week"') });
    const reasonOnly = markdownToNote('---\ntitle: x\ncritical_date_reason: soon\n---\n\nBody\n', NOW);
    expect(reasonOnly.ok).toBe(false);
  });
});
