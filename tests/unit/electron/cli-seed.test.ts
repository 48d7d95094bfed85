import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { readNoteFile } from '../../../core/document/read-note-file';
import { citationsIn } from '../../../core/annotations/citation';
import { locatePassage } from '../../../core/annotations/text-selectors';
import { freshTempFolder } from './temp-folder';

const SAMPLE = path.resolve('assets/seed-article.txt');

async function run(argv: string[], stdin: Uint8Array = new Uint8Array(), env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([stdin]),
    env: { BRIEFING_LIBRARY: await freshTempFolder(), ...env },
  });
  return { code, stdout, stderr };
}

describe('briefing seed', () => {
  it('writes a draft note from the sample article whose every citation resolves', async () => {
    const output = path.join(await freshTempFolder(), 'EWG PKO.brief');
    const { code, stdout } = await run(['seed', SAMPLE, '-o', output]);
    expect(code).toBe(0);
    expect(stdout).toContain('Briefing note');
    const reading = readNoteFile(await fs.readFile(output, 'utf8'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const source = reading.note.sources[0]!;
    expect(source.publisher).toBe('VNA');
    expect(source.published).toBe('2022-10-11');
    for (const citation of citationsIn(reading.note.annotations)) expect(locatePassage(source.text, citation.selector)).not.toBeNull();
    expect(JSON.stringify(reading.note.doc)).toContain('Nguyen Nhu Canh');
  });

  it('reads standard input with -, and takes a template by id or name', async () => {
    const output = path.join(await freshTempFolder(), 'from-stdin.brief');
    const { code } = await run(['seed', '-', '--template', 'Meeting brief', '-o', output], await fs.readFile(SAMPLE));
    expect(code).toBe(0);
    expect(await fs.readFile(output, 'utf8')).toContain('Participants');
  });

  it.each([
    [['seed', '/no/such/article.txt', '-o', 'x.brief'], 'no such file'],
    [['seed', SAMPLE, '--template', 'missing', '-o', 'x.brief'], 'no template called'],
  ])('fails with one line and exit 1: %j', async (argv, message) => {
    const folder = await freshTempFolder();
    const { code, stderr } = await run(argv.map((arg) => (arg === 'x.brief' ? path.join(folder, arg) : arg)));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('refuses empty and binary input without writing anything', async () => {
    const folder = await freshTempFolder();
    const output = path.join(folder, 'x.brief');
    expect((await run(['seed', '-', '-o', output])).stderr).toContain('empty');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
    const binary = await run(['seed', '-', '-o', output], png);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toContain('binary');
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('is a usage error (exit 2) without -o or without an article', async () => {
    expect((await run(['seed', SAMPLE])).code).toBe(2);
    expect((await run(['seed', '-o', 'x.brief'])).code).toBe(2);
  });
});
