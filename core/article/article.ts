/** A news article as the importer understood it. All text is NFC. */
export interface Article {
  /** The headline; the first line of the text when the article has no better one. */
  title: string;
  /** The publication date as YYYY-MM-DD, when the article says it; null otherwise. */
  published: string | null;
  /** The publication date as the article wrote it ("October 11", "date 2022-10-11"). */
  publishedText: string | null;
  /** The agency or publisher, as named in the article ("VNA", "VOV", "Vietnam News"); empty when unknown. */
  publisher: string;
  /** The dateline as written ("Hanoi (VNA) –"), without the body text after it; null when there is none. */
  dateline: string | null;
  /** The place named by the dateline ("Hanoi"), null when there is none. */
  place: string | null;
  /** Where the article was published, when known (HTML canonical link, or given by the user). */
  url: string;
  /** The body, one entry per paragraph, in order: every sentence of the body, whitespace tidied. */
  paragraphs: string[];
  /** Photo captions and their credits, kept apart from the body. */
  captions: string[];
}

/** Reading an article either gives one, or says why not in words for the user. */
export type ArticleReading = { ok: true; article: Article } | { ok: false; problem: string };
