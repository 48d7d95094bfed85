import { describe, expect, it } from 'vitest';
import { ALL_PORTION_MARKS, highestPortionMark, portionMarksOf } from '../../../core/classification/portion-marks';
import { GENERIC_PRESET, NATO_PRESET, UK_PRESET, VIETNAM_PRESET, AUSTRALIA_PRESET } from '../../../core/classification/classification-presets';

describe('highestPortionMark', () => {
  it('orders the generic marks U < R < C < S < TS', () => {
    expect(highestPortionMark(['U', 'C', 'R'], GENERIC_PRESET)?.level.label).toBe('CONFIDENTIAL');
    expect(highestPortionMark(['S', 'TS', 'U'], GENERIC_PRESET)?.level.label).toBe('TOP SECRET');
    expect(highestPortionMark(['R'], GENERIC_PRESET)?.mark).toBe('R');
  });

  it('uses the preset’s own order and forms', () => {
    expect(highestPortionMark(['O', 'OS'], UK_PRESET)?.level.label).toBe('OFFICIAL-SENSITIVE');
    expect(highestPortionMark(['NS', 'CTS', 'NR'], NATO_PRESET)?.level.label).toBe('COSMIC TOP SECRET');
    expect(highestPortionMark(['P', 'OS'], AUSTRALIA_PRESET)?.level.label).toBe('PROTECTED');
    expect(highestPortionMark(['Mật', 'tối mật'.normalize('NFD')], VIETNAM_PRESET)?.level.label).toBe('Tối mật');
  });

  it('ignores marks the preset does not know, and is undefined for none', () => {
    expect(highestPortionMark(['X', 'S'], GENERIC_PRESET)?.level.label).toBe('SECRET');
    expect(highestPortionMark(['CTS'], GENERIC_PRESET)).toBeUndefined();
    expect(highestPortionMark([], GENERIC_PRESET)).toBeUndefined();
  });

  it('gives every level of every preset a mark, and marks are unique within a preset', () => {
    for (const preset of [GENERIC_PRESET, NATO_PRESET, UK_PRESET, AUSTRALIA_PRESET, VIETNAM_PRESET]) {
      const marks = portionMarksOf(preset).map((entry) => entry.mark);
      expect(marks).toHaveLength(preset.levels.length);
      expect(new Set(marks).size).toBe(marks.length);
      for (const mark of marks) expect(ALL_PORTION_MARKS).toContain(mark);
    }
  });
});
