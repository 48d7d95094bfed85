import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describePassage, locatePassage } from '../../../core/annotations/text-selectors';

const source = 'Japan is an active member. Vietnam and Japan co-chaired. Japan has also shared experience.';

describe('describePassage and locatePassage', () => {
  it('describes a passage with its context and finds it again', () => {
    const start = source.indexOf('Vietnam and Japan');
    const selectors = describePassage(source, { start, end: start + 17 });
    expect(selectors[0]).toEqual({ type: 'TextQuoteSelector', exact: 'Vietnam and Japan', prefix: source.slice(Math.max(0, start - 32), start), suffix: source.slice(start + 17, start + 49) });
    expect(selectors[1]).toEqual({ type: 'TextPositionSelector', start, end: start + 17 });
    expect(locatePassage(source, selectors)).toEqual({ start, end: start + 17 });
  });

  it('finds the right occurrence by its context after the text moved', () => {
    const start = source.indexOf('Japan has');
    const selectors = describePassage(source, { start, end: start + 5 });
    const edited = `A new opening sentence. ${source}`;
    expect(locatePassage(edited, selectors)).toEqual({ start: start + 24, end: start + 29 });
  });

  it('gives null when the quoted passage is gone', () => {
    const selectors = describePassage(source, { start: 0, end: 5 });
    expect(locatePassage('Nothing like it here.', selectors)).toBeNull();
  });

  it('always finds an unchanged passage exactly where it was', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        expect(locatePassage(text, describePassage(text, { start, end }))).toEqual({ start, end });
      }),
    );
  });

  it('finds a passage again after text is inserted before it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (inserted) => {
        const start = source.indexOf('co-chaired');
        const selectors = describePassage(source, { start, end: start + 10 });
        const found = locatePassage(inserted + source, selectors);
        expect(found && (inserted + source).slice(found.start, found.end)).toBe('co-chaired');
      }),
    );
  });
});
