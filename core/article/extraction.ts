/** Where in the article a fact was found: indices into `Article.paragraphs`, ascending, no repeats. */
export interface Mention {
  paragraphs: number[];
}

/** "Col. Nguyen Nhu Canh, Deputy Director of the Vietnam Department of Peacekeeping Operations" */
export interface PersonFact extends Mention {
  name: string;
  /** Military or civil rank or honorific as written ("Col.", "Sr. Lt. Gen.", "Ambassador"), or null. */
  rank: string | null;
  /** The role as the article gives it, or null. */
  role: string | null;
}

export interface OrganisationFact extends Mention {
  name: string;
  /** Its short form when the article gives one ("EWG PKO"), else null. */
  acronym: string | null;
}

export interface PlaceFact extends Mention {
  name: string;
}

export interface DateFact extends Mention {
  /** As written: "October 11", "16/12/2015", "2021-2023". */
  text: string;
  /** Normalised where possible: YYYY-MM-DD, YYYY-MM, YYYY or YYYY/YYYY for a range; null when unsure. */
  iso: string | null;
}

/** A meeting, visit, exercise… as named: "The 16th Meeting of the Experts' Working Group…". */
export interface EventFact extends Mention {
  text: string;
}

/** A figure with what it counts: "three training courses", "1,200 troops", "15 percent". */
export interface FigureFact extends Mention {
  text: string;
}

export interface AcronymFact extends Mention {
  short: string;
  /** The expansion the article gives ("Experts' Working Group on Peacekeeping Operations"), or null when it uses the acronym without one. */
  long: string | null;
}

/** Everything extracted from one article, each item pointing at the paragraphs it came from. */
export interface Extraction {
  people: PersonFact[];
  organisations: OrganisationFact[];
  places: PlaceFact[];
  dates: DateFact[];
  events: EventFact[];
  figures: FigureFact[];
  acronyms: AcronymFact[];
}
