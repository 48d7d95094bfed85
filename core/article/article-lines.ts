/** NFC, no byte-order mark, LF line ends: the form every rule of the importer reads. */
export function normaliseArticleText(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFC').replace(/\r\n?/g, '\n');
}

/** One line with its whitespace tidied: runs of spaces, tabs and no-break spaces become one space. */
export function tidyLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/**
 * A paragraph as a list of tidied lines. Paragraphs are separated by blank lines, or by
 * every newline when the text has no blank line at all. A line `isBreak` accepts also ends
 * a paragraph and is dropped, so removing a line never glues two texts together.
 */
export function splitParagraphLines(text: string, isBreak: (line: string) => boolean): string[][] {
  const lines = text.split('\n').map(tidyLine);
  const firstText = lines.findIndex((line) => line !== '');
  const lastText = lines.findLastIndex((line) => line !== '');
  const blankLineSeparates = lines.slice(firstText, lastText + 1).includes('');
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line === '' || isBreak(line)) {
      close();
      continue;
    }
    current.push(line);
    if (!blankLineSeparates) close();
  }
  close();
  return paragraphs;
}

/**
 * Rewrites the lines of the first `limit` paragraphs. `rewrite` returns the line to keep
 * (perhaps shortened), or null to drop it; a dropped line splits its paragraph in two.
 */
export function rewriteLeadingLines(
  paragraphs: string[][],
  limit: number,
  rewrite: (line: string, lineIndex: number) => string | null,
): string[][] {
  return paragraphs.flatMap((lines, index) => {
    if (index >= limit) return [lines];
    const parts: string[][] = [[]];
    lines.forEach((line, lineIndex) => {
      const kept = rewrite(line, lineIndex);
      if (kept === null || kept === '') parts.push([]);
      else if (kept === line || lineIndex === 0) parts[parts.length - 1]?.push(kept);
      else parts.push([kept]);
    });
    return parts.filter((part) => part.length > 0);
  });
}

/** Splits the first `limit` paragraphs before every line (but their first) that `startsParagraph`. */
export function splitBeforeLines(paragraphs: string[][], limit: number, startsParagraph: (line: string) => boolean): string[][] {
  return paragraphs.flatMap((lines, index) => {
    if (index >= limit) return [lines];
    const parts: string[][] = [];
    lines.forEach((line, lineIndex) => {
      if (lineIndex === 0 || startsParagraph(line)) parts.push([line]);
      else parts[parts.length - 1]?.push(line);
    });
    return parts;
  });
}
