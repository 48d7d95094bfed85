import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../core/article/html-article';
import { readArticleBytes } from '../../../core/article/read-article-bytes';

interface Expectations {
  file: string;
  encoding: string;
  utf8Source?: string;
  title?: string;
  published: string | null;
  publishedText?: string | null;
  publisher: string;
  dateline?: string | null;
  place: string | null;
  url?: string;
  paragraphCount: number;
  captionCount: number;
  mustContain: string[];
  mustNotContain: string[];
}

const folder = new URL('../../fixtures/articles/', import.meta.url);
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => ({ name: name.replace('.expected.json', ''), expected: JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Expectations }));

describe('article fixtures', () => {
  it('has the seed article and at least six composed articles', () => {
    expect(fixtures.map((fixture) => fixture.name)).toContain('seed-article');
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
  });

  it('ran nothing from the HTML page while reading it', () => {
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  describe.each(fixtures)('$name', ({ expected }) => {
    const bytes = new Uint8Array(readFileSync(new URL(expected.file, folder)));
    const decoded = readArticleBytes(bytes);
    if (!decoded.ok) throw new Error(decoded.problem);
    const reading = readArticle({ text: decoded.text, fileName: basename(expected.file) }, parseHTML);
    if (!reading.ok) throw new Error(reading.problem);
    const { article } = reading;
    const body = article.paragraphs.join('\n');

    it(`is read as ${expected.encoding}`, () => {
      expect(decoded.encoding).toBe(expected.encoding);
      if (expected.utf8Source) {
        expect(decoded.text).toBe(readFileSync(new URL(expected.utf8Source, folder), 'utf8').normalize('NFC'));
      }
    });

    it('finds the title, date, publisher, dateline and place', () => {
      if (expected.title !== undefined) expect(article.title).toBe(expected.title);
      expect(article.published).toBe(expected.published);
      if (expected.publishedText !== undefined) expect(article.publishedText).toBe(expected.publishedText);
      expect(article.publisher).toBe(expected.publisher);
      if (expected.dateline !== undefined) expect(article.dateline).toBe(expected.dateline);
      expect(article.place).toBe(expected.place);
      if (expected.url !== undefined) expect(article.url).toBe(expected.url);
    });

    it('keeps the body paragraphs apart from the captions', () => {
      expect(article.paragraphs).toHaveLength(expected.paragraphCount);
      expect(article.captions).toHaveLength(expected.captionCount);
      for (const sentence of expected.mustContain) expect(body).toContain(sentence);
    });

    it('leaves out clutter, markers and captions', () => {
      for (const clutter of expected.mustNotContain) {
        expect(body).not.toContain(clutter);
        expect(article.title).not.toContain(clutter);
      }
    });

    it('is NFC throughout', () => {
      for (const text of [article.title, ...article.paragraphs, ...article.captions]) expect(text).toBe(text.normalize('NFC'));
    });
  });
});
