import type { StateCore, Token } from 'markdown-it';
import type { SourceArticle } from '../../document/note-file';
import type { Citation } from '../../annotations/citation';
import { describePassage } from '../../annotations/text-selectors';
import type { PassageSelectors } from '../../annotations/text-selectors';
import { isAllowedLink } from '../../document/note-extensions';
import { readCitationFootnote } from './citation-footnote';
import { locateQuote } from './locate-quote';

/** What the Markdown reader passes through markdown-it's `env`. */
export interface ImportEnv {
  /** The sources citations may point into. */
  sources: readonly SourceArticle[];
  /** Filled in: the citations found among the footnotes. */
  citations: Citation[];
  footnotes?: unknown;
}

interface Definition {
  label: string;
  tokens: Token[];
}

function plainText(children: readonly Token[]): string {
  return children
    .map((child) => {
      if (child.type === 'softbreak') return ' ';
      if (child.type === 'hardbreak') return '\n';
      if (child.type === 'footnote_ref') return `[^${String(child.meta?.label)}]`;
      return child.type === 'text' || child.type === 'code_inline' ? child.content : plainText(child.children ?? []);
    })
    .join('');
}

function isSingleParagraph(tokens: readonly Token[]): boolean {
  return tokens.length === 3 && tokens[0]!.type === 'paragraph_open' && tokens[1]!.type === 'inline';
}

/**
 * A markdown-it core rule, run before markdown-it-footnote's `footnote_tail`:
 * a footnote that quotes a passage of a known source becomes a `citation_ref`
 * token (and a citation in `env.citations`); any other footnote is kept as a
 * text paragraph at the end, so no text is lost. Also turns images into their
 * alt text and drops links the note schema does not allow, keeping their text.
 */
export function footnotesToCitations(state: StateCore): void {
  const env = state.env as unknown as ImportEnv;
  const definitions: Definition[] = [];
  const body: Token[] = [];
  let current: Token[] | null = null;
  for (const token of state.tokens) {
    if (token.type === 'footnote_reference_open') {
      current = [];
      definitions.push({ label: String(token.meta?.label ?? ''), tokens: current });
    } else if (token.type === 'footnote_reference_close') current = null;
    else (current ?? body).push(token);
  }

  const citations = new Map<string, { citationId: string; paragraph: number }>();
  const kept: Definition[] = [];
  for (const definition of definitions) {
    const citation = citations.has(definition.label) || !isSingleParagraph(definition.tokens) ? null : citationFrom(definition, env);
    if (citation) citations.set(definition.label, citation);
    else kept.push(definition);
  }

  const text = (content: string): Token => {
    const token = new state.Token('text', '', 0);
    token.content = content;
    return token;
  };
  const rewrite = (children: readonly Token[]): Token[] => {
    let droppingLink = false;
    return children.flatMap((child): Token[] => {
      if (child.type === 'footnote_ref') {
        const label = String(child.meta?.label ?? '');
        const citation = citations.get(label);
        if (!citation) return [text(`[^${label}]`)];
        const token = new state.Token('citation_ref', '', 0);
        token.meta = citation;
        return [token];
      }
      if (child.type === 'image') return rewrite(child.children ?? []);
      if (child.type === 'link_open' && !isAllowedLink(String(child.attrGet('href') ?? ''))) {
        droppingLink = true;
        return [];
      }
      if (child.type === 'link_close' && droppingLink) {
        droppingLink = false;
        return [];
      }
      return [child];
    });
  };

  const tail = kept.flatMap(({ label, tokens }) => {
    const first = tokens[0]?.type === 'paragraph_open' ? tokens[1] : undefined;
    if (first?.type === 'inline') {
      first.children = [text(`[^${label}]: `), ...(first.children ?? [])];
      return tokens;
    }
    const open = new state.Token('paragraph_open', 'p', 1);
    const inline = new state.Token('inline', '', 0);
    inline.children = [text(`[^${label}]:`)];
    return [open, inline, new state.Token('paragraph_close', 'p', -1), ...tokens];
  });

  state.tokens = [...body, ...tail];
  for (const token of state.tokens) if (token.type === 'inline') token.children = rewrite(token.children ?? []);
  env.footnotes = undefined;
}

function citationFrom({ tokens }: Definition, env: ImportEnv): { citationId: string; paragraph: number } | null {
  const footnote = readCitationFootnote(plainText(tokens[1]!.children ?? []), env.sources);
  if (!footnote) return null;
  const { source, quote } = footnote;
  const range = source.text === '' ? null : locateQuote(source.text, quote, footnote.paragraph);
  if (source.text !== '' && !range) return null;
  const citationId = `c${env.citations.length + 1}`;
  env.citations.push({ id: citationId, kind: 'citation', sourceId: source.id, selector: range ? describePassage(source.text, range) : unlocatedPassage(quote) });
  return { citationId, paragraph: footnote.paragraph };
}

/**
 * A citation into a source whose text the note does not have (docs/file-format.md):
 * the quote alone, at 0–0. It resolves to nothing until the article is attached,
 * when re-anchoring finds the quote in it.
 */
function unlocatedPassage(quote: string): PassageSelectors {
  return [
    { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: 0 },
  ];
}
