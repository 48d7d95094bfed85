import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { APP_VERSION } from '../../../electron/services/app-version';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const builtCli = path.join(repo, 'out', 'cli', 'index.cjs');

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

function runNode(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('runCli', () => {
  it.each([[['--help']], [['-h']], [[]]])('prints help for %j and succeeds', async (argv) => {
    const { code, stdout, stderr } = await run(argv);

    expect(code).toBe(0);
    expect(stdout).toContain('Usage: briefing');
    expect(stdout).toContain('--version');
    expect(stderr).toBe('');
  });

  it.each(['--version', '-v'])('prints the version for %s and succeeds', async (flag) => {
    const { code, stdout, stderr } = await run([flag]);

    expect(code).toBe(0);
    expect(stdout).toBe(`${APP_VERSION}\n`);
    expect(stderr).toBe('');
  });

  it('refuses an unknown option with exit code 2, naming it on stderr', async () => {
    const { code, stdout, stderr } = await run(['--bogus']);

    expect(code).toBe(2);
    expect(stderr).toContain('--bogus');
    expect(stderr).toContain('briefing --help');
    expect(stdout).toBe('');
  });

  it('refuses an unknown command with exit code 2, naming it on stderr', async () => {
    const { code, stdout, stderr } = await run(['publish']);

    expect(code).toBe(2);
    expect(stderr).toContain('publish');
    expect(stdout).toBe('');
  });
});

describe('the briefing command', () => {
  const { version } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };

  beforeAll(async () => {
    if (existsSync(builtCli)) return;
    const build = await runNode(['scripts/build.mjs', 'node']);
    if (build.code !== 0) throw new Error(`could not build the CLI:\n${build.stderr}`);
  }, 120_000);

  it('prints the version from package.json', async () => {
    const { code, stdout } = await runNode(['bin/briefing.cjs', '--version']);

    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it('exits with 2 on an unknown option', async () => {
    const { code, stderr } = await runNode(['bin/briefing.cjs', '--bogus']);

    expect(code).toBe(2);
    expect(stderr).toContain('--bogus');
  });
});
