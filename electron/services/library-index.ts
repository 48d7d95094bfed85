import type { NoteLibrary, NoteListing, ScannedNote } from './note-library';
import { NoteSearch } from './note-search';

/**
 * The library as last scanned, with its search index. A rescan re-reads only
 * files whose size or modification time changed, so it stays cheap; the index
 * takes in changed notes only when a search needs it: re-indexing a long note
 * after each autosave would keep a core busy while the user types.
 */
export class LibraryIndex {
  private known = new Map<string, ScannedNote>();
  private readonly search = new NoteSearch();
  /** Notes changed since the index last took them in. */
  private readonly unindexed = new Set<string>();

  constructor(private readonly library: NoteLibrary) {}

  async listings(): Promise<NoteListing[]> {
    const scanned = await this.library.scan(this.known);
    const next = new Map(scanned.map((note) => [note.listing.id, note]));
    for (const id of this.known.keys()) {
      if (next.has(id)) continue;
      this.search.remove(id);
      this.unindexed.delete(id);
    }
    for (const note of scanned) if (this.known.get(note.listing.id) !== note) this.unindexed.add(note.listing.id);
    this.known = next;
    return scanned.map((note) => note.listing);
  }

  async find(query: string): Promise<string[]> {
    await this.listings();
    for (const id of this.unindexed) {
      const note = this.known.get(id);
      if (note) this.search.replace({ id, title: note.listing.title, text: note.text });
    }
    this.unindexed.clear();
    return this.search.search(query);
  }
}
