import { Extension, type Editor } from '@tiptap/core';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { closeHistory } from '@tiptap/pm/history';
import { SearchQuery, findNext, findPrev, getSearchState, replaceAll, replaceNext, search, setSearchState } from 'prosemirror-search';

/** Keeps the find query in the editor state and highlights its matches (prosemirror-search). */
export const FindAndReplace = Extension.create({
  name: 'findAndReplace',
  addProseMirrorPlugins: () => [search()],
});

export interface FindQuery {
  search: string;
  replace: string;
  matchCase: boolean;
  wholeWord: boolean;
}

/** Which match is selected (1-based, 0 when none is) out of how many. */
export interface MatchPosition {
  current: number;
  total: number;
}

/** Counting stops here so a one-letter query in a long note stays quick. */
const MOST_COUNTED = 9999;

/** What the user typed, as a prosemirror-search query: plain text, never a pattern. */
function toSearchQuery(query: FindQuery): SearchQuery {
  return new SearchQuery({ search: query.search, replace: query.replace, caseSensitive: query.matchCase, wholeWord: query.wholeWord, literal: true });
}

/** Sets the query (highlighting its matches) and, when `selectFrom` is given, selects the first match from there on. */
export function setFindQuery(editor: Editor, query: FindQuery, selectFrom?: number): void {
  const searchQuery = toSearchQuery(query);
  const tr = setSearchState(editor.state.tr, searchQuery);
  if (selectFrom !== undefined && searchQuery.valid) {
    const match = searchQuery.findNext(editor.state, selectFrom) ?? searchQuery.findNext(editor.state, 0);
    if (match) tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
  }
  editor.view.dispatch(tr);
}

/** Removes the query and its highlights. */
export function clearFindQuery(editor: Editor): void {
  editor.view.dispatch(setSearchState(editor.state.tr, new SearchQuery({ search: '' })));
}

export function findAgain(editor: Editor, direction: 1 | -1): boolean {
  if ((direction === 1 ? findNext : findPrev)(editor.state, editor.view.dispatch)) return true;
  // The only match is the one selected: going to it again brings it back into view.
  const { state } = editor;
  const match = getSearchState(state)?.query.findNext(state, state.selection.from);
  if (!match || match.from !== state.selection.from || match.to !== state.selection.to) return false;
  editor.view.dispatch(state.tr.scrollIntoView());
  return true;
}

// A replacement is its own undo step, however soon after typing it comes: the history
// would otherwise join it to the typing next to it, and one Undo would take both.
const ownUndoStep = (editor: Editor) => (tr: Transaction): void => editor.view.dispatch(closeHistory(tr));

/** Replaces the selected match and selects the next one (or just selects the next one when none is selected). */
export function replaceMatch(editor: Editor): boolean {
  return replaceNext(editor.state, ownUndoStep(editor));
}

/** Replaces every match in one transaction, so one Undo puts them all back. Returns how many were replaced. */
export function replaceEveryMatch(editor: Editor): number {
  const { total } = matchPosition(editor);
  if (total === 0) return 0;
  replaceAll(editor.state, ownUndoStep(editor));
  return total;
}

export function matchPosition(editor: Editor): MatchPosition {
  const { state } = editor;
  const query = getSearchState(state)?.query;
  if (!query?.valid) return { current: 0, total: 0 };
  const { from, to } = state.selection;
  let total = 0;
  let current = 0;
  for (let pos = 0; total < MOST_COUNTED; ) {
    const match = query.findNext(state, pos);
    if (!match) break;
    total++;
    if (match.from === from && match.to === to) current = total;
    pos = Math.max(match.to, pos + 1);
  }
  return { current, total };
}
