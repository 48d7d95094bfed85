import { describe, expect, it } from 'vitest';
import { extractFigures, findFigures } from '../../../core/article/extract-figures';

describe('findFigures', () => {
  it.each([
    ['It organised three training courses regarding engineering.', ['three training courses']],
    ['Japan would send 1,200 troops to the exercise.', ['1,200 troops']],
    ['spending rose 15 percent, or 15% of the budget', ['15 percent', '15%']],
    ['The government will spend US$2 million on it.', ['US$2 million']],
    ['the two countries’ defence ministries', ['two countries']],
    ['hundreds of troops and one battalion of engineers', ['hundreds of troops', 'one battalion']],
    ['Twenty-five officers and 184 engineers', ['Twenty-five officers', '184 engineers']],
  ])('%s', (text, expected) => {
    expect(findFigures(text, 2022)).toEqual(expected);
  });

  it.each([
    'The 16th Meeting of the group, the second in Cycle 4.',
    'In 2015, for the 2021-2023 period, on October 11 and 16/12/2015.',
    'A4P, COVID-19 and the G20.',
    'one of the partners; each other; one another',
  ])('finds none in %j', (text) => {
    expect(findFigures(text, 2022)).toEqual([]);
  });
});

describe('extractFigures', () => {
  it('gives each figure once with the paragraphs giving it', () => {
    expect(extractFigures(['The two sides met.', 'The two sides agreed on 3 exercises.'], '2022-10-11')).toEqual([
      { text: 'two sides', paragraphs: [0, 1] },
      { text: '3 exercises', paragraphs: [1] },
    ]);
  });
});
