import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contrastRatio } from '../../../core/classification/banner-contrast';
import { bannerStyle, CustomLevelSchema, findLevel, highestLevel, NEUTRAL_BANNER_COLOUR } from '../../../core/classification/classification-level';
import { CLASSIFICATION_PRESETS, GENERIC_PRESET, NATO_PRESET, UK_PRESET, VIETNAM_PRESET } from '../../../core/classification/classification-presets';

describe('findLevel', () => {
  it('finds a level whatever its case and spacing', () => {
    expect(findLevel('secret', CLASSIFICATION_PRESETS)).toMatchObject({ label: 'SECRET', rank: 3 });
    expect(findLevel('  Top   Secret ', CLASSIFICATION_PRESETS)).toMatchObject({ label: 'TOP SECRET' });
    expect(findLevel('official: sensitive', CLASSIFICATION_PRESETS)).toMatchObject({ label: 'OFFICIAL: Sensitive' });
  });

  it('finds a Vietnamese level typed decomposed or in capitals', () => {
    expect(findLevel('Tối mật'.normalize('NFD'), [VIETNAM_PRESET])).toMatchObject({ label: 'Tối mật', rank: 1 });
    expect(findLevel('TUYỆT MẬT', [VIETNAM_PRESET])).toMatchObject({ label: 'Tuyệt mật', rank: 2 });
    expect(findLevel('MẬT', [VIETNAM_PRESET])).toMatchObject({ label: 'Mật', rank: 0 });
  });

  it('looks in the user’s own levels first, then the presets in order', () => {
    const custom = [{ label: 'SECRET', colour: '#6a1b9a' }, { label: 'EYES ONLY', colour: '#123456' }];
    expect(findLevel('secret', CLASSIFICATION_PRESETS, custom)).toEqual(custom[0]);
    expect(findLevel('eyes only', CLASSIFICATION_PRESETS, custom)).toEqual(custom[1]);
    expect(findLevel('OFFICIAL', [UK_PRESET, GENERIC_PRESET])).toBe(UK_PRESET.levels[0]);
  });

  it('finds nothing for an unknown or empty label', () => {
    expect(findLevel('SECRETISH', CLASSIFICATION_PRESETS)).toBeUndefined();
    expect(findLevel('   ', CLASSIFICATION_PRESETS, [{ label: ' ', colour: '#000000' }])).toBeUndefined();
  });
});

describe('bannerStyle', () => {
  it('gives an unknown label the neutral grey banner, readable', () => {
    const style = bannerStyle(findLevel('FOR THE MINISTER ONLY', CLASSIFICATION_PRESETS));
    expect(style).toEqual({ background: NEUTRAL_BANNER_COLOUR, text: '#ffffff' });
    expect(contrastRatio(style.background, style.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('falls back to neutral for a colour that is not #rrggbb', () => {
    expect(bannerStyle({ colour: 'red' }).background).toBe(NEUTRAL_BANNER_COLOUR);
  });

  it('picks readable text for any colour a user chooses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const { background, text } = bannerStyle({ colour: `#${n.toString(16).padStart(6, '0')}` });
        expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('highestLevel', () => {
  it('gives the highest level the labels name, as a banner over portion marks must', () => {
    expect(highestLevel(['restricted', 'UNCLASSIFIED', 'Confidential', 'restricted'], GENERIC_PRESET.levels)).toBe(GENERIC_PRESET.levels[2]);
    expect(highestLevel(['NATO SECRET', 'COSMIC TOP SECRET'], NATO_PRESET.levels)?.label).toBe('COSMIC TOP SECRET');
    expect(highestLevel(['Mật', 'Tối mật'.normalize('NFD')], VIETNAM_PRESET.levels)?.label).toBe('Tối mật');
  });

  it('ignores labels outside the levels, and gives nothing when none is known', () => {
    expect(highestLevel(['SECRET', 'ULTRA'], UK_PRESET.levels)?.label).toBe('SECRET');
    expect(highestLevel(['ULTRA'], UK_PRESET.levels)).toBeUndefined();
    expect(highestLevel([], UK_PRESET.levels)).toBeUndefined();
  });
});

describe('CustomLevelSchema', () => {
  it('accepts a label and a #rrggbb colour, trimmed and in NFC', () => {
    expect(CustomLevelSchema.parse({ label: ' Mật — nội bộ '.normalize('NFD'), colour: '#6A1B9A' })).toEqual({ label: 'Mật — nội bộ', colour: '#6A1B9A' });
  });

  it.each([
    [{ label: '', colour: '#000000' }],
    [{ label: 'x'.repeat(61), colour: '#000000' }],
    [{ label: 'EYES ONLY', colour: 'red' }],
    [{ label: 'EYES ONLY', colour: '#fff' }],
  ])('refuses %j', (level) => {
    expect(CustomLevelSchema.safeParse(level).success).toBe(false);
  });
});
