// @vitest-environment node
import { describe, expect, it } from 'vitest';
import spec from 'commonmark-spec';
import { MarkdownManager } from '@tiptap/markdown';
import { getSchema } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import { noteExtensions } from '../../../core/document/note-extensions';
import { ourRoundTrip, referenceHtml as html } from './commonmark-html';
import { COMMONMARK_EXCLUDED } from './commonmark-excluded';

/**
 * The measurement behind "prosemirror-markdown over @tiptap/markdown" in
 * docs/decisions.md: the CommonMark spec examples through each library on the
 * same note schema. Not part of `npm test`; run it with
 * `MARKDOWN_COMPARISON=1 npx vitest run tests/unit/export-markdown/tiptap-markdown-comparison.test.ts`.
 */
function ours(markdown: string): string {
  const result = ourRoundTrip(markdown);
  return 'markdown' in result ? result.markdown : '';
}

const schema = getSchema(noteExtensions());
const manager = new MarkdownManager({ extensions: noteExtensions() });

/** @tiptap/markdown: parse, keep only what the note schema accepts (as the editor would), serialize. */
function tiptap(markdown: string): string {
  const json: JSONContent = manager.parse(markdown);
  const doc = schema.nodeFromJSON(json);
  doc.check();
  return manager.serialize(doc.toJSON() as JSONContent);
}

/** The same without the schema check: what @tiptap/markdown does on its own, even where the editor would refuse the content. */
function tiptapUnchecked(markdown: string): string {
  return manager.serialize(manager.parse(markdown));
}

/** Passes (representable and overall), failures by exception, and the time spent in the round trip alone (not rendering). */
function measure(roundTrip: (markdown: string) => string): { passed: number; representable: number; overall: number; all: number; crashed: number; ms: number } {
  const excluded = new Set(COMMONMARK_EXCLUDED.flatMap((group) => group.examples));
  let overall = 0;
  let passed = 0;
  let representable = 0;
  let crashed = 0;
  let ms = 0;
  for (const example of spec.tests) {
    let exported: string | null;
    const start = performance.now();
    try {
      exported = roundTrip(example.markdown);
    } catch {
      exported = null;
      crashed += 1;
    }
    ms += performance.now() - start;
    const same = exported !== null && html(exported) === html(example.markdown);
    if (same) overall += 1;
    if (!excluded.has(example.number)) {
      representable += 1;
      if (same) passed += 1;
    }
  }
  return { passed, representable, overall, all: spec.tests.length, crashed, ms: Math.round(ms) };
}

describe.skipIf(!process.env.MARKDOWN_COMPARISON)('prosemirror-markdown vs @tiptap/markdown on the CommonMark spec', () => {
  it('measures both on the representable examples', () => {
    // A first pass warms both up, so that the times compare the libraries, not module loading.
    measure(ours);
    measure(tiptap);
    const results = {
      'prosemirror-markdown': measure(ours),
      '@tiptap/markdown': measure(tiptap),
      '@tiptap/markdown, content not checked against the schema': measure(tiptapUnchecked),
    };
    console.info(JSON.stringify(results, null, 2));
    expect(results['prosemirror-markdown'].passed).toBeGreaterThan(results['@tiptap/markdown'].passed);
  });
});
