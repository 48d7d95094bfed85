import type * as z from '../schema/z';
import { BriefingTemplateSchema, TEMPLATE_FORMAT, type BriefingTemplate } from './briefing-template';

export type TemplateReading = { ok: true; template: BriefingTemplate } | { ok: false; problem: string };

/**
 * Reads the text of a template file. Never throws: a file that cannot be
 * used gives a `problem` naming the file and what is wrong with it, for the
 * user to fix or remove.
 */
export function readTemplateFile(fileName: string, text: string): TemplateReading {
  const refuse = (why: string): TemplateReading => ({
    ok: false,
    problem: `The template “${fileName}” was not loaded: ${why}. Correct or remove the file in the templates folder.`,
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse(`it is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse('it does not hold a JSON object');
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== TEMPLATE_FORMAT) return refuse(`its "format" is ${describe(format)}, not "${TEMPLATE_FORMAT}"`);
  if (typeof version === 'number' && version > 1) return refuse(`it is a version ${version} template, written for a newer Briefing Desk`);
  const parsed = BriefingTemplateSchema.safeParse(json);
  if (!parsed.success) return refuse(firstIssue(parsed.error, json));
  return { ok: true, template: parsed.data };
}

function firstIssue(error: z.core.$ZodError, json: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'its contents are not as expected';
  if (issue.path.length === 0) return issue.message;
  const where = `"${issuePath(issue.path)}"`;
  const value = valueAt(json, issue.path);
  if (issue.code === 'invalid_type' && value === undefined) return `${where} is missing`;
  if (issue.code === 'invalid_value' && issue.path.at(-1) === 'role') return `${where} is ${describe(value)}, not one of: ${issue.values.join(', ')}`;
  return `${where} is not valid (${issue.message})`;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

// `sections[2].role`, as a user editing the JSON would look for it.
function issuePath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
