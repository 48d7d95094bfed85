// Runs Electronegativity over the Electron and renderer code as one app and fails on any finding.
// Its global checks (CSP, navigation limits, permission handler) look across the whole app,
// so both layers are staged into one folder, with the built index.html that carries the real CSP.
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { devDependencies } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const electronVersion = devDependencies.electron;
const builtHtml = path.join(root, 'out/renderer/index.html');
if (!existsSync(builtHtml)) {
  console.error('electronegativity: build the app first (npm run build).');
  process.exit(1);
}

const stage = path.join(root, 'out/security-scan');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(path.join(root, 'electron'), path.join(stage, 'electron'), { recursive: true, filter: (source) => !source.endsWith('tsconfig.json') });
cpSync(path.join(root, 'renderer'), path.join(stage, 'renderer'), { recursive: true, filter: (source) => !source.endsWith('index.html') && !source.endsWith('tsconfig.json') });
cpSync(builtHtml, path.join(stage, 'renderer/index.html'));

const report = path.join(root, 'out/electronegativity.sarif');
const run = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', stage, '-e', electronVersion, '-r', '-o', report],
  { encoding: 'utf8' },
);
const log = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
if (run.status !== 0 || !existsSync(report)) {
  console.error(log);
  console.error('electronegativity: the scan did not finish.');
  process.exit(1);
}
const parseErrors = log.split('\n').filter((line) => /error while parsing|unable to parse|SyntaxError/i.test(line));
const results = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((run) => run.results).map(describe);
const findings = results.filter((result) => !suppressedAtSite(result));
for (const result of results.filter(suppressedAtSite)) console.log(`suppressed at its site: ${result.text}`);
for (const line of [...parseErrors, ...findings.map((result) => result.text)]) console.error(line);
if (parseErrors.length || findings.length) {
  console.error(`electronegativity: ${findings.length} finding(s), ${parseErrors.length} file(s) not parsed (Electron ${electronVersion}).`);
  process.exit(1);
}
console.log(`electronegativity: no findings over electron/ and renderer/ (Electron ${electronVersion}).`);

function describe(result) {
  const place = result.locations?.[0]?.physicalLocation;
  const file = place?.artifactLocation?.uri;
  const line = place?.region?.startLine;
  return { id: result.ruleId, file, line, text: `${result.ruleId} ${file ?? 'app'}${line ? `:${line}` : ''} ${result.message.text}` };
}

// Electronegativity honours `eng-disable` only for atomic checks; global checks (such as
// CSP_GLOBAL_CHECK) point at a file and line too, so the same comment there suppresses them.
function suppressedAtSite({ id, file, line }) {
  if (!file || !line || !existsSync(path.join(stage, file))) return false;
  const source = readFileSync(path.join(stage, file), 'utf8').split('\n')[line - 1] ?? '';
  return source.includes('eng-disable') && new RegExp(`\\b${id}\\b`).test(source);
}
