import { describe, expect, it } from 'vitest';
import { readAcronyms } from '../../../core/article/extract-acronyms';
import { findOrganisationNames } from '../../../core/article/extract-organisation-names';
import { extractOrganisations } from '../../../core/article/extract-organisations';

function organisations(paragraphs: string[]): Array<[string, string | null]> {
  return extractOrganisations(paragraphs, readAcronyms(paragraphs)).map((organisation) => [organisation.name, organisation.acronym]);
}

describe('findOrganisationNames', () => {
  it.each([
    [
      'Director for Defence Cooperation in the Indo-Pacific Region of the International Policy Division of the Defence Policy Bureau under the Japanese Ministry of Defence',
      ['International Policy Division', 'Defence Policy Bureau', 'Japanese Ministry of Defence'],
    ],
    ['Deputy Director of the Vietnam Department of Peacekeeping Operations', ['Vietnam Department of Peacekeeping Operations']],
    ['the Association of Southeast Asian Nations and the Vietnam People\'s Army', ['Association of Southeast Asian Nations', "Vietnam People's Army"]],
    ['Japan’s Ministry of Defence and the UN Security Council', ['Ministry of Defence', 'UN Security Council']],
    ['Cục Gìn giữ hòa bình Việt Nam, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản', ['Cục Gìn giữ hòa bình Việt Nam', 'Bộ Quốc phòng Việt Nam', 'Bộ Quốc phòng Nhật Bản']],
  ])('%s', (text, expected) => {
    expect(findOrganisationNames(text)).toEqual(expected);
  });

  it.each([
    'The Ministry said so.',
    'a member of the UN peacekeeping force',
    "head of Japan’s working group on peacekeeping",
    'the Department and the Group',
    'Bộ trưởng Phan Văn Giang',
  ])('finds none in %j', (text) => {
    expect(findOrganisationNames(text)).toEqual([]);
  });
});

describe('extractOrganisations', () => {
  it('attaches the acronym the article defines, citing its uses too', () => {
    const paragraphs = ["The Experts' Working Group on Peacekeeping Operations (EWG PKO) met.", 'The EWG PKO’s meetings continue.'];
    expect(extractOrganisations(paragraphs, readAcronyms(paragraphs))).toEqual([
      { name: "Experts' Working Group on Peacekeeping Operations", acronym: 'EWG PKO', paragraphs: [0, 1] },
    ]);
  });

  it('prefers the spelled-out name of an acronym to a shorter reading', () => {
    expect(organisations(['Vietnam sent officers to the UN Mission in South Sudan (UNMISS).'])).toEqual([
      ['UN', 'UN'],
      ['UN Mission in South Sudan', 'UNMISS'],
    ]);
  });

  it('adds organisations named only by a well-known acronym, under that acronym', () => {
    expect(organisations(['ASEAN and NATO observers joined the ADMM-Plus.'])).toEqual([
      ['ADMM-Plus', 'ADMM-Plus'],
      ['ASEAN', 'ASEAN'],
      ['NATO', 'NATO'],
    ]);
  });

  it('reads a Reuters piece', () => {
    expect(organisations(['The Japan Self-Defense Forces (JSDF) will join the Group of Seven (G7) summit.'])).toEqual([
      ['Group of Seven', 'G7'],
      ['Japan Self-Defense Forces', 'JSDF'],
    ]);
  });
});
