// Renders assets/icons/icon.svg to the 512×512 PNG electron-builder makes every platform's icon from.
// Run after changing the SVG: node scripts/render-icon.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../assets/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.BRIEFING_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`);
  await page.locator('svg').screenshot({ path: new URL('../assets/icons/icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
