import type { DocumentNode } from '../../document/note-file';
import type { EndnoteNumbers } from './endnote-numbers';
import { escapeHtml } from './escape-html';
import { safeHref } from './safe-href';
import { decisionHtml } from './decision-html';
import { portionPrefixHtml } from './portion-prefix-html';

export type PrintCopy = 'clean' | 'review';

interface BodyContext {
  copy: PrintCopy;
  notes: EndnoteNumbers;
  /** Added to a heading's level so that the body's shallowest heading prints as h2, under the title's h1. */
  headingShift: number;
}

const HIGHLIGHT_MEANINGS = new Set(['key', 'verify', 'sensitive']);

/**
 * The note body (Tiptap JSON) as HTML. Every text is escaped; unknown node
 * types keep their content; marks of the editor only (comments, highlights)
 * print in the review copy. A first heading that only repeats the title
 * (as drafts from an article begin) is left out: the title block has it.
 */
export function bodyHtml(doc: DocumentNode, copy: PrintCopy, notes: EndnoteNumbers, title = ''): string {
  const [first, ...rest] = doc.content ?? [];
  const nodes = first?.type === 'heading' && title.trim() !== '' && plainText(first.content ?? []).trim() === title.trim() ? rest : (doc.content ?? []);
  const levels = nodes.filter((node) => node.type === 'heading').map((node) => headingLevel(node.attrs?.level));
  return blocksHtml(nodes, { copy, notes, headingShift: 2 - Math.min(2, ...levels) });
}

function blocksHtml(nodes: readonly DocumentNode[], context: BodyContext): string {
  return nodes.map((node) => blockHtml(node, context)).join('\n');
}

function blockHtml(node: DocumentNode, context: BodyContext): string {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return `<p>${portionPrefixHtml(node)}${inlineHtml(children, context)}</p>`;
    case 'heading': {
      // The note's title is the h1 of the title block, so body headings start at h2.
      const level = Math.min(6, headingLevel(node.attrs?.level) + context.headingShift);
      return `<h${level}>${portionPrefixHtml(node)}${inlineHtml(children, context)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${blocksHtml(children, context)}</ul>`;
    case 'orderedList': {
      const start = node.attrs?.start;
      const startAttr = typeof start === 'number' && Number.isInteger(start) && start !== 1 ? ` start="${start}"` : '';
      return `<ol${startAttr}>${blocksHtml(children, context)}</ol>`;
    }
    case 'listItem':
      return `<li>${blocksHtml(children, context)}</li>`;
    case 'blockquote':
      return `<blockquote>${blocksHtml(children, context)}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml(plainText(children))}</code></pre>`;
    case 'decision':
      return decisionHtml(node, (inline) => inlineHtml(inline, context));
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return `<table><tbody>${blocksHtml(children, context)}</tbody></table>`;
    case 'tableRow':
      return `<tr>${blocksHtml(children, context)}</tr>`;
    case 'tableHeader':
      return `<th>${blocksHtml(children, context)}</th>`;
    case 'tableCell':
      return `<td>${blocksHtml(children, context)}</td>`;
    default:
      return isInline(node) ? `<p>${inlineHtml([node], context)}</p>` : blocksHtml(children, context);
  }
}

function headingLevel(level: unknown): number {
  return typeof level === 'number' && level >= 1 && level <= 5 ? Math.floor(level) : 1;
}

function isInline(node: DocumentNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak' || node.type === 'citation';
}

function inlineHtml(nodes: readonly DocumentNode[], context: BodyContext): string {
  let html = '';
  nodes.forEach((node, index) => {
    // A marker sits on the word it follows: "11.¹", not "11. ¹".
    const beforeMarker = node.type === 'text' && nodes[index + 1]?.type === 'citation';
    html += inlineNodeHtml(beforeMarker ? { ...node, text: (node.text ?? '').trimEnd() } : node, context);
    if (context.copy !== 'review') return;
    const next = new Set(threadIds(nodes[index + 1]));
    for (const threadId of threadIds(node)) if (!next.has(threadId)) html += context.notes.commentRef(threadId);
  });
  return html;
}

function threadIds(node: DocumentNode | undefined): string[] {
  return (node?.marks ?? []).flatMap((mark) => (mark.type === 'comment' && typeof mark.attrs?.threadId === 'string' ? [mark.attrs.threadId] : []));
}

function inlineNodeHtml(node: DocumentNode, context: BodyContext): string {
  switch (node.type) {
    case 'text':
      return withMarks(escapeHtml(node.text ?? ''), node.marks ?? [], context.copy);
    case 'hardBreak':
      return '<br>';
    case 'citation': {
      const citationId = node.attrs?.citationId;
      const paragraph = node.attrs?.paragraph;
      if (typeof citationId !== 'string' || citationId === '') return '';
      return context.notes.citationRef(citationId, typeof paragraph === 'number' && Number.isInteger(paragraph) && paragraph > 0 ? paragraph : null);
    }
    default:
      return escapeHtml(plainText(node.content ?? []));
  }
}

function withMarks(html: string, marks: NonNullable<DocumentNode['marks']>, copy: PrintCopy): string {
  // Innermost first, so the first mark ends up outermost as in ProseMirror's DOM.
  return [...marks].reverse().reduce((inner, mark) => {
    switch (mark.type) {
      case 'bold':
        return `<strong>${inner}</strong>`;
      case 'italic':
        return `<em>${inner}</em>`;
      case 'strike':
        return `<s>${inner}</s>`;
      case 'underline':
        return `<u>${inner}</u>`;
      case 'code':
        return `<code>${inner}</code>`;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        return href === null ? inner : `<a href="${escapeHtml(href)}">${inner}</a>`;
      }
      case 'highlight': {
        if (copy !== 'review') return inner;
        const meaning = mark.attrs?.meaning;
        return `<mark${typeof meaning === 'string' && HIGHLIGHT_MEANINGS.has(meaning) ? ` class="highlight-${meaning}"` : ''}>${inner}</mark>`;
      }
      case 'comment':
        return copy === 'review' ? `<span class="comment-anchor">${inner}</span>` : inner;
      default:
        return inner;
    }
  }, html);
}

function plainText(nodes: readonly DocumentNode[]): string {
  return nodes.map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? plainText(node.content ?? [])))).join('');
}
