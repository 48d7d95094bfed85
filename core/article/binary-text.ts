/** What the user is told when a file or paste turns out not to be text. */
export const BINARY_PROBLEM =
  "This looks like a binary file, not an article. Open a text, HTML or Markdown file, or paste the article's text.";

function isSuspiciousCharacter(code: number): boolean {
  if (code >= 0x09 && code <= 0x0d) return false;
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfffd;
}

/** Text of which more than 1% is control or replacement characters is not an article but decoded binary data. */
export function looksBinary(text: string): boolean {
  let suspicious = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (isSuspiciousCharacter(text.charCodeAt(i))) suspicious += 1;
  }
  return suspicious > 0 && suspicious / text.length > 0.01;
}
