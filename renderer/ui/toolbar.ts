import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { element } from './element';
import { rovingFocus } from './roving-focus';
import { HIGHLIGHT_MEANINGS, type HighlightMeaning } from '../../core/annotations/highlight';
import type { MessageKey } from '../../core/i18n/messages';
import { labelled, onUiLanguageChange, t } from '../i18n/ui-language';

export interface ToolbarActions {
  newNote(): void;
  openNote(): void;
  save(): void;
  importArticle(): void;
  openSampleArticle(): void;
  addComment(): void;
  highlight(meaning: HighlightMeaning): void;
  exportNote(): void;
  openSettings(): void;
}

/** A button's messages: `key` names it, `key.text` is what it shows. */
type ButtonKey = {
  [K in MessageKey]: K extends `${infer Name}.text` ? (Name extends MessageKey ? Name : never) : never;
}[MessageKey];

interface FormatButton {
  label: ButtonKey;
  shortcut: string;
  run(editor: Editor): void;
  isActive?(editor: Editor): boolean;
  canRun?(editor: Editor): boolean;
}

const FORMAT_BUTTONS: FormatButton[] = [
  { label: 'toolbar.bold', shortcut: 'Mod+B', run: (e) => e.chain().focus().toggleBold().run(), isActive: (e) => e.isActive('bold') },
  { label: 'toolbar.italic', shortcut: 'Mod+I', run: (e) => e.chain().focus().toggleItalic().run(), isActive: (e) => e.isActive('italic') },
  {
    label: 'toolbar.heading1',
    shortcut: 'Mod+Alt+1',
    run: (e) => e.chain().focus().toggleHeading({ level: 1 }).run(),
    isActive: (e) => e.isActive('heading', { level: 1 }),
  },
  {
    label: 'toolbar.heading2',
    shortcut: 'Mod+Alt+2',
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    isActive: (e) => e.isActive('heading', { level: 2 }),
  },
  { label: 'toolbar.bulletList', shortcut: 'Mod+Shift+8', run: (e) => e.chain().focus().toggleBulletList().run(), isActive: (e) => e.isActive('bulletList') },
  { label: 'toolbar.numberedList', shortcut: 'Mod+Shift+7', run: (e) => e.chain().focus().toggleOrderedList().run(), isActive: (e) => e.isActive('orderedList') },
  // The history's depth, not a dry run of the command (`can()` builds every command's chain each frame of typing).
  { label: 'toolbar.undo', shortcut: 'Mod+Z', run: (e) => e.chain().focus().undo().run(), canRun: (e) => undoDepth(e.state) > 0 },
  { label: 'toolbar.redo', shortcut: 'Mod+Shift+Z', run: (e) => e.chain().focus().redo().run(), canRun: (e) => redoDepth(e.state) > 0 },
];

/**
 * The toolbar above the note. Button states are refreshed at most once per
 * frame, so typing never waits for them.
 */
export function createToolbar(editor: Editor, actions: ToolbarActions): HTMLElement {
  const tips: (() => void)[] = [];
  const textButton = (key: ButtonKey, onClick: () => void, shortcut?: string): HTMLButtonElement => {
    const button = labelled(labelled(element('button', { type: 'button' }), key, 'aria-label'), `${key}.text` as MessageKey);
    const tip = (): void => button.setAttribute('title', shortcut ? t('toolbar.withShortcut', { name: t(key), shortcut: displayShortcut(shortcut) }) : t(key));
    tip();
    tips.push(tip);
    if (shortcut) button.setAttribute('aria-keyshortcuts', shortcut.replace('Mod', isMac() ? 'Meta' : 'Control'));
    button.addEventListener('click', onClick);
    return button;
  };
  const fileGroup = element(
    'div',
    toolbarGroup('toolbar.file'),
    textButton('toolbar.newNote', actions.newNote),
    textButton('toolbar.open', actions.openNote, 'Mod+O'),
    textButton('toolbar.save', actions.save, 'Mod+S'),
    textButton('toolbar.export', actions.exportNote, 'Mod+Shift+E'),
  );
  const articleGroup = element('div', toolbarGroup('toolbar.article'), textButton('toolbar.importArticle', actions.importArticle), textButton('toolbar.sampleArticle', actions.openSampleArticle));
  const reviewGroup = element(
    'div',
    toolbarGroup('toolbar.review'),
    keepSelection(textButton('toolbar.addComment', actions.addComment, 'Mod+Alt+M')),
    ...HIGHLIGHT_MEANINGS.map((meaning) => {
      const button = keepSelection(textButton(`toolbar.highlight.${meaning.id}`, () => actions.highlight(meaning.id)));
      button.classList.add('highlight-button', `meaning-${meaning.id}`);
      return button;
    }),
  );
  // A gear, named "Settings" for assistive technology and in its tooltip: the toolbar then fits one row at common widths.
  const settingsButton = element('button', { type: 'button', class: 'icon-button', 'aria-keyshortcuts': isMac() ? 'Meta+,' : 'Control+,' }, '⚙');
  const settingsGroup = element('div', { class: 'toolbar-group toolbar-end' }, labelled(labelled(settingsButton, 'settings.open', 'aria-label'), 'settings.openButton', 'title'));
  settingsGroup.firstElementChild?.addEventListener('click', () => actions.openSettings());
  const formatGroup = element('div', toolbarGroup('toolbar.format'));
  const refreshers: (() => void)[] = [];
  for (const spec of FORMAT_BUTTONS) {
    const button = keepSelection(textButton(spec.label, () => spec.run(editor), spec.shortcut));
    formatGroup.append(button);
    // Written only when changed: an attribute set on every frame of typing restyles the toolbar.
    let pressed: string | null = null;
    refreshers.push(() => {
      if (spec.isActive) {
        const now = String(spec.isActive(editor));
        if (now !== pressed) button.setAttribute('aria-pressed', (pressed = now));
      }
      if (spec.canRun) {
        const disabled = !spec.canRun(editor);
        if (button.disabled !== disabled) button.disabled = disabled;
      }
    });
  }
  let scheduled = false;
  const refresh = (): void => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      for (const update of refreshers) update();
    });
  };
  editor.on('transaction', refresh);
  refresh();
  const toolbar = labelled(element('div', { class: 'toolbar', role: 'toolbar' }, fileGroup, articleGroup, formatGroup, reviewGroup, settingsGroup), 'toolbar.name', 'aria-label');
  onUiLanguageChange(() => tips.forEach((tip) => tip()));
  rovingFocus(toolbar, 'button', { orientation: 'horizontal' });
  return toolbar;
}

function toolbarGroup(key: MessageKey): Record<string, string> {
  return { class: 'toolbar-group', role: 'group', 'aria-label': t(key), 'data-i18n-aria-label': key };
}

// Pressing the button must not take the selection out of the note.
function keepSelection(button: HTMLButtonElement): HTMLButtonElement {
  button.addEventListener('mousedown', (event) => event.preventDefault());
  return button;
}

function displayShortcut(shortcut: string): string {
  return shortcut.replace('Mod', isMac() ? '⌘' : 'Ctrl');
}

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}
