export { noteToPrintHtml, type PrintHtmlOptions } from './note-to-print-html';
export { printCss, type PrintCssOptions, type PrintPageSize } from './print-css';
export { PRINT_FONTS, PRINT_SANS, PRINT_SERIF, type PrintFont } from './print-fonts';
export { escapeHtml } from './escape-html';
export { safeHref } from './safe-href';
export type { PrintCopy } from './body-html';
