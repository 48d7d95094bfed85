import type { Article, ArticleReading } from './article';
import { findDates, isoDate } from './article-date';
import { normaliseArticleText, rewriteLeadingLines, splitBeforeLines, splitParagraphLines, tidyLine } from './article-lines';
import { BINARY_PROBLEM, looksBinary } from './binary-text';
import { isTitleLine, titleFromParagraph } from './article-title';
import { isClutterLine, sourceLinePublisher } from './clutter-lines';
import { readDateLine, readLeadingDate, type DateLine } from './date-line';
import { readDateline, type Dateline } from './dateline';
import { MAX_ARTICLE_BYTES } from './decode-article-bytes';
import { removeEndMarkers } from './end-markers';
import { publisherName } from './news-agencies';
import { captionAgency, separateCaptions } from './photo-captions';

export interface ParseArticleOptions {
  /** Where the article was published. */
  url?: string;
  /** The headline when it is known apart from the text (an HTML page's title). */
  title?: string;
}

export const EMPTY_ARTICLE_PROBLEM = 'The article is empty: paste or open some text.';
export const NO_BODY_PROBLEM =
  'No article text was found: only a date, photo captions or page clutter (share buttons, "Related news"…) remained. Paste or open the article’s paragraphs.';

export function articleTooLongProblem(length: number): string {
  return `The article is too long (${length.toLocaleString('en')} characters; at most ${MAX_ARTICLE_BYTES.toLocaleString('en')}). Paste or open only the article itself.`;
}

/** Title, date lines and datelines are looked for only this many paragraphs from the top. */
const HEAD_PARAGRAPHS = 4;
const DATELINE_PARAGRAPHS = 2;

function takeDateLines(paragraphs: string[][]): { paragraphs: string[][]; dateLine: DateLine | null } {
  let dateLine: DateLine | null = null;
  const rest = rewriteLeadingLines(paragraphs, HEAD_PARAGRAPHS, (line, lineIndex) => {
    const own = readDateLine(line);
    if (own) {
      dateLine ??= own;
      return null;
    }
    const leading = dateLine === null && lineIndex === 0 ? readLeadingDate(line) : null;
    if (!leading) return line;
    dateLine = leading;
    return leading.rest;
  });
  return { paragraphs: rest, dateLine };
}

function takeTitle(paragraphs: string[][], given: string | undefined): { paragraphs: string[][]; title: string | null } {
  const [first] = paragraphs;
  const title = given === undefined ? '' : tidyLine(given.normalize('NFC'));
  if (title !== '') {
    const repeatsTitle = first !== undefined && first.join(' ').toLowerCase() === title.toLowerCase();
    return { paragraphs: repeatsTitle ? paragraphs.slice(1) : paragraphs, title };
  }
  const line = first?.length === 1 ? first[0] : undefined;
  if (line !== undefined && paragraphs.length > 1 && isTitleLine(line) && !readDateline(line)) {
    return { paragraphs: paragraphs.slice(1), title: line };
  }
  return { paragraphs, title: null };
}

function takeDateline(paragraphs: string[]): { paragraphs: string[]; dateline: Dateline | null } {
  for (let i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.length); i += 1) {
    const dateline = readDateline(paragraphs[i] as string);
    if (!dateline) continue;
    const rest = dateline.rest.trim();
    const kept = rest === '' ? [] : [rest];
    return { paragraphs: [...paragraphs.slice(0, i), ...kept, ...paragraphs.slice(i + 1)], dateline };
  }
  return { paragraphs, dateline: null };
}

function takeEndMarkers(paragraphs: string[]): { paragraphs: string[]; publisher: string | null } {
  const body = [...paragraphs];
  let publisher: string | null = null;
  while (body.length > 0) {
    const end = removeEndMarkers(body[body.length - 1] as string);
    publisher ??= end.publisher;
    if (end.text !== '') {
      body[body.length - 1] = end.text;
      break;
    }
    body.pop();
  }
  return { paragraphs: body, publisher };
}

function publishedDate(text: string, dateLine: DateLine | null, dateline: Dateline | null): Pick<Article, 'published' | 'publishedText'> {
  const date = dateLine?.date ?? dateline?.date ?? null;
  if (!date) return { published: null, publishedText: null };
  const fallbackYear = findDates(text).find((other) => other.year !== null)?.year ?? null;
  return { published: isoDate(date, fallbackYear), publishedText: dateLine?.written ?? date.text };
}

/**
 * Reads the text of a news article: its headline, publication date, dateline, publisher,
 * photo captions and body paragraphs. Page clutter and the agency's end marker are dropped;
 * every other sentence of the body is kept as written, only its whitespace tidied.
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): ArticleReading {
  if (text.length > MAX_ARTICLE_BYTES) return { ok: false, problem: articleTooLongProblem(text.length) };
  const normalised = normaliseArticleText(text);
  if (normalised.trim() === '') return { ok: false, problem: EMPTY_ARTICLE_PROBLEM };
  if (looksBinary(normalised)) return { ok: false, problem: BINARY_PROBLEM };

  const split = splitParagraphLines(normalised, isClutterLine);
  const dated = takeDateLines(splitBeforeLines(split, HEAD_PARAGRAPHS, (line) => readDateline(line) !== null));
  const { body: uncaptioned, captions } = separateCaptions(dated.paragraphs);
  const titled = takeTitle(uncaptioned, options.title);
  const datelined = takeDateline(titled.paragraphs.map((lines) => lines.join(' ')));
  const ended = takeEndMarkers(datelined.paragraphs);
  const paragraphs = ended.paragraphs;
  const [firstParagraph] = paragraphs;
  if (firstParagraph === undefined) return { ok: false, problem: NO_BODY_PROBLEM };

  const sourceLine = normalised.split('\n').map(tidyLine).map(sourceLinePublisher).find((name) => name !== null);
  const captionCredit = captions.map(captionAgency).find((name) => name !== null);
  const publisher = datelined.dateline?.publisher ?? ended.publisher ?? sourceLine ?? captionCredit ?? null;
  return {
    ok: true,
    article: {
      title: titled.title ?? titleFromParagraph(firstParagraph),
      ...publishedDate(normalised, dated.dateLine, datelined.dateline),
      publisher: publisher === null ? '' : publisherName(publisher),
      dateline: datelined.dateline?.written ?? null,
      place: datelined.dateline?.place ?? null,
      url: options.url ?? '',
      paragraphs,
      captions,
    },
  };
}
