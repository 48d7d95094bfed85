import * as z from '../schema/z';

/** The `format` tag every template file carries. */
export const TEMPLATE_FORMAT = 'briefing-desk/template';

/**
 * What the seeder puts in a section drafted from an article. Judgement
 * sections ({@link JUDGEMENT_ROLES}) are never drafted: the officer writes
 * them, starting from the placeholder.
 */
export const SECTION_ROLES = [
  'purpose',
  'summary',
  'background',
  'key-points',
  'considerations',
  'recommendations',
  'source',
  'event',
  'participants',
  'discussions',
  'outcomes',
  'points-to-make',
  'abbreviations',
  'notes',
] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

/** Roles whose text is the drafting officer's judgement, so nothing is taken from the article. */
export const JUDGEMENT_ROLES: readonly SectionRole[] = ['purpose', 'considerations', 'recommendations', 'points-to-make'];

export function isJudgementRole(role: SectionRole): boolean {
  return JUDGEMENT_ROLES.includes(role);
}

export const TemplateSectionSchema = z.object({
  heading: z.string().check(z.minLength(1), z.maxLength(200)),
  role: z.enum(SECTION_ROLES),
  /** Guidance shown in the section until the officer writes it. */
  placeholder: z.optional(z.string().check(z.maxLength(1000))),
});
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

/** A note structure: its sections in order, each with a heading and a role. Built in, or a JSON file in `<library>/templates/`. */
export const BriefingTemplateSchema = z.object({
  format: z.literal(TEMPLATE_FORMAT),
  version: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1 to 64 lower-case letters, digits or hyphens, starting with a letter or digit')),
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  description: z._default(z.string().check(z.maxLength(500)), ''),
  sections: z.array(TemplateSectionSchema).check(z.minLength(1), z.maxLength(50)),
});
export type BriefingTemplate = z.infer<typeof BriefingTemplateSchema>;
