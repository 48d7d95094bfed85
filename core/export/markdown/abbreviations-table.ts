import type { MarkdownIt, StateBlock, StateCore, Token } from 'markdown-it';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * The abbreviations annex: a bullet list of "ABBR — expansion" items under an
 * "Abbreviations" heading (as the built-in templates seed it) is written as a
 * two-column GFM table, and read back as the same list.
 */
export const ABBREVIATIONS_HEADER = ['Abbreviation', 'Meaning'] as const;

const SEPARATOR = ' — ';
/** The annex's heading as the templates word it, and the usual alternatives (English and Vietnamese). */
const ANNEX_HEADING = /^(?:abbreviations?(?: and acronyms)?|acronyms|(?:các )?(?:chữ|từ) viết tắt)$/iu;

export function isAbbreviationsHeading(node: ProseMirrorNode | null | undefined): boolean {
  return node?.type.name === 'heading' && ANNEX_HEADING.test(node.textContent.normalize('NFC').trim());
}

/** A cell's content reads back the same only without whitespace at its edges (GFM trims cells) or a line break. */
function fitsCell(cell: ProseMirrorNode): boolean {
  const first = cell.firstChild;
  const last = cell.lastChild;
  let fits = first !== null && last !== null;
  if (first?.isText && /^\s/u.test(first.text ?? '')) fits = false;
  if (last?.isText && /\s$/u.test(last.text ?? '')) fits = false;
  cell.forEach((child) => {
    if (child.type.name === 'hardBreak') fits = false;
    // A pipe inside a code span would end the cell.
    if (child.isText && child.marks.some((mark) => mark.type.name === 'code') && /[|\n]/.test(child.text ?? '')) fits = false;
  });
  return fits;
}

/** The item's paragraph cut at its first unmarked " — " into the two cells; null if it has none or a cell would not read back. */
function splitItem(item: ProseMirrorNode): [ProseMirrorNode, ProseMirrorNode] | null {
  const paragraph = item.firstChild;
  if (item.childCount !== 1 || paragraph?.type.name !== 'paragraph') return null;
  let at = -1;
  paragraph.forEach((child, offset) => {
    if (at !== -1 || !child.isText || child.marks.length > 0) return;
    const found = (child.text ?? '').indexOf(SEPARATOR);
    if (found !== -1) at = offset + found;
  });
  if (at === -1) return null;
  const cells: [ProseMirrorNode, ProseMirrorNode] = [paragraph.cut(0, at), paragraph.cut(at + SEPARATOR.length)];
  return cells.every(fitsCell) ? cells : null;
}

/** The rows of the table for a list right after the annex heading, or null when the list is to stay a list. */
export function abbreviationRows(list: ProseMirrorNode, parent: ProseMirrorNode, index: number): [ProseMirrorNode, ProseMirrorNode][] | null {
  if (list.type.name !== 'bulletList' || index === 0 || !isAbbreviationsHeading(parent.child(index - 1))) return null;
  const rows: [ProseMirrorNode, ProseMirrorNode][] = [];
  for (let i = 0; i < list.childCount; i++) {
    const row = splitItem(list.child(i));
    if (!row) return null;
    rows.push(row);
  }
  return rows;
}

const HEADER_ROW = new RegExp(`^\\|?\\s*${ABBREVIATIONS_HEADER[0]}\\s*\\|\\s*${ABBREVIATIONS_HEADER[1]}\\s*\\|?\\s*$`);

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * markdown-it reads only the abbreviations table as a table (other tables stay
 * text, as the note has no table), and turns it into the annex's bullet list:
 * one "ABBR — meaning" item per row.
 */
export function abbreviationsTable(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__;
  const table = rules.find((rule) => rule.name === 'table')?.fn;
  if (!table) throw new Error('markdown-it has no table rule');
  md.block.ruler.at('table', (state, startLine, endLine, silent) => {
    const start = state.bMarks[startLine]! + state.tShift[startLine]!;
    return HEADER_ROW.test(state.src.slice(start, state.eMarks[startLine])) && table(state, startLine, endLine, silent);
  });
  md.enable('table');
  md.core.ruler.after('inline', 'abbreviations_table', (state) => {
    state.tokens = tablesToLists(state);
  });
}

/** Every table (only abbreviations tables are read as tables) becomes a list of its body rows. */
function tablesToLists(state: StateCore): Token[] {
  const out: Token[] = [];
  let rows: Token[][] | null = null;
  let inBody = false;
  for (const token of state.tokens) {
    if (token.type === 'table_open') rows = [];
    else if (token.type === 'table_close' && rows) {
      out.push(...bulletList(state, rows));
      rows = null;
    } else if (!rows) out.push(token);
    else if (token.type === 'tbody_open' || token.type === 'tbody_close') inBody = token.type === 'tbody_open';
    else if (token.type === 'tr_open' && inBody) rows.push([]);
    else if (token.type === 'inline' && inBody) rows.at(-1)?.push(token);
  }
  return out;
}

function bulletList(state: StateCore, rows: Token[][]): Token[] {
  if (rows.length === 0) return [];
  const token = (type: string, tag: string, nesting: 1 | 0 | -1): Token => new state.Token(type, tag, nesting);
  const items = rows.flatMap(([left, right]) => {
    const inline = token('inline', '', 0);
    const separator = token('text', '', 0);
    separator.content = SEPARATOR;
    inline.children = [...(left?.children ?? []), separator, ...(right?.children ?? [])];
    inline.content = `${left?.content ?? ''}${SEPARATOR}${right?.content ?? ''}`;
    return [token('list_item_open', 'li', 1), token('paragraph_open', 'p', 1), inline, token('paragraph_close', 'p', -1), token('list_item_close', 'li', -1)];
  });
  const open = token('bullet_list_open', 'ul', 1);
  open.markup = '-';
  return [open, ...items, token('bullet_list_close', 'ul', -1)];
}
