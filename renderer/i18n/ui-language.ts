import type { Language } from '../../core/i18n/language';
import { translate, translateCount } from '../../core/i18n/messages';
import type { MessageKey, MessageParams } from '../../core/i18n/messages';

let current: Language = 'en';
const listeners = new Set<(language: Language) => void>();

/** The interface language now. */
export function uiLanguage(): Language {
  return current;
}

/** A message in the interface language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(current, key, params);
}

/** A counted message (`key.one` / `key.other`) in the interface language. */
export function tCount(key: string, count: number, params?: MessageParams): string {
  return translateCount(current, key, count, params);
}

/** Where a static label goes: the element's text or one of its attributes. */
type LabelSlot = 'text' | 'aria-label' | 'title' | 'placeholder';

/**
 * Gives an element a message as its text or attribute and remembers the key
 * (as `data-i18n-<slot>`), so that switching language relabels it in place.
 */
export function labelled<E extends Element>(node: E, key: MessageKey, slot: LabelSlot = 'text'): E {
  node.setAttribute(`data-i18n-${slot}`, key);
  applyLabel(node, slot, key);
  return node;
}

function applyLabel(node: Element, slot: LabelSlot, key: string): void {
  const text = translate(current, key as MessageKey);
  if (slot === 'text') node.textContent = text;
  else node.setAttribute(slot, text);
}

const SLOTS: readonly LabelSlot[] = ['text', 'aria-label', 'title', 'placeholder'];

/** Relabels every element under `root` marked by `labelled`. */
export function relabel(root: ParentNode): void {
  for (const slot of SLOTS) {
    for (const node of root.querySelectorAll(`[data-i18n-${slot}]`)) applyLabel(node, slot, node.getAttribute(`data-i18n-${slot}`) ?? '');
  }
}

/** Switches the interface language: relabels the page and tells whoever shows dynamic text. */
export function setUiLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  document.documentElement.lang = language;
  relabel(document);
  for (const listener of listeners) listener(language);
}

/** Calls `listener` after each language switch (for text built from state, not from `labelled`). */
export function onUiLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
