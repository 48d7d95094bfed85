import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../core/article/parse-article';

const flatten = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ');

/** Bits of real articles, so that random text often trips the date, dateline, caption and clutter rules. */
const ARTICLE_BITS = [
  '\n', '\n\n', '\r\n', ' ', '\t', '\u00a0', '.', ',', '/.', '-VNA', '–VNA', '— VNA', '(VNA)', 'Hanoi (VNA) –', 'HÀ NỘI —', 'VOV.VN -',
  'TOKYO, Oct. 11 (Kyodo) -', ' date 2022-10-11 ', 'October 11', '11/10/2022', 'Thứ ba, ', '(Photo: qdnd.vn)', '— VNA/VNS Photo',
  'Photo: ', 'Share', 'Read full this story', 'print PRINT', 'Source: VNA', 'Tags: x', 'Col. ', 'Nguyen', 'e\u0301', '\u0301', 'ệ',
  'The meeting', ' took place', '\uFEFF', '\u0000',
];

const articleLike = fc.array(fc.oneof(fc.constantFrom(...ARTICLE_BITS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 }).map((bits) => bits.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme-composite', maxLength: 300 }), articleLike);

describe('parseArticle properties', () => {
  it('never throws, and always says why it read nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const reading = parseArticle(text);
        if (!reading.ok) expect(reading.problem.length).toBeGreaterThan(10);
        else expect(reading.article.paragraphs.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never invents text: paragraphs, captions, title, dateline and date text all occur in the NFC, whitespace-normalised input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const reading = parseArticle(text);
        if (!reading.ok) return;
        const source = flatten(text);
        const { article } = reading;
        for (const part of [...article.paragraphs, ...article.captions, article.dateline ?? '', article.publishedText ?? '']) {
          expect(source).toContain(part);
        }
        expect(source).toContain(article.title.replace(/…$/u, ''));
        for (const part of [...article.paragraphs, ...article.captions, article.title]) expect(part).toBe(part.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});

const WORDS = ['delegates', 'peacekeeping', 'training', 'Japan', 'Vietnam', 'officers', 'cooperation', 'Hà Nội', 'the', 'and', 'in', 'courses', 'mission', 'ba bên', 'gìn giữ', '2022', 'engineering', 'share', 'photo', 'source'];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 })
  .map((words) => `${words.join(' ').replace(/^./u, (first) => first.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 });
const spacing = fc.constantFrom(' ', '  ', '\t', '\u00a0 ');

describe('parseArticle loses no body sentence', () => {
  it('keeps every sentence of a generated article, around whatever date, dateline, captions, clutter and markers', () => {
    fc.assert(
      fc.property(
        fc.record({
          paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
          title: fc.option(fc.constantFrom('Vietnam, Japan review peacekeeping ties', 'Hợp tác gìn giữ hòa bình'), { nil: undefined }),
          date: fc.option(fc.constantFrom('October 11, 2022', 'Thứ ba, 11/10/2022', '16/12/2015', 'Tuesday, 14:20, 11/10/2022'), { nil: undefined }),
          dateline: fc.option(fc.constantFrom('Hanoi (VNA) –', 'HÀ NỘI —', 'VOV.VN -', 'TOKYO, Oct. 11 (Kyodo) -'), { nil: undefined }),
          caption: fc.option(fc.constantFrom('Delegates at the talks. (Photo: VNA)', 'Quang cảnh hội thảo. (Ảnh: qdnd.vn)', 'Officers at the seminar. — VNA/VNS Photo'), { nil: undefined }),
          clutter: fc.array(fc.constantFrom('Share', 'Tweet', 'Read full this story', 'print PRINT', 'Related news', 'Back to top', 'Tags: peacekeeping'), { maxLength: 4 }),
          end: fc.constantFrom('', '/.', ' –VNA', ' — VNS'),
          lineEnd: fc.constantFrom('\n', '\r\n'),
          space: spacing,
        }),
        (article) => {
          const body = article.paragraphs.map((sentences) => sentences.join(article.space));
          body[0] = article.dateline ? `${article.dateline} ${body[0]}` : (body[0] as string);
          body[body.length - 1] += article.end;
          const blocks = [article.title, article.date, article.caption, ...body.flatMap((text, i) => [text, article.clutter[i]])].filter(
            (block): block is string => block !== undefined,
          );
          const reading = parseArticle(blocks.join(article.lineEnd.repeat(2)));
          expect(reading.ok).toBe(true);
          if (!reading.ok) return;
          expect(reading.article.paragraphs).toHaveLength(article.paragraphs.length);
          for (const [i, sentences] of article.paragraphs.entries()) {
            for (const text of sentences) expect(reading.article.paragraphs[i]).toContain(text);
          }
          expect(reading.article.captions).toEqual(article.caption ? [article.caption] : []);
          if (article.date) expect(reading.article.published).not.toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});
