// Markdown markup around an article's text, removed so the text rules see plain prose.
// Not a Markdown parser: lists, tables and code keep their characters.

const MARKUP: [RegExp, string][] = [
  [/<!--[\s\S]*?-->/g, ''],
  [/!\[[^\]\n]*\]\([^)\n]*\)/g, ''], // images
  [/!\[[^\]\n]*\]\[[^\]\n]*\]/g, ''],
  [/^ {0,3}\[[^\]\n]+\]:\s*\S+.*$/gm, ''], // link reference definitions
  [/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1'], // [text](url)
  [/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1'], // [text][ref]
  [/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1'], // # headings
  [/^ {0,3}#{1,6}[ \t]*$/gm, ''],
  [/^ {0,3}(?:=+|-{2,}|\*{3,}|_{3,})[ \t]*$/gm, ''], // setext underlines, rules
  [/^ {0,3}>[ \t]?/gm, ''], // block quotes
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2'], // strong
  [/(^|[^\p{L}\p{N}*_\\])([*_])(?=\S)([^*_\n]*?\S)\2(?![\p{L}\p{N}*_])/gu, '$1$3'], // emphasis
  [/`([^`\n]+)`/g, '$1'], // inline code
  [/\\([\\`*_{}[\]()#+\-.!>])/g, '$1'], // escapes
];

/** The article's text from its Markdown: heading markers, emphasis, link targets and images removed. */
export function markdownArticleText(markdown: string): string {
  return MARKUP.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), markdown.replace(/\r\n?/g, '\n'));
}
