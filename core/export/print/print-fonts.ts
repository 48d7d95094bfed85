/** One font file shipped in assets/fonts for printing. */
export interface PrintFont {
  family: string;
  file: string;
  weight: 'normal' | 'bold';
  style: 'normal' | 'italic';
}

/** Body text. Noto covers Vietnamese stacked diacritics (ễ, ộ, ự, đ). */
export const PRINT_SERIF = 'Briefing Serif';
/** Banners, page numbers and headings. */
export const PRINT_SANS = 'Briefing Sans';

const FACES = [
  ['Regular', 'normal', 'normal'],
  ['Bold', 'bold', 'normal'],
  ['Italic', 'normal', 'italic'],
  ['BoldItalic', 'bold', 'italic'],
] as const;

/** The fonts the print stylesheet declares, by file name in assets/fonts. */
export const PRINT_FONTS: readonly PrintFont[] = [
  ['NotoSerif', PRINT_SERIF],
  ['NotoSans', PRINT_SANS],
].flatMap(([base, family]) => FACES.map(([face, weight, style]) => ({ family: family as string, file: `${base}-${face}.ttf`, weight, style })));
