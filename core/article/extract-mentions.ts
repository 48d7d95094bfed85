import type { Mention } from './extraction';

interface Entry<T> {
  fact: T;
  paragraphs: Set<number>;
}

/** Compares in code-unit order, the same everywhere (unlike `localeCompare`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts facts by the first paragraph citing them, then by their text. */
export function byFirstParagraph<F extends Mention>(facts: F[], label: (fact: F) => string): F[] {
  return facts.sort((a, b) => (a.paragraphs[0] ?? 0) - (b.paragraphs[0] ?? 0) || compareText(label(a), label(b)));
}

/**
 * Gathers the mentions of each fact under a key, so that every fact comes out
 * once with the sorted paragraphs it was seen in.
 */
export class MentionCollector<T extends object> {
  private readonly entries = new Map<string, Entry<T>>();

  /** Records that the fact under `key` appears in `paragraph`; `make` builds it the first time. */
  note(key: string, paragraph: number, make: () => T): T {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { fact: make(), paragraphs: new Set() };
      this.entries.set(key, entry);
    }
    entry.paragraphs.add(paragraph);
    return entry.fact;
  }

  get(key: string): T | undefined {
    return this.entries.get(key)?.fact;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** Adds paragraphs to a fact already collected. */
  cite(key: string, paragraphs: Iterable<number>): void {
    const entry = this.entries.get(key);
    if (entry) for (const paragraph of paragraphs) entry.paragraphs.add(paragraph);
  }

  facts(label: (fact: T) => string): Array<T & Mention> {
    const facts = [...this.entries.values()].map(({ fact, paragraphs }) => ({
      ...fact,
      paragraphs: [...paragraphs].sort((a, b) => a - b),
    }));
    return byFirstParagraph(facts, label);
  }
}
