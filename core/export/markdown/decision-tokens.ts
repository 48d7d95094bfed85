import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { RECOMMENDATION_OUTCOMES, type RecommendationOutcome } from '../../document/decision-node';
import { OUTCOME_WORDS, SIGNATURE_LINE } from './decision-markdown';
import { PORTION_PREFIX } from './portion-markdown';

/** What the Markdown reader passes in markdown-it's `env` for portion marks. */
export interface PortionEnv {
  /** The front matter says `portion_marking: true`: read "(S) " prefixes as marks. */
  portionMarking?: boolean;
}

const TASK = /^\[( |x|X)\] (.+)$/;

/** The recommendation item starting at `at` (a `list_item_open`), or null if it is not one. */
function readRecommendation(tokens: readonly Token[], at: number): { text: Token | null; outcome: RecommendationOutcome | null; end: number } | null {
  let i = at + 1;
  let text: Token | null = null;
  if (tokens[i]?.type === 'paragraph_open' && tokens[i + 1]?.type === 'inline' && tokens[i + 2]?.type === 'paragraph_close') {
    text = tokens[i + 1]!;
    i += 3;
  }
  if (tokens[i]?.type !== 'bullet_list_open' || tokens[i]!.markup !== '-') return null;
  i++;
  let outcome: RecommendationOutcome | null = null;
  for (const box of RECOMMENDATION_OUTCOMES) {
    const [open, popen, inline, pclose, close] = tokens.slice(i, i + 5);
    const task = inline?.type === 'inline' ? TASK.exec(inline.content) : null;
    if (open?.type !== 'list_item_open' || popen?.type !== 'paragraph_open' || pclose?.type !== 'paragraph_close' || close?.type !== 'list_item_close') return null;
    if (!task || task[2] !== OUTCOME_WORDS[box]) return null;
    if (task[1] !== ' ') {
      if (outcome !== null) return null;
      outcome = box;
    }
    i += 5;
  }
  if (tokens[i]?.type !== 'bullet_list_close' || tokens[i + 1]?.type !== 'list_item_close') return null;
  return { text, outcome, end: i + 1 };
}

/**
 * Reads the Markdown form of a decision block (see `writeDecision`) back
 * into `decision` / `recommendation` tokens. Anything that departs from the
 * form — another box, two boxes ticked, no signature line — stays an
 * ordinary list, so no text is lost.
 */
function decisionBlocks(state: StateCore): void {
  const tokens = state.tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const decision = token.type === 'ordered_list_open' && token.markup === ')' ? readDecision(state, tokens, i) : null;
    if (decision) {
      out.push(...decision.tokens);
      i = decision.end;
    } else out.push(token);
  }
  state.tokens = out;
}

function readDecision(state: StateCore, tokens: readonly Token[], start: number): { tokens: Token[]; end: number } | null {
  const made: Token[] = [new state.Token('decision_open', 'section', 1)];
  let i = start + 1;
  while (tokens[i]?.type === 'list_item_open') {
    const recommendation = readRecommendation(tokens, i);
    if (!recommendation) return null;
    const open = new state.Token('recommendation_open', 'li', 1);
    if (recommendation.outcome) open.attrSet('outcome', recommendation.outcome);
    made.push(open, ...(recommendation.text ? [recommendation.text] : []), new state.Token('recommendation_close', 'li', -1));
    i = recommendation.end + 1;
  }
  if (made.length === 1 || tokens[i]?.type !== 'ordered_list_close') return null;
  const [popen, signature, pclose] = tokens.slice(i + 1, i + 4);
  if (popen?.type !== 'paragraph_open' || signature?.type !== 'inline' || signature.content !== SIGNATURE_LINE || pclose?.type !== 'paragraph_close') return null;
  made.push(new state.Token('decision_close', 'section', -1));
  return { tokens: made, end: i + 3 };
}

/** With portion marking on, "(S) " at the start of a paragraph, heading or recommendation becomes its `portion` attribute. */
function portionPrefixes(state: StateCore): void {
  if ((state.env as PortionEnv | undefined)?.portionMarking !== true) return;
  state.tokens.forEach((token, i) => {
    if (!['paragraph_open', 'heading_open', 'recommendation_open'].includes(token.type)) return;
    const inline = state.tokens[i + 1];
    // The source text, not the parsed one: an escaped "\(S)" is the drafter's text, not a mark.
    const match = inline?.type === 'inline' ? PORTION_PREFIX.exec(inline.content) : null;
    if (!match || !inline?.children) return;
    let remaining = match[0].length;
    while (remaining > 0 && inline.children[0]?.type === 'text') {
      const first = inline.children[0];
      const cut = Math.min(remaining, first.content.length);
      first.content = first.content.slice(cut);
      remaining -= cut;
      if (first.content === '') inline.children.shift();
    }
    if (remaining === 0) token.attrSet('portion', match[1]!);
  });
}

/** The markdown-it rules for the briefing blocks; run after inline parsing and the footnote rules. */
export function briefingBlocks(md: MarkdownIt): void {
  md.core.ruler.push('briefing_decisions', decisionBlocks);
  md.core.ruler.push('briefing_portion_marks', portionPrefixes);
}

/** The `portion` attribute a block token carries, for the parser's getAttrs. */
export function portionAttrs(token: { attrGet(name: string): string | null }): { portion: string | null } {
  return { portion: token.attrGet('portion') };
}
