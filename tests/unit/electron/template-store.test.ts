import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../../core/templates/builtin-templates';
import { listTemplates, MAX_TEMPLATE_BYTES } from '../../../electron/services/template-store';
import { freshTempFolder } from './temp-folder';

const visitBrief = {
  format: 'briefing-desk/template',
  version: 1,
  id: 'visit-brief',
  name: 'Visit brief',
  description: 'For a delegation visiting the Ministry.',
  sections: [
    { heading: 'Objectives', role: 'purpose', placeholder: 'What the visit should achieve: to be written by the drafting officer.' },
    { heading: 'Programme', role: 'event' },
    { heading: 'Delegation', role: 'participants' },
  ],
};

/** A library folder with a `templates` folder holding `files` (name → text). */
async function libraryWith(files: Record<string, string>): Promise<{ library: string; templates: string }> {
  const library = path.join(await freshTempFolder(), 'Library');
  const templates = path.join(library, 'templates');
  await fs.mkdir(templates, { recursive: true });
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(templates, name), text);
  return { library, templates };
}

describe('listTemplates', () => {
  it('gives just the built-ins when the library has no templates folder', async () => {
    const library = await freshTempFolder();
    expect(await listTemplates(library)).toEqual({ templates: [...BUILTIN_TEMPLATES], problems: [] });
    expect(await listTemplates(path.join(library, 'not-yet-created'))).toEqual({ templates: [...BUILTIN_TEMPLATES], problems: [] });
  });

  it('adds a good user template after the built-ins, ignoring files that are not .json', async () => {
    const { library } = await libraryWith({
      'visit-brief.json': JSON.stringify(visitBrief, null, 2),
      'README.txt': 'Put templates here.',
      'visit-brief.json.bak': '{ broken',
      '.hidden.json': '{ broken',
    });
    const { templates, problems } = await listTemplates(library);
    expect(problems).toEqual([]);
    expect(templates).toEqual([...BUILTIN_TEMPLATES, visitBrief]);
  });

  it('reports a file of broken JSON by name, and still lists the rest', async () => {
    const { library } = await libraryWith({ 'broken.json': '{ "format": "briefing-desk/template", ', 'visit-brief.json': JSON.stringify(visitBrief) });
    const { templates, problems } = await listTemplates(library);
    expect(templates.map((t) => t.id)).toEqual([...BUILTIN_TEMPLATES.map((t) => t.id), 'visit-brief']);
    expect(problems).toEqual([{ file: 'broken.json', problem: expect.stringContaining('“broken.json” was not loaded: it is not valid JSON') }]);
  });

  it('reports a file of the wrong shape, saying what is wrong', async () => {
    const { library } = await libraryWith({ 'visit.json': JSON.stringify({ ...visitBrief, sections: [{ heading: 'Menu', role: 'catering' }] }) });
    const { templates, problems } = await listTemplates(library);
    expect(templates).toEqual([...BUILTIN_TEMPLATES]);
    expect(problems).toEqual([{ file: 'visit.json', problem: expect.stringContaining('"sections[0].role" is "catering"') }]);
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const huge = JSON.stringify({ ...visitBrief, description: 'x'.repeat(MAX_TEMPLATE_BYTES) });
    const { library } = await libraryWith({ 'huge.json': huge });
    const { templates, problems } = await listTemplates(library);
    expect(templates).toEqual([...BUILTIN_TEMPLATES]);
    expect(problems).toEqual([{ file: 'huge.json', problem: expect.stringContaining('“huge.json” was not loaded: it is larger than 1 MB') }]);
  });

  it('reports a file that is not UTF-8', async () => {
    const { library, templates } = await libraryWith({});
    await fs.writeFile(path.join(templates, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    expect((await listTemplates(library)).problems).toEqual([{ file: 'latin1.json', problem: expect.stringContaining('not UTF-8') }]);
  });

  it('reports a user template that uses the id of a built-in, keeping the built-in', async () => {
    const { library } = await libraryWith({ 'my-note.json': JSON.stringify({ ...visitBrief, id: 'briefing-note', name: 'My briefing note' }) });
    const { templates, problems } = await listTemplates(library);
    expect(templates).toEqual([...BUILTIN_TEMPLATES]);
    expect(problems).toEqual([{ file: 'my-note.json', problem: expect.stringContaining('uses the id of a built-in template') }]);
  });

  it('reports a templates "folder" that is a file, offering the built-ins', async () => {
    const library = await freshTempFolder();
    await fs.writeFile(path.join(library, 'templates'), 'not a folder');
    const { templates, problems } = await listTemplates(library);
    expect(templates).toEqual([...BUILTIN_TEMPLATES]);
    expect(problems).toEqual([{ file: 'templates', problem: expect.stringContaining('is not a folder') }]);
  });

  describe('with symbolic links', () => {
    it('refuses a link to a template outside the library', async () => {
      const { library, templates } = await libraryWith({});
      const outside = path.join(path.dirname(library), 'outside.json');
      await fs.writeFile(outside, JSON.stringify(visitBrief));
      await fs.symlink(outside, path.join(templates, 'linked.json'));
      const listing = await listTemplates(library);
      expect(listing.templates).toEqual([...BUILTIN_TEMPLATES]);
      expect(listing.problems).toEqual([{ file: 'linked.json', problem: expect.stringContaining('outside the library folder') }]);
    });

    it('refuses a templates folder that is a link outside the library', async () => {
      const library = path.join(await freshTempFolder(), 'Library');
      const outside = path.join(path.dirname(library), 'elsewhere');
      await fs.mkdir(library);
      await fs.mkdir(outside);
      await fs.writeFile(path.join(outside, 'visit-brief.json'), JSON.stringify(visitBrief));
      await fs.symlink(outside, path.join(library, 'templates'));
      const listing = await listTemplates(library);
      expect(listing.templates).toEqual([...BUILTIN_TEMPLATES]);
      expect(listing.problems).toEqual([{ file: 'templates', problem: expect.stringContaining('outside the library') }]);
    });

    it('follows a link that stays inside the library', async () => {
      const { library, templates } = await libraryWith({});
      const shared = path.join(library, 'shared.json');
      await fs.writeFile(shared, JSON.stringify(visitBrief));
      await fs.symlink(shared, path.join(templates, 'visit-brief.json'));
      expect(await listTemplates(library)).toEqual({ templates: [...BUILTIN_TEMPLATES, visitBrief], problems: [] });
    });

    it('reports a link to a file that no longer exists', async () => {
      const { library, templates } = await libraryWith({});
      await fs.symlink(path.join(library, 'gone.json'), path.join(templates, 'dangling.json'));
      expect((await listTemplates(library)).problems).toEqual([{ file: 'dangling.json', problem: expect.stringContaining('does not exist') }]);
    });
  });
});
