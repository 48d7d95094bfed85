import { noteToPrintHtml, printCss, PRINT_FONTS, PRINT_SANS, PRINT_SERIF, type PrintPageSize } from '../../core/export/print';
import type { NoteFile } from '../../core/document/note-file';
import { pageContentBox, pagesFilled, type PrintBlock } from './page-fit';

/**
 * The print faces are the app's own font files, which fonts.css declares under these
 * names. The measure uses them by those names: the faces the note is shown in are
 * already loaded and laid out with, where faces of their own would be a second copy
 * of each file, parsed and shaped anew on the first measure (a 200 ms task).
 */
const SCREEN_FAMILY: Readonly<Record<string, string>> = { [PRINT_SERIF]: 'Noto Serif', [PRINT_SANS]: 'Noto Sans' };

/** Measures how many pages a note fills when printed. */
export interface PrintMeasurer {
  pages(note: NoteFile, pageSize: PrintPageSize): Promise<number>;
}

/**
 * Lays the note out with the print HTML and stylesheet (`noteToPrintHtml`)
 * at the page's content width in an off-screen shadow root, in the print
 * fonts, and measures where each block falls. No iframe: the app's CSP would
 * refuse the print page's inline <style> in one; a constructed stylesheet is
 * the same rules without inline markup.
 */
export function createPrintMeasurer(container: HTMLElement): PrintMeasurer {
  const host = document.createElement('div');
  host.className = 'print-measure';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  container.append(host);
  // Closed, so that the copy of the note's text is not found by anything looking for the note itself.
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  let sheetSource = '';
  let fonts: Promise<void> | null = null;

  return {
    async pages(note, pageSize) {
      fonts ??= loadScreenFaces();
      await fonts;
      const html = noteToPrintHtml(note, { pageSize, copy: 'clean', fontUrl: () => 'about:blank' });
      // The page's own stylesheet is left out of the parse: the app's CSP reports every inline <style> it meets.
      // Note text is escaped, so the first </style> ends the stylesheet.
      const printed = new DOMParser().parseFromString(html.replace(/<style>[\s\S]*?<\/style>/, ''), 'text/html');
      const box = pageContentBox(pageSize);
      const source = `${printCss({ pageSize, banner: null, fontUrl: () => 'about:blank' })}\n.print-body { width: ${box.width}px; }`;
      if (source !== sheetSource) {
        sheet.replaceSync(source);
        forScreen(sheet);
        sheetSource = source;
        shadow.adoptedStyleSheets = [sheet];
      }
      const body = document.createElement('div');
      body.className = 'print-body';
      const printedNodes = [...printed.body.childNodes];
      body.append(...printedNodes.map((node) => document.adoptNode(node)));
      shadow.replaceChildren(body);
      try {
        return pagesFilled(printBlocks(body), box.height);
      } finally {
        // Measured: a copy of the whole note kept laid out would weigh on every later frame.
        shadow.replaceChildren();
      }
    },
  };
}

/** Loads the app's faces that print: the measure waits for them, so it never lays out in a fallback font. */
async function loadScreenFaces(): Promise<void> {
  // A face that fails to load leaves the fallback font: the gauge is then a little off, never stuck.
  await Promise.allSettled(PRINT_FONTS.map((font) => document.fonts.load(`${font.style} ${font.weight} 12pt ${JSON.stringify(SCREEN_FAMILY[font.family] ?? font.family)}`)));
}

/**
 * The print stylesheet made to apply inside the shadow root: `body` becomes `.print-body`;
 * @page and @font-face go; the print families become the app's (SCREEN_FAMILY).
 */
function forScreen(sheet: CSSStyleSheet): void {
  for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
    const rule = sheet.cssRules[i]!;
    if (rule instanceof CSSFontFaceRule || rule instanceof CSSPageRule) sheet.deleteRule(i);
    else if (rule instanceof CSSStyleRule && rule.selectorText === 'html') sheet.deleteRule(i);
    else if (rule instanceof CSSStyleRule) {
      if (rule.selectorText === 'body') rule.selectorText = '.print-body';
      const families = rule.style.getPropertyValue('font-family');
      if (families) rule.style.setProperty('font-family', families.replace(/"([^"]+)"/g, (quoted, family: string) => (SCREEN_FAMILY[family] ? JSON.stringify(SCREEN_FAMILY[family]) : quoted)));
    }
  }
}

const CONTAINERS = 'main, section.endnotes, ol, ul';
const KEPT_WHOLE = 'h1, h2, h3, h4, h5, h6, blockquote, pre, header, hr, tr';

/** The laid-out blocks, top to bottom, measured from the top of the body. */
function printBlocks(body: HTMLElement): PrintBlock[] {
  const origin = body.getBoundingClientRect().top;
  const blocks: PrintBlock[] = [];
  const visit = (parent: Element): void => {
    for (const child of Array.from(parent.children)) {
      if (child.matches(CONTAINERS)) {
        visit(child);
        continue;
      }
      const { top, bottom, height } = child.getBoundingClientRect();
      if (height === 0) continue;
      const keptWhole = child.matches(KEPT_WHOLE) || (child.tagName === 'LI' && child.children.length === 1 && child.firstElementChild?.tagName === 'P');
      blocks.push({ top: top - origin, bottom: bottom - origin, breakable: !keptWhole, keepWithNext: /^H[1-6]$/.test(child.tagName) });
    }
  };
  visit(body);
  return blocks;
}
