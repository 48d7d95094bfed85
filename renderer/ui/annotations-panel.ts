import type { CommentThread } from '../../core/annotations/comment-thread';
import { HIGHLIGHT_MEANINGS, type Highlight } from '../../core/annotations/highlight';
import { element } from './element';

export interface ThreadView {
  thread: CommentThread;
  /** Where the thread's text is in the note, in panel pixels; null when detached. */
  top: number | null;
}

export interface HighlightView {
  highlight: Highlight;
  excerpt: string;
  /** False when its text is gone from the note, or its passage from the source. */
  attached: boolean;
  top: number | null;
}

export interface PendingComment {
  excerpt: string;
  top: number | null;
}

export interface AnnotationsView {
  threads: ThreadView[];
  highlights: HighlightView[];
  pending: PendingComment | null;
}

export interface AnnotationsActions {
  post(text: string): void;
  cancel(): void;
  reply(threadId: string, text: string): void;
  edit(threadId: string, commentId: string, text: string): void;
  deleteComment(threadId: string, commentId: string): void;
  resolve(threadId: string): void;
  reopen(threadId: string): void;
  jumpToThread(threadId: string): void;
  jumpToHighlight(highlight: Highlight): void;
  removeHighlight(highlightId: string): void;
}

export interface AnnotationsPanel {
  root: HTMLElement;
  render(view: AnnotationsView): void;
  /** Moves cards beside their text without rebuilding them (after edits, scrolling, resizing). */
  place(tops: ReadonlyMap<string, number | null>): void;
}

const GAP = 8;
/** The note format's limit for one comment. */
const MAX_COMMENT_LENGTH = 20_000;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The margin beside the note: comment threads and highlights, each card level
 * with its text when there is room, pushed down when cards would overlap.
 */
export function createAnnotationsPanel(actions: AnnotationsActions): AnnotationsPanel {
  const status = element('select', { 'aria-label': 'Show threads' });
  status.append(element('option', { value: 'all' }, 'All'), element('option', { value: 'open' }, 'Open'), element('option', { value: 'resolved' }, 'Resolved'));
  const kind = element('select', { 'aria-label': 'Kind' });
  kind.append(element('option', { value: 'all' }, 'Comments and highlights'), element('option', { value: 'comment' }, 'Comments'), element('option', { value: 'highlight' }, 'Highlights'));
  const cards = element('div', { class: 'annotation-cards' });
  const root = element('section', { class: 'annotations', 'aria-label': 'Annotations' }, element('div', { class: 'annotation-filters' }, status, kind), cards);
  let last: AnnotationsView = { threads: [], highlights: [], pending: null };
  let wanted = new Map<string, number | null>();

  const render = (view: AnnotationsView): void => {
    // Half-typed comments and replies survive a rebuild: keep what is in each box.
    const typed = new Map([...cards.querySelectorAll<HTMLTextAreaElement>('textarea')].map((box) => [`${box.closest<HTMLElement>('[data-id]')?.dataset.id}|${box.getAttribute('aria-label')}`, box.value]));
    const focused = document.activeElement instanceof HTMLTextAreaElement && cards.contains(document.activeElement) ? `${document.activeElement.closest<HTMLElement>('[data-id]')?.dataset.id}|${document.activeElement.getAttribute('aria-label')}` : null;
    last = view;
    wanted = new Map();
    const shown: HTMLElement[] = [];
    if (view.pending) {
      shown.push(pendingCard(view.pending, actions));
      wanted.set('pending', view.pending.top);
    }
    if (kind.value !== 'highlight') {
      for (const { thread, top } of view.threads) {
        if (status.value !== 'all' && thread.status !== status.value) continue;
        shown.push(threadCard(thread, top === null, actions));
        wanted.set(thread.id, top);
      }
    }
    if (kind.value !== 'comment' && status.value !== 'resolved') {
      for (const view of last.highlights) {
        shown.push(highlightCard(view, actions));
        wanted.set(view.highlight.id, view.top);
      }
    }
    cards.replaceChildren(...shown);
    for (const box of cards.querySelectorAll<HTMLTextAreaElement>('textarea')) {
      const key = `${box.closest<HTMLElement>('[data-id]')?.dataset.id}|${box.getAttribute('aria-label')}`;
      box.value = typed.get(key) ?? box.value;
      if (key === focused) box.focus();
    }
    layOut();
    if (!focused) shown.find((card) => card.dataset.id === 'pending')?.querySelector('textarea')?.focus();
  };

  // Level with the text where possible; in order, never overlapping; detached ones last.
  const layOut = (): void => {
    const list = [...cards.children] as HTMLElement[];
    const anchored = list.filter((card) => typeof wanted.get(card.dataset.id ?? '') === 'number').sort((a, b) => wanted.get(a.dataset.id!)! - wanted.get(b.dataset.id!)!);
    const detached = list.filter((card) => !anchored.includes(card));
    const ordered = [...anchored, ...detached];
    const heights = ordered.map((card) => card.offsetHeight); // all reads before any write: one layout
    let bottom = 0;
    ordered.forEach((card, index) => {
      const top = Math.max(wanted.get(card.dataset.id ?? '') ?? bottom, bottom);
      card.style.top = `${top}px`;
      bottom = top + heights[index]! + GAP;
    });
    cards.style.minHeight = `${bottom}px`;
  };

  status.addEventListener('change', () => render(last));
  kind.addEventListener('change', () => render(last));
  return {
    root,
    render,
    place(tops) {
      for (const [id, top] of tops) if (wanted.has(id)) wanted.set(id, top);
      layOut();
    },
  };
}

function pendingCard(pending: PendingComment, actions: AnnotationsActions): HTMLElement {
  const text = element('textarea', { 'aria-label': 'Comment', rows: '3', maxlength: String(MAX_COMMENT_LENGTH) });
  const post = button('Post', () => {
    if (text.value.trim()) actions.post(text.value);
  });
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) post.click();
    if (event.key === 'Escape') actions.cancel();
  });
  return element(
    'article',
    { class: 'annotation-card pending', 'data-id': 'pending', 'aria-label': 'New comment' },
    element('blockquote', { class: 'annotation-quote' }, pending.excerpt),
    text,
    element('div', { class: 'annotation-actions' }, button('Cancel', actions.cancel), post),
  );
}

function threadCard(thread: CommentThread, detached: boolean, actions: AnnotationsActions): HTMLElement {
  const first = thread.comments[0]!;
  const card = element('article', {
    class: `annotation-card thread ${thread.status}${detached ? ' detached' : ''}`,
    'data-id': thread.id,
    'aria-label': `Comment by ${first.author || 'unknown'}: ${first.text.slice(0, 80)}`,
  });
  const quote = element('button', { type: 'button', class: 'annotation-quote', title: detached ? 'Its text was deleted' : 'Show in the note' }, thread.quote || '(no text)');
  quote.addEventListener('click', () => actions.jumpToThread(thread.id));
  card.append(quote);
  if (detached) card.append(element('p', { class: 'annotation-badge' }, 'Detached: the text it was on has been deleted.'));
  if (thread.status === 'resolved') card.append(element('p', { class: 'annotation-badge resolved' }, `Resolved${thread.resolved?.by ? ` by ${thread.resolved.by}` : ''}`));
  for (const comment of thread.comments) {
    const body = element('p', { class: 'comment-text' });
    body.textContent = comment.text; // plain text, never HTML
    const item = element(
      'div',
      { class: 'comment' },
      element('p', { class: 'comment-meta' }, `${comment.author || 'Unknown'} · ${timeFormat.format(new Date(comment.created))}${comment.edited ? ' · edited' : ''}`),
      body,
    );
    const tools = element('div', { class: 'comment-tools' });
    tools.append(
      button('Edit', () => editInPlace(item, body, comment.text, (text) => actions.edit(thread.id, comment.id, text)), `Edit comment by ${comment.author || 'unknown'}`),
      button('Delete', () => actions.deleteComment(thread.id, comment.id), `Delete comment by ${comment.author || 'unknown'}`),
    );
    item.append(tools);
    card.append(item);
  }
  const replyText = element('textarea', { 'aria-label': 'Reply', rows: '1', placeholder: 'Reply…', maxlength: String(MAX_COMMENT_LENGTH) });
  const send = button('Send reply', () => {
    if (replyText.value.trim()) actions.reply(thread.id, replyText.value);
  });
  replyText.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send.click();
  });
  const toggle = thread.status === 'open' ? button('Resolve', () => actions.resolve(thread.id)) : button('Reopen', () => actions.reopen(thread.id));
  card.append(replyText, element('div', { class: 'annotation-actions' }, toggle, send));
  return card;
}

function highlightCard({ highlight, excerpt, attached }: HighlightView, actions: AnnotationsActions): HTMLElement {
  const meaning = HIGHLIGHT_MEANINGS.find((candidate) => candidate.id === highlight.meaning)!;
  const where = highlight.sourceId ? 'source article' : 'note';
  const quote = element('button', { type: 'button', class: 'annotation-quote' }, excerpt || '(no text)');
  quote.addEventListener('click', () => actions.jumpToHighlight(highlight));
  const card = element(
    'article',
    { class: `annotation-card highlight-card meaning-${meaning.id}${attached ? '' : ' detached'}`, 'data-id': highlight.id, 'aria-label': `${meaning.label} highlight in the ${where}` },
    element('p', { class: 'comment-meta' }, `${meaning.label} · ${where}`),
    quote,
  );
  if (!attached) card.append(element('p', { class: 'annotation-badge' }, highlight.sourceId ? 'Detached: the passage is not in the article any more.' : 'Detached: its text was deleted.'));
  card.append(element('div', { class: 'annotation-actions' }, button('Remove highlight', () => actions.removeHighlight(highlight.id))));
  return card;
}

function editInPlace(item: HTMLElement, body: HTMLElement, current: string, save: (text: string) => void): void {
  const field = element('textarea', { 'aria-label': 'Edit comment', rows: '3', maxlength: String(MAX_COMMENT_LENGTH) });
  field.value = current;
  const done = button('Save comment', () => {
    if (field.value.trim()) save(field.value);
  });
  const editor = element('div', { class: 'comment-edit' }, field, element('div', { class: 'annotation-actions' }, done));
  body.replaceWith(editor);
  item.querySelector('.comment-tools')?.remove();
  field.focus();
}

function button(label: string, onClick: () => void, name?: string): HTMLButtonElement {
  const node = element('button', { type: 'button', 'aria-label': name }, label);
  node.addEventListener('click', onClick);
  return node;
}
