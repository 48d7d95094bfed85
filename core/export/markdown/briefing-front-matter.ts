import type { NoteMetadata } from '../../document/note-file';

type BriefingMeta = Pick<NoteMetadata, 'criticalDate' | 'portionMarking'>;

/** `critical_date`, `critical_date_reason` and `portion_marking`, for a note that has them. */
export function briefingFrontMatter(meta: NoteMetadata): Record<string, unknown> {
  return {
    ...(meta.criticalDate ? { critical_date: meta.criticalDate.date } : {}),
    ...(meta.criticalDate?.reason ? { critical_date_reason: meta.criticalDate.reason } : {}),
    ...(meta.portionMarking ? { portion_marking: true } : {}),
  };
}

export type BriefingFrontMatter = { ok: true; meta: BriefingMeta } | { ok: false; problem: string };

/** Reads those fields back; a date that is not YYYY-MM-DD, or a reason with no date, is named as a problem. */
export function readBriefingFrontMatter(fields: Record<string, unknown>): BriefingFrontMatter {
  const date = fields.critical_date;
  const reason = fields.critical_date_reason;
  const marking = fields.portion_marking;
  const meta: BriefingMeta = {};
  if (date !== undefined && date !== null) {
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
      return { ok: false, problem: `The front matter critical_date "${String(date)}" is not a date: write it as YYYY-MM-DD.` };
    }
    if (reason !== undefined && reason !== null && typeof reason !== 'string') return { ok: false, problem: 'The front matter field "critical_date_reason" must be text.' };
    meta.criticalDate = { date, reason: reason ?? '' };
  } else if (reason !== undefined && reason !== null) {
    return { ok: false, problem: 'The front matter has a critical_date_reason but no critical_date: add the date (YYYY-MM-DD) or remove the reason.' };
  }
  if (marking !== undefined && marking !== null) {
    if (typeof marking !== 'boolean') return { ok: false, problem: 'The front matter field "portion_marking" must be true or false.' };
    if (marking) meta.portionMarking = true;
  }
  return { ok: true, meta };
}
