import { NoteFileSchema } from '../../document/note-file';
import { NOTE_FORMAT, NOTE_VERSION } from '../../document/note-format';
import type { DocumentNode, NoteFile, SourceArticle } from '../../document/note-file';
import { noteTitleFrom } from '../../document/note-title';
import { readFrontMatter, splitFrontMatter } from './front-matter';
import { readFrontMatterMeta } from './front-matter-meta';
import type { FrontMatterSource } from './front-matter-meta';
import type { Citation } from '../../annotations/citation';
import type { ImportEnv } from './footnotes-to-citations';
import { noteParser } from './note-parser';
import type { PortionEnv } from './decision-tokens';
import { withoutEmptyPortions } from '../../document/portion-marks-in-doc';

export interface MarkdownImportOptions {
  /**
   * Source articles citations may point into (the Markdown itself carries only
   * the quoted passages). A footnote quoting one of them becomes a citation
   * anchored in its text; a footnote naming the front matter's source when that
   * article is not given becomes an unlocated citation (its quote, no position).
   * Other footnotes stay as text. @default []
   */
  sources?: readonly SourceArticle[];
}

export type MarkdownImport = { ok: true; note: NoteFile } | { ok: false; problem: string };

/**
 * The source the front matter names: the given article when it matches,
 * otherwise a record without text, into which citations are "unlocated"
 * (kept for their quotes until the article is attached again).
 */
function namedSource(named: FrontMatterSource | null, given: readonly SourceArticle[]): SourceArticle | null {
  if (!named) return null;
  const match = given.find((source) => source.title === named.title && (named.url === '' || source.url === named.url));
  const id = given.some((source) => source.id === 'source-1') ? `source-${given.length + 1}` : 'source-1';
  return match ?? { id, title: named.title, publisher: named.publisher, url: named.url, published: named.date, text: '' };
}

/** The note's sources: the one its front matter names, then any other given article cited. */
function sourcesFor(named: SourceArticle | null, given: readonly SourceArticle[], citations: readonly Citation[]): SourceArticle[] {
  const sources = named ? [named] : [];
  for (const source of given) {
    if (!sources.includes(source) && citations.some((citation) => citation.sourceId === source.id)) sources.push(source);
  }
  return sources;
}

function importNote(markdown: string, now: Date, options: MarkdownImportOptions): MarkdownImport {
  const text = markdown.replace(/^\uFEFF/, '');
  const split = splitFrontMatter(text);
  const frontMatter = split.yaml === null ? { ok: true as const, fields: null } : readFrontMatter(split.yaml);
  if (!frontMatter.ok) return frontMatter;
  const body = frontMatter.fields ? split.body : text;
  const read = readFrontMatterMeta(frontMatter.fields ?? {});
  if (!read.ok) return read;

  const given = options.sources ?? [];
  const named = namedSource(read.source, given);
  const env: ImportEnv & PortionEnv = { sources: named && !given.includes(named) ? [...given, named] : given, citations: [], portionMarking: read.meta.portionMarking === true };
  const doc = withoutEmptyPortions(noteParser().parse(body, env).toJSON() as DocumentNode);
  const stamp = now.toISOString();
  const note: NoteFile = {
    format: NOTE_FORMAT,
    version: NOTE_VERSION,
    meta: { title: read.title ?? noteTitleFrom(doc), ...read.meta, created: stamp, modified: stamp },
    doc,
    sources: sourcesFor(named, given, env.citations),
    annotations: env.citations,
  };
  const checked = NoteFileSchema.safeParse(note);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, problem: `The Markdown does not make a valid note (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}).` };
  }
  return { ok: true, note };
}

/**
 * Reads Markdown written by `noteToMarkdown` (or by hand) as a new note:
 * metadata from the YAML front matter, the body, and citations from footnotes
 * that quote a given source. Never throws: any failure is a `problem` to show.
 */
export function markdownToNote(markdown: string, now: Date, options: MarkdownImportOptions = {}): MarkdownImport {
  try {
    return importNote(markdown, now, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `The Markdown could not be read as a note: ${reason}.` };
  }
}
