import type { SourceArticle } from '../../document/note-file';
import { PARAGRAPH_SEPARATOR } from '../../article/source-text';
import { escapeHtml } from './escape-html';
import { sourceName } from './source-name';

/** The anchor of paragraph `number` (1-based) of the source printed as annex `index` (0-based). */
export function annexParagraphId(index: number, number: number): string {
  return `annex-${index + 1}-p${number}`;
}

/**
 * Each attached source article as an annex on a page of its own (Annex A,
 * B…): named in full, then its paragraphs numbered ¶1, ¶2… exactly as the
 * endnotes cite them, so a reader can check every citation against the text.
 */
export function sourceAnnexHtml(sources: readonly SourceArticle[]): string {
  return sources.map((source, index) => annexHtml(source, index)).join('\n');
}

function annexHtml(source: SourceArticle, index: number): string {
  const letter = annexLetter(index);
  const paragraphs = source.text
    .split(PARAGRAPH_SEPARATOR)
    .map((paragraph, at) => ({ paragraph, number: at + 1 }))
    .filter(({ paragraph }) => paragraph.trim() !== '')
    .map(({ paragraph, number }) => `<p class="source-paragraph" id="${annexParagraphId(index, number)}"><span class="paragraph-number">¶${number}</span> ${escapeHtml(paragraph)}</p>`);
  return `<section class="annex source-annex" aria-label="Annex ${letter}">
<h2>Annex ${letter}: Source article</h2>
<p class="annex-source">${sourceName(source)}</p>
${paragraphs.join('\n')}
</section>`;
}

/** A, B, … Z, AA, AB… */
function annexLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${annexLetter(Math.floor(index / 26) - 1)}${letter}`;
}
