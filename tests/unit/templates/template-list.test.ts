import { describe, expect, it } from 'vitest';
import type { BriefingTemplate } from '../../../core/templates/briefing-template';
import { BUILTIN_TEMPLATES } from '../../../core/templates/builtin-templates';
import { mergeTemplates } from '../../../core/templates/template-list';

function template(id: string, name: string): BriefingTemplate {
  return { format: 'briefing-desk/template', version: 1, id, name, description: '', sections: [{ heading: 'Notes', role: 'notes' }] };
}

describe('mergeTemplates', () => {
  it('offers the built-ins alone when the user has none', () => {
    expect(mergeTemplates(BUILTIN_TEMPLATES, [])).toEqual({ templates: [...BUILTIN_TEMPLATES], problems: [] });
  });

  it('puts built-ins first in their order, then the user’s by name', () => {
    const { templates, problems } = mergeTemplates(BUILTIN_TEMPLATES, [
      { file: 'a.json', template: template('visit', 'Visit brief') },
      { file: 'b.json', template: template('annual', 'annual report') },
      { file: 'c.json', template: template('ewg-10', 'EWG PKO 10') },
      { file: 'd.json', template: template('ewg-9', 'EWG PKO 9') },
    ]);
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.id)).toEqual(['briefing-note', 'meeting-brief', 'information-note', 'annual', 'ewg-9', 'ewg-10', 'visit']);
  });

  it('reports a user template that uses the id of a built-in, and keeps the built-in', () => {
    const { templates, problems } = mergeTemplates(BUILTIN_TEMPLATES, [{ file: 'my-note.json', template: template('briefing-note', 'My note') }]);
    expect(templates).toEqual([...BUILTIN_TEMPLATES]);
    expect(problems).toEqual([{ file: 'my-note.json', problem: expect.stringContaining('uses the id of a built-in template') }]);
    expect(problems[0]?.problem).toContain('“my-note.json”');
  });

  it('keeps the first of two user files with the same id, by file name, and reports the other', () => {
    const { templates, problems } = mergeTemplates(BUILTIN_TEMPLATES, [
      { file: 'b.json', template: template('visit', 'Visit B') },
      { file: 'a.json', template: template('visit', 'Visit A') },
    ]);
    expect(templates.at(-1)?.name).toBe('Visit A');
    expect(problems).toEqual([{ file: 'b.json', problem: expect.stringContaining('already used by “a.json”') }]);
  });
});
