import type { Editor } from '@tiptap/core';
import { element } from './element';
import { rovingFocus } from './roving-focus';
import { HIGHLIGHT_MEANINGS, type HighlightMeaning } from '../../core/annotations/highlight';

export interface ToolbarActions {
  newNote(): void;
  openNote(): void;
  save(): void;
  importArticle(): void;
  openSampleArticle(): void;
  addComment(): void;
  highlight(meaning: HighlightMeaning): void;
  exportNote(): void;
}

interface FormatButton {
  label: string;
  shortcut: string;
  run(editor: Editor): void;
  isActive?(editor: Editor): boolean;
  canRun?(editor: Editor): boolean;
}

const FORMAT_BUTTONS: FormatButton[] = [
  { label: 'Bold', shortcut: 'Mod+B', run: (e) => e.chain().focus().toggleBold().run(), isActive: (e) => e.isActive('bold') },
  { label: 'Italic', shortcut: 'Mod+I', run: (e) => e.chain().focus().toggleItalic().run(), isActive: (e) => e.isActive('italic') },
  {
    label: 'Heading 1',
    shortcut: 'Mod+Alt+1',
    run: (e) => e.chain().focus().toggleHeading({ level: 1 }).run(),
    isActive: (e) => e.isActive('heading', { level: 1 }),
  },
  {
    label: 'Heading 2',
    shortcut: 'Mod+Alt+2',
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    isActive: (e) => e.isActive('heading', { level: 2 }),
  },
  { label: 'Bullet list', shortcut: 'Mod+Shift+8', run: (e) => e.chain().focus().toggleBulletList().run(), isActive: (e) => e.isActive('bulletList') },
  { label: 'Numbered list', shortcut: 'Mod+Shift+7', run: (e) => e.chain().focus().toggleOrderedList().run(), isActive: (e) => e.isActive('orderedList') },
  { label: 'Undo', shortcut: 'Mod+Z', run: (e) => e.chain().focus().undo().run(), canRun: (e) => e.can().undo() },
  { label: 'Redo', shortcut: 'Mod+Shift+Z', run: (e) => e.chain().focus().redo().run(), canRun: (e) => e.can().redo() },
];

/**
 * The toolbar above the note. Button states are refreshed at most once per
 * frame, so typing never waits for them.
 */
export function createToolbar(editor: Editor, actions: ToolbarActions): HTMLElement {
  const fileGroup = element(
    'div',
    { class: 'toolbar-group', role: 'group', 'aria-label': 'File' },
    textButton('New note', 'New', actions.newNote),
    textButton('Open', 'Open…', actions.openNote, 'Mod+O'),
    textButton('Save', 'Save', actions.save, 'Mod+S'),
    textButton('Export', 'Export…', actions.exportNote, 'Mod+Shift+E'),
  );
  const articleGroup = element(
    'div',
    { class: 'toolbar-group', role: 'group', 'aria-label': 'Article' },
    textButton('Import article', 'Import article…', actions.importArticle),
    textButton('Open sample article', 'Sample article', actions.openSampleArticle),
  );
  const reviewGroup = element(
    'div',
    { class: 'toolbar-group', role: 'group', 'aria-label': 'Review' },
    keepSelection(textButton('Add comment', 'Comment', actions.addComment, 'Mod+Alt+M')),
    ...HIGHLIGHT_MEANINGS.map((meaning) => {
      const button = keepSelection(textButton(`Highlight as ${meaning.label}`, meaning.label, () => actions.highlight(meaning.id)));
      button.classList.add('highlight-button', `meaning-${meaning.id}`);
      return button;
    }),
  );
  const formatGroup = element('div', { class: 'toolbar-group', role: 'group', 'aria-label': 'Format' });
  const refreshers: (() => void)[] = [];
  for (const spec of FORMAT_BUTTONS) {
    const button = keepSelection(textButton(spec.label, shortLabel(spec.label), () => spec.run(editor), spec.shortcut));
    formatGroup.append(button);
    refreshers.push(() => {
      if (spec.isActive) button.setAttribute('aria-pressed', String(spec.isActive(editor)));
      if (spec.canRun) button.disabled = !spec.canRun(editor);
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
  const toolbar = element('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Note tools' }, fileGroup, articleGroup, formatGroup, reviewGroup);
  rovingFocus(toolbar, 'button', { orientation: 'horizontal' });
  return toolbar;
}

function textButton(name: string, text: string, onClick: () => void, shortcut?: string): HTMLButtonElement {
  const button = element('button', { type: 'button', 'aria-label': name, title: shortcut ? `${name} (${displayShortcut(shortcut)})` : name }, text);
  if (shortcut) button.setAttribute('aria-keyshortcuts', shortcut.replace('Mod', isMac() ? 'Meta' : 'Control'));
  button.addEventListener('click', onClick);
  return button;
}

// Pressing the button must not take the selection out of the note.
function keepSelection(button: HTMLButtonElement): HTMLButtonElement {
  button.addEventListener('mousedown', (event) => event.preventDefault());
  return button;
}

function shortLabel(label: string): string {
  const short: Record<string, string> = { Bold: 'B', Italic: 'I', 'Heading 1': 'H1', 'Heading 2': 'H2', 'Bullet list': '• List', 'Numbered list': '1. List', Undo: '↶', Redo: '↷' };
  return short[label] ?? label;
}

function displayShortcut(shortcut: string): string {
  return shortcut.replace('Mod', isMac() ? '⌘' : 'Ctrl');
}

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}
