import type { Extraction } from '../article/extraction';
import { extractFacts } from '../article/extract-facts';
import { readArticle } from '../article/html-article';
import { NoteFileSchema, type NoteFile } from '../document/note-file';
import type { BriefingTemplate } from '../templates/briefing-template';
import { seedNote } from './seed-note';

export interface ArticleInput {
  /** The article as text, Markdown or HTML (decoded already). */
  text: string;
  /** The file it came from, if any: its extension says how to read it. */
  fileName?: string;
}

export type Draft = { ok: true; note: NoteFile; extraction: Extraction } | { ok: false; problem: string };

/**
 * From an article to a draft note on `template`: read it (HTML through
 * `parseHtml`, which the caller provides because core has no DOM), extract
 * its facts, and seed the template. The same steps for the app and the CLI.
 */
export function draftFromArticle(input: ArticleInput, template: BriefingTemplate, now: Date, parseHtml: (html: string) => unknown): Draft {
  const reading = readArticle({ text: input.text, fileName: input.fileName }, parseHtml);
  if (!reading.ok) return reading;
  const extraction = extractFacts(reading.article);
  const note = seedNote({ article: reading.article, extraction, template, now });
  // A draft that could not be saved must not be offered: check it as a file now.
  const valid = NoteFileSchema.safeParse(note);
  if (!valid.success) return { ok: false, problem: `The draft could not be made from this article (${valid.error.issues[0]?.message ?? 'unexpected content'}). Try pasting just the article's text.` };
  return { ok: true, note: valid.data, extraction };
}
