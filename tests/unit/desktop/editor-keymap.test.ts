import { getExtensionField, type AnyExtension } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { APP_COMMANDS, type AppCommand } from '../../../core/commands/app-commands';
import { acceleratorFor } from '../../../core/commands/accelerator';
import { noteExtensions } from '../../../core/document/note-extensions';

// Every extension of the note, StarterKit's included, with its configured options.
function flatten(extensions: AnyExtension[]): AnyExtension[] {
  return extensions.flatMap((extension) => {
    const context = { name: extension.name, options: extension.options, storage: {}, editor: null, type: null, parent: undefined };
    const added = getExtensionField<() => AnyExtension[]>(extension, 'addExtensions', context);
    return [extension, ...flatten(added ? added() : [])];
  });
}

// The keys the editor's own keymaps bind, in ProseMirror's notation ("Mod-Shift-b").
function editorKeys(): Set<string> {
  const keys = new Set<string>();
  for (const extension of flatten(noteExtensions())) {
    const context = { name: extension.name, options: extension.options, storage: {}, editor: null, type: null, parent: undefined };
    const shortcuts = getExtensionField<() => Record<string, unknown>>(extension, 'addKeyboardShortcuts', context);
    for (const key of Object.keys(shortcuts ? shortcuts() : {})) keys.add(key.toLowerCase());
  }
  return keys;
}

const asProseMirrorKeys = (accelerator: string): string => accelerator.replace(/CmdOrCtrl/g, 'Mod').replace(/\+/g, '-').toLowerCase();

describe('the editor’s keymap', () => {
  it('binds every key the command table says the editor answers (so the sheet and the menu tell the truth)', () => {
    const bound = editorKeys();
    const editorCommands = (APP_COMMANDS as readonly AppCommand[]).filter((command) => command.keys === 'editor');
    expect(editorCommands.length).toBeGreaterThan(5);
    for (const command of editorCommands) {
      expect(bound.has(asProseMirrorKeys(acceleratorFor(command.accelerator!, 'linux'))), `${command.id}: ${String(command.accelerator)}`).toBe(true);
    }
  });
});
