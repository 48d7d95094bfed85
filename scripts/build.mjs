// Builds what the app runs: the renderer (Vite) and the Node/Electron entry points (esbuild).
// `node scripts/build.mjs node` builds only the Node side (fast; used by `prepare` for the CLI).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFile } from 'node:fs/promises';

const only = process.argv[2];
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const nodeEntry = (entry, outfile, extra = {}) => ({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(version) },
  ...extra,
});

const nodeBuilds = [
  // Dependencies stay in node_modules for the Node entry points (electron-builder packs them).
  nodeEntry('electron/main/index.ts', 'out/main/index.cjs', { packages: 'external' }),
  nodeEntry('electron/browser-mode/index.ts', 'out/browser-mode/index.cjs', { packages: 'external' }),
  nodeEntry('electron/cli/index.ts', 'out/cli/index.cjs', { packages: 'external' }),
  // A sandboxed preload can require only 'electron': everything else is bundled in.
  nodeEntry('electron/preload/index.ts', 'out/preload/index.cjs', { external: ['electron'], target: 'chrome120' }),
];

await Promise.all(nodeBuilds.map((options) => esbuild(options)));
if (only !== 'node') await viteBuild({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
