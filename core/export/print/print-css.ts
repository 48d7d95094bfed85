import type { BannerStyle } from '../../classification/classification-level';
import { contrastRatio } from '../../classification/banner-contrast';
import { cssString } from './css-string';
import type { PageNumbering } from './page-numbering';
import { PRINT_FONTS, PRINT_SANS, PRINT_SERIF } from './print-fonts';

export type PrintPageSize = 'A4' | 'Letter';

export interface PrintCssOptions {
  pageSize: PrintPageSize;
  /** The classification banner printed top and bottom of every page; null when the note is unmarked. */
  banner: { label: string; style: BannerStyle } | null;
  /** Where the page loads a font file from (a file name in assets/fonts). */
  fontUrl: (file: string) => string;
  /** "Page X of Y" bottom right, or Vietnam's convention; "Page X of Y" when not given. */
  pageNumbering?: PageNumbering;
}

/** The one print stylesheet: fonts, page boxes with banners and "Page X of Y", and page-break rules. */
export function printCss({ pageSize, banner, fontUrl, pageNumbering = 'page-of-total' }: PrintCssOptions): string {
  return [fontFaces(fontUrl), pageNumbering === 'vietnam' ? vietnamPageRules(pageSize, banner) : pageRule(pageSize, banner), BODY_CSS].join('\n');
}

function fontFaces(fontUrl: (file: string) => string): string {
  return PRINT_FONTS.map(
    (font) => `@font-face { font-family: ${cssString(font.family)}; src: url(${cssString(fontUrl(font.file))}) format("truetype"); font-weight: ${font.weight}; font-style: ${font.style}; }`,
  ).join('\n');
}

function pageRule(pageSize: PrintPageSize, banner: PrintCssOptions['banner']): string {
  const margins = `font-family: ${cssString(PRINT_SANS)}, sans-serif; font-size: 9pt;`;
  const bannerBox = banner
    ? `content: ${cssString(banner.label)}; ${margins} font-weight: bold; font-size: 11pt; text-transform: uppercase; letter-spacing: 0.05em; color: ${banner.style.text}; background: ${banner.style.background}; padding: 1mm 6mm; height: 7mm; width: 60mm;`
    : '';
  return `@page {
  size: ${pageSize === 'A4' ? 'A4' : 'letter'};
  margin: 25mm 20mm 25mm 20mm;
  ${banner ? `@top-center { ${bannerBox} margin-bottom: 5mm; }\n  @bottom-center { ${bannerBox} margin-top: 5mm; }` : ''}
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${margins} color: #333333; }
}`;
}

/**
 * Decree 30/2020/NĐ-CP, Annex I: page numbers in Arabic numerals, 13–14 pt,
 * upright, centred in the top margin, not on the first page; margins top and
 * bottom 20–25 mm, left 30–35 mm, right 15–20 mm. The top centre then holds
 * both the number and the banner, one above the other; one margin box has one
 * background, so here the banner is the level's colour as bold text, without
 * a fill — as the Vietnamese secrecy mark is printed (red capitals).
 */
function vietnamPageRules(pageSize: PrintPageSize, banner: PrintCssOptions['banner']): string {
  const box = `font-family: ${cssString(PRINT_SANS)}, sans-serif; text-align: center; white-space: pre; font-size: 13pt;`;
  // A light custom colour would not read as text on white paper.
  const ink = banner && contrastRatio(banner.style.background, '#ffffff') >= 3 ? banner.style.background : '#000000';
  const marked = banner ? `color: ${ink}; font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em;` : 'color: #000000;';
  const label = banner ? cssString(banner.label) : '';
  return `@page {
  size: ${pageSize === 'A4' ? 'A4' : 'letter'};
  margin: 25mm 20mm 25mm 30mm;
  @top-center { content: counter(page)${banner ? ` "\\A" ${label}` : ''}; ${box} ${marked} vertical-align: bottom; padding-bottom: 4mm; }
  ${banner ? `@bottom-center { content: ${label}; ${box} ${marked} vertical-align: top; padding-top: 4mm; }` : ''}
}
@page :first {
  @top-center { content: ${banner ? label : 'none'}; ${box} ${marked} vertical-align: bottom; padding-bottom: 4mm; }
}`;
}

const BODY_CSS = `
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "${PRINT_SERIF}", serif; font-size: 12pt; line-height: 1.4; color: #000000; margin: 0; orphans: 2; widows: 2; }
h1, h2, h3, h4, h5, h6 { font-family: "${PRINT_SANS}", sans-serif; break-after: avoid; page-break-after: avoid; break-inside: avoid; margin: 1em 0 0.4em; line-height: 1.25; }
h1 { font-size: 16pt; text-transform: uppercase; }
h2 { font-size: 14pt; }
h3 { font-size: 12.5pt; }
h4, h5, h6 { font-size: 12pt; }
p { margin: 0 0 0.6em; }
blockquote { break-inside: avoid; page-break-inside: avoid; margin: 0.6em 0 0.6em 1.2em; padding-left: 0.8em; border-left: 2pt solid #888888; }
tr, li > p:only-child { break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.6em; }
th, td { border: 0.5pt solid #666666; padding: 1mm 2mm; vertical-align: top; text-align: left; }
pre { font-family: "${PRINT_SANS}", monospace; font-size: 10pt; white-space: pre-wrap; break-inside: avoid; background: #f3f3f3; padding: 2mm; }
code { font-family: "${PRINT_SANS}", monospace; font-size: 0.92em; }
hr { border: none; border-top: 0.5pt solid #666666; margin: 1em 0; }
a { color: inherit; }
a[href^="#"] { text-decoration: none; }
sup.note-ref { font-size: 0.7em; line-height: 0; }
sup.note-ref a { text-decoration: none; }
mark { background: #fff2a8; }
mark.highlight-verify { background: #ffd6a5; }
mark.highlight-sensitive { background: #ffc9c9; }
span.comment-anchor { background: #e6eefc; }
.title-block { border-bottom: 1pt solid #000000; margin-bottom: 1em; padding-bottom: 0.5em; break-inside: avoid; }
.title-block h1 { margin-top: 0; }
.title-block dl { display: grid; grid-template-columns: max-content 1fr; column-gap: 4mm; row-gap: 1mm; margin: 0; font-size: 11pt; }
.title-block dt { font-family: "${PRINT_SANS}", sans-serif; font-weight: bold; }
.title-block dd { margin: 0; }
.endnotes { font-size: 10pt; margin-top: 1.5em; border-top: 0.5pt solid #666666; }
.endnotes h2 { font-size: 12pt; }
.endnotes ol { padding-left: 1.8em; }
.endnotes li { break-inside: avoid; page-break-inside: avoid; margin-bottom: 0.4em; }
.endnotes blockquote { margin: 0.2em 0 0 0; font-style: italic; }
.endnotes .broken { font-weight: bold; }
.annex { break-before: page; page-break-before: always; }
.annex-source { font-size: 11pt; margin-bottom: 1em; }
.source-paragraph { padding-left: 11mm; }
.paragraph-number { float: left; width: 11mm; margin-left: -11mm; padding-top: 0.3em; font-family: "${PRINT_SANS}", sans-serif; font-size: 9pt; color: #444444; }
.decision { break-inside: avoid; page-break-inside: avoid; border: 0.5pt solid #666666; padding: 2mm 4mm; margin: 0.6em 0 1em; }
.decision ol { margin: 0; padding-left: 1.6em; }
.decision li { margin-bottom: 0.4em; }
.decision-boxes { font-family: "${PRINT_SANS}", sans-serif; font-size: 11pt; display: flex; gap: 8mm; margin: 0.2em 0 0.4em; }
.box-glyph { font-family: "${PRINT_SANS}", "DejaVu Sans", "Segoe UI Symbol", "Noto Sans Symbols2", sans-serif; }
.decision-sign { display: flex; gap: 10mm; margin: 1.4em 0 0.4em; font-family: "${PRINT_SANS}", sans-serif; font-size: 11pt; }
.decision-line { display: flex; flex: 1; align-items: baseline; gap: 2mm; }
.decision-line-rule { flex: 1; border-bottom: 0.5pt solid #000000; height: 1em; }
.decision-line + .decision-line { flex: 0 0 55mm; }
.portion-mark { font-family: "${PRINT_SANS}", sans-serif; font-weight: bold; }
`;
