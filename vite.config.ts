import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './core/host/content-security-policy.ts';

// frame-ancestors is ignored (and warned about) in a <meta> CSP; the hosts send it as a header.
const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'briefing-desk-csp',
    transformIndexHtml: (html) => html.replace('%BRIEFING_CSP%', metaPolicy),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // One CSS file, no inline modulepreload polyfill: both would fight the CSP.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
