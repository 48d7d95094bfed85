import { bannerStyle, findLevel } from '../../classification/classification-level';
import { CLASSIFICATION_PRESETS } from '../../classification/classification-presets';
import type { NoteFile } from '../../document/note-file';
import { bodyHtml, type PrintCopy } from './body-html';
import { EndnoteNumbers } from './endnote-numbers';
import { endnotesHtml } from './endnotes-html';
import { escapeHtml } from './escape-html';
import { printCss, type PrintPageSize } from './print-css';
import { titleBlockHtml } from './title-block-html';
import { withShownPortionMarks } from '../../document/portion-marks-in-doc';

export interface PrintHtmlOptions {
  pageSize: PrintPageSize;
  /** `clean` for the addressee; `review` adds highlights and comment threads as endnotes. */
  copy: PrintCopy;
  /** Where the page loads a font file (a file name in assets/fonts) from. */
  fontUrl: (file: string) => string;
}

/**
 * A complete, self-contained HTML document for printing a note to PDF:
 * classification banners and "Page X of Y" in the page margins, a title
 * block, the body, and endnotes for its citations (and comments in a review
 * copy). Pure string building; every text from the note is escaped.
 */
export function noteToPrintHtml(note: NoteFile, options: PrintHtmlOptions): string {
  const { meta } = note;
  const label = meta.classification.trim();
  const banner = label === '' ? null : { label, style: bannerStyle(findLevel(label, CLASSIFICATION_PRESETS)) };
  const notes = new EndnoteNumbers();
  const body = bodyHtml(withShownPortionMarks(note).doc, options.copy, notes);
  const endnotes = endnotesHtml(note, options.copy, notes);
  const keywords = [meta.classification, meta.reference].filter((value) => value.trim() !== '').join(', ');
  const subject = meta.addressee ? `Briefing note for ${meta.addressee}` : 'Briefing note';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(meta.title || 'Untitled note')}</title>
<meta name="author" content="${escapeHtml(meta.drafter)}">
<meta name="subject" content="${escapeHtml(subject)}">
<meta name="keywords" content="${escapeHtml(keywords)}">
<meta name="generator" content="Briefing Desk">
<style>
${printCss({ pageSize: options.pageSize, banner, fontUrl: options.fontUrl })}
</style>
</head>
<body>
${titleBlockHtml(meta)}
<main>
${body}
</main>
${endnotes}
</body>
</html>
`;
}
