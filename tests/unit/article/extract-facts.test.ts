import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../core/article/extract-facts';

// The seed article's body, read crudely: no caption, no dateline, no end marker.
function seedParagraphs(): string[] {
  const raw = readFileSync(new URL('../../../assets/seed-article.txt', import.meta.url), 'utf8');
  return raw
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !paragraph.startsWith('date '))
    .map((paragraph) => paragraph.replace(/^Hanoi \(VNA\) – /, '').replace(/\/\.$/, ''));
}

const paragraphs = seedParagraphs();
const facts = extractFacts({ paragraphs, published: '2022-10-11' });

describe('extractFacts on the seed article (VNA, 2022-10-11)', () => {
  it('reads the body as ten paragraphs', () => {
    expect(paragraphs).toHaveLength(10);
    expect(paragraphs[0]).toMatch(/^The 16th Meeting/);
  });

  it('finds the two co-chairs with rank and role', () => {
    expect(facts.people).toEqual([
      {
        name: 'Nguyen Nhu Canh',
        rank: 'Col.',
        role: 'Deputy Director of the Vietnam Department of Peacekeeping Operations',
        paragraphs: [1],
      },
      {
        name: 'Tomoko Matsuzawa',
        rank: null,
        role:
          'Director for Defence Cooperation in the Indo-Pacific Region of the International Policy Division ' +
          'of the Defence Policy Bureau under the Japanese Ministry of Defence',
        paragraphs: [1],
      },
    ]);
  });

  it('expands EWG PKO and A4P, and flags ADMM as used without expansion', () => {
    const bySF = new Map(facts.acronyms.map((acronym) => [acronym.short, acronym]));
    expect(bySF.get('EWG PKO')).toEqual({ short: 'EWG PKO', long: "Experts' Working Group on Peacekeeping Operations", paragraphs: [0, 5] });
    expect(bySF.get('A4P')).toEqual({ short: 'A4P', long: 'Action for Peacekeeping Plus', paragraphs: [2] });
    expect(bySF.get('ADMM')).toEqual({ short: 'ADMM', long: null, paragraphs: [2, 5] });
    expect(bySF.get('UN')?.long).toBeNull();
    expect(bySF.get('EWG')?.long).toBe("Experts' Working Group");
  });

  it('finds Vietnam and Japan, with every paragraph naming them', () => {
    expect(facts.places.find((place) => place.name === 'Vietnam')?.paragraphs).toEqual([1, 5, 8]);
    expect(facts.places.find((place) => place.name === 'Japan')?.paragraphs).toEqual([1, 4, 5, 7]);
    expect(facts.places.map((place) => place.name)).not.toContain('Southeast Asia');
  });

  it('reads the dates, taking the year of an undated day from the publication date', () => {
    expect(facts.dates).toEqual([
      { text: '2021-2023', iso: '2021/2023', paragraphs: [0, 5] },
      { text: 'October 11', iso: '2022-10-11', paragraphs: [0] },
      { text: '2015', iso: '2015', paragraphs: [6] },
    ]);
  });

  it('finds the organisations, with the acronym the article gives', () => {
    const names = facts.organisations.map((organisation) => organisation.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Defence Policy Bureau',
        'Japanese Ministry of Defence',
        'International Policy Division',
        'Vietnam Department of Peacekeeping Operations',
        'Tripartite Partnership Programme',
      ]),
    );
    expect(facts.organisations.find((organisation) => organisation.acronym === 'EWG PKO')).toEqual({
      name: "Experts' Working Group on Peacekeeping Operations",
      acronym: 'EWG PKO',
      paragraphs: [0, 5],
    });
    expect(names).toContain('UN');
    expect(names).not.toContain('UN peacekeeping force');
  });

  it('finds the events and figures', () => {
    expect(facts.events.map((event) => event.text)).toEqual([
      "The 16th Meeting of the Experts' Working Group on Peacekeeping Operations",
      'the 17th meeting of ADMM EWG on peacekeeping operations',
      'A seminar on women, peace and security',
      'the EWG PKO’s meetings',
      'training courses on UN peacekeeping',
      'three training courses regarding the operation of heavy engineering equipment for Vietnamese and international students',
    ]);
    expect(facts.figures).toContainEqual({ text: 'three training courses', paragraphs: [8] });
    expect(facts.figures.map((figure) => figure.text)).not.toContain('16th');
  });

  it('sorts every list by first paragraph, then text', () => {
    for (const list of Object.values(facts)) {
      const firsts = list.map((fact: { paragraphs: number[] }) => fact.paragraphs[0] ?? -1);
      expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    }
  });

  it('gives the same answer every time', () => {
    expect(extractFacts({ paragraphs, published: '2022-10-11' })).toEqual(facts);
  });

  it('leaves a day without a year undated when the publication date is unknown', () => {
    const undated = extractFacts({ paragraphs, published: null });
    expect(undated.dates.find((date) => date.text === 'October 11')?.iso).toBeNull();
  });
});
