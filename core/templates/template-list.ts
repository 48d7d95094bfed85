import type { BriefingTemplate } from './briefing-template';

/** A user template and the file it came from, for problems that name it. */
export interface UserTemplate {
  file: string;
  template: BriefingTemplate;
}

export interface TemplateProblem {
  file: string;
  problem: string;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The templates to offer: built-ins first in their own order, then the
 * user's sorted by name. A user template whose id is already taken (by a
 * built-in, or by another user file earlier in file-name order) is left out
 * and reported, so a file can never silently replace a built-in.
 */
export function mergeTemplates(
  builtins: readonly BriefingTemplate[],
  userTemplates: readonly UserTemplate[],
): { templates: BriefingTemplate[]; problems: TemplateProblem[] } {
  const builtinIds = new Set(builtins.map((template) => template.id));
  const userFiles = new Map<string, string>();
  const problems: TemplateProblem[] = [];
  const users: BriefingTemplate[] = [];
  for (const { file, template } of [...userTemplates].sort((a, b) => compareText(a.file, b.file))) {
    const { id } = template;
    const earlier = userFiles.get(id);
    if (builtinIds.has(id)) {
      problems.push({ file, problem: `The template “${file}” was not loaded: it uses the id of a built-in template ("${id}"). Give it another id.` });
    } else if (earlier !== undefined) {
      problems.push({ file, problem: `The template “${file}” was not loaded: its id "${id}" is already used by “${earlier}”. Give it another id.` });
    } else {
      userFiles.set(id, file);
      users.push(template);
    }
  }
  users.sort((a, b) => byName.compare(a.name, b.name) || compareText(a.id, b.id));
  return { templates: [...builtins, ...users], problems };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
