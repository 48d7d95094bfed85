import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticleBytes } from '../../../core/article/read-article-bytes';
import { readArticle } from '../../../core/article/html-article';
import { extractFacts } from '../../../core/article/extract-facts';
import { draftFromArticle } from '../../../core/seeding/draft-from-article';
import { BRIEFING_NOTE } from '../../../core/templates/builtin-templates';

const bytes = readFileSync(path.resolve('assets/seed-article.txt'));
const parseHtml = (html: string): unknown => parseHTML(html).document;

// The expectations for the built-in sample, through the same steps the app takes.
describe('the sample article', () => {
  const decoded = readArticleBytes(bytes, 'auto', 'seed-article.txt');
  if (!decoded.ok) throw new Error(decoded.problem);
  const reading = readArticle({ text: decoded.text, fileName: 'seed-article.txt' }, parseHtml);
  if (!reading.ok) throw new Error(reading.problem);
  const { article } = reading;
  const facts = extractFacts(article);

  it('is dated 2022-10-11, from VNA, datelined Hanoi', () => {
    expect(article.published).toBe('2022-10-11');
    expect(article.publisher).toBe('VNA');
    expect(article.place).toBe('Hanoi');
  });

  it('names Nguyen Nhu Canh and Tomoko Matsuzawa with their roles', () => {
    const canh = facts.people.find((person) => person.name === 'Nguyen Nhu Canh');
    expect(canh).toMatchObject({ rank: 'Col.', role: 'Deputy Director of the Vietnam Department of Peacekeeping Operations' });
    const matsuzawa = facts.people.find((person) => person.name === 'Tomoko Matsuzawa');
    expect(matsuzawa?.role).toMatch(/^Director for Defence Cooperation in the Indo-Pacific Region/);
  });

  it('finds EWG PKO, A4P and ADMM, flagging ADMM as never expanded', () => {
    const acronyms = new Map(facts.acronyms.map((acronym) => [acronym.short, acronym]));
    expect(acronyms.get('EWG PKO')?.long).toBe("Experts' Working Group on Peacekeeping Operations");
    expect(acronyms.get('A4P')?.long).toMatch(/Action for Peacekeeping/);
    expect(acronyms.get('ADMM')).toMatchObject({ long: null });
  });

  it('finds Vietnam, Japan and the meeting date', () => {
    const places = facts.places.map((place) => place.name);
    expect(places).toEqual(expect.arrayContaining(['Vietnam', 'Japan']));
    expect(facts.dates.map((date) => date.iso)).toContain('2022-10-11');
  });

  it('links every fact to paragraphs that exist and mention it', () => {
    for (const person of facts.people) {
      expect(person.paragraphs.length).toBeGreaterThan(0);
      for (const index of person.paragraphs) expect(article.paragraphs[index]).toContain(person.name.split(' ').at(-1));
    }
    for (const acronym of facts.acronyms) for (const index of acronym.paragraphs) expect(article.paragraphs[index]).toContain(acronym.short.split(/[\s-]/)[0]);
  });

  it('drafts a note naming VNA in the abbreviations and source, with nothing the article does not say', () => {
    const draft = draftFromArticle({ text: decoded.text, fileName: 'seed-article.txt' }, BRIEFING_NOTE, new Date('2026-11-28T00:00:00Z'), parseHtml);
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const body = JSON.stringify(draft.note.doc);
    expect(body).toContain('VNA, “');
    expect(body).toContain('VNA — publisher of the source article');
    expect(body).toContain('Tomoko Matsuzawa');
    expect(draft.note.sources[0]?.text.split('\n\n')).toEqual(article.paragraphs);
  });
});
