import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BriefingTemplate } from '../../core/templates/briefing-template';
import { BUILTIN_TEMPLATES } from '../../core/templates/builtin-templates';
import { readTemplateFile } from '../../core/templates/read-template';
import { mergeTemplates, type TemplateProblem, type UserTemplate } from '../../core/templates/template-list';
import { errorCode, isCode } from './atomic-write';
import { isInside } from './note-library';

/** The library's subfolder that holds the user's templates, one `.json` file each. */
export const TEMPLATES_FOLDER = 'templates';

/** A template is a few kilobytes; anything past this is not one, and is not read into memory. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

export interface TemplateListing {
  templates: BriefingTemplate[];
  problems: TemplateProblem[];
}

type FileText = { ok: true; text: string } | { ok: false; problem: string } | { ok: false; gone: true };

/**
 * The built-in templates and the user's, from `<library>/templates/*.json`.
 * Nothing here is fatal: a missing folder gives the built-ins, and each file
 * that cannot be used (broken, too large, a link leading outside the
 * library, an id already taken) is left out and reported by name.
 */
export async function listTemplates(libraryDir: string): Promise<TemplateListing> {
  const library = await fs.realpath(libraryDir).catch(() => path.resolve(libraryDir));
  const folder = path.join(library, TEMPLATES_FOLDER);
  const names = await templateFileNames(folder, library);
  if (!Array.isArray(names)) return { templates: [...BUILTIN_TEMPLATES], problems: names.problem ? [{ file: TEMPLATES_FOLDER, problem: names.problem }] : [] };

  const users: UserTemplate[] = [];
  const problems: TemplateProblem[] = [];
  for (const file of names) {
    const read = await readTemplateText(library, path.join(folder, file));
    if (!read.ok) {
      if (!('gone' in read)) problems.push({ file, problem: `The template “${file}” was not loaded: ${read.problem}.` });
      continue;
    }
    const reading = readTemplateFile(file, read.text);
    if (reading.ok) users.push({ file, template: reading.template });
    else problems.push({ file, problem: reading.problem });
  }
  const merged = mergeTemplates(BUILTIN_TEMPLATES, users);
  return { templates: merged.templates, problems: [...problems, ...merged.problems].sort((a, b) => compareText(a.file, b.file)) };
}

// Hidden files (".x.json", macOS "._x.json") are skipped along with anything not named *.json.
async function templateFileNames(folder: string, library: string): Promise<string[] | { problem?: string }> {
  let real: string;
  try {
    real = await fs.realpath(folder);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return {};
    return { problem: `The templates folder (${folder}) could not be read (${errorCode(error) ?? 'unknown error'}), so only the built-in templates are offered.` };
  }
  if (!isInside(library, real)) {
    return { problem: `The templates folder (${folder}) is a link to a folder outside the library, so only the built-in templates are offered.` };
  }
  try {
    const entries = await fs.readdir(real);
    return entries.filter((name) => !name.startsWith('.') && name.toLowerCase().endsWith('.json')).sort(compareText);
  } catch (error) {
    const why = isCode(error, 'ENOTDIR') ? 'is not a folder' : `could not be read (${errorCode(error) ?? 'unknown error'})`;
    return { problem: `The templates folder (${folder}) ${why}, so only the built-in templates are offered.` };
  }
}

async function readTemplateText(library: string, file: string): Promise<FileText> {
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) return { ok: false, problem: `it could not be read (${errorCode(error) ?? 'unknown error'})` };
    const link = await fs.lstat(file).catch(() => undefined);
    return link ? { ok: false, problem: 'it is a link to a file that does not exist. Remove the link' } : { ok: false, gone: true };
  }
  if (!isInside(library, real)) return { ok: false, problem: 'it is a link to a file outside the library folder, so it was not read. Copy the template into the templates folder instead' };
  try {
    const stat = await fs.stat(real);
    if (!stat.isFile()) return { ok: false, problem: 'it is not a file' };
    if (stat.size > MAX_TEMPLATE_BYTES) return tooLarge(stat.size);
    const handle = await fs.open(real, 'r');
    try {
      const buffer = Buffer.alloc(MAX_TEMPLATE_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > MAX_TEMPLATE_BYTES) return tooLarge(bytesRead);
      return decodeUtf8(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { ok: false, gone: true };
    return { ok: false, problem: `it could not be read (${errorCode(error) ?? 'unknown error'}). Check that it is a file you may read` };
  }
}

function tooLarge(bytes: number): FileText {
  return { ok: false, problem: `it is larger than 1 MB (${(bytes / (1024 * 1024)).toFixed(1)} MB), far more than a template needs. Remove it from the templates folder` };
}

function decodeUtf8(bytes: Uint8Array): FileText {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'it is not UTF-8 text. Save it again as UTF-8' };
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
