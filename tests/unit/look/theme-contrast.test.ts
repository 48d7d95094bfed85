// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The colour tokens of app.css, each as its light and dark value. */
function themeTokens(): Map<string, { light: string; dark: string }> {
  const css = readFileSync(path.resolve('renderer/styles/app.css'), 'utf8');
  const tokens = new Map<string, { light: string; dark: string }>();
  for (const [, name, light, dark] of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) tokens.set(name!, { light: light!, dark: dark! });
  return tokens;
}

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

// Text on its backgrounds (AA: 4.5:1), and what must be seen but is not text (3:1).
const TEXT: [string, string][] = [
  ['ink', 'paper'],
  ['ink', 'desk'],
  ['muted', 'paper'],
  ['muted', 'desk'],
  ['accent', 'paper'],
  ['accent-ink', 'accent'],
  ['danger', 'paper'],
  ['danger', 'desk'],
  ['mark-ink', 'mark-key'],
  ['mark-ink', 'mark-verify'],
  ['mark-ink', 'mark-sensitive'],
];
const NON_TEXT: [string, string][] = [
  ['focus', 'paper'],
  ['focus', 'desk'],
];

describe('theme colours', () => {
  const tokens = themeTokens();

  it('are defined for both themes', () => {
    for (const name of ['paper', 'desk', 'ink', 'muted', 'line', 'accent', 'accent-ink', 'danger', 'focus', 'mark-ink', 'mark-key']) expect(tokens.has(name), name).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it.each(TEXT)(`${theme}: --%s on --%s meets WCAG AA for text (4.5:1)`, (fore, back) => {
      expect(contrast(tokens.get(fore)![theme], tokens.get(back)![theme])).toBeGreaterThanOrEqual(4.5);
    });
    it.each(NON_TEXT)(`${theme}: --%s on --%s meets WCAG AA for controls (3:1)`, (fore, back) => {
      expect(contrast(tokens.get(fore)![theme], tokens.get(back)![theme])).toBeGreaterThanOrEqual(3);
    });
  }
});
