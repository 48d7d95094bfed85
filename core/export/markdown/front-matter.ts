import { parse, stringify } from 'yaml';
import type { NoteMetadata, SourceArticle } from '../../document/note-file';
import { isAllowedLink } from '../../document/note-extensions';
import { briefingFrontMatter } from './briefing-front-matter';

function nonEmpty(fields: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}

/**
 * `---\n…\n---\n`: the metadata and the first source, as YAML. Empty fields
 * are left out; `title` always gives markdownlint's MD041 its document title.
 */
export function writeFrontMatter(meta: NoteMetadata, source: SourceArticle | undefined): string {
  const fields: Record<string, unknown> = {
    title: meta.title,
    ...nonEmpty({ date: meta.date, classification: meta.classification, reference: meta.reference }),
    status: meta.status,
    ...nonEmpty({ drafter: meta.drafter, addressee: meta.addressee }),
    ...briefingFrontMatter(meta),
  };
  const sourceFields = source ? nonEmpty({ title: source.title, publisher: source.publisher, date: source.published, url: isAllowedLink(source.url) ? source.url : '' }) : {};
  if (Object.keys(sourceFields).length) fields.source = sourceFields;
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}

/** Markdown split into its front matter (still YAML text) and body. */
export function splitFrontMatter(markdown: string): { yaml: string | null; body: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(markdown);
  if (!match || match.index !== 0) return { yaml: null, body: markdown };
  return { yaml: match[1] ?? '', body: markdown.slice(match[0].length) };
}

/** `fields: null`: not front matter but Markdown (`---`, a line of text, `---` is a rule and a heading). */
export type FrontMatterResult = { ok: true; fields: Record<string, unknown> | null } | { ok: false; problem: string };

/** Parses front matter YAML; never throws. */
export function readFrontMatter(yaml: string): FrontMatterResult {
  try {
    const value: unknown = parse(yaml);
    if (value === null || value === undefined) return { ok: true, fields: {} };
    if (typeof value === 'string' && !/^\s*\w[\w-]*:/.test(yaml)) return { ok: true, fields: null };
    if (typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: 'The front matter (between the opening "---" lines) must be a list of "name: value" fields.' };
    return { ok: true, fields: value as Record<string, unknown> };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problem: `The front matter (between the opening "---" lines) is not valid YAML: ${reason}. Fix it or remove it, then import again.` };
  }
}
