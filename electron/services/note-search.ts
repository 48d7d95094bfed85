import MiniSearch from 'minisearch';

export interface SearchableNote {
  id: string;
  title: string;
  text: string;
}

/**
 * Full-text search over the notes' titles and text. Forgiving the way a
 * desktop search box should be: case, accents and small typos don't matter,
 * and a word is found while it is still being typed.
 */
export class NoteSearch {
  private readonly index = new MiniSearch<SearchableNote>({
    fields: ['title', 'text'],
    processTerm: searchableTerm,
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });

  /** Adds the note, or updates it if it is already indexed. */
  replace(note: SearchableNote): void {
    if (this.index.has(note.id)) this.index.replace(note);
    else this.index.add(note);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  /** The ids of the notes containing every word of `query`, best match first. */
  search(query: string): string[] {
    if (!query.trim()) return [];
    return this.index.search(query).map((result) => String(result.id));
  }
}

/**
 * Lower case without accents, so 'ha noi' finds 'Hà Nội'. Only the Latin,
 * Greek and Cyrillic combining accents are dropped: in other scripts the
 * marks are part of the letters. 'đ' is a letter of its own to Unicode, so
 * it does not decompose and is mapped by hand.
 */
function searchableTerm(term: string): string | null {
  const folded = term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
  return folded || null;
}
