import { readFrontMatter, splitFrontMatter } from './front-matter';

/**
 * Fields only a note's front matter has. A blog post or wire story in Markdown
 * often carries `title` and `date`, so those alone do not make a note; our
 * export always writes `status`.
 */
const NOTE_FIELDS = ['classification', 'status', 'reference', 'drafter', 'addressee'];

/**
 * Whether Markdown is a briefing note (to be imported as one) rather than an
 * article to draft from: it opens with YAML front matter naming a note field.
 */
export function isNoteMarkdown(markdown: string): boolean {
  const { yaml } = splitFrontMatter(markdown.replace(/^\uFEFF/, ''));
  if (yaml === null) return false;
  const read = readFrontMatter(yaml);
  const fields = read.ok ? read.fields : null;
  return fields !== null && NOTE_FIELDS.some((field) => field in fields);
}
