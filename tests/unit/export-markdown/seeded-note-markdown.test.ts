// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { lint } from 'markdownlint/sync';
import { readArticleBytes } from '../../../core/article/read-article-bytes';
import { draftFromArticle } from '../../../core/seeding/draft-from-article';
import { BUILTIN_TEMPLATES } from '../../../core/templates/builtin-templates';
import { citationsIn } from '../../../core/annotations/citation';
import { locatePassage } from '../../../core/annotations/text-selectors';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import { noteToPrintHtml } from '../../../core/export/print/note-to-print-html';
import { escapeHtml } from '../../../core/export/print/escape-html';
import type { DocumentNode, NoteFile, SourceArticle } from '../../../core/document/note-file';

const NOW = new Date('2026-11-28T09:00:00.000Z');
const decoded = readArticleBytes(readFileSync(path.resolve('assets/seed-article.txt')), 'auto', 'seed-article.txt');
if (!decoded.ok) throw new Error(decoded.problem);

function seeded(templateIndex: number): NoteFile {
  const draft = draftFromArticle({ text: decoded.ok ? decoded.text : '', fileName: 'seed-article.txt' }, BUILTIN_TEMPLATES[templateIndex]!, NOW, (html) => parseHTML(html).document);
  if (!draft.ok) throw new Error(draft.problem);
  return draft.note;
}

function imported(markdown: string, sources: readonly SourceArticle[] = []): NoteFile {
  const result = markdownToNote(markdown, NOW, { sources });
  if (!result.ok) throw new Error(result.problem);
  return result.note;
}

/** The selectors of the note's citation markers, in the order they appear in its body. */
function citedPassages(note: NoteFile): unknown[] {
  const byId = new Map(citationsIn(note.annotations).map((citation) => [citation.id, citation.selector]));
  const walk = (node: DocumentNode): unknown[] =>
    node.type === 'citation' ? [byId.get(String(node.attrs?.citationId))] : (node.content ?? []).flatMap(walk);
  return walk(note.doc);
}

describe.each(BUILTIN_TEMPLATES.map((template, index) => [template.name, index] as const))('the sample article seeded on %s, through Markdown', (_name, index) => {
  const note = seeded(index);
  const markdown = noteToMarkdown(note);
  const citations = citationsIn(note.annotations);

  it('writes the abbreviations annex as a table, and passes markdownlint', () => {
    expect(markdown).toMatch(/^## Abbreviations\n\n\| Abbreviation \| Meaning \|\n\| --- \| --- \|\n\| A4P \| Action for Peacekeeping Plus \[\^\d+\] \|$/m);
    const results = lint({ strings: { note: markdown }, config: { default: true, MD013: false, MD025: { front_matter_title: '' } } });
    expect(results.note).toEqual([]);
  });

  it('export → import → export is identical without the article, every citation kept unlocated', () => {
    const back = imported(markdown);
    expect(noteToMarkdown(back)).toBe(markdown);
    const unlocated = citationsIn(back.annotations);
    expect(unlocated).toHaveLength(citations.length);
    expect(back.sources).toEqual([{ ...note.sources[0], text: '' }]);
    for (const citation of unlocated) {
      expect(citation.selector[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
      expect(locatePassage(back.sources[0]!.text, citation.selector)).toBeNull();
    }
  });

  it('finds every unlocated quote again once the article is attached', () => {
    const text = note.sources[0]!.text;
    for (const citation of citationsIn(imported(markdown).annotations)) {
      expect(text.replace(/\s+/g, ' ')).toContain(citation.selector[0].exact);
    }
  });

  it('with the article given, citations come back anchored where they were', () => {
    const back = imported(markdown, note.sources);
    expect(noteToMarkdown(back)).toBe(markdown);
    expect(citedPassages(back)).toEqual(citedPassages(note));
  });

  it('prints a note with unlocated citations without failing, showing their quotes', () => {
    const back = imported(markdown);
    const html = noteToPrintHtml(back, { pageSize: 'A4', copy: 'clean', fontUrl: (file) => file });
    expect(html).toContain(escapeHtml(citationsIn(back.annotations)[0]!.selector[0].exact));
  });
});
