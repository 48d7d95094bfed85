import type { NoteLibrary, NoteListing, ScannedNote } from './note-library';
import { NoteSearch } from './note-search';

/**
 * The library as last scanned, with its search index. A rescan re-reads only
 * files whose size or modification time changed, so it stays cheap.
 */
export class LibraryIndex {
  private known = new Map<string, ScannedNote>();
  private readonly search = new NoteSearch();

  constructor(private readonly library: NoteLibrary) {}

  async listings(): Promise<NoteListing[]> {
    const scanned = await this.library.scan(this.known);
    const next = new Map(scanned.map((note) => [note.listing.id, note]));
    for (const id of this.known.keys()) if (!next.has(id)) this.search.remove(id);
    for (const note of scanned) {
      if (this.known.get(note.listing.id) !== note) this.search.replace({ id: note.listing.id, title: note.listing.title, text: note.text });
    }
    this.known = next;
    return scanned.map((note) => note.listing);
  }

  async find(query: string): Promise<string[]> {
    await this.listings();
    return this.search.search(query);
  }
}
