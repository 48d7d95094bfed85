import { existsSync } from 'node:fs';

/** Where Chromium is usually installed, tried in order after `BRIEFING_CHROMIUM`. */
export const COMMON_CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium to print with: `BRIEFING_CHROMIUM` if set, else the first common path that exists, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const configured = env.BRIEFING_CHROMIUM?.trim();
  if (configured) return configured;
  return COMMON_CHROMIUM_PATHS.find((path) => exists(path)) ?? null;
}

/** Like `findChromium`, but an error the user can act on when there is none. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const found = findChromium(env, exists);
  if (found === null) {
    throw new Error(`PDF export needs Chromium or Google Chrome, and none was found (looked in ${COMMON_CHROMIUM_PATHS.join(', ')}). Install Chromium, or set BRIEFING_CHROMIUM to its executable.`);
  }
  if (!exists(found)) throw new Error(`PDF export could not find Chromium at “${found}” (from BRIEFING_CHROMIUM). Correct the path or unset it.`);
  return found;
}
