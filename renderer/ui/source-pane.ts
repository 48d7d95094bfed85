import type { SourceArticle } from '../../core/document/note-file';
import type { TextRange } from '../../core/annotations/text-selectors';
import { paragraphRanges } from '../../core/article/source-text';
import { HIGHLIGHT_MEANINGS, type HighlightMeaning } from '../../core/annotations/highlight';
import { labelled, t } from '../i18n/ui-language';
import { element } from './element';
import { paragraphsByKeyboard } from './source-paragraph-keys';

export interface SourcePane {
  root: HTMLElement;
  /** The article shown, or null to hide the pane. */
  readonly source: SourceArticle | null;
  show(source: SourceArticle | null): void;
  /** Scrolls to a passage of the shown source and highlights it. */
  highlight(range: TextRange): void;
  /** Paints the user's highlights (Key, Verify, Sensitive) over the article. */
  paint(highlights: readonly { meaning: HighlightMeaning; range: TextRange }[]): void;
}

export interface SourcePaneActions {
  quote(source: SourceArticle, range: TextRange): void;
  highlight(source: SourceArticle, range: TextRange, meaning: HighlightMeaning): void;
  reimport(source: SourceArticle): void;
}

const HIGHLIGHT_NAME = 'cited-passage';

/**
 * The attached article beside the note, paragraphs numbered, read-only.
 * Selecting text enables "Quote into note"; offsets are into the source's
 * `text`, so citations made here resolve against the stored article.
 */
export function createSourcePane(actions: SourcePaneActions): SourcePane {
  let shown: SourceArticle | null = null;
  const heading = element('h2', { class: 'source-title' });
  const byline = element('p', { class: 'source-byline' });
  const body = element('div', { class: 'source-body' });
  paragraphsByKeyboard(body);
  const quote = labelled(element('button', { type: 'button', disabled: true, class: 'primary' }), 'source.quote');
  const highlightButtons = HIGHLIGHT_MEANINGS.map((meaning) => {
    const button = element('button', { type: 'button', disabled: true, class: `highlight-button meaning-${meaning.id}` });
    labelled(labelled(button, `source.highlight.${meaning.id}`, 'aria-label'), `source.highlight.${meaning.id}.text`);
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      const range = selectedRange();
      if (shown && range) actions.highlight(shown, range, meaning.id);
    });
    return button;
  });
  const reimport = labelled(element('button', { type: 'button' }), 'source.reimport');
  reimport.addEventListener('click', () => shown && actions.reimport(shown));
  const root = element(
    'section',
    { class: 'source-pane', 'aria-label': t('source.name'), 'data-i18n-aria-label': 'source.name', hidden: true },
    element('div', { class: 'source-tools' }, quote, ...highlightButtons),
    heading,
    byline,
    body,
    element('div', { class: 'source-footer' }, reimport),
  );

  const selectedRange = (): TextRange | null => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    return start !== null && end !== null && end > start ? { start, end } : null;
  };
  // Fires on every key typed in the note too: look at the selection only when it is in the article.
  document.addEventListener('selectionchange', () => {
    const anchor = document.getSelection()?.anchorNode;
    const disabled = !shown || !anchor || !body.contains(anchor) || selectedRange() === null;
    if (quote.disabled !== disabled) for (const button of [quote, ...highlightButtons]) button.disabled = disabled;
  });
  // Keep the selection in the article while the button is pressed.
  quote.addEventListener('mousedown', (event) => event.preventDefault());
  quote.addEventListener('click', () => {
    const range = selectedRange();
    if (shown && range) actions.quote(shown, range);
  });

  const rangeOf = ({ start, end }: TextRange): Range | null => {
    const from = pointAt(body, start);
    const to = pointAt(body, end);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  };

  return {
    root,
    get source() {
      return shown;
    },
    paint(highlights) {
      for (const meaning of HIGHLIGHT_MEANINGS) {
        const ranges = highlights.filter((entry) => entry.meaning === meaning.id).flatMap((entry) => rangeOf(entry.range) ?? []);
        if (ranges.length) CSS.highlights?.set(`source-${meaning.id}`, new Highlight(...ranges));
        else CSS.highlights?.delete(`source-${meaning.id}`);
      }
      root.dataset.highlights = String(highlights.length);
    },
    show(source) {
      shown = source;
      root.hidden = !source;
      CSS.highlights?.delete(HIGHLIGHT_NAME);
      if (!source) return;
      heading.textContent = source.title;
      byline.textContent = [source.publisher, source.published].filter(Boolean).join(' · ');
      const ranges = paragraphRanges(source.text);
      body.replaceChildren(
        ...ranges.map((range, index) =>
          element(
            'p',
            { class: 'source-paragraph', id: `source-paragraph-${index + 1}` },
            element('span', { class: 'source-number', 'aria-hidden': 'true' }, String(index + 1)),
            element('span', { class: 'source-text', 'data-start': String(range.start) }, source.text.slice(range.start, range.end)),
          ),
        ),
      );
    },
    highlight({ start, end }) {
      const range = rangeOf({ start, end });
      if (!range) return;
      CSS.highlights?.set(HIGHLIGHT_NAME, new Highlight(range));
      range.startContainer.parentElement?.closest('p')?.scrollIntoView({ block: 'center' });
      root.dataset.highlighted = `${start}-${end}`;
    },
  };
}

/** The offset in the source text of a DOM position inside a paragraph's text span. */
function offsetOf(node: Node, offset: number): number | null {
  const span = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.source-text');
  if (!span?.dataset.start) return null;
  if (node === span) return Number(span.dataset.start) + (offset === 0 ? 0 : (span.textContent?.length ?? 0));
  return Number(span.dataset.start) + offset;
}

function pointAt(body: HTMLElement, offset: number): { node: Text; offset: number } | null {
  for (const span of body.querySelectorAll<HTMLElement>('.source-text')) {
    const start = Number(span.dataset.start);
    const textNode = span.firstChild;
    const length = span.textContent?.length ?? 0;
    if (textNode instanceof Text && offset >= start && offset <= start + length) return { node: textNode, offset: offset - start };
  }
  return null;
}
