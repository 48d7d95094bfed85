import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { MarkdownParser } from 'prosemirror-markdown';
import type { Token } from 'markdown-it';
import { footnotesToCitations } from './footnotes-to-citations';
import { abbreviationsTable } from './abbreviations-table';
import { noteSchema } from './note-schema';
import { PLAIN_CODE_LANGUAGE } from './note-serializer';
import { briefingBlocks, portionAttrs } from './decision-tokens';

const { unescapeAll } = new MarkdownIt().utils;

function codeLanguage(token: Token): { language: string | null } {
  const language = unescapeAll(token.info).trim().split(/\s+/)[0] ?? '';
  return { language: language === '' || language === PLAIN_CODE_LANGUAGE ? null : language };
}

/** markdown-it as the note reads it: CommonMark, GFM strikethrough and footnotes, the abbreviations table; no HTML, no other tables (kept as text). */
function tokenizer() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(footnote).disable(['table', 'footnote_inline']).use(abbreviationsTable);
  md.core.ruler.before('footnote_tail', 'briefing_citations', (state) => {
    footnotesToCitations(state);
  });
  md.use(briefingBlocks);
  return md;
}

let parser: MarkdownParser | null = null;

/** Markdown → a ProseMirror document in the note schema, built once. Pass an `ImportEnv` when parsing. */
export function noteParser(): MarkdownParser {
  // prosemirror-markdown bundles its own markdown-it typings; the tokenizer only needs `parse`.
  parser ??= new MarkdownParser(noteSchema(), tokenizer() as unknown as MarkdownParser['tokenizer'], {
    blockquote: { block: 'blockquote' },
    paragraph: { block: 'paragraph', getAttrs: portionAttrs },
    list_item: { block: 'listItem' },
    bullet_list: { block: 'bulletList' },
    ordered_list: { block: 'orderedList', getAttrs: (token) => ({ start: Number(token.attrGet('start') ?? 1) }) },
    heading: { block: 'heading', getAttrs: (token) => ({ level: Math.min(3, Number(token.tag.slice(1))), ...portionAttrs(token) }) },
    decision: { block: 'decision' },
    recommendation: { block: 'recommendation', getAttrs: (token) => ({ outcome: token.attrGet('outcome'), ...portionAttrs(token) }) },
    code_block: { block: 'codeBlock', noCloseToken: true },
    fence: { block: 'codeBlock', getAttrs: (token) => codeLanguage(token as unknown as Token), noCloseToken: true },
    hr: { node: 'horizontalRule' },
    hardbreak: { node: 'hardBreak' },
    citation_ref: { node: 'citation', getAttrs: (token) => token.meta as { citationId: string; paragraph: number } },
    em: { mark: 'italic' },
    strong: { mark: 'bold' },
    s: { mark: 'strike' },
    link: { mark: 'link', getAttrs: (token) => ({ href: token.attrGet('href'), title: token.attrGet('title') || null }) },
    code_inline: { mark: 'code', noCloseToken: true },
  });
  return parser;
}
