import type { SourceArticle } from '../../document/note-file';
import { publisherName } from '../../article/news-agencies';
import { isAllowedLink } from '../../document/note-extensions';

/** What a citation footnote says: which source, which paragraph, which words. */
export interface CitationFootnote {
  source: SourceArticle;
  paragraph: number;
  quote: string;
}

/**
 * The footnote's text (unescaped): the source named in full the first time
 * (`Vietnam News Agency, “Title”, 2022-10-11, <url>, ¶3: “…”.`), by agency and
 * title after that (`VNA, “Title”, ¶5: “…”.`).
 */
/** "VNA" for a known agency, initials for a longer name ("Vietnam News Agency" → "VNA"), else as written. */
function shortPublisher(publisher: string): string {
  const name = publisherName(publisher);
  const words = name.split(/\s+/).filter(Boolean);
  return name === publisher && words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word)) ? words.map((word) => word[0]).join('') : name;
}

export function citationFootnoteParts({ source, paragraph, quote }: CitationFootnote, firstForSource: boolean): { head: string; url: string | null; tail: string } {
  const publisher = firstForSource ? source.publisher : shortPublisher(source.publisher);
  const head = [publisher, source.title ? `“${source.title}”` : '', firstForSource ? source.published : ''].filter(Boolean).join(', ');
  const url = firstForSource && source.url && !/[\s<>]/.test(source.url) && isAllowedLink(source.url) ? source.url : null;
  const tail = `¶${paragraph}: “${quote.replace(/\s+/g, ' ').trim()}”.`;
  return { head, url, tail };
}

const FOOTNOTE_PATTERN = /^([\s\S]*?)¶(\d+): “([\s\S]*)”\.$/;

/** Reads a footnote's plain text back as a citation of one of `sources`; null if it is not one. */
export function readCitationFootnote(text: string, sources: readonly SourceArticle[]): CitationFootnote | null {
  const match = FOOTNOTE_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, head = '', paragraph = '0', quote = ''] = match;
  const source =
    sources.find((candidate) => candidate.title !== '' && head.includes(`“${candidate.title}”`)) ??
    (sources.length === 1 && sources[0]!.title === '' ? sources[0] : undefined);
  if (!source || quote === '') return null;
  return { source, paragraph: Number(paragraph), quote };
}
