import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SECTION_ROLES } from '../../../core/templates/briefing-template';
import { readTemplateFile } from '../../../core/templates/read-template';

const visitBrief = {
  format: 'briefing-desk/template',
  version: 1,
  id: 'visit-brief',
  name: 'Visit brief',
  sections: [
    { heading: 'Objectives', role: 'purpose', placeholder: 'What the visit should achieve.' },
    { heading: 'Programme', role: 'event' },
  ],
};

function problemOf(text: string, fileName = 'visit-brief.json'): string {
  const reading = readTemplateFile(fileName, text);
  if (reading.ok) throw new Error(`expected ${text} to be refused`);
  return reading.problem;
}

describe('readTemplateFile', () => {
  it('reads a good template, giving the description its default', () => {
    expect(readTemplateFile('visit-brief.json', JSON.stringify(visitBrief))).toEqual({ ok: true, template: { ...visitBrief, description: '' } });
  });

  it('tolerates a byte-order mark', () => {
    expect(readTemplateFile('visit-brief.json', `\uFEFF${JSON.stringify(visitBrief)}`).ok).toBe(true);
  });

  it.each([
    ['bad JSON', '{ "format": "briefing-desk/template", ', ['not valid JSON']],
    ['an empty file', '', ['not valid JSON']],
    ['a JSON array', '[]', ['not hold a JSON object']],
    ['another format', JSON.stringify({ ...visitBrief, format: 'briefing-desk/note' }), ['"format" is "briefing-desk/note"']],
    ['no format', JSON.stringify({ ...visitBrief, format: undefined }), ['"format" is missing']],
    ['a newer version', JSON.stringify({ ...visitBrief, version: 2 }), ['version 2', 'newer Briefing Desk']],
    ['missing sections', JSON.stringify({ ...visitBrief, sections: undefined }), ['"sections" is missing']],
    ['no sections at all', JSON.stringify({ ...visitBrief, sections: [] }), ['"sections" is not valid']],
    ['a bad role', JSON.stringify({ ...visitBrief, sections: [visitBrief.sections[0], { heading: 'Menu', role: 'catering' }] }), ['"sections[1].role" is "catering", not one of: purpose, summary']],
    ['a section without a heading', JSON.stringify({ ...visitBrief, sections: [{ role: 'notes' }] }), ['"sections[0].heading" is missing']],
    ['a bad id', JSON.stringify({ ...visitBrief, id: 'Visit Brief' }), ['"id" is not valid', 'lower-case letters']],
    ['a name too long', JSON.stringify({ ...visitBrief, name: 'x'.repeat(101) }), ['"name" is not valid']],
  ])('explains %s, naming the file', (_label, text, expected) => {
    const problem = problemOf(text);
    expect(problem).toContain('“visit-brief.json”');
    for (const words of expected) expect(problem).toContain(words);
  });

  it('tells the user what to do next', () => {
    expect(problemOf('nonsense')).toMatch(/Correct or remove the file in the templates folder\.$/);
  });
});

describe('readTemplateFile, for any input', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'binary' }), (fileName, text) => {
        const reading = readTemplateFile(fileName, text);
        if (!reading.ok) expect(reading.problem).toContain(fileName);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on JSON of any shape, and keeps only what the schema accepts', () => {
    const section = fc.record(
      { heading: fc.oneof(fc.string(), fc.integer()), role: fc.oneof(fc.constantFrom(...SECTION_ROLES), fc.string()), placeholder: fc.anything() },
      { requiredKeys: [] },
    );
    const template = fc.record(
      {
        format: fc.oneof(fc.constant('briefing-desk/template'), fc.anything()),
        version: fc.oneof(fc.constant(1), fc.anything()),
        id: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/), fc.string()),
        name: fc.string(),
        description: fc.anything(),
        sections: fc.oneof(fc.array(section, { maxLength: 4 }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(template, fc.jsonValue()), (value) => {
        const text = JSON.stringify(value) ?? '';
        const reading = readTemplateFile('any.json', text);
        if (reading.ok) {
          expect(reading.template.format).toBe('briefing-desk/template');
          expect(reading.template.sections.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
