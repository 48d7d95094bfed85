import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/host/host-events';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/messages';

/** The parts of Electron's context-menu parameters the menu depends on. */
export type ContextMenuFacts = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

export interface ContextMenuActions {
  send(command: MenuCommand): void;
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/**
 * The right-click menu of the note: spelling suggestions for a misspelt word
 * first (as in Word), then the clipboard, then comment and quote. Outside
 * editable text only Copy is offered, and only for a selection.
 */
export function contextMenuTemplate(facts: ContextMenuFacts, actions: ContextMenuActions, language: Language = 'en'): MenuItemConstructorOptions[] {
  const label = (key: Parameters<typeof translate>[1]): string => translate(language, key);
  const hasSelection = facts.selectionText.trim().length > 0;
  if (!facts.isEditable) return hasSelection ? [{ role: 'copy', label: label('desktop.contextMenu.copy') }] : [];

  const spelling: MenuItemConstructorOptions[] = [];
  if (facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, 6);
    spelling.push(
      ...(suggestions.length
        ? suggestions.map((word): MenuItemConstructorOptions => ({ label: word, click: () => actions.replaceMisspelling(word) }))
        : [{ label: label('desktop.contextMenu.noSuggestions'), enabled: false }]),
      { label: label('desktop.contextMenu.addToDictionary'), click: () => actions.addToDictionary(facts.misspelledWord) },
      { type: 'separator' },
    );
  }
  return [
    ...spelling,
    { role: 'cut', label: label('desktop.contextMenu.cut'), enabled: facts.editFlags.canCut && hasSelection },
    { role: 'copy', label: label('desktop.contextMenu.copy'), enabled: facts.editFlags.canCopy && hasSelection },
    { role: 'paste', label: label('desktop.contextMenu.paste'), enabled: facts.editFlags.canPaste },
    { type: 'separator' },
    { label: label('desktop.contextMenu.addComment'), enabled: hasSelection, click: () => actions.send('addComment') },
    { label: label('desktop.contextMenu.quote'), click: () => actions.send('quote') },
  ];
}
