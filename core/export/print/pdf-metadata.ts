import { findDefinitions } from '../../article/extract-acronym-definitions';
import type { NoteFile } from '../../document/note-file';

/** The PDF's document information: what a reader's "Properties" and a records system show. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
}

const MAX_ACRONYMS = 12;

/**
 * The document information for a note's PDF. Author is the drafter, else
 * the app's author name. Subject is the classification and what the note is
 * about (its title) and for whom: "SECRET – EWG PKO meeting – for the
 * Director", so a file list shows the level before anything else. Keywords:
 * classification, reference, each source's publisher, and the acronyms the
 * sources define ("EWG PKO"), which is what analysts search on.
 */
export function pdfMetadataFor(note: NoteFile, { authorName = '' }: { authorName?: string } = {}): PdfMetadata {
  const { meta } = note;
  const title = meta.title.trim() || 'Untitled note';
  const subject = [meta.classification.trim(), title, meta.addressee.trim() && `for ${meta.addressee.trim()}`].filter(Boolean).join(' – ');
  const acronyms = note.sources.flatMap((source) => source.text.split('\n\n').flatMap((paragraph) => findDefinitions(paragraph).map((definition) => definition.short)));
  const keywords = unique([meta.classification, meta.reference, ...note.sources.map((source) => source.publisher), ...unique(acronyms).slice(0, MAX_ACRONYMS)]);
  return { title, author: meta.drafter.trim() || authorName.trim(), subject, keywords, creator: 'Briefing Desk' };
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.map((value) => value.trim()).filter((value) => value !== '' && !seen.has(value.toLowerCase()) && seen.add(value.toLowerCase()));
}
