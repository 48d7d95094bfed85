import { describe, expect, it } from 'vitest';
import { pageContentBox, pageFitLevel, pagesFilled, roundPages, type PrintBlock } from '../../../renderer/app/page-fit';

const text = (top: number, bottom: number): PrintBlock => ({ top, bottom, breakable: true, keepWithNext: false });
const whole = (top: number, bottom: number): PrintBlock => ({ top, bottom, breakable: false, keepWithNext: false });
const heading = (top: number, bottom: number): PrintBlock => ({ top, bottom, breakable: false, keepWithNext: true });

describe('pageContentBox', () => {
  it('is the paper less the print margins, in CSS pixels', () => {
    const a4 = pageContentBox('A4');
    expect(a4.width).toBeCloseTo((170 * 96) / 25.4, 3);
    expect(a4.height).toBeCloseTo((247 * 96) / 25.4, 3);
    const letter = pageContentBox('Letter');
    expect(letter.width).toBeGreaterThan(a4.width);
    expect(letter.height).toBeLessThan(a4.height);
  });
});

describe('pagesFilled', () => {
  it('is the share of the page used when everything fits on one', () => {
    expect(pagesFilled([text(0, 250), text(260, 500)], 1000)).toBeCloseTo(0.5);
    expect(pagesFilled([], 1000)).toBe(0);
  });

  it('lets a paragraph run on to the next page', () => {
    expect(pagesFilled([text(0, 1600)], 1000)).toBeCloseTo(1.6);
    expect(pagesFilled([text(0, 2500)], 1000)).toBeCloseTo(2.5);
  });

  it('moves a block kept whole to the next page instead of splitting it', () => {
    // The quote would cross the foot at 1000: it starts page 2 at 900 and ends 300 down it.
    expect(pagesFilled([text(0, 880), whole(900, 1200)], 1000)).toBeCloseTo(1.3);
  });

  it('takes a heading along with the block kept whole after it', () => {
    expect(pagesFilled([text(0, 800), heading(820, 860), whole(880, 1100)], 1000)).toBeCloseTo(1 + 280 / 1000);
  });

  it('leaves a heading in place when the paragraph after it begins on the same page', () => {
    expect(pagesFilled([text(0, 800), heading(820, 860), text(880, 1100)], 1000)).toBeCloseTo(1.1);
  });

  it('splits a block kept whole when it is taller than a page', () => {
    expect(pagesFilled([text(0, 100), whole(120, 1620)], 1000)).toBeCloseTo(1.62);
  });

  it('starts a block that begins below the foot on the next page, without its top margin', () => {
    expect(pagesFilled([text(0, 990), text(1010, 1200)], 1000)).toBeCloseTo(1.19);
  });
});

describe('pageFitLevel and roundPages', () => {
  it('is within, near (over 90 %) or over the limit', () => {
    expect(pageFitLevel(1.6, 2)).toBe('within');
    expect(pageFitLevel(1.85, 2)).toBe('near');
    expect(pageFitLevel(2, 2)).toBe('near');
    expect(pageFitLevel(2.05, 2)).toBe('over');
  });

  it('rounds up to a tenth so a begun page always shows', () => {
    expect(roundPages(2.01)).toBe(2.1);
    expect(roundPages(1.6)).toBe(1.6);
    expect(roundPages(0)).toBe(0);
  });
});
