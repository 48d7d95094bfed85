import { HtmlRenderer, Parser } from 'commonmark';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import { splitFrontMatter } from '../../../core/export/markdown/front-matter';
import { PLAIN_CODE_LANGUAGE } from '../../../core/export/markdown/note-serializer';

const renderer = new HtmlRenderer();

/**
 * The reference rendering, with only insignificant differences removed: runs of
 * whitespace outside code blocks (soft breaks become spaces on import) and the
 * fence language `text` that the export writes for a code block without one
 * (markdownlint MD040) and reads back as none.
 */
export function referenceHtml(markdown: string): string {
  return renderer
    .render(new Parser().parse(markdown))
    .replaceAll(` class="language-${PLAIN_CODE_LANGUAGE}"`, '')
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part) => (part.startsWith('<pre>') ? part : part.replace(/[ \t\r\n]+/g, ' ').replace(/> </g, '><')))
    .join('')
    .trim();
}

/** Our round trip: import with `markdownToNote`, export with `noteToMarkdown` (comments none), without the front matter; null if not imported. */
export function ourRoundTrip(markdown: string): { markdown: string } | { problem: string } {
  const result = markdownToNote(markdown, new Date('2026-11-28T09:00:00Z'));
  return result.ok ? { markdown: splitFrontMatter(noteToMarkdown(result.note, { comments: 'none' })).body } : { problem: result.problem };
}
