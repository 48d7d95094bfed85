// `npm run bench [-- --check] [-- --only node|browser] [-- --fixtures 2-page,book]`:
// builds the bench (runner and bare editor page) with esbuild and runs it.
// Expects `npm run build` to have built the app (the npm script does it first).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';

await Promise.all([
  build({ entryPoints: ['bench/runner.ts'], outfile: 'out/bench/runner.cjs', bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'warning' }),
  build({ entryPoints: ['bench/bare/bare-editor.ts'], outfile: 'out/bench/bare/bare-editor.js', bundle: true, platform: 'browser', target: 'chrome120', format: 'iife', minify: true, logLevel: 'warning' }),
]);
const child = spawn(process.execPath, ['--expose-gc', 'out/bench/runner.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
