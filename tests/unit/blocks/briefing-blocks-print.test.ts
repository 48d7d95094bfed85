// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { noteToPrintHtml } from '../../../core/export/print/note-to-print-html';
import type { NoteFile } from '../../../core/document/note-file';
import { h, p, printNote, text } from '../export-print/print-note';
import { decision, marked, rec } from './block-builders';

const print = (note: NoteFile): string => noteToPrintHtml(note, { pageSize: 'A4', copy: 'clean', fontUrl: (file) => `fonts/${file}` });
const bodyOf = (html: string): string => /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
const textOf = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('briefing blocks in print', () => {
  it('prints a decision block as a form with boxes, signature and date lines', () => {
    const body = bodyOf(print(printNote([decision(rec('That you agree.', 'agreed'), rec('That you <note>.', 'noted'), rec('Open.'))])));
    expect(body).toContain('<section class="decision">');
    expect(textOf(body)).toContain('That you agree.☒ Agreed ☐ Not agreed ☐ Noted');
    expect(textOf(body)).toContain('That you &lt;note&gt;.☐ Agreed ☐ Not agreed ☒ Noted');
    expect(textOf(body)).toContain('Open.☐ Agreed ☐ Not agreed ☐ Noted');
    expect(textOf(body)).toContain('Signature:Date:');
  });

  it('keeps the decision block on one page', () => {
    expect(print(printNote([decision(rec('x'))]))).toMatch(/\.decision \{ break-inside: avoid;/);
  });

  it('prefixes each marked block with its portion mark when portion marking is on', () => {
    const blocks = [marked('S', h(1, 'Summary')), marked('C', p(text('Body <b>'))), p(text('Unmarked')), decision(rec('Agree.', null, 'TS'))];
    const on = textOf(bodyOf(print(printNote(blocks, { meta: { portionMarking: true } }))));
    expect(on).toContain('(S) Summary');
    expect(on).toContain('(C) Body &lt;b&gt;');
    expect(on).toContain('(TS) Agree.');
    const off = textOf(bodyOf(print(printNote(blocks))));
    expect(off).not.toContain('(S)');
    expect(off).not.toContain('(TS)');
  });

  it('prints the critical date and its reason in the title block', () => {
    const html = print(printNote([p(text('x'))], { meta: { criticalDate: { date: '2022-10-14', reason: 'Before the <ADMM> meeting' } } }));
    expect(html).toContain('<dt>Critical date</dt><dd>14 October 2022 — Before the &lt;ADMM&gt; meeting</dd>');
    expect(print(printNote([p(text('x'))]))).not.toContain('Critical date');
    const noReason = print(printNote([p(text('x'))], { meta: { criticalDate: { date: '2022-10-14', reason: ' ' } } }));
    expect(noReason).toContain('<dd>14 October 2022</dd>');
  });
});
