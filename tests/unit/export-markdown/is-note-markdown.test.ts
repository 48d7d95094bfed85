import { describe, expect, it } from 'vitest';
import { isNoteMarkdown } from '../../../core/export/markdown';

describe('isNoteMarkdown', () => {
  it.each([
    ['front matter with a classification', '---\ntitle: Memo\nclassification: SECRET\n---\n\nText\n'],
    ['front matter with only a status, as every export has', '---\ntitle: Memo\nstatus: draft\n---\nText\n'],
    ['a byte-order mark before the front matter', '\uFEFF---\nreference: BD-1\n---\n'],
  ])('is a note: %s', (_case, markdown) => expect(isNoteMarkdown(markdown)).toBe(true));

  it.each([
    ['no front matter', '# Memo\n\nclassification: SECRET\n'],
    ['a blog post’s title and date only', '---\ntitle: Hanoi talks\ndate: 2022-10-11\n---\nText\n'],
    ['front matter that is not YAML fields', '---\n- a\n- b\n---\n'],
    ['broken YAML', '---\nstatus: [draft\n---\n'],
    ['a thematic break later on', 'Text\n\n---\nstatus: draft\n---\n'],
  ])('is an article: %s', (_case, markdown) => expect(isNoteMarkdown(markdown)).toBe(false));
});
