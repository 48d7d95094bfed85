import { levelKey } from '../../classification/classification-level';
import { VIETNAM_PRESET } from '../../classification/classification-presets';

/**
 * How pages are numbered: "Page X of Y" bottom right (Australian and UK
 * practice), or Vietnam's administrative convention (Decree 30/2020/NĐ-CP,
 * Annex I: Arabic numerals centred in the top margin, none on the first page).
 */
export type PageNumbering = 'page-of-total' | 'vietnam';

/**
 * Vietnam's convention when the user's marking scheme is the Vietnam preset,
 * or when the note is marked with one of its levels (Mật, Tối mật, Tuyệt mật)
 * — so the CLI, which has no settings, numbers a marked Vietnamese note the
 * same way the app does. The interface language is not used: an English UI
 * may well write a Vietnamese note, and the other way round.
 */
export function pageNumberingFor(classification: string, presetId?: string): PageNumbering {
  if (presetId === VIETNAM_PRESET.id) return 'vietnam';
  const key = levelKey(classification);
  return key !== '' && VIETNAM_PRESET.levels.some((level) => levelKey(level.label) === key) ? 'vietnam' : 'page-of-total';
}
