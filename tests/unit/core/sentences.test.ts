import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentencesOf, sentenceRanges } from '../../../core/article/sentences';
import { paragraphNumberAt, paragraphRanges, sourceTextOf } from '../../../core/article/source-text';

describe('sentencesOf', () => {
  it('splits at full stops but not after ranks, months or initials', () => {
    expect(sentencesOf('The event was co-chaired by Col. Nguyen Nhu Canh. It took place on Oct. 11 in Hanoi. J. Smith attended.')).toEqual([
      'The event was co-chaired by Col. Nguyen Nhu Canh.',
      'It took place on Oct. 11 in Hanoi.',
      'J. Smith attended.',
    ]);
  });

  it('keeps closing quotes with their sentence and handles Vietnamese capitals', () => {
    expect(sentencesOf('He said “we agree.” Đại tá Nguyễn Văn A spoke next!')).toEqual(['He said “we agree.”', 'Đại tá Nguyễn Văn A spoke next!']);
  });

  it('loses no text but whitespace', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const joined = sentenceRanges(text)
          .map(({ start, end }) => text.slice(start, end))
          .join('');
        expect(joined.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('source text', () => {
  it('joins paragraphs with a blank line and finds them again', () => {
    const text = sourceTextOf(['First.', 'Second one.', 'Third.']);
    expect(text).toBe('First.\n\nSecond one.\n\nThird.');
    expect(paragraphRanges(text)).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 19 },
      { start: 21, end: 27 },
    ]);
    expect(paragraphNumberAt(text, 0)).toBe(1);
    expect(paragraphNumberAt(text, 10)).toBe(2);
    expect(paragraphNumberAt(text, 26)).toBe(3);
  });
});
