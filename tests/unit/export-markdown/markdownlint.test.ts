// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lint } from 'markdownlint/sync';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import { br, h, li, noteOf, ol, p, sampleNote, t, ul } from './note-builders';

/**
 * markdownlint's default rules, except:
 * - MD013 (line length): a paragraph is one line; wrapping would change nothing a reader sees.
 * - MD025 reads the front matter `title` as a top-level heading, so a note whose body opens
 *   with its title as `# …` (the usual case) would count two. `front_matter_title: ''` makes
 *   the body's `#` heading the one title. MD041 keeps its default: the front matter title
 *   satisfies it even when the body opens with a paragraph.
 */
const CONFIG = { default: true, MD013: false, MD025: { front_matter_title: '' } } as const;

function problems(markdown: string): string[] {
  const results = lint({ strings: { note: markdown }, config: CONFIG });
  return (results.note ?? []).map((issue) => `${issue.lineNumber}: ${issue.ruleNames.join('/')} ${issue.errorDetail ?? ''} ${issue.errorContext ?? ''}`);
}

describe('Markdown export passes markdownlint', () => {
  it.each(['none', 'footnotes', 'criticmarkup'] as const)('the sample note with comments: %s', (comments) => {
    expect(problems(noteToMarkdown(sampleNote(), { comments }))).toEqual([]);
  });

  it('a note with Markdown-like text, long lists and no title heading', () => {
    const items = Array.from({ length: 12 }, (_, i) => li(p(t(`Point ${i + 1}`))));
    const note = noteOf([
      p(t('# not a heading')),
      p(t('#hashtag * _ [x] > | \\ <b> &amp;')),
      p(t('Line'), br(), t('- not a list')),
      ol(...items),
      h(1, t('Annex')),
      ul(li(p(t('ASEAN — Association of Southeast Asian Nations')), ul(li(p(t('nested')))))),
    ]);
    expect(problems(noteToMarkdown(note))).toEqual([]);
  });

  it('an empty note', () => {
    expect(problems(noteToMarkdown(noteOf([p()])))).toEqual([]);
  });

  it('documents why MD025 is configured: the front matter title counts as a heading', () => {
    const results = lint({ strings: { note: noteToMarkdown(sampleNote()) }, config: { default: true, MD013: false } });
    expect((results.note ?? []).map((issue) => issue.ruleNames[0])).toEqual(['MD025']);
  });
});
