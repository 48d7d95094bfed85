import { CLASSIFICATION_PRESETS, type ClassificationLevel, type ClassificationPreset } from './classification-presets';
import { levelKey } from './classification-level';

/** A portion mark as written in front of a paragraph ("S" in "(S)"), and the level it stands for. */
export interface PortionMark {
  mark: string;
  level: ClassificationLevel;
}

/**
 * Each preset's short forms, level by level in rank order: the US/NATO
 * custom for the generic and NATO schemes, the UK and Australian ones for
 * theirs. Vietnamese practice has no abbreviations, so the full label is the mark.
 */
const SHORT_FORMS: Record<string, readonly string[]> = {
  generic: ['U', 'R', 'C', 'S', 'TS'],
  nato: ['NU', 'NR', 'NC', 'NS', 'CTS'],
  uk: ['O', 'OS', 'S', 'TS'],
  australia: ['O', 'OS', 'P', 'S', 'TS'],
};

/** The marks a preset offers, lowest level first. */
export function portionMarksOf(preset: ClassificationPreset): PortionMark[] {
  const short = SHORT_FORMS[preset.id];
  return preset.levels.map((level, index) => ({ mark: short?.[index] ?? level.label, level }));
}

/** Every mark of every preset, for a reader that does not know which preset wrote them. */
export const ALL_PORTION_MARKS: readonly string[] = [...new Set(CLASSIFICATION_PRESETS.flatMap((preset) => portionMarksOf(preset).map((entry) => entry.mark)))];

/**
 * The highest level the marks name, by the preset's order of levels ("TS"
 * over "S" over "C"…); marks the preset does not know are ignored, and
 * undefined means none was known. Compared like labels: case, spacing and
 * Unicode form do not matter.
 */
export function highestPortionMark(marks: readonly string[], preset: ClassificationPreset): PortionMark | undefined {
  const used = new Set(marks.map(levelKey));
  return portionMarksOf(preset)
    .filter((entry) => used.has(levelKey(entry.mark)))
    .reduce<PortionMark | undefined>((highest, entry) => (highest && highest.level.rank >= entry.level.rank ? highest : entry), undefined);
}
