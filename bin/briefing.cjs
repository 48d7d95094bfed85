#!/usr/bin/env node
// The `briefing` command: runs the bundled CLI, built by `npm install` (prepare) or `npm run build`.
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'out', 'cli', 'index.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('briefing: the command is not built yet. Run `npm run build` in the Briefing Desk folder, then try again.\n');
  process.exit(1);
}
require(bundle);
