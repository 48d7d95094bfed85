import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, type ContextMenuFacts } from '../../../electron/main/context-menu';

const editFlags = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true };
const facts = (overrides: Partial<ContextMenuFacts> = {}): ContextMenuFacts => ({
  isEditable: true,
  selectionText: 'agreed',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags,
  ...overrides,
});
const actions = () => ({ send: vi.fn(), replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
const labels = (template: MenuItemConstructorOptions[]) => template.map((entry) => entry.label ?? entry.type);
const click = (entry: MenuItemConstructorOptions | undefined) => (entry?.click as () => void)();

describe('contextMenuTemplate', () => {
  it('offers the clipboard, Add Comment and Quote in the note', () => {
    expect(labels(contextMenuTemplate(facts(), actions()))).toEqual(['Cut', 'Copy', 'Paste', 'separator', 'Add Comment', 'Quote']);
  });

  it('puts spelling suggestions first and replaces the word with the one chosen', () => {
    const act = actions();
    const template = contextMenuTemplate(facts({ misspelledWord: 'statment', dictionarySuggestions: ['statement', 'statements'] }), act);

    expect(labels(template).slice(0, 4)).toEqual(['statement', 'statements', 'Add to Dictionary', 'separator']);
    click(template[0]);
    expect(act.replaceMisspelling).toHaveBeenCalledExactlyOnceWith('statement');
    click(template[2]);
    expect(act.addToDictionary).toHaveBeenCalledExactlyOnceWith('statment');
  });

  it('says so when the dictionary has no suggestion', () => {
    const template = contextMenuTemplate(facts({ misspelledWord: 'xqzt' }), actions());
    expect(template[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
  });

  it('sends Add Comment and Quote to the renderer', () => {
    const act = actions();
    const template = contextMenuTemplate(facts(), act);
    click(template.find((entry) => entry.label === 'Add Comment'));
    click(template.find((entry) => entry.label === 'Quote'));
    expect(act.send.mock.calls).toEqual([['addComment'], ['quote']]);
  });

  it('disables Cut, Copy and Add Comment without a selection', () => {
    const template = contextMenuTemplate(facts({ selectionText: '' }), actions());
    expect(template.filter((entry) => entry.enabled === false).map((entry) => entry.label)).toEqual(['Cut', 'Copy', 'Add Comment']);
  });

  it('offers only Copy outside editable text, and nothing without a selection', () => {
    expect(labels(contextMenuTemplate(facts({ isEditable: false }), actions()))).toEqual(['Copy']);
    expect(contextMenuTemplate(facts({ isEditable: false, selectionText: '' }), actions())).toEqual([]);
  });

  it('speaks Vietnamese', () => {
    expect(labels(contextMenuTemplate(facts(), actions(), 'vi'))).toEqual(['Cắt', 'Sao chép', 'Dán', 'separator', 'Thêm nhận xét', 'Trích dẫn']);
  });
});
