/** One level of a marking scheme: its label as marked, its rank (0 = lowest) and its banner colour. */
export interface ClassificationLevel {
  label: string;
  rank: number;
  /** Banner background, #rrggbb. The text colour is chosen for contrast by `bannerStyle`. */
  colour: string;
}

/** A national or alliance marking scheme the user can choose. */
export interface ClassificationPreset {
  id: string;
  name: string;
  levels: readonly ClassificationLevel[];
}

/**
 * Banner colours, after the common US/NATO cover-sheet convention. Levels
 * between unclassified and confidential (RESTRICTED, OFFICIAL-SENSITIVE,
 * OFFICIAL: Sensitive) get a lighter blue than CONFIDENTIAL's navy rather
 * than amber: a misreading then lands one rank away, never on TOP SECRET's
 * orange. Vietnam's Mật sits where CONFIDENTIAL does, and Australia's
 * PROTECTED likewise, so both take navy.
 */
export const BANNER_COLOURS = {
  unclassified: '#007a33',
  restricted: '#0072ce',
  confidential: '#0033a0',
  secret: '#c8102e',
  topSecret: '#ff8c00',
} as const;

function ranked(levels: readonly (readonly [label: string, colour: string])[]): ClassificationLevel[] {
  return levels.map(([label, colour], rank) => ({ label, rank, colour }));
}

const c = BANNER_COLOURS;

export const GENERIC_PRESET: ClassificationPreset = {
  id: 'generic',
  name: 'Generic',
  levels: ranked([
    ['UNCLASSIFIED', c.unclassified],
    ['RESTRICTED', c.restricted],
    ['CONFIDENTIAL', c.confidential],
    ['SECRET', c.secret],
    ['TOP SECRET', c.topSecret],
  ]),
};

export const NATO_PRESET: ClassificationPreset = {
  id: 'nato',
  name: 'NATO',
  levels: ranked([
    ['NATO UNCLASSIFIED', c.unclassified],
    ['NATO RESTRICTED', c.restricted],
    ['NATO CONFIDENTIAL', c.confidential],
    ['NATO SECRET', c.secret],
    ['COSMIC TOP SECRET', c.topSecret],
  ]),
};

/** UK Government Security Classifications; OFFICIAL-SENSITIVE is a handling caveat, offered as its own banner. */
export const UK_PRESET: ClassificationPreset = {
  id: 'uk',
  name: 'United Kingdom',
  levels: ranked([
    ['OFFICIAL', c.unclassified],
    ['OFFICIAL-SENSITIVE', c.restricted],
    ['SECRET', c.secret],
    ['TOP SECRET', c.topSecret],
  ]),
};

/** Australian Protective Security Policy Framework, labels as the PSPF writes them. */
export const AUSTRALIA_PRESET: ClassificationPreset = {
  id: 'australia',
  name: 'Australia',
  levels: ranked([
    ['OFFICIAL', c.unclassified],
    ['OFFICIAL: Sensitive', c.restricted],
    ['PROTECTED', c.confidential],
    ['SECRET', c.secret],
    ['TOP SECRET', c.topSecret],
  ]),
};

/** Vietnam, Law 29/2018/QH14 on the protection of state secrets. Labels are NFC. */
export const VIETNAM_PRESET: ClassificationPreset = {
  id: 'vietnam',
  name: 'Vietnam',
  levels: ranked([
    ['Mật', c.confidential],
    ['Tối mật', c.secret],
    ['Tuyệt mật', c.topSecret],
  ]),
};

/** The presets offered, in the order they are listed. */
export const CLASSIFICATION_PRESETS: readonly ClassificationPreset[] = [GENERIC_PRESET, NATO_PRESET, UK_PRESET, AUSTRALIA_PRESET, VIETNAM_PRESET];
