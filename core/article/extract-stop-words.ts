/**
 * Small words that begin or join clauses. Capitalised at the start of a
 * sentence they look like names ("The", "In"), so name and organisation
 * readers skip them. Lower case.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'according', 'after', 'against', 'all', 'also', 'although', 'among', 'an', 'and', 'another',
  'any', 'as', 'at', 'because', 'before', 'being', 'between', 'both', 'but', 'by', 'despite', 'during', 'each',
  'earlier', 'every', 'following', 'for', 'from', 'furthermore', 'he', 'her', 'here', 'his', 'however', 'if',
  'in', 'into', 'it', 'its', 'last', 'later', 'many', 'meanwhile', 'moreover', 'most', 'my', 'next', 'no',
  'nor', 'not', 'of', 'on', 'or', 'other', 'our', 'over', 'per', 'she', 'since', 'so', 'some', 'such', 'than',
  'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'throughout',
  'to', 'today', 'tomorrow', 'under', 'until', 'upon', 'via', 'we', 'what', 'when', 'where', 'whereas', 'which',
  'while', 'who', 'whom', 'whose', 'with', 'within', 'without', 'yesterday', 'yet', 'you', 'your',
]);

/**
 * Verbs and clause words that end a noun phrase: a role, an event name or
 * what a figure counts stops before them. Lower case.
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'added', 'affirmed', 'agreed', 'am', 'announced', 'are', 'be', 'been', 'being', 'began', 'begin', 'begins',
  'can', 'could', 'did', 'do', 'does', 'emphasised', 'emphasized', 'expressed', 'had', 'has', 'have', 'held',
  'is', 'made', 'makes', 'may', 'met', 'meets', 'might', 'must', 'noted', 'praised', 'said', 'say', 'says',
  'shall', 'should', 'signed', 'stressed', 'take', 'takes', 'took', 'told', 'underlined', 'was', 'were', 'who',
  'which', 'whose', 'will', 'would', 'also', 'that', 'when', 'while', 'where',
]);

/** True for a lower-case verb in "-ed" ("organised", "co-chaired"): it ends a noun phrase. */
export function isPastTense(word: string): boolean {
  const first = word[0] ?? '';
  return word.length > 5 && word.endsWith('ed') && first !== first.toUpperCase();
}
