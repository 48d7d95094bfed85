/**
 * A CSS string literal (double-quoted) for `content:` and `url()`. Quotes,
 * backslashes, line breaks and `<` are hex-escaped, so the value can neither
 * end the string nor close the surrounding `<style>` element.
 */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are escaped too
  return `"${text.replace(/["\\<>\u0000-\u001f\u007f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
