/** Where a run of text sits on its Markdown line, which decides what must be escaped. */
export interface TextPlacement {
  /** The text begins a line (block start, or after a hard break). */
  lineStart: boolean;
  /** The text ends a line (block end, or before a hard break). */
  lineEnd: boolean;
  /** The text is inside an ATX heading, where trailing `#`s would close it. */
  inHeading?: boolean;
}

/** Whitespace at either end of a line (a space, a no-break space) would be trimmed: write it as a character reference. */
function reference(space: string): string {
  return `&#${space.codePointAt(0)!};`;
}

const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;

/**
 * Escapes text so that Markdown reads it back as the same text: inline syntax
 * everywhere, block syntax (`#`, `>`, `-`, `1.`) at the start of a line, and
 * leading or trailing whitespace, which Markdown would otherwise drop.
 */
export function escapeMarkdownText(text: string, { lineStart, lineEnd, inHeading = false }: TextPlacement): string {
  let out = text.replace(/[`*\\~[\]_<|]/g, (match: string, at: number) =>
    match === '_' && at > 0 && at + 1 < text.length && /\w/.test(text[at - 1]!) && /\w/.test(text[at + 1]!) ? match : `\\${match}`,
  );
  // Tabs as a character reference: Markdown would expand a leading one, and markdownlint (MD010) refuses them.
  // A newline (from `&#10;`) as one too: written, it would end the paragraph.
  out = out.replace(ENTITY_LIKE, '\\&').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
  if (lineStart) {
    out = out
      .replace(/^\s/u, reference)
      .replace(/^[#>]/, '\\$&')
      .replace(/^[-+](?=[ \t]|$)/, '\\$&')
      .replace(/^(?=[-=]+[ \t]*$)./, '\\$&')
      // A line of only dashes, colons and pipes is a GFM table delimiter row under the line before.
      .replace(/^(?=[-:| \t]*-[-:| \t]*$)[-:]/, '\\$&')
      .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
  }
  if (lineEnd) {
    if (inHeading) out = out.replace(/(^|[^\\])(#+)([ \t]*)$/, (_all, before: string, hashes: string, after: string) => `${before}${hashes.replace(/#/g, '\\#')}${after}`);
    out = out.replace(/\s$/u, reference);
  }
  return out;
}
