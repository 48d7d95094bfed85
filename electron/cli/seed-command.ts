import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { MAX_ARTICLE_BYTES } from '../../core/article/decode-article-bytes';
import { readArticleBytes } from '../../core/article/read-article-bytes';
import { draftFromArticle } from '../../core/seeding/draft-from-article';
import { BUILTIN_TEMPLATES } from '../../core/templates/builtin-templates';
import type { BriefingTemplate } from '../../core/templates/briefing-template';
import { writeFileAtomic } from '../services/atomic-write';
import { readHostOptions } from '../services/host-options';
import { listTemplates } from '../services/template-store';

export class CliFailure extends Error {
  override readonly name = 'CliFailure';
}

export interface SeedOptions {
  source: string;
  output: string;
  template: string | undefined;
  stdin: AsyncIterable<Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
}

/** `briefing seed <article|-> -o note.brief [--template NAME]`: a draft note from an article. */
export async function seedCommand({ source, output, template, stdin, env }: SeedOptions): Promise<string> {
  const bytes = source === '-' ? await readAll(stdin) : await readArticleFile(source);
  const fileName = source === '-' ? undefined : path.basename(source);
  const reading = readArticleBytes(bytes, 'auto', fileName);
  if (!reading.ok) throw new CliFailure(reading.problem);
  const chosen = await findTemplate(template, env);
  const draft = draftFromArticle({ text: reading.text, fileName }, chosen, new Date(), (html) => parseHTML(html).document);
  if (!draft.ok) throw new CliFailure(draft.problem);
  await writeFileAtomic(path.resolve(output), `${JSON.stringify(draft.note, null, 2)}\n`);
  const { people, acronyms } = draft.extraction;
  return `Wrote ${output} (${chosen.name}; ${people.length} people, ${acronyms.length} abbreviations, ${draft.note.annotations.length} citations).`;
}

async function readArticleFile(file: string): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => {
    throw new CliFailure(`cannot read ${file}: no such file.`);
  });
  if (!stat.isFile()) throw new CliFailure(`${file} is not a file.`);
  if (stat.size > MAX_ARTICLE_BYTES) throw new CliFailure(`${file} is ${Math.round(stat.size / 1024 / 1024)} MB; articles of more than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB are refused.`);
  return fs.readFile(file);
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_ARTICLE_BYTES) throw new CliFailure(`standard input is over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB; articles that long are refused.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function findTemplate(wanted: string | undefined, env: SeedOptions['env']): Promise<BriefingTemplate> {
  const { libraryDir } = readHostOptions({ argv: [], env, homeDir: os.homedir(), platform: process.platform });
  const { templates } = await listTemplates(libraryDir).catch(() => ({ templates: [...BUILTIN_TEMPLATES] }));
  if (!wanted) return templates[0] ?? BUILTIN_TEMPLATES[0]!;
  const key = wanted.trim().toLowerCase();
  const found = templates.find((template) => template.id === key || template.name.toLowerCase() === key);
  if (!found) throw new CliFailure(`no template called “${wanted}”. Templates: ${templates.map((template) => template.id).join(', ')}.`);
  return found;
}
