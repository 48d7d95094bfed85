import { bannerStyle, findLevel } from '../../classification/classification-level';
import { CLASSIFICATION_PRESETS } from '../../classification/classification-presets';
import type { NoteFile } from '../../document/note-file';
import { bodyHtml, type PrintCopy } from './body-html';
import { EndnoteNumbers } from './endnote-numbers';
import { endnotesHtml, passageKeys } from './endnotes-html';
import { escapeHtml } from './escape-html';
import { pageNumberingFor, type PageNumbering } from './page-numbering';
import { pdfMetadataFor } from './pdf-metadata';
import { printCss, type PrintPageSize } from './print-css';
import { sourceAnnexHtml } from './source-annex-html';
import { titleBlockHtml } from './title-block-html';
import { withShownPortionMarks } from '../../document/portion-marks-in-doc';

export interface PrintHtmlOptions {
  pageSize: PrintPageSize;
  /** `clean` for the addressee; `review` adds highlights and comment threads as endnotes. */
  copy: PrintCopy;
  /** Where the page loads a font file (a file name in assets/fonts) from. */
  fontUrl: (file: string) => string;
  /** Append each source article as a numbered annex on a new page; on by default. */
  includeSource?: boolean;
  /** By default Vietnam's convention for a note marked with a Vietnamese level, else "Page X of Y". */
  pageNumbering?: PageNumbering;
  /** The app's author name, the author when the note names no drafter. */
  authorName?: string;
}

/**
 * A complete, self-contained HTML document for printing a note to PDF:
 * classification banners and page numbers in the page margins, a title
 * block, the body, endnotes for its citations (and comments in a review
 * copy), and the source articles as annexes. Pure string building; every
 * text from the note is escaped.
 */
export function noteToPrintHtml(note: NoteFile, options: PrintHtmlOptions): string {
  const { meta } = note;
  const label = meta.classification.trim();
  const banner = label === '' ? null : { label, style: bannerStyle(findLevel(label, CLASSIFICATION_PRESETS)) };
  const includeSource = options.includeSource ?? true;
  const notes = new EndnoteNumbers(passageKeys(note));
  const body = bodyHtml(withShownPortionMarks(note).doc, options.copy, notes, meta.title);
  const endnotes = endnotesHtml(note, options.copy, notes, { annexed: includeSource });
  const info = pdfMetadataFor(note, { authorName: options.authorName });
  const pageNumbering = options.pageNumbering ?? pageNumberingFor(label);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(info.title)}</title>
<meta name="author" content="${escapeHtml(info.author)}">
<meta name="subject" content="${escapeHtml(info.subject)}">
<meta name="keywords" content="${escapeHtml(info.keywords.join(', '))}">
<meta name="generator" content="${escapeHtml(info.creator)}">
<style>
${printCss({ pageSize: options.pageSize, banner, fontUrl: options.fontUrl, pageNumbering })}
</style>
</head>
<body>
${titleBlockHtml(meta)}
<main>
${body}
</main>
${endnotes}
${includeSource ? sourceAnnexHtml(note.sources) : ''}
</body>
</html>
`;
}
