import type { PrintPageSize } from '../../core/export/print';

/** The page limit when neither the note nor the settings give one. */
export const FALLBACK_PAGE_LIMIT = 2;
export const MOST_PAGES = 50;

/** A limit the user typed, or null when it is not a whole number from 1 to 50. */
export function parsePageLimit(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= MOST_PAGES ? value : null;
}

/** The `pageLimit` setting when the settings carry a valid one, else 2. */
export function defaultPageLimitFrom(settings: object): number {
  const value = 'pageLimit' in settings ? settings.pageLimit : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MOST_PAGES ? value : FALLBACK_PAGE_LIMIT;
}

/** The `pageSize` setting when the settings carry one, else A4. */
export function pageSizeFrom(settings: object): PrintPageSize {
  const value = 'pageSize' in settings ? settings.pageSize : undefined;
  return typeof value === 'string' && value.toLowerCase() === 'letter' ? 'Letter' : 'A4';
}
