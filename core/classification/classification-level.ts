import * as z from '../schema/z';
import { readableTextColour } from './banner-contrast';
import type { ClassificationLevel, ClassificationPreset } from './classification-presets';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** A level the user defines for their own organisation: a label and a banner colour. */
export const CustomLevelSchema = z.object({
  label: z.string().check(z.trim(), z.normalize('NFC'), z.minLength(1), z.maxLength(60)),
  colour: z.string().check(z.regex(HEX_COLOUR, 'must be a colour of the form #rrggbb')),
});
export type CustomLevel = z.infer<typeof CustomLevelSchema>;

/** Banner for a label that is in no preset and no custom level: neutral, so it claims no level. */
export const NEUTRAL_BANNER_COLOUR = '#5f6368';

export interface BannerStyle {
  background: string;
  text: string;
}

/**
 * The level a label names, ignoring case, spacing and Unicode form ("secret",
 * "Mật" typed decomposed). The user's own levels come first, then the presets
 * in order; undefined when none has it.
 */
export function findLevel(
  label: string,
  presets: readonly ClassificationPreset[],
  custom: readonly CustomLevel[] = [],
): ClassificationLevel | CustomLevel | undefined {
  const key = levelKey(label);
  if (key === '') return undefined;
  return custom.find((level) => levelKey(level.label) === key) ?? presets.flatMap((preset) => preset.levels).find((level) => levelKey(level.label) === key);
}

/**
 * The highest of `levels` that `labels` name, for a banner that must carry
 * the highest portion mark. Labels not in `levels` are ignored; undefined
 * when none is known.
 */
export function highestLevel(labels: readonly string[], levels: readonly ClassificationLevel[]): ClassificationLevel | undefined {
  const keys = new Set(labels.map(levelKey));
  return levels.filter((level) => keys.has(levelKey(level.label))).reduce<ClassificationLevel | undefined>((highest, level) => (highest && highest.rank >= level.rank ? highest : level), undefined);
}

/**
 * Banner background and text colours. An unknown label (`undefined`), or a
 * level whose colour is not #rrggbb, gives the neutral grey banner.
 */
export function bannerStyle(level: Pick<ClassificationLevel, 'colour'> | undefined): BannerStyle {
  const colour = level?.colour;
  const background = (colour !== undefined && HEX_COLOUR.test(colour) ? colour : NEUTRAL_BANNER_COLOUR).toLowerCase();
  return { background, text: readableTextColour(background) };
}

/** How labels are compared: NFC, trimmed, single-spaced, upper case. */
export function levelKey(label: string): string {
  return label.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase().normalize('NFC');
}
