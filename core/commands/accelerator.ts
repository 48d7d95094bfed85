import type { Accelerator } from './app-commands';

/** The platforms as Node names them (`process.platform`); anything else counts as Linux. */
export type Platform = 'darwin' | 'win32' | 'linux';

export function platformOf(name: string): Platform {
  return name === 'darwin' || name === 'win32' ? name : 'linux';
}

export type Modifier = 'ctrl' | 'meta' | 'alt' | 'shift';

/** An accelerator made concrete for one platform: which physical modifiers and which key. */
export interface ResolvedKeys {
  modifiers: ReadonlySet<Modifier>;
  key: string;
}

const MODIFIER_WORDS: Record<string, (platform: Platform) => Modifier> = {
  cmdorctrl: (p) => (p === 'darwin' ? 'meta' : 'ctrl'),
  commandorcontrol: (p) => (p === 'darwin' ? 'meta' : 'ctrl'),
  cmd: () => 'meta',
  command: () => 'meta',
  super: () => 'meta',
  meta: () => 'meta',
  ctrl: () => 'ctrl',
  control: () => 'ctrl',
  alt: () => 'alt',
  option: () => 'alt',
  shift: () => 'shift',
};

/** The accelerator string that applies on `platform`. */
export function acceleratorFor(accelerator: Accelerator, platform: Platform): string {
  if (typeof accelerator === 'string') return accelerator;
  return platform === 'darwin' ? accelerator.mac : accelerator.other;
}

/** `CmdOrCtrl+Shift+S` on macOS is Command+Shift+S; on Windows and Linux, Control+Shift+S. */
export function resolveAccelerator(accelerator: Accelerator, platform: Platform): ResolvedKeys {
  const parts = acceleratorFor(accelerator, platform).split(/\+(?=.)/);
  const key = parts.pop();
  if (!key) throw new Error(`"${acceleratorFor(accelerator, platform)}" names no key`);
  const modifiers = new Set<Modifier>();
  for (const part of parts) {
    const modifier = MODIFIER_WORDS[part.toLowerCase()];
    if (!modifier) throw new Error(`"${part}" is not a modifier in "${acceleratorFor(accelerator, platform)}"`);
    modifiers.add(modifier(platform));
  }
  return { modifiers, key };
}

const MAC_SYMBOLS: Record<Modifier, string> = { ctrl: '⌃', alt: '⌥', shift: '⇧', meta: '⌘' };
const PC_NAMES: Record<Modifier, string> = { ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift', meta: 'Win' };
// The order each platform's own menus print modifiers in.
const MAC_ORDER: Modifier[] = ['ctrl', 'alt', 'shift', 'meta'];
const PC_ORDER: Modifier[] = ['ctrl', 'meta', 'alt', 'shift'];

const KEY_NAMES: Record<string, { mac: string; other: string }> = {
  Plus: { mac: '+', other: '+' },
  Up: { mac: '↑', other: '↑' },
  Down: { mac: '↓', other: '↓' },
  Left: { mac: '←', other: '←' },
  Right: { mac: '→', other: '→' },
};

/**
 * The keys as a user of `platform` reads them, one entry per key: macOS
 * `['⌘', '⇧', 'S']`, Windows and Linux `['Ctrl', 'Shift', 'S']`.
 */
export function acceleratorKeyNames(accelerator: Accelerator, platform: Platform): string[] {
  const { modifiers, key } = resolveAccelerator(accelerator, platform);
  const mac = platform === 'darwin';
  const modifierNames = (mac ? MAC_ORDER : PC_ORDER).filter((m) => modifiers.has(m)).map((m) => (mac ? MAC_SYMBOLS : PC_NAMES)[m]);
  const keyName = KEY_NAMES[key]?.[mac ? 'mac' : 'other'] ?? (key.length === 1 ? key.toUpperCase() : key);
  return [...modifierNames, keyName];
}

/** The keys as one label: `⌘⇧S` on macOS, `Ctrl+Shift+S` elsewhere. */
export function acceleratorLabel(accelerator: Accelerator, platform: Platform): string {
  return acceleratorKeyNames(accelerator, platform).join(platform === 'darwin' ? '' : '+');
}

const ARIA_MODIFIERS: Record<Modifier, string> = { ctrl: 'Control', meta: 'Meta', alt: 'Alt', shift: 'Shift' };
const ARIA_KEYS: Record<string, string> = { Plus: '+', Up: 'ArrowUp', Down: 'ArrowDown', Left: 'ArrowLeft', Right: 'ArrowRight' };

/** The value of `aria-keyshortcuts` (WAI-ARIA key names) for the accelerator on `platform`. */
export function ariaKeyShortcut(accelerator: Accelerator, platform: Platform): string {
  const { modifiers, key } = resolveAccelerator(accelerator, platform);
  return [...PC_ORDER.filter((m) => modifiers.has(m)).map((m) => ARIA_MODIFIERS[m]), ARIA_KEYS[key] ?? key].join('+');
}
