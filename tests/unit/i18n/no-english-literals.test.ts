// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Files whose user-visible text all comes from the catalogues. */
const CONVERTED = [
  'renderer/main.ts',
  'renderer/ui/toolbar.ts',
  'renderer/ui/library-panel.ts',
  'renderer/ui/source-pane.ts',
  'renderer/ui/annotations-panel.ts',
  'renderer/ui/classification-bar.ts',
  'renderer/ui/modal-dialog.ts',
  'renderer/ui/confirm-dialog.ts',
  'renderer/ui/save-as-dialog.ts',
  'renderer/ui/open-note-dialog.ts',
  'renderer/ui/import-article-dialog.ts',
  'renderer/ui/recovery-dialog.ts',
  'renderer/ui/conflict-dialog.ts',
  'renderer/ui/settings-dialog.ts',
  'renderer/app/citations.ts',
  'renderer/app/confirm-discard.ts',
  'renderer/app/export-note.ts',
  'renderer/app/note-annotations.ts',
  'renderer/app/note-commands.ts',
  'renderer/app/note-file-drop.ts',
  'renderer/app/note-session.ts',
  'renderer/app/source-annotations.ts',
];

/**
 * Where English text would reach the screen: a string literal (or template)
 * starting with a capital and a lower-case letter, or a sentence, given as
 * an element's child, a label, a tip, a placeholder, a dialog's words or a report.
 */
const WORDS = String.raw`['\`\u201c](?:[A-Z][a-z]|[a-z]+ [a-z]+)`;
const LITERAL_TEXT = [
  new RegExp(String.raw`element\(\s*'\w+'\s*,\s*\{[^}]*\}\s*,[^)]*?` + WORDS),
  new RegExp(String.raw`dialogButton\(\s*` + WORDS),
  new RegExp(String.raw`\b(?:button|textButton)\(\s*` + WORDS),
  new RegExp(String.raw`'aria-label':\s*` + WORDS),
  new RegExp(String.raw`\b(?:title|placeholder|message|confirmLabel|confirm|notice):\s*` + WORDS),
  new RegExp(String.raw`\b(?:report|notify|openModalDialog)\(\s*` + WORDS),
  new RegExp(String.raw`textContent\s*=\s*` + WORDS),
];

describe('converted files', () => {
  it.each(CONVERTED)('%s shows no English literal', (file) => {
    const lines = readFileSync(path.resolve(file), 'utf8').split('\n');
    const found = lines.flatMap((line, index) => (LITERAL_TEXT.some((pattern) => pattern.test(line)) ? [`${index + 1}: ${line.trim()}`] : []));
    expect(found).toEqual([]);
  });

  it('would catch a literal label', () => {
    const line = `const button = element('button', { type: 'button' }, 'Save');`;
    expect(LITERAL_TEXT.some((pattern) => pattern.test(line))).toBe(true);
    expect(LITERAL_TEXT.some((pattern) => pattern.test(`report('This note is read-only.')`))).toBe(true);
    expect(LITERAL_TEXT.some((pattern) => pattern.test(`labelled(element('button', { type: 'button' }), 'toolbar.save')`))).toBe(false);
  });
});
