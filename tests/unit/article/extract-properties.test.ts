import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFacts } from '../../../core/article/extract-facts';
import { foldKey } from '../../../core/article/extract-fold';
import type { Extraction, Mention } from '../../../core/article/extraction';

// Words that wake every extractor: ranks, names, roles, places, dates, numbers, acronyms, punctuation.
const VOCABULARY = [
  'Col.', 'Sr. Lt. Gen.', 'Mr.', 'Mr', 'Ambassador', 'Minister', 'Prime Minister', 'Đại tá', 'bà', 'Ông', 'Nguyen',
  'Nhu', 'Canh', 'Nguyễn', 'Như', 'Cảnh', 'Canh’s', 'Tomoko', 'Matsuzawa', 'A', 'F.', 'Van', 'Thai', 'Deputy',
  'Director', 'Head', 'Phó', 'Cục', 'trưởng', 'Bộ', 'Quốc', 'phòng', 'of', 'the', 'The', 'for', 'on', 'and', 'who',
  'said', 'Vietnam', 'Việt', 'Nam', 'Japan', 'Japan’s', 'Japanese', 'Hà', 'Nội', 'Department', 'Ministry',
  'Defence', 'Policy', 'Bureau', 'Group', 'Working', "Experts'", 'Peacekeeping', 'Operations', 'EWG', 'PKO',
  'A4P', 'ADMM', 'ADMM-Plus', 'UN', 'II', 'October', 'Oct.', '11', '16/12/2015', '2022-10-11', '2021-2023', 'in',
  '2015', 'three', 'training', 'courses', 'meeting', 'seminar', '16th', 'visit', 'to', 'US$2', 'million', '15%',
  '1,200', 'troops', 'ngày', 'tháng', 'năm', ',', '.', ';', '(', ')', '“', '”', '–', '/.', '\n', '  ',
];

const wordy = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', ' ', ' ', '', ', ')), { maxLength: 40 })
  .map((pairs) => pairs.map(([word, gap]) => word + gap).join(''));
const anything = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
const paragraphs = fc.array(fc.oneof(wordy, anything), { maxLength: 6 });
const published = fc.oneof(fc.constant(null), fc.constant('2022-10-11'), fc.string({ maxLength: 12 }));

function mentions(facts: Extraction): Mention[] {
  return Object.values(facts).flat();
}

describe('extractFacts, whatever the text', () => {
  it('never throws, and every fact cites valid paragraphs in order, once each', () => {
    fc.assert(
      fc.property(paragraphs, published, (texts, date) => {
        const facts = extractFacts({ paragraphs: texts, published: date });
        for (const { paragraphs: cited } of mentions(facts)) {
          expect(cited.length).toBeGreaterThan(0);
          for (const [i, index] of cited.entries()) {
            expect(Number.isInteger(index) && index >= 0 && index < texts.length).toBe(true);
            if (i > 0) expect(index).toBeGreaterThan(cited[i - 1] as number);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cites, for each person, a paragraph with the whole name and only paragraphs naming them', () => {
    fc.assert(
      fc.property(fc.array(wordy, { minLength: 1, maxLength: 6 }), (texts) => {
        const tidy = texts.map((text) => text.replace(/\s+/g, ' '));
        for (const person of extractFacts({ paragraphs: texts, published: null }).people) {
          expect(person.paragraphs.some((index) => tidy[index]?.includes(person.name))).toBe(true);
          const surname = foldKey(person.name.split(' ').pop() ?? '');
          for (const index of person.paragraphs) expect(foldKey(texts[index] ?? '')).toContain(surname);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds no duplicates', () => {
    fc.assert(
      fc.property(fc.array(wordy, { maxLength: 6 }), (texts) => {
        const facts = extractFacts({ paragraphs: texts, published: '2022-10-11' });
        for (const list of Object.values(facts) as Array<Array<Record<string, unknown>>>) {
          const keys = list.map(({ paragraphs: _cited, ...fact }) => JSON.stringify(fact));
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads arbitrary Unicode without throwing', () => {
    fc.assert(fc.property(fc.array(anything, { maxLength: 4 }), (texts) => void extractFacts({ paragraphs: texts, published: null })), {
      numRuns: 200,
    });
  });
});
