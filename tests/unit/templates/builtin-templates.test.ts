import { describe, expect, it } from 'vitest';
import { BriefingTemplateSchema, isJudgementRole } from '../../../core/templates/briefing-template';
import { BUILTIN_TEMPLATES, BRIEFING_NOTE, INFORMATION_NOTE, MEETING_BRIEF } from '../../../core/templates/builtin-templates';

describe('built-in templates', () => {
  it.each(BUILTIN_TEMPLATES.map((template) => [template.id, template] as const))('%s fits the template schema exactly', (_id, template) => {
    expect(BriefingTemplateSchema.parse(template)).toEqual(template);
  });

  it('are offered in a fixed order, with distinct ids', () => {
    expect(BUILTIN_TEMPLATES.map((template) => template.id)).toEqual(['briefing-note', 'meeting-brief', 'information-note']);
  });

  it.each([
    {
      template: BRIEFING_NOTE,
      expected: [
        ['Purpose', 'purpose'],
        ['Summary — bottom line up front', 'summary'],
        ['Background', 'background'],
        ['Key points', 'key-points'],
        ['Considerations', 'considerations'],
        ['Recommendations', 'recommendations'],
        ['Source', 'source'],
        ['Abbreviations', 'abbreviations'],
      ],
    },
    {
      template: MEETING_BRIEF,
      expected: [
        ['Event, date and venue', 'event'],
        ['Participants', 'participants'],
        ['Discussions', 'discussions'],
        ['Outcomes and next steps', 'outcomes'],
        ['Points to make', 'points-to-make'],
        ['Background', 'background'],
        ['Source', 'source'],
        ['Abbreviations', 'abbreviations'],
      ],
    },
    {
      template: INFORMATION_NOTE,
      expected: [
        ['Summary', 'summary'],
        ['Key points', 'key-points'],
        ['Background', 'background'],
        ['Source', 'source'],
        ['Abbreviations', 'abbreviations'],
      ],
    },
  ])('$template.name has its headings and roles in order', ({ template, expected }) => {
    expect(template.sections.map((section) => [section.heading, section.role])).toEqual(expected);
  });

  it('give every judgement section a placeholder saying what the officer writes', () => {
    const judgement = BUILTIN_TEMPLATES.flatMap((template) => template.sections).filter((section) => isJudgementRole(section.role));
    expect(judgement.map((section) => section.role).sort()).toEqual(['considerations', 'points-to-make', 'purpose', 'recommendations']);
    for (const section of judgement) expect(section.placeholder?.length).toBeGreaterThan(20);
    expect(BRIEFING_NOTE.sections[0]?.placeholder).toBe('State in one sentence why the addressee is receiving this note and what is asked of them.');
  });

  it('keep their text in NFC', () => {
    const text = JSON.stringify(BUILTIN_TEMPLATES);
    expect(text.normalize('NFC')).toBe(text);
  });
});
