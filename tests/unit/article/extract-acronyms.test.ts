import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../../../core/article/extract-acronyms';
import { isAcronymLike } from '../../../core/article/extract-acronym-tokens';
import { findLongForm } from '../../../core/article/extract-long-form';

describe('findLongForm (Schwartz–Hearst)', () => {
  it.each([
    ['MND', 'the Ministry of National Defence', 'Ministry of National Defence'],
    ['EWG PKO', "The 16th Meeting of the Experts' Working Group on Peacekeeping Operations", "Experts' Working Group on Peacekeeping Operations"],
    ['COVID-19', 'outbreak of coronavirus disease 2019', 'coronavirus disease 2019'],
    ['A4P', 'issues related to “Action for Peacekeeping” Plus', 'Action for Peacekeeping Plus'],
    ['TPP', 'within the framework of the Tripartite Partnership Programme', 'Tripartite Partnership Programme'],
  ])('%s ← %j', (short, candidate, long) => {
    expect(findLongForm(short, candidate)?.long).toBe(long);
  });

  it('gives up when the letters are not there', () => {
    expect(findLongForm('VNA', 'Hanoi')).toBeNull();
    expect(findLongForm('ABC', 'the ABC report')).toBeNull();
  });

  it('splits a short form of several words into the parts it stands for', () => {
    const parts = findLongForm('EWG PKO', "Experts' Working Group on Peacekeeping Operations")?.parts;
    expect(Object.fromEntries(parts ?? [])).toEqual({ EWG: "Experts' Working Group", PKO: 'Peacekeeping Operations' });
  });
});

describe('isAcronymLike', () => {
  it.each(['ADMM', 'UN', 'A4P', 'G20', 'ADMM-Plus', 'COVID-19', 'R&D', 'QĐND', 'US'])('%s is', (token) => {
    expect(isAcronymLike(token)).toBe(true);
  });
  it.each(['I', 'A', 'OK', 'II', 'XIV', 'Hanoi', 'Indo-Pacific', 'F-16', '4G', 'TOKYO', 'HÀ', 'NỘI', 'SECRET', 'iPhone'])('%s is not', (token) => {
    expect(isAcronymLike(token)).toBe(false);
  });
});

describe('extractAcronyms', () => {
  it('reads "long form (SF)" with a space inside the parenthesis', () => {
    expect(extractAcronyms(['Issues related to “Action for Peacekeeping” Plus (A4P ) were raised.'])).toEqual([
      { short: 'A4P', long: 'Action for Peacekeeping Plus', paragraphs: [0] },
    ]);
  });

  it('reads "SF (long form)" too', () => {
    expect(extractAcronyms(["Vietnam joined ADMM (ASEAN Defence Ministers' Meeting) talks."])).toEqual([
      { short: 'ADMM', long: "ASEAN Defence Ministers' Meeting", paragraphs: [0] },
      { short: 'ASEAN', long: null, paragraphs: [0] },
    ]);
  });

  it('expands every later use, and flags acronyms the article never expands', () => {
    const acronyms = extractAcronyms([
      'The Ministry of National Defence (MND) met the UN.',
      'The MND said the ADMM-Plus would meet.',
      'MND’s delegation left.',
    ]);
    expect(acronyms).toEqual([
      { short: 'MND', long: 'Ministry of National Defence', paragraphs: [0, 1, 2] },
      { short: 'UN', long: null, paragraphs: [0] },
      { short: 'ADMM-Plus', long: null, paragraphs: [1] },
    ]);
  });

  it("expands a suffixed form from its stem: ADMM-Plus from ADMM", () => {
    const acronyms = extractAcronyms(["The ASEAN Defence Ministers' Meeting (ADMM) and the ADMM-Plus."]);
    expect(acronyms.find((acronym) => acronym.short === 'ADMM-Plus')?.long).toBe("ASEAN Defence Ministers' Meeting-Plus");
  });

  it('ignores headline lines in capitals, Roman numerals, web addresses and currency', () => {
    expect(extractAcronyms(['VIETNAM AND JAPAN HOLD TALKS\nPhase II cost US$2 million, VOV.VN reported.'])).toEqual([
      { short: 'VOV', long: null, paragraphs: [0] },
    ]);
  });

  it('does not take a dateline for a definition', () => {
    expect(extractAcronyms(['Hanoi (VNA) – Delegates met.'])).toEqual([{ short: 'VNA', long: null, paragraphs: [0] }]);
  });
});
