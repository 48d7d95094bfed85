// The few DOM members the importer reads. core has no DOM types, and the document
// comes from whichever parser the caller injects (DOMParser, linkedom).

export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}

export interface HtmlElement extends HtmlNode {
  getAttribute(name: string): string | null;
  closest(selector: string): HtmlElement | null;
  querySelector(selector: string): HtmlElement | null;
}

export interface HtmlDocument {
  readonly title: string;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

function isDocument(value: unknown): value is HtmlDocument {
  return typeof value === 'object' && value !== null && typeof (value as { querySelectorAll?: unknown }).querySelectorAll === 'function';
}

/** The document `parseHtml` returned: a Document (DOMParser) or a window holding one (linkedom's parseHTML). */
export function parseHtmlDocument(html: string, parseHtml: (html: string) => unknown): HtmlDocument {
  const parsed = parseHtml(html);
  if (isDocument(parsed)) return parsed;
  const inner = typeof parsed === 'object' && parsed !== null ? (parsed as { document?: unknown }).document : undefined;
  if (isDocument(inner)) return inner;
  throw new TypeError('parseHtml must return a Document, or an object with a `document` (as linkedom’s parseHTML does).');
}

const ELEMENT = 1;
const TEXT = 3;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'BUTTON', 'SELECT']);

/** The text a reader sees in a node: text nodes only, a space for <br>, nothing from scripts or styles. */
export function visibleText(node: HtmlNode): string {
  if (node.nodeType === TEXT) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT) return '';
  const name = node.nodeName.toUpperCase();
  if (name === 'BR') return ' ';
  if (SKIPPED.has(name)) return '';
  let text = '';
  for (let i = 0; i < node.childNodes.length; i += 1) text += visibleText(node.childNodes[i] as HtmlNode);
  return text;
}
