import type { Article } from './article';
import type { Extraction } from './extraction';
import { readAcronyms } from './extract-acronyms';
import { extractDates } from './extract-dates';
import { extractEvents } from './extract-events';
import { extractFigures } from './extract-figures';
import { extractOrganisations } from './extract-organisations';
import { extractPeople } from './extract-people';
import { extractPlaces } from './extract-places';

/**
 * Reads the facts of an article: people, organisations, places, dates,
 * events, figures and acronyms, each citing the paragraphs it came from.
 * Rules and word lists only: deterministic, offline, and it never invents
 * what the text does not say.
 */
export function extractFacts(article: Pick<Article, 'paragraphs' | 'published'>): Extraction {
  const { paragraphs, published } = article;
  const acronyms = readAcronyms(paragraphs);
  return {
    people: extractPeople(paragraphs),
    organisations: extractOrganisations(paragraphs, acronyms),
    places: extractPlaces(paragraphs),
    dates: extractDates(paragraphs, published),
    events: extractEvents(paragraphs),
    figures: extractFigures(paragraphs, published),
    acronyms: acronyms.facts,
  };
}
