import type { PersonFact } from './extraction';
import { MentionCollector } from './extract-mentions';
import { isPlaceWord, placeNamed } from './extract-place-index';
import { RANK_BEFORE_WORD } from './extract-rank-pattern';
import { isNameWord, looksLikeName, nameText, personKey, readNameBackward, readNameForward } from './extract-person-names';
import { readRole, readRoleAfter, readRoleBefore, roleStartsAt } from './extract-person-role';
import { firstWordFrom, isCapitalised, readWords, stripPossessive, type Word } from './extract-words';

type Person = Omit<PersonFact, 'paragraphs'>;

interface Sighting extends Person {
  paragraph: number;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ');
}

// "Col. Nguyen Nhu Canh, Deputy Director of …" and "Defence Minister Yasukazu Hamada".
function rankedSightings(text: string, words: readonly Word[], paragraph: number): Sighting[] {
  const sightings: Sighting[] = [];
  for (const match of text.matchAll(RANK_BEFORE_WORD)) {
    const rank = tidy(match[0]);
    const rankEnd = match.index + match[0].length;
    const from = firstWordFrom(words, rankEnd);
    if (!isCapitalised(words[from]?.text ?? '')) continue;
    const nameWords = readNameForward(text, words, from);
    const texts = nameWords.map((word) => stripPossessive(word.text));
    if (nameWords.length === 0 || !looksLikeName(texts)) continue;
    if (placeNamed([...rank.split(' '), ...texts]) !== null) continue;
    const role = readRoleAfter(text, words, from + nameWords.length - 1) ?? readRoleBefore(text, words, match.index, rank);
    sightings.push({ name: nameText(text, nameWords), rank, role, paragraph });
  }
  return sightings;
}

// "Tomoko Matsuzawa, Director for Defence Cooperation …": a name of two to four words, a comma, a role.
function namedSightings(text: string, words: readonly Word[], paragraph: number): Sighting[] {
  const sightings: Sighting[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1] as Word;
    if (!/^\s*,\s+$/.test(text.slice(word.end, next.start)) || !roleStartsAt(words, i + 1)) continue;
    const nameWords = readNameBackward(text, words, i);
    if (nameWords.length === 0 || !looksLikeName(nameWords.map((w) => w.text))) continue;
    sightings.push({ name: nameText(text, nameWords), rank: null, role: readRole(text, words, i + 1), paragraph });
  }
  return sightings;
}

function surnameOf(name: string): string {
  return name.split(' ').pop() ?? name;
}

// A one-word name after a rank ("Mr. Canh") belongs to the person of that surname, if there is one.
function resolveKey(name: string, fullKeys: ReadonlyMap<string, string>): string {
  if (name.includes(' ')) return personKey(name);
  return fullKeys.get(personKey(name)) ?? personKey(name);
}

// Later mentions by surname alone: "Canh said …".
function citeSurnames(paragraphs: readonly string[], people: MentionCollector<Person>, surnames: ReadonlyMap<string, string>): void {
  paragraphs.forEach((text, paragraph) => {
    const words = readWords(text);
    words.forEach((word, i) => {
      if (!isCapitalised(word.text)) return;
      const key = surnames.get(personKey(stripPossessive(word.text)));
      if (!key) return;
      const before = words[i - 1];
      if (before && /^\s+$/.test(text.slice(before.end, word.start)) && isCapitalised(before.text)) return;
      people.cite(key, [paragraph]);
    });
  });
}

/**
 * People the article names with a rank ("Col. Nguyen Nhu Canh") or a role
 * ("Tomoko Matsuzawa, Director for …"), merged across mentions: with and
 * without rank, diacritics, Japanese name order, and the surname alone.
 */
export function extractPeople(paragraphs: readonly string[]): PersonFact[] {
  const sightings = paragraphs.flatMap((text, paragraph) => {
    const words = readWords(text);
    const found = [...rankedSightings(text, words, paragraph), ...namedSightings(text, words, paragraph)];
    return found.sort((a, b) => text.indexOf(a.name) - text.indexOf(b.name));
  });
  const surnames = new Map<string, string>();
  const repeated = new Set<string>();
  for (const { name } of sightings) {
    if (!name.includes(' ')) continue;
    const last = surnameOf(name);
    if (last.length < 2 || !isNameWord(last) || isPlaceWord(last)) continue;
    const surname = personKey(last);
    if (surnames.has(surname) && surnames.get(surname) !== personKey(name)) repeated.add(surname);
    surnames.set(surname, personKey(name));
  }
  for (const surname of repeated) surnames.delete(surname);

  const people = new MentionCollector<Person>();
  for (const sighting of sightings) {
    const person = people.note(resolveKey(sighting.name, surnames), sighting.paragraph, () => ({
      name: sighting.name,
      rank: null,
      role: null,
    }));
    if (sighting.name.split(' ').length > person.name.split(' ').length) person.name = sighting.name;
    person.rank ??= sighting.rank;
    person.role ??= sighting.role;
  }
  const known = new Map([...surnames].filter(([, key]) => people.has(key)));
  citeSurnames(paragraphs, people, known);
  return people.facts((person) => person.name);
}
