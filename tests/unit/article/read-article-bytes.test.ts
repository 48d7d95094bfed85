import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../core/article/decode-article-bytes';
import { parseArticle } from '../../../core/article/parse-article';
import { readArticleBytes } from '../../../core/article/read-article-bytes';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

function seededBytes(count: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(count);
  let state = seed;
  for (let i = 0; i < count; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('readArticleBytes', () => {
  it('reads an ordinary article', () => {
    const reading = readArticleBytes(new TextEncoder().encode('Hanoi (VNA) – The meeting took place on October 11./.'));
    expect(reading).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('refuses a file over 5 MB, saying how big it is and what the limit is', () => {
    const reading = readArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), 'auto', 'dump.txt');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problem).toContain('"dump.txt" is 5.0 MB');
    expect(reading.problem).toContain('at most 5.0 MB');
  });

  it('accepts a file of exactly 5 MB', () => {
    expect(readArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61)).ok).toBe(true);
  });

  it('refuses a PNG image as a binary file', () => {
    const png = new Uint8Array([...PNG_HEADER, ...seededBytes(4000, 7)]);
    const reading = readArticleBytes(png, 'auto', 'photo.png');
    expect(reading).toEqual({ ok: false, problem: expect.stringMatching(/"photo\.png": this looks like a binary file, not an article/) });
  });

  it('refuses random bytes and zero-filled files whatever the encoding', () => {
    for (const encoding of ['auto', 'utf-8', 'windows-1252', 'windows-1258', 'utf-16le'] as const) {
      expect(readArticleBytes(seededBytes(2048, 42), encoding)).toEqual({ ok: false, problem: expect.stringMatching(/looks like a binary file, not an article/) });
      expect(readArticleBytes(new Uint8Array(512), encoding).ok).toBe(false);
    }
  });

  it('refuses a Word document (a ZIP archive)', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('[Content_Types].xml word/document.xml')]);
    expect(readArticleBytes(docx).ok).toBe(false);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const reading = readArticleBytes(bytes);
        if (reading.ok) expect(reading.text).toBe(reading.text.normalize('NFC'));
      }),
    );
  });
});

describe('parseArticle with pasted text that cannot be an article', () => {
  it('refuses more than 5 MB of text with a clear problem', () => {
    const huge = 'The meeting took place. '.repeat(Math.ceil(MAX_ARTICLE_BYTES / 24) + 10);
    const reading = parseArticle(huge);
    expect(reading).toEqual({ ok: false, problem: expect.stringMatching(/^The article is too long .*Paste or open only the article itself\.$/) });
  });

  it('refuses decoded binary data', () => {
    const text = new TextDecoder('windows-1252').decode(seededBytes(3000, 3));
    expect(parseArticle(text)).toEqual({ ok: false, problem: expect.stringMatching(/looks like a binary file, not an article/) });
  });
});
