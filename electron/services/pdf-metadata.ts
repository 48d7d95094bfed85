import { PDFDocument, PDFName } from 'pdf-lib';
import type { PdfMetadata } from '../../core/export/print/pdf-metadata';

/**
 * Writes Author, Subject, Keywords and Creator into a PDF printed by either
 * engine (Chromium writes only the Title; `<meta name=author>` is ignored).
 * pdf-lib rewrites the file but keeps every object: the outline, the
 * structure tree (tagged PDF) and the embedded font subsets. Chromium's XMP
 * packet, if any, is dropped, because readers prefer it to the information
 * dictionary and it would contradict what is set here.
 */
export async function stampPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) document.setAuthor(metadata.author);
  if (metadata.subject) document.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces, which would run "EWG PKO" into its neighbours.
  if (metadata.keywords.length) document.setKeywords([metadata.keywords.join(', ')]);
  document.setCreator(metadata.creator);
  document.setModificationDate(new Date());
  document.catalog.delete(PDFName.of('Metadata'));
  return document.save({ useObjectStreams: false });
}
