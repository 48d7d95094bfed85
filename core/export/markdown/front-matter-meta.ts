import type { NoteMetadata } from '../../document/note-file';
import { readBriefingFrontMatter } from './briefing-front-matter';

/** The source named in front matter, as written. */
export interface FrontMatterSource {
  title: string;
  publisher: string;
  date: string;
  url: string;
}

export type FrontMatterMeta =
  | { ok: true; meta: Omit<NoteMetadata, 'created' | 'modified' | 'title'>; title: string | null; source: FrontMatterSource | null }
  | { ok: false; problem: string };

class FieldProblem extends Error {}

function text(fields: Record<string, unknown>, name: string, label = name): string {
  const value = fields[name];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new FieldProblem(`The front matter field "${label}" must be text.`);
}

/** Reads the note's metadata from parsed front matter; unknown fields are ignored, wrong ones named. */
export function readFrontMatterMeta(fields: Record<string, unknown>): FrontMatterMeta {
  try {
    const date = text(fields, 'date');
    if (date !== '' && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) {
      return { ok: false, problem: `The front matter date "${date}" is not a date: write it as YYYY-MM-DD.` };
    }
    const status = text(fields, 'status') || 'draft';
    if (status !== 'draft' && status !== 'final') return { ok: false, problem: `The front matter status "${status}" is not one of draft or final.` };
    const raw = fields.source;
    if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
      return { ok: false, problem: 'The front matter field "source" must hold title, publisher, date and url fields.' };
    }
    const sourceFields = (raw ?? null) as Record<string, unknown> | null;
    const source = sourceFields
      ? {
          title: text(sourceFields, 'title', 'source.title'),
          publisher: text(sourceFields, 'publisher', 'source.publisher'),
          date: text(sourceFields, 'date', 'source.date'),
          url: text(sourceFields, 'url', 'source.url'),
        }
      : null;
    const title = fields.title === undefined ? null : text(fields, 'title');
    const briefing = readBriefingFrontMatter(fields);
    if (!briefing.ok) return briefing;
    const meta = {
      classification: text(fields, 'classification'),
      date: date === '' ? null : date,
      drafter: text(fields, 'drafter'),
      addressee: text(fields, 'addressee'),
      reference: text(fields, 'reference'),
      status,
      ...briefing.meta,
    } as const;
    return { ok: true, meta, title, source };
  } catch (error) {
    if (error instanceof FieldProblem) return { ok: false, problem: error.message };
    throw error;
  }
}
