import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../core/article/extract-gazetteer';
import { extractPlaces, findPlaces } from '../../../core/article/extract-places';

function names(text: string): string[] {
  return findPlaces(text).map((place) => place.name);
}

describe('the gazetteer', () => {
  it('lists the 193 UN member states once each', () => {
    const countries = COUNTRIES.map((line) => line.split('|')[0]);
    expect(new Set(countries).size).toBe(193);
  });
});

describe('findPlaces', () => {
  it.each([
    ['Hà Nội and Ha Noi and Hanoi', ['Hanoi', 'Hanoi', 'Hanoi']],
    ['HÀ NỘI — Delegates from TOKYO arrived.', ['Hanoi', 'Tokyo']],
    ['the Japanese Ministry and Vietnamese officers', ['Japan', 'Vietnam']],
    ['Japan’s working group', ['Japan']],
    ['Việt Nam, Viet Nam and Vietnam', ['Vietnam', 'Vietnam', 'Vietnam']],
    ['troops in South Sudan and Sudan', ['South Sudan', 'Sudan']],
    ['Papua New Guinea, Guinea-Bissau and Guinea', ['Papua New Guinea', 'Guinea-Bissau', 'Guinea']],
    ["Côte d’Ivoire and the Indo-Pacific", ["Côte d'Ivoire", 'Indo-Pacific']],
    ['Ho Chi Minh City, Đà Nẵng and Southeast Asia', ['Ho Chi Minh City', 'Da Nang', 'Southeast Asia']],
    ['Trung Quốc, Lào và Campuchia', ['China', 'Laos', 'Cambodia']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'the Southeast Asian nation',
    'a china cup and a turkey',
    'US$2 million',
    'Nguyen Van Thai and Nguyen Thi Hue',
    'President Ho Chi Minh',
  ])('finds no place in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('extractPlaces', () => {
  it('gives each place once with every paragraph naming it, sorted', () => {
    expect(extractPlaces(['Vietnam and Japan met.', 'In Hanoi, Japanese and Vietnamese officers trained.'])).toEqual([
      { name: 'Japan', paragraphs: [0, 1] },
      { name: 'Vietnam', paragraphs: [0, 1] },
      { name: 'Hanoi', paragraphs: [1] },
    ]);
  });
});
