import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { findChromium } from '../../../electron/services/pdf-chromium';
import { freshTempFolder } from './temp-folder';

const chromium = findChromium();
const poppler = existsSync('/usr/bin/pdftotext');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { BRIEFING_LIBRARY: await freshTempFolder() } });
  return { code, stdout, stderr };
}

describe('briefing export', () => {
  it.skipIf(!chromium || !poppler)('prints several notes with one run, reports a broken one by name, and exits 1', async () => {
    const folder = await freshTempFolder();
    const note = path.join(folder, 'EWG PKO.brief');
    expect((await run(['seed', path.resolve('assets/seed-article.txt'), '-o', note])).code).toBe(0);
    await fs.copyFile(note, path.join(folder, 'Copy.brief'));
    await fs.writeFile(path.join(folder, 'Broken.brief'), '{"format":');
    const out = path.join(folder, 'out');

    const result = await run(['export', note, path.join(folder, 'Broken.brief'), path.join(folder, 'Copy.brief'), '--to', 'pdf', '--out-dir', out]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Broken.brief: it is not valid JSON');
    expect((await fs.readdir(out)).sort()).toEqual(['Copy.pdf', 'EWG PKO.pdf']);
    const text = execFileSync('pdftotext', [path.join(out, 'EWG PKO.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Tomoko Matsuzawa');
    expect(text).toMatch(/Page 1 of \d+/);
  }, 60_000);

  it('writes a self-contained HTML file next to the note by default, with the article as an annex', async () => {
    const folder = await freshTempFolder();
    const note = path.join(folder, 'Brief.brief');
    await run(['seed', path.resolve('assets/seed-article.txt'), '-o', note]);
    expect((await run(['export', note, '--to', 'html'])).code).toBe(0);
    const html = await fs.readFile(path.join(folder, 'Brief.html'), 'utf8');
    expect(html).toContain('Nguyen Nhu Canh');
    expect(html).toContain('data:font/ttf;base64,');
    expect(html).toContain('Annex A: Source article');
  });

  it('leaves the article out with --no-source, and honours -o', async () => {
    const folder = await freshTempFolder();
    const note = path.join(folder, 'Brief.brief');
    await run(['seed', path.resolve('assets/seed-article.txt'), '-o', note]);
    const out = path.join(folder, 'elsewhere', 'Plain.html');
    expect((await run(['export', note, '--to', 'html', '--no-source', '--page-size', 'Letter', '--comments', 'endnotes', '-o', out])).code).toBe(0);
    const html = await fs.readFile(out, 'utf8');
    expect(html).not.toContain('Annex A');
    expect(html).toContain('size: letter;');
  });

  it.each([
    [['export', 'a.brief'], '--to pdf, --to html or --to md'],
    [['export', 'a.brief', 'b.brief', '--to', 'pdf', '-o', 'x.pdf'], 'use --out-dir'],
    [['export', '--to', 'pdf'], 'at least one note'],
    [['export', 'a.brief', '--to', 'pdf', '--page-size', 'A3'], 'A4 or Letter'],
    [['export', 'a.brief', '--to', 'md', '--no-source'], '--no-source is for --to pdf and --to html'],
    [['export', 'a.brief', '--to', 'pdf', '--comments', 'critic'], '--comments takes none, endnotes with --to pdf'],
  ])('is a usage error (exit 2): %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('briefing export --to md and briefing import', () => {
  it('exports Markdown with front matter and citations as footnotes, and imports it back to a note', async () => {
    const folder = await freshTempFolder();
    const note = path.join(folder, 'Brief.brief');
    await run(['seed', path.resolve('assets/seed-article.txt'), '-o', note]);
    expect((await run(['export', note, '--to', 'md', '--comments', 'footnotes'])).code).toBe(0);
    const markdown = await fs.readFile(path.join(folder, 'Brief.md'), 'utf8');
    expect(markdown.startsWith('---\ntitle: ')).toBe(true);
    expect(markdown).toContain('publisher: VNA');
    expect(markdown).toMatch(/\[\^1\]: VNA, “.*”, 2022-10-11, ¶1: “The 16th Meeting/);

    const out = path.join(folder, 'imported');
    const imported = await run(['import', path.join(folder, 'Brief.md'), '--out-dir', out]);
    expect(imported.code).toBe(0);
    const back = JSON.parse(await fs.readFile(path.join(out, 'Brief.brief'), 'utf8'));
    expect(back.meta.title).toContain('The 16th Meeting');
    expect(JSON.stringify(back.doc)).toContain('Tomoko Matsuzawa');
  });

  it('round-trips a note without citations to identical Markdown', async () => {
    const folder = await freshTempFolder();
    const first = path.join(folder, 'first.md');
    await fs.writeFile(first, '---\ntitle: Visit brief\nstatus: draft\n---\n\n# Visit brief\n\n\\# not a heading, with *emphasis* and `code`.\n\n- one\n- two\n');
    expect((await run(['import', first, '-o', path.join(folder, 'a.brief')])).code).toBe(0);
    expect((await run(['export', path.join(folder, 'a.brief'), '--to', 'md', '-o', path.join(folder, 'second.md')])).code).toBe(0);
    expect((await run(['import', path.join(folder, 'second.md'), '-o', path.join(folder, 'b.brief')])).code).toBe(0);
    expect((await run(['export', path.join(folder, 'b.brief'), '--to', 'md', '-o', path.join(folder, 'third.md')])).code).toBe(0);
    const second = await fs.readFile(path.join(folder, 'second.md'), 'utf8');
    expect(await fs.readFile(path.join(folder, 'third.md'), 'utf8')).toBe(second);
    expect(second).toContain('\\# not a heading');
  });

  it('reports a Markdown file it cannot read by name and carries on', async () => {
    const folder = await freshTempFolder();
    await fs.writeFile(path.join(folder, 'bad.md'), '---\ntitle: [unclosed\n---\n\nText\n');
    await fs.writeFile(path.join(folder, 'good.md'), '# Fine\n');
    const result = await run(['import', path.join(folder, 'bad.md'), path.join(folder, 'good.md'), '--out-dir', folder]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.md');
    expect(await fs.readdir(folder)).toContain('good.brief');
  });
});

describe('the CLI never overwrites by surprise', () => {
  it('refuses to import a note over itself, and to replace an existing file without --force', async () => {
    const folder = await freshTempFolder();
    const note = path.join(folder, 'Brief.brief');
    await run(['seed', path.resolve('assets/seed-article.txt'), '-o', note]);
    const before = await fs.readFile(note, 'utf8');
    const self = await run(['import', note]);
    expect(self.code).toBe(1);
    expect(self.stderr).toContain('would replace the file being read');
    expect(await fs.readFile(note, 'utf8')).toBe(before);

    await fs.writeFile(path.join(folder, 'Brief.md'), 'hand-written\n');
    const refused = await run(['export', note, '--to', 'md']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists; use --force');
    expect(await fs.readFile(path.join(folder, 'Brief.md'), 'utf8')).toBe('hand-written\n');
    expect((await run(['export', note, '--to', 'md', '--force'])).code).toBe(0);
    expect(await fs.readFile(path.join(folder, 'Brief.md'), 'utf8')).toContain('title:');
  });

  it('refuses two inputs that would write the same file', async () => {
    const folder = await freshTempFolder();
    await fs.mkdir(path.join(folder, 'a'));
    await fs.mkdir(path.join(folder, 'b'));
    await fs.writeFile(path.join(folder, 'a', 'Same.md'), '# One\n');
    await fs.writeFile(path.join(folder, 'b', 'Same.md'), '# Two\n');
    const result = await run(['import', path.join(folder, 'a', 'Same.md'), path.join(folder, 'b', 'Same.md'), '--out-dir', path.join(folder, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('also writes');
    expect(await fs.readdir(path.join(folder, 'out'))).toEqual(['Same.brief']);
  });
});
