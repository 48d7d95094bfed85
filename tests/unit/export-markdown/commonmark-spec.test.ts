// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HtmlRenderer, Parser } from 'commonmark';
import spec from 'commonmark-spec';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import { splitFrontMatter } from '../../../core/export/markdown/front-matter';
import { PLAIN_CODE_LANGUAGE } from '../../../core/export/markdown/note-serializer';
import { COMMONMARK_EXCLUDED } from './commonmark-excluded';

interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

const examples: SpecExample[] = spec.tests;
const renderer = new HtmlRenderer();

/**
 * The reference rendering, with only insignificant differences removed: runs of
 * whitespace outside code blocks (soft breaks become spaces on import) and the
 * fence language `text` that the export writes for a code block without one
 * (markdownlint MD040) and reads back as none.
 */
function html(markdown: string): string {
  return renderer
    .render(new Parser().parse(markdown))
    .replaceAll(` class="language-${PLAIN_CODE_LANGUAGE}"`, '')
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part) => (part.startsWith('<pre>') ? part : part.replace(/[ \t\r\n]+/g, ' ').replace(/> </g, '><')))
    .join('')
    .trim();
}

/** Import with `markdownToNote`, export with `noteToMarkdown` (comments none), without the front matter. */
function roundTrip(markdown: string): string {
  const result = markdownToNote(markdown, new Date('2026-11-28T09:00:00Z'));
  if (!result.ok) return `(not imported: ${result.problem})`;
  return splitFrontMatter(noteToMarkdown(result.note, { comments: 'none' })).body;
}

const excluded = new Map(COMMONMARK_EXCLUDED.flatMap(({ reason, examples: numbers }) => numbers.map((number) => [number, reason] as const)));
const outcomes = new Map<number, boolean>();
function survives(example: SpecExample): boolean {
  let outcome = outcomes.get(example.number);
  if (outcome === undefined) {
    outcome = html(roundTrip(example.markdown)) === html(example.markdown);
    outcomes.set(example.number, outcome);
  }
  return outcome;
}

describe('CommonMark spec examples: import → export renders the same HTML', () => {
  it('has every excluded example in the spec, once', () => {
    const numbers = COMMONMARK_EXCLUDED.flatMap((group) => group.examples);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.filter((number) => !examples.some((example) => example.number === number))).toEqual([]);
  });

  it('passes every example the note can represent', () => {
    const failing = examples
      .filter((example) => !excluded.has(example.number) && !survives(example))
      .map((example) => ({ number: example.number, section: example.section, markdown: example.markdown, exported: roundTrip(example.markdown) }));
    expect(failing).toEqual([]);
  });

  it('still fails every excluded example (remove it from the list when it passes)', () => {
    const passing = examples.filter((example) => excluded.has(example.number) && survives(example)).map((example) => example.number);
    expect(passing).toEqual([]);
  });

  it('reports the pass rate', () => {
    const passed = examples.filter(survives).length;
    const representable = examples.length - excluded.size;
    const byReason = COMMONMARK_EXCLUDED.map((group) => `  ${group.examples.length} — ${group.reason}`).join('\n');
    console.info(
      `CommonMark spec round trip: ${passed}/${representable} representable examples (${((100 * passed) / representable).toFixed(1)}%), ` +
        `${passed}/${examples.length} overall (${((100 * passed) / examples.length).toFixed(1)}%); excluded ${excluded.size}:\n${byReason}`,
    );
    expect(passed).toBe(representable);
  });
});
