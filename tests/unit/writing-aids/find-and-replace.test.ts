import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { history, undo } from '@tiptap/pm/history';
import { SearchQuery, replaceAll, search, setSearchState } from 'prosemirror-search';
import { noteExtensions } from '../../../core/document/note-extensions';

// The queries as renderer/app/find-in-note.ts builds them, run headless on the note schema.
const schema = getSchema(noteExtensions());

function stateWith(content: unknown[], query: ConstructorParameters<typeof SearchQuery>[0]): EditorState {
  const doc = schema.nodeFromJSON({ type: 'doc', content });
  const state = EditorState.create({ doc, plugins: [search(), history()] });
  return state.apply(setSearchState(state.tr, new SearchQuery({ literal: true, ...query })));
}

function run(state: EditorState, command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): EditorState {
  let next = state;
  command(state, (tr) => (next = state.apply(tr)));
  return next;
}

function count(state: EditorState, query: ConstructorParameters<typeof SearchQuery>[0]): number {
  const searchQuery = new SearchQuery({ literal: true, ...query });
  let total = 0;
  for (let pos = 0, match = searchQuery.findNext(state, pos); match; match = searchQuery.findNext(state, pos)) {
    total++;
    pos = match.to;
  }
  return total;
}

const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('find and replace on the note schema', () => {
  it('matches case and whole words, Vietnamese included', () => {
    const state = stateWith([paragraph(text('Việt Nam, người Việt, Việtnam; việt'))], { search: 'Việt' });
    expect(count(state, { search: 'Việt' })).toBe(4);
    expect(count(state, { search: 'Việt', caseSensitive: true })).toBe(3);
    expect(count(state, { search: 'Việt', caseSensitive: true, wholeWord: true })).toBe(2);
  });

  it('replaces every match in one undo step, keeping citations and comment marks', () => {
    const comment = [{ type: 'comment', attrs: { threadId: 't-1' } }];
    const before = stateWith(
      [paragraph(text('Hanoi said '), text('Hanoi talks', comment), text(' failed'), { type: 'citation', attrs: { citationId: 'c-1', paragraph: 2 } }, text(' in Hanoi.'))],
      { search: 'Hanoi', replace: 'Ha Noi' },
    );
    const after = run(before, replaceAll);
    expect(after.doc.textContent).toBe('Ha Noi said Ha Noi talks failed in Ha Noi.');
    const citations: string[] = [];
    const commented: string[] = [];
    after.doc.descendants((node) => {
      if (node.type.name === 'citation') citations.push(node.attrs.citationId as string);
      if (node.isText && node.marks.some((mark) => mark.type.name === 'comment')) commented.push(node.text ?? '');
    });
    expect(citations).toEqual(['c-1']);
    expect(commented.join('')).toBe('Ha Noi talks');
    expect(run(after, undo).doc.eq(before.doc)).toBe(true);
  });
});
