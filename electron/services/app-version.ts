/** Replaced at build time from package.json (see scripts/build.mjs). */
declare const __APP_VERSION__: string;

export const APP_NAME = 'Briefing Desk';
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
