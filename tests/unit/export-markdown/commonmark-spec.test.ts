// @vitest-environment node
import { describe, expect, it } from 'vitest';
import spec from 'commonmark-spec';
import { ourRoundTrip, referenceHtml as html } from './commonmark-html';
import { COMMONMARK_EXCLUDED } from './commonmark-excluded';

interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

const examples: SpecExample[] = spec.tests;
/** Import, export, without the front matter. */
function roundTrip(markdown: string): string {
  const result = ourRoundTrip(markdown);
  return 'markdown' in result ? result.markdown : `(not imported: ${result.problem})`;
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
