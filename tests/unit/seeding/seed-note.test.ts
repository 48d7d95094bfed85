import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import type { Extraction } from '../../../core/article/extraction';
import { citationsIn } from '../../../core/annotations/citation';
import { locatePassage } from '../../../core/annotations/text-selectors';
import { NoteFileSchema, type DocumentNode } from '../../../core/document/note-file';
import { BRIEFING_NOTE, MEETING_BRIEF, INFORMATION_NOTE } from '../../../core/templates/builtin-templates';
import { seedNote, sourceLine } from '../../../core/seeding/seed-note';
import { PLACEHOLDER_MARKER } from '../../../core/seeding/note-blocks';

const article: Article = {
  title: 'Vietnam and Japan co-chair peacekeeping meeting',
  published: '2022-10-11',
  publishedText: 'date 2022-10-11',
  publisher: 'VNA',
  dateline: 'Hanoi (VNA) –',
  place: 'Hanoi',
  url: '',
  paragraphs: [
    'The 16th Meeting of the Experts’ Working Group on Peacekeeping Operations (EWG PKO) took place via video conference on October 11.',
    'The event was co-chaired by Col. Nguyen Nhu Canh, Deputy Director of the Vietnam Department of Peacekeeping Operations. Delegates discussed coordination.',
    'A seminar on women, peace and security will be organised.',
    'In 2015, the two countries signed a memorandum of understanding.',
  ],
  captions: [],
};

const extraction: Extraction = {
  people: [{ name: 'Nguyen Nhu Canh', rank: 'Col.', role: 'Deputy Director of the Vietnam Department of Peacekeeping Operations', paragraphs: [1] }],
  organisations: [],
  places: [{ name: 'Vietnam', paragraphs: [1] }],
  dates: [{ text: 'October 11', iso: '2022-10-11', paragraphs: [0] }],
  events: [{ text: 'The 16th Meeting of the Experts’ Working Group on Peacekeeping Operations', paragraphs: [0] }],
  figures: [],
  acronyms: [
    { short: 'EWG PKO', long: 'Experts’ Working Group on Peacekeeping Operations', paragraphs: [0] },
    { short: 'ADMM', long: null, paragraphs: [2] },
  ],
};

const now = new Date('2026-11-28T10:00:00Z');

function textOf(node: DocumentNode): string {
  return node.text ?? (node.content ?? []).map(textOf).join(node.type === 'paragraph' || node.type === 'heading' ? '' : '\n');
}

function sectionText(doc: DocumentNode, heading: string): string {
  const blocks = doc.content ?? [];
  const start = blocks.findIndex((block) => block.type === 'heading' && textOf(block) === heading);
  const end = blocks.findIndex((block, index) => index > start && block.type === 'heading');
  return blocks.slice(start + 1, end === -1 ? undefined : end).map(textOf).join('\n');
}

describe('seedNote', () => {
  it('makes a valid note with the article attached and every citation resolving to its passage', () => {
    const note = seedNote({ article, extraction, template: BRIEFING_NOTE, now });
    expect(NoteFileSchema.safeParse(note).success).toBe(true);
    expect(note.sources).toHaveLength(1);
    expect(note.sources[0]?.text).toBe(article.paragraphs.join('\n\n'));
    const citations = citationsIn(note.annotations);
    expect(citations.length).toBeGreaterThan(3);
    for (const citation of citations) {
      const found = locatePassage(note.sources[0]!.text, citation.selector);
      expect(found, citation.id).not.toBeNull();
    }
    const markers = JSON.stringify(note.doc).match(/"citationId":"c[\w-]+"/g) ?? [];
    expect(new Set(markers).size).toBe(citations.length);
  });

  it('lays the note out on the template, with the title first', () => {
    const note = seedNote({ article, extraction, template: BRIEFING_NOTE, now });
    const headings = (note.doc.content ?? []).filter((block) => block.type === 'heading').map(textOf);
    expect(headings[0]).toBe(article.title);
    expect(headings.slice(1)).toEqual(BRIEFING_NOTE.sections.map((section) => section.heading));
    expect(note.meta).toMatchObject({ title: article.title, date: '2026-11-28', status: 'draft' });
  });

  it('quotes facts verbatim and invents nothing: every sentence outside placeholders is from the article or names it', () => {
    const note = seedNote({ article, extraction, template: BRIEFING_NOTE, now });
    const summary = sectionText(note.doc, 'Summary — bottom line up front');
    expect(summary).toContain(article.paragraphs[0]);
    const keyPoints = sectionText(note.doc, 'Key points');
    for (const line of keyPoints.split('\n').filter(Boolean)) {
      expect(article.paragraphs.join(' ')).toContain(line.trim());
    }
    expect(sectionText(note.doc, 'Background')).toContain('In 2015, the two countries signed a memorandum of understanding.');
  });

  it('leaves judgement to the officer, clearly marked', () => {
    const note = seedNote({ article, extraction, template: BRIEFING_NOTE, now });
    for (const heading of ['Purpose', 'Considerations', 'Recommendations']) {
      expect(sectionText(note.doc, heading).startsWith(PLACEHOLDER_MARKER)).toBe(true);
    }
  });

  it('names the source in full and lists abbreviations, flagging those the article never expands', () => {
    const note = seedNote({ article, extraction, template: BRIEFING_NOTE, now });
    expect(sourceLine(article)).toBe('VNA, “Vietnam and Japan co-chair peacekeeping meeting”, 2022-10-11.');
    expect(sectionText(note.doc, 'Source')).toContain(sourceLine(article));
    const abbreviations = sectionText(note.doc, 'Abbreviations');
    expect(abbreviations).toContain('ADMM — not expanded in the article');
    expect(abbreviations).toContain('EWG PKO — Experts’ Working Group on Peacekeeping Operations');
  });

  it('fills a meeting brief with the event, participants and discussions', () => {
    const note = seedNote({ article, extraction, template: MEETING_BRIEF, now });
    const event = sectionText(note.doc, MEETING_BRIEF.sections[0]!.heading);
    expect(event).toContain('Event: The 16th Meeting');
    expect(event).toContain('Date: 2022-10-11');
    expect(event).toContain('video conference');
    expect(sectionText(note.doc, 'Participants')).toContain('Col. Nguyen Nhu Canh — Deputy Director of the Vietnam Department of Peacekeeping Operations');
  });

  it('works for every built-in template and an article of one paragraph', () => {
    const short: Article = { ...article, paragraphs: ['Only one sentence here.'] };
    for (const template of [BRIEFING_NOTE, MEETING_BRIEF, INFORMATION_NOTE]) {
      const note = seedNote({ article: short, extraction: { ...extraction, people: [], acronyms: [], events: [], dates: [] }, template, now });
      expect(NoteFileSchema.safeParse(note).success, template.id).toBe(true);
    }
  });
});
