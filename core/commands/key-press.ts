import { resolveAccelerator, type Platform } from './accelerator';
import type { Accelerator } from './app-commands';

/** What the shortcut matcher needs from a keyboard event (a DOM KeyboardEvent has all of it). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const NAMED_KEYS: Record<string, readonly string[]> = {
  Plus: ['+', '='],
  '-': ['-', '_'],
  Up: ['ArrowUp'],
  Down: ['ArrowDown'],
  Left: ['ArrowLeft'],
  Right: ['ArrowRight'],
};

// Punctuation sits on a shifted key on many layouts (/ is Shift+7 in German), so Shift is not asked of it.
const SHIFT_FREE = new Set(['Plus', '/', '-']);

/**
 * Whether the key press is the accelerator on `platform`. Letters and digits
 * are matched by physical key (`event.code`), so Alt on macOS (which types ¬
 * for Option+L) and non-Latin keyboard layouts still match.
 */
export function matchesAccelerator(press: KeyPress, accelerator: Accelerator, platform: Platform): boolean {
  const { modifiers, key } = resolveAccelerator(accelerator, platform);
  if (press.ctrlKey !== modifiers.has('ctrl') || press.metaKey !== modifiers.has('meta') || press.altKey !== modifiers.has('alt')) return false;
  if (!SHIFT_FREE.has(key) && press.shiftKey !== modifiers.has('shift')) return false;
  if (/^[A-Z]$/i.test(key)) return press.code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return press.code === `Digit${key}` || press.code === `Numpad${key}`;
  return (NAMED_KEYS[key] ?? [key]).includes(press.key);
}

/** A key press that `matchesAccelerator` accepts: for tests and for simulating a shortcut. */
export function keyPressFor(accelerator: Accelerator, platform: Platform): KeyPress {
  const { modifiers, key } = resolveAccelerator(accelerator, platform);
  const code = /^[A-Z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : '';
  return {
    key: NAMED_KEYS[key]?.[0] ?? (key.length === 1 ? key.toLowerCase() : key),
    code,
    ctrlKey: modifiers.has('ctrl'),
    metaKey: modifiers.has('meta'),
    altKey: modifiers.has('alt'),
    shiftKey: modifiers.has('shift'),
  };
}
