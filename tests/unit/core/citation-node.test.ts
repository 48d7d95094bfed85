// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { noteExtensions } from '../../../core/document/note-extensions';

describe('the note schema, built headlessly', () => {
  const schema = getSchema(noteExtensions());

  it('has an inline, atomic citation node', () => {
    const citation = schema.nodes.citation;
    expect(citation?.isInline).toBe(true);
    expect(citation?.isAtom).toBe(true);
  });

  it('accepts a paragraph holding a quotation and its citation', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '“Japan is an active member.” ' }, { type: 'citation', attrs: { citationId: 'c1', paragraph: 5 } }] }],
    });
    doc.check();
    expect(doc.textContent).toBe('“Japan is an active member.” ');
    expect(doc.firstChild?.lastChild?.attrs).toEqual({ citationId: 'c1', paragraph: 5 });
  });
});
