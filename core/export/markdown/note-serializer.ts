import { MarkdownSerializer, defaultMarkdownSerializer } from 'prosemirror-markdown';
import type { MarkdownSerializerState } from 'prosemirror-markdown';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeMarkdownText } from './escape-markdown';
import { isAllowedLink } from '../../document/note-extensions';
import { ABBREVIATIONS_HEADER, abbreviationRows } from './abbreviations-table';
import { writeDecision } from './decision-markdown';
import { writeWithPortion } from './portion-markdown';

/** Serializer internals prosemirror-markdown uses but does not type. */
interface StateInternals {
  out: string;
  atBlockStart: boolean;
  inAutolink: boolean | undefined;
}

const base = defaultMarkdownSerializer.nodes;
const baseMarks = defaultMarkdownSerializer.marks;

/** The fence language written when a code block has none (markdownlint MD040 asks for one). */
export const PLAIN_CODE_LANGUAGE = 'text';

const textMark = { open: '', close: '' };

function isHardBreak(parent: ProseMirrorNode, index: number): boolean {
  return index >= 0 && index < parent.childCount && parent.child(index).type.name === 'hardBreak';
}

/**
 * The Markdown writer for the note schema (CommonMark + GFM strikethrough and
 * footnotes). `markers` holds raw Markdown for `citation` nodes, keyed by
 * citation id: footnote references and comment markers are put into the body
 * as such atoms before serializing.
 */
export function noteSerializer(markers: ReadonlyMap<string, string>): MarkdownSerializer {
  return new MarkdownSerializer(
    {
      paragraph(state, node, parent, index) {
        writeWithPortion(state, node, () => base.paragraph!(state, node, parent, index));
      },
      heading(state, node) {
        state.write(`${'#'.repeat(Number(node.attrs.level))} `);
        writeWithPortion(state, node, () => state.renderInline(node, false));
        state.closeBlock(node);
      },
      decision: writeDecision,
      blockquote: base.blockquote!,
      listItem(state, node) {
        // The schema opens every item with a paragraph; an empty one before another block
        // (`- ---`, `1. > quote`) is left out so the block starts on the marker's line.
        const first = node.firstChild;
        const skip = node.childCount > 1 && first?.type.name === 'paragraph' && first.childCount === 0 ? 1 : 0;
        // `- ---` would be a rule ending the list: the item's rule goes on the next line.
        if (skip && node.child(1).type.name === 'horizontalRule') {
          const internals = state as unknown as StateInternals;
          internals.out = `${internals.out.replace(/ $/, '')}\n`;
        }
        node.forEach((child, _offset, i) => {
          if (i >= skip) state.render(child, node, i);
        });
      },
      hardBreak(state, node, parent, index) {
        // An ATX heading is one line: a break inside it is written as a space.
        if (parent.type.name === 'heading') state.write(' ');
        else base.hard_break!(state, node, parent, index);
      },
      bulletList(state, node, parent, index) {
        const rows = abbreviationRows(node, parent, index);
        if (rows) writeAbbreviationsTable(state, node, rows);
        else state.renderList(node, '  ', () => '- ');
      },
      orderedList(state, node) {
        const start = typeof node.attrs.start === 'number' ? node.attrs.start : 1;
        const width = String(start + node.childCount - 1).length;
        state.renderList(node, ' '.repeat(width + 2), (i) => `${start + i}. `);
      },
      codeBlock(state, node) {
        const runs = node.textContent.match(/`{3,}/g) ?? [];
        const fence = '`'.repeat(Math.max(3, ...runs.map((run) => run.length + 1)));
        // Only a plain word: a backtick or newline here would end the fence and let the code out as raw HTML.
        const language = typeof node.attrs.language === 'string' && SAFE_LANGUAGE.test(node.attrs.language) ? node.attrs.language : PLAIN_CODE_LANGUAGE;
        // The info string reads backslash escapes and entities: keep `\` and `&` literal.
        state.write(`${fence}${language.replace(/[\\&]/g, '\\$&')}\n`);
        if (node.textContent) state.text(node.textContent, false);
        state.ensureNewLine();
        state.write(fence);
        state.closeBlock(node);
      },
      horizontalRule(state, node) {
        state.write('---');
        state.closeBlock(node);
      },
      citation(state, node) {
        state.write(markers.get(String(node.attrs.citationId)) ?? '');
      },
      text(state: MarkdownSerializerState, node, parent, index) {
        const internals = state as unknown as StateInternals;
        if (internals.inAutolink) {
          state.text(node.text ?? '', false);
          return;
        }
        const inHeading = parent.type.name === 'heading';
        const placement = {
          // A heading's text starts its line too: ATX headings drop leading whitespace.
          lineStart: internals.atBlockStart || isHardBreak(parent, index - 1) || (inHeading && index === 0),
          lineEnd: index === parent.childCount - 1 || isHardBreak(parent, index + 1),
          inHeading,
        };
        let escaped = escapeMarkdownText(node.text ?? '', placement);
        // "[^1](b)" would read as a link: keep the parenthesis after a footnote reference plain.
        if (index > 0 && parent.child(index - 1).type.name === 'citation') escaped = escaped.replace(/^\(/, '\\(');
        state.text(escaped, false);
      },
    },
    {
      bold: { open: '**', close: '**', mixable: true, expelEnclosingWhitespace: true },
      italic: { open: '*', close: '*', mixable: true, expelEnclosingWhitespace: true },
      strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
      code: baseMarks.code!,
      link: allowedLinksOnly(baseMarks.link!),
      underline: textMark,
      comment: textMark,
      highlight: textMark,
    },
    { hardBreakNodeName: 'hardBreak', strict: false },
  );
}

/** `| Abbreviation | Meaning |`, then one row per item; a cell's text is escaped as any text (`|` included). */
function writeAbbreviationsTable(state: MarkdownSerializerState, list: ProseMirrorNode, rows: readonly [ProseMirrorNode, ProseMirrorNode][]): void {
  const line = (text: string): void => {
    state.write(text);
    state.ensureNewLine();
  };
  line(`| ${ABBREVIATIONS_HEADER.join(' | ')} |`);
  line('| --- | --- |');
  for (const [abbreviation, meaning] of rows) {
    state.write('| ');
    state.renderInline(abbreviation, false);
    state.write(' | ');
    state.renderInline(meaning, false);
    line(' |');
  }
  state.closeBlock(list);
}

const SAFE_LANGUAGE = /^[^\s`]{1,32}$/u;

type MarkSpec = (typeof defaultMarkdownSerializer.marks)[string];
type MarkPart = MarkSpec['open'];

/** Links to anything but http(s) and mailto keep their text and lose the link, as on import. */
function allowedLinksOnly(link: MarkSpec): MarkSpec {
  const part =
    (original: MarkPart): MarkPart =>
    (state, mark, parent, index) =>
      isAllowedLink(String(mark.attrs.href ?? '')) ? (typeof original === 'string' ? original : original(state, mark, parent, index)) : '';
  return { ...link, open: part(link.open), close: part(link.close) };
}
