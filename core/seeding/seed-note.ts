import type { Article } from '../article/article';
import type { Extraction } from '../article/extraction';
import { sourceTextOf } from '../article/source-text';
import type { DocumentNode, NoteFile, SourceArticle } from '../document/note-file';
import { createEmptyNote } from '../document/note-format';
import type { BriefingTemplate, SectionRole } from '../templates/briefing-template';
import { articleSentences, type ArticleSentence } from './article-sentences';
import { bulletList, heading, paragraph, placeholder, text } from './note-blocks';
import { SourceCitations } from './source-citations';

export interface SeedInput {
  article: Article;
  extraction: Extraction;
  template: BriefingTemplate;
  now: Date;
}

const SOURCE_ID = 'source-1';
const KEY_POINTS = 6;
const SECTION_SENTENCES = 4;

const JUDGEMENT_PLACEHOLDERS: Partial<Record<SectionRole, string>> = {
  purpose: 'why the addressee receives this note and what is asked of them.',
  considerations: 'analysis and implications, in your own judgement.',
  recommendations: 'the course of action you recommend, one per line.',
  'points-to-make': 'the points the principal should make.',
  notes: 'anything else the addressee needs.',
};

/**
 * A draft briefing note on `template`, filled from the article: its title,
 * sentences quoted as facts (each citing its passage), participants, the
 * abbreviations, and the source in full. Judgement sections get placeholders.
 * Every fact in the draft is a sentence of the article, never a paraphrase.
 */
export function seedNote({ article, extraction, template, now }: SeedInput): NoteFile {
  const sourceText = sourceTextOf(article.paragraphs);
  const citations = new SourceCitations(SOURCE_ID, sourceText, `c${now.getTime().toString(36)}-`);
  const sentences = articleSentences(article.paragraphs);
  const used = new Set<ArticleSentence>();
  const quote = (sentence: ArticleSentence): DocumentNode[] => {
    used.add(sentence);
    return [text(`${sentence.text} `), citations.cite(sentence.paragraph, sentence.range)];
  };
  const unused = (matching: (sentence: ArticleSentence) => boolean = () => true): ArticleSentence[] =>
    sentences.filter((sentence) => !used.has(sentence) && matching(sentence));
  const cited = (label: string, value: string, paragraphs: number[]): DocumentNode[] => {
    const first = paragraphs[0];
    return [text(`${label}${value}`), ...(first === undefined ? [] : [text(' '), citations.cite(first)])];
  };
  const publishedYear = Number(article.published?.slice(0, 4)) || Infinity;

  const fill: Record<SectionRole, () => DocumentNode[]> = {
    summary: () => (sentences[0] ? [paragraph(...quote(sentences[0]))] : [placeholder('the bottom line, first.')]),
    background: () => {
      const earlier = unused((sentence) => [...sentence.text.matchAll(/\b(19|20)\d{2}\b/g)].some((year) => Number(year[0]) < publishedYear));
      const chosen = (earlier.length ? earlier : unused().slice(-2)).slice(0, SECTION_SENTENCES);
      return chosen.length ? chosen.map((sentence) => paragraph(...quote(sentence))) : [placeholder('the background the addressee needs.')];
    },
    'key-points': () => {
      const firstOfEachParagraph = unused().filter((sentence, index, all) => all.findIndex((other) => other.paragraph === sentence.paragraph) === index);
      const chosen = firstOfEachParagraph.slice(0, KEY_POINTS);
      return chosen.length ? [bulletList(chosen.map(quote))] : [placeholder('the key points.')];
    },
    event: () => {
      const event = extraction.events[0];
      const date = extraction.dates.find((found) => found.iso === article.published) ?? extraction.dates[0];
      const venue = unused((sentence) => /\b(video ?conference|videoconference|online|virtual|held (in|at)|took place (in|at))\b/i.test(sentence.text))[0];
      const items = [
        event ? cited('Event: ', event.text, event.paragraphs) : [text(`Event: ${article.title}`)],
        date ? cited('Date: ', date.iso ?? date.text, date.paragraphs) : [text('Date: not given in the article')],
        // Not the dateline's place: that is where the story was filed, not where the event was.
        venue ? [text('Venue: '), ...quote(venue)] : [text('Venue: not given in the article')],
      ];
      return [bulletList(items)];
    },
    participants: () =>
      extraction.people.length
        ? [bulletList(extraction.people.map((person) => cited('', [person.rank, person.name].filter(Boolean).join(' ') + (person.role ? ` — ${person.role}` : ''), person.paragraphs)))]
        : [placeholder('who took part (name, title, organisation).')],
    discussions: () => {
      const chosen = unused((sentence) => /\b(discuss|focus|talk|exchang|review|agree|address|consider)/i.test(sentence.text)).slice(0, SECTION_SENTENCES);
      return chosen.length ? [bulletList(chosen.map(quote))] : [placeholder('what was discussed.')];
    },
    outcomes: () => {
      const chosen = unused((sentence) => /\b(will|agreed|signed|decided|next|plan(s|ned)?)\b/i.test(sentence.text)).slice(0, SECTION_SENTENCES);
      return chosen.length ? [bulletList(chosen.map(quote))] : [placeholder('outcomes and next steps.')];
    },
    source: () => [paragraph(text(sourceLine(article)), ...(article.paragraphs.length ? [text(' '), citations.cite(0)] : []))],
    abbreviations: () => {
      // The agency's acronym often stands only in the dateline, which is not part of the body.
      const publisher = /^[A-ZĐ][A-ZĐ0-9.-]{1,9}$/.test(article.publisher) && !extraction.acronyms.some((acronym) => acronym.short === article.publisher);
      const rows = [...extraction.acronyms, ...(publisher ? [{ short: article.publisher, long: 'publisher of the source article (named in its dateline or credits)', paragraphs: [] }] : [])]
        .sort((a, b) => a.short.localeCompare(b.short))
        .map((acronym) => cited('', `${acronym.short} — ${acronym.long ?? 'not expanded in the article'}`, acronym.paragraphs));
      return rows.length ? [bulletList(rows)] : [paragraph(text('No abbreviations in the article.'))];
    },
    purpose: () => [],
    considerations: () => [],
    recommendations: () => [],
    'points-to-make': () => [],
    notes: () => [],
  };

  // Facts first, so the summary takes the lead sentence and key points take what is left.
  const order: SectionRole[] = ['summary', 'event', 'background', 'discussions', 'outcomes', 'key-points'];
  const filled = new Map<number, DocumentNode[]>();
  const sectionIndexes = template.sections.map((_, index) => index).sort((a, b) => rank(template.sections[a]!.role) - rank(template.sections[b]!.role));
  for (const index of sectionIndexes) {
    const section = template.sections[index]!;
    const judgement = JUDGEMENT_PLACEHOLDERS[section.role];
    filled.set(index, judgement !== undefined ? [placeholder(section.placeholder ?? judgement)] : fill[section.role]());
  }

  const note = createEmptyNote(now);
  // Cut to the note format's limits: a page's metadata can be longer than any note allows.
  const source: SourceArticle = {
    id: SOURCE_ID,
    title: article.title.slice(0, 1000),
    publisher: article.publisher.slice(0, 200),
    url: article.url.length <= 2000 ? article.url : '',
    published: (article.published ?? article.publishedText ?? '').slice(0, 100),
    text: sourceText,
  };
  return {
    ...note,
    meta: { ...note.meta, title: article.title.slice(0, 500), date: now.toISOString().slice(0, 10) },
    doc: {
      type: 'doc',
      content: [heading(1, article.title), ...template.sections.flatMap((section, index) => [heading(2, section.heading), ...(filled.get(index) ?? [])])],
    },
    sources: [source],
    annotations: citations.citations,
  };

  function rank(role: SectionRole): number {
    const at = order.indexOf(role);
    return at === -1 ? order.length : at;
  }
}

/** The first citation names the source in full: publisher, title, date, address. */
export function sourceLine(article: Article): string {
  return [article.publisher || 'Publisher not given', `“${article.title}”`, article.published ?? article.publishedText ?? 'date not given', article.url]
    .filter(Boolean)
    .join(', ')
    .concat('.');
}
