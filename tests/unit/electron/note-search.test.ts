import { describe, expect, it } from 'vitest';
import { NoteSearch, type SearchableNote } from '../../../electron/services/note-search';

function searchOver(...notes: SearchableNote[]): NoteSearch {
  const search = new NoteSearch();
  for (const note of notes) search.replace(note);
  return search;
}

const mandate: SearchableNote = {
  id: 'mandate.brief',
  title: 'Peacekeeping mandate renewed',
  text: 'The Security Council voted to extend the mission for twelve months.',
};
const markets: SearchableNote = {
  id: 'markets.brief',
  title: 'Markets open flat',
  text: 'Bond yields held steady ahead of the central bank decision.',
};
const hanoi: SearchableNote = {
  id: 'hanoi.brief',
  title: 'Chuyến thăm Hà Nội',
  text: 'Phái đoàn sẽ dừng tại Đà Nẵng trước khi về Thành phố Hồ Chí Minh.',
};

describe('NoteSearch', () => {
  it('finds notes by a word of their title or of their text', () => {
    const search = searchOver(mandate, markets);

    expect(search.search('mandate')).toEqual(['mandate.brief']);
    expect(search.search('yields')).toEqual(['markets.brief']);
  });

  it('ignores case', () => {
    expect(searchOver(mandate).search('SECURITY council')).toEqual(['mandate.brief']);
  });

  it('finds a word while it is still being typed', () => {
    expect(searchOver(mandate, markets).search('peacekeep')).toEqual(['mandate.brief']);
  });

  it('forgives a small typo', () => {
    expect(searchOver(mandate, markets).search('peacekeping')).toEqual(['mandate.brief']);
  });

  it('needs every word of the query to be found', () => {
    const search = searchOver(mandate, markets);

    expect(search.search('council bank')).toEqual([]);
    expect(search.search('central bank')).toEqual(['markets.brief']);
  });

  it('finds Vietnamese words with or without their diacritics', () => {
    const search = searchOver(mandate, hanoi);

    expect(search.search('Hà Nội')).toEqual(['hanoi.brief']);
    expect(search.search('ha noi')).toEqual(['hanoi.brief']);
    expect(search.search('HA NOI')).toEqual(['hanoi.brief']);
    expect(search.search('Ho Chi Minh')).toEqual(['hanoi.brief']);
  });

  it('treats đ as d, which Unicode does not decompose', () => {
    const search = searchOver(mandate, hanoi);

    expect(search.search('da nang')).toEqual(['hanoi.brief']);
    expect(search.search('Đà Nẵng')).toEqual(['hanoi.brief']);
    expect(search.search('phai doan')).toEqual(['hanoi.brief']);
  });

  it('finds text stored in decomposed form (as macOS file names often are)', () => {
    const search = searchOver({ id: 'nfd.brief', title: 'Hà Nội'.normalize('NFD'), text: '' });

    expect(search.search('Hà Nội'.normalize('NFC'))).toEqual(['nfd.brief']);
  });

  it('forgets the old words of a note that was replaced', () => {
    const search = searchOver(mandate, markets);

    search.replace({ ...mandate, title: 'Ceasefire talks resume', text: 'Negotiators meet in Geneva.' });

    expect(search.search('peacekeeping')).toEqual([]);
    expect(search.search('council')).toEqual([]);
    expect(search.search('geneva')).toEqual(['mandate.brief']);
    expect(search.search('ceasefire')).toEqual(['mandate.brief']);
  });

  it('forgets a removed note, and does not mind removing one it never had', () => {
    const search = searchOver(mandate, markets);

    search.remove('mandate.brief');
    search.remove('never-indexed.brief');

    expect(search.search('peacekeeping')).toEqual([]);
    expect(search.search('markets')).toEqual(['markets.brief']);
  });

  it('can add a note again after it was removed', () => {
    const search = searchOver(mandate);

    search.remove('mandate.brief');
    search.replace(mandate);

    expect(search.search('peacekeeping')).toEqual(['mandate.brief']);
  });

  it('finds nothing for an empty or blank query', () => {
    const search = searchOver(mandate, markets);

    expect(search.search('')).toEqual([]);
    expect(search.search('   \t\n')).toEqual([]);
    expect(search.search('...')).toEqual([]);
  });

  it('ranks a note with the word in its title above one with it only in its text', () => {
    const roundup: SearchableNote = {
      id: 'roundup.brief',
      title: 'Weekly roundup',
      text: 'Sanctions were discussed. Peacekeeping budgets came up briefly.',
    };
    const search = searchOver(roundup, mandate);

    expect(search.search('peacekeeping')).toEqual(['mandate.brief', 'roundup.brief']);
  });
});
