import { describe, expect, it } from 'vitest';
import { extractDates, findDates } from '../../../core/article/extract-dates';

function read(text: string, year: number | null = 2022): Array<[string, string | null]> {
  return findDates(text, year).map((date) => [date.text, date.iso]);
}

describe('findDates', () => {
  it.each([
    ['took place on October 11.', [['October 11', '2022-10-11']]],
    ['on Oct. 11 and Sept 3', [['Oct. 11', '2022-10-11'], ['Sept 3', '2022-09-03']]],
    ['signed on 11 October 2022', [['11 October 2022', '2022-10-11']]],
    ['signed on October 11, 2021', [['October 11, 2021', '2021-10-11']]],
    ['signed on 16/12/2015', [['16/12/2015', '2015-12-16']]],
    ['signed on 12/16/2015', [['12/16/2015', '2015-12-16']]],
    ['published 2022-10-11', [['2022-10-11', '2022-10-11']]],
    ['for the 2021-2023 period', [['2021-2023', '2021/2023']]],
    ['from 2021–23', [['2021–23', '2021/2023']]],
    ['In 2015, they signed', [['2015', '2015']]],
    ['since March 2019', [['March 2019', '2019-03']]],
    ['Ngày 11 tháng 10 năm 2022, tại Hà Nội', [['Ngày 11 tháng 10 năm 2022', '2022-10-11']]],
    ['ngày 11/10 và năm 2015', [['ngày 11/10', '2022-10-11'], ['2015', '2015']]],
    ['vào tháng 10 năm 2022', [['tháng 10 năm 2022', '2022-10']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives no ISO form to an impossible or yearless day', () => {
    expect(read('on February 30')).toEqual([['February 30', null]]);
    expect(read('on October 11', null)).toEqual([['October 11', null]]);
  });

  it.each([
    'The 16th Meeting of Cycle 4',
    '1,200 troops and 2015 troops',
    'US$2 million',
    'A4P and COVID-19',
    'the 2000-1999 span',
    'May we meet?',
  ])('finds no date in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('extractDates', () => {
  it('dedupes by text and ISO form, citing every paragraph', () => {
    expect(extractDates(['for 2021-2023 on October 11', 'in the cycle 2021-2023'], '2022-10-11')).toEqual([
      { text: '2021-2023', iso: '2021/2023', paragraphs: [0, 1] },
      { text: 'October 11', iso: '2022-10-11', paragraphs: [0] },
    ]);
  });
});
