import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function restrictedFindings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const rules = ['no-restricted-imports', '@typescript-eslint/no-restricted-imports', 'no-restricted-globals'];
  return (result?.messages ?? []).filter((m) => rules.includes(m.ruleId ?? '')).map((m) => m.message);
}

// The layer rules themselves, checked with the project's real lint configuration.
describe('layer boundaries', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;", 'Electron'],
    ["import { readFile } from 'node:fs/promises';\nexport const r = readFile;", 'Node built-ins'],
    ["import path from 'path';\nexport const p = path;", 'Node built-ins'],
    ["import { NoteLibrary } from '../../electron/services/note-library';\nexport const l = NoteLibrary;", 'host contract'],
    ["import { connectHost } from '../../renderer/host/connect-host';\nexport const c = connectHost;", 'leaf layer'],
    ['export const title = document.title;', 'without a DOM'],
    ['export const home = process.env.HOME;', 'without Node'],
  ])('core/ refuses %j', async (code, reason) => {
    const findings = await restrictedFindings('core/document/probe.ts', code);
    expect(findings.join('\n')).toContain(reason);
  });

  it.each([
    ["import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;"],
    ["import { readFile } from 'node:fs';\nexport const r = readFile;"],
    ["import { NoteLibrary } from '../electron/services/note-library';\nexport const l = NoteLibrary;"],
  ])('renderer/ refuses %j', async (code) => {
    expect(await restrictedFindings('renderer/app/probe.ts', code)).not.toHaveLength(0);
  });

  it('lets browser mode and the CLI run without the Electron runtime', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;";
    expect(await restrictedFindings('electron/browser-mode/probe.ts', code)).not.toHaveLength(0);
    expect(await restrictedFindings('electron/main/probe.ts', code)).toHaveLength(0);
  });

  it('lets every layer use core', async () => {
    const code = "import { NOTE_FORMAT } from '../../core/document/note-format';\nexport const f = NOTE_FORMAT;";
    expect(await restrictedFindings('renderer/app/probe.ts', code)).toHaveLength(0);
    expect(await restrictedFindings('electron/services/probe.ts', code)).toHaveLength(0);
  });

  it('lets every layer take zod only through core/schema/z (its mini build, with English messages)', async () => {
    const classic = "import { z } from 'zod';\nexport const s = z.string();";
    const mini = "import * as z from 'zod/mini';\nexport const s = z.string();";
    for (const file of ['core/host/probe.ts', 'renderer/app/probe.ts', 'electron/services/probe.ts', 'electron/main/probe.ts']) {
      expect((await restrictedFindings(file, classic)).join('\n'), file).toContain('core/schema/z');
      expect((await restrictedFindings(file, mini)).join('\n'), file).toContain('core/schema/z');
    }
    expect(await restrictedFindings('core/schema/z.ts', mini)).toHaveLength(0);
    expect(await restrictedFindings('core/host/probe.ts', "import * as z from '../schema/z';\nexport const s = z.string();")).toHaveLength(0);
  });

  it('lets the renderer take only types from the modules whose schemas the host checks with', async () => {
    const schema = "import { NoteFileSchema } from '../../core/document/note-file';\nexport const s = NoteFileSchema;";
    const contract = "import { hostContract } from '../../core/host/contract';\nexport const c = hostContract;";
    const types = "import type { NoteFile } from '../../core/document/note-file';\nimport type { Host } from '../../core/host/contract';\nexport type T = [NoteFile, Host];";
    expect((await restrictedFindings('renderer/app/probe.ts', schema)).join('\n')).toContain('only types');
    expect((await restrictedFindings('renderer/app/probe.ts', contract)).join('\n')).toContain('only types');
    expect(await restrictedFindings('renderer/app/probe.ts', types)).toHaveLength(0);
    expect(await restrictedFindings('electron/services/probe.ts', schema)).toHaveLength(0);
  });
});
