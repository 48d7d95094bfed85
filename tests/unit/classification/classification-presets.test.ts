import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../core/classification/banner-contrast';
import { bannerStyle } from '../../../core/classification/classification-level';
import { CLASSIFICATION_PRESETS, VIETNAM_PRESET } from '../../../core/classification/classification-presets';

const allLevels = CLASSIFICATION_PRESETS.flatMap((preset) => preset.levels.map((level) => [preset.name, level.label, level] as const));

describe('classification presets', () => {
  it('offer the generic, NATO, UK, Australian and Vietnamese schemes, lowest level first', () => {
    expect(Object.fromEntries(CLASSIFICATION_PRESETS.map((preset) => [preset.id, preset.levels.map((level) => level.label)]))).toEqual({
      generic: ['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'],
      nato: ['NATO UNCLASSIFIED', 'NATO RESTRICTED', 'NATO CONFIDENTIAL', 'NATO SECRET', 'COSMIC TOP SECRET'],
      uk: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET'],
      australia: ['OFFICIAL', 'OFFICIAL: Sensitive', 'PROTECTED', 'SECRET', 'TOP SECRET'],
      vietnam: ['Mật', 'Tối mật', 'Tuyệt mật'],
    });
  });

  it.each(CLASSIFICATION_PRESETS.map((preset) => [preset.name, preset] as const))('%s ranks its levels 0, 1, 2… with a distinct colour each', (_name, preset) => {
    expect(preset.levels.map((level) => level.rank)).toEqual(preset.levels.map((_level, index) => index));
    expect(new Set(preset.levels.map((level) => level.colour)).size).toBe(preset.levels.length);
    for (const level of preset.levels) expect(level.colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(allLevels)('%s %s has a banner whose text reaches WCAG contrast 4.5', (_preset, _label, level) => {
    const { background, text } = bannerStyle(level);
    expect(background).toBe(level.colour);
    expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
  });

  it('uses the conventional colours: green, navy, red, orange', () => {
    const colourOf = (label: string) => CLASSIFICATION_PRESETS[0]?.levels.find((level) => level.label === label)?.colour;
    expect([colourOf('UNCLASSIFIED'), colourOf('CONFIDENTIAL'), colourOf('SECRET'), colourOf('TOP SECRET')]).toEqual(['#007a33', '#0033a0', '#c8102e', '#ff8c00']);
    expect(bannerStyle({ colour: '#ff8c00' }).text).toBe('#000000');
    expect(bannerStyle({ colour: '#c8102e' }).text).toBe('#ffffff');
  });

  it('writes the Vietnamese labels in NFC, with their precomposed letters', () => {
    for (const { label } of VIETNAM_PRESET.levels) {
      expect(label.normalize('NFC')).toBe(label);
      expect(label).not.toBe(label.normalize('NFD'));
    }
    expect([...'Tuyệt mật'].length).toBe(9);
  });
});
