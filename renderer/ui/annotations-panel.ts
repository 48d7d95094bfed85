import type { CommentThread } from '../../core/annotations/comment-thread';
import { HIGHLIGHT_MEANINGS, type Highlight } from '../../core/annotations/highlight';
import type { MessageKey } from '../../core/i18n/messages';
import { formatDateTime } from '../../core/i18n/format-date';
import { labelled, onUiLanguageChange, t, uiLanguage } from '../i18n/ui-language';
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

/**
 * The margin beside the note: comment threads and highlights, each card level
 * with its text when there is room, pushed down when cards would overlap.
 */
export function createAnnotationsPanel(actions: AnnotationsActions): AnnotationsPanel {
  const status = labelled(element('select', {}), 'annotations.showThreads', 'aria-label');
  status.append(option('all', 'annotations.all'), option('open', 'annotations.open'), option('resolved', 'annotations.resolved'));
  const kind = labelled(element('select', {}), 'annotations.kind', 'aria-label');
  kind.append(option('all', 'annotations.commentsAndHighlights'), option('comment', 'annotations.comments'), option('highlight', 'annotations.highlights'));
  const cards = element('div', { class: 'annotation-cards' });
  const root = labelled(element('section', { class: 'annotations' }, element('div', { class: 'annotation-filters' }, status, kind), cards), 'annotations.name', 'aria-label');
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
  onUiLanguageChange(() => render(last));
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
  const text = element('textarea', { 'aria-label': t('annotations.comment'), rows: '3', maxlength: String(MAX_COMMENT_LENGTH) });
  const post = button(t('annotations.post'), () => {
    if (text.value.trim()) actions.post(text.value);
  });
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) post.click();
    if (event.key === 'Escape') actions.cancel();
  });
  return element(
    'article',
    { class: 'annotation-card pending', 'data-id': 'pending', 'aria-label': t('annotations.newComment') },
    element('blockquote', { class: 'annotation-quote' }, pending.excerpt),
    text,
    element('div', { class: 'annotation-actions' }, button(t('common.cancel'), actions.cancel), post),
  );
}

function threadCard(thread: CommentThread, detached: boolean, actions: AnnotationsActions): HTMLElement {
  const first = thread.comments[0]!;
  const card = element('article', {
    class: `annotation-card thread ${thread.status}${detached ? ' detached' : ''}`,
    'data-id': thread.id,
    'aria-label': t('annotations.commentBy', { author: first.author || t('annotations.unknownAuthor'), text: first.text.slice(0, 80) }),
  });
  const quote = element('button', { type: 'button', class: 'annotation-quote', title: t(detached ? 'annotations.textDeleted' : 'annotations.showInNote') }, thread.quote || t('annotations.noText'));
  quote.addEventListener('click', () => actions.jumpToThread(thread.id));
  card.append(quote);
  if (detached) card.append(element('p', { class: 'annotation-badge' }, t('annotations.detached')));
  if (thread.status === 'resolved') card.append(element('p', { class: 'annotation-badge resolved' }, thread.resolved?.by ? t('annotations.resolvedBy', { name: thread.resolved.by }) : t('annotations.resolvedShort')));
  for (const comment of thread.comments) {
    const body = element('p', { class: 'comment-text' });
    body.textContent = comment.text; // plain text, never HTML
    const item = element(
      'div',
      { class: 'comment' },
      element('p', { class: 'comment-meta' }, [comment.author || t('annotations.unknownAuthorShown'), formatDateTime(uiLanguage(), comment.created), comment.edited ? t('annotations.edited') : ''].filter(Boolean).join(' · ')),
      body,
    );
    const tools = element('div', { class: 'comment-tools' });
    tools.append(
      button(t('annotations.edit'), () => editInPlace(item, body, comment.text, (text) => actions.edit(thread.id, comment.id, text)), t('annotations.editCommentBy', { author: comment.author || t('annotations.unknownAuthor') })),
      button(t('annotations.delete'), () => actions.deleteComment(thread.id, comment.id), t('annotations.deleteCommentBy', { author: comment.author || t('annotations.unknownAuthor') })),
    );
    item.append(tools);
    card.append(item);
  }
  const replyText = element('textarea', { 'aria-label': t('annotations.reply'), rows: '1', placeholder: t('annotations.replyPlaceholder'), maxlength: String(MAX_COMMENT_LENGTH) });
  const send = button(t('annotations.sendReply'), () => {
    if (replyText.value.trim()) actions.reply(thread.id, replyText.value);
  });
  replyText.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send.click();
  });
  const toggle = thread.status === 'open' ? button(t('annotations.resolve'), () => actions.resolve(thread.id)) : button(t('annotations.reopen'), () => actions.reopen(thread.id));
  card.append(replyText, element('div', { class: 'annotation-actions' }, toggle, send));
  return card;
}

function highlightCard({ highlight, excerpt, attached }: HighlightView, actions: AnnotationsActions): HTMLElement {
  const meaning = HIGHLIGHT_MEANINGS.find((candidate) => candidate.id === highlight.meaning)!;
  const where = t(highlight.sourceId ? 'annotations.inSource' : 'annotations.inNote');
  const label = t(`annotations.meaning.${meaning.id}`);
  const quote = element('button', { type: 'button', class: 'annotation-quote' }, excerpt || t('annotations.noText'));
  quote.addEventListener('click', () => actions.jumpToHighlight(highlight));
  const card = element(
    'article',
    { class: `annotation-card highlight-card meaning-${meaning.id}${attached ? '' : ' detached'}`, 'data-id': highlight.id, 'aria-label': t('annotations.highlightIn', { meaning: label, where }) },
    element('p', { class: 'comment-meta' }, t('annotations.highlightMeta', { meaning: label, where })),
    quote,
  );
  if (!attached) card.append(element('p', { class: 'annotation-badge' }, t(highlight.sourceId ? 'annotations.detachedSource' : 'annotations.detachedNote')));
  card.append(element('div', { class: 'annotation-actions' }, button(t('annotations.removeHighlight'), () => actions.removeHighlight(highlight.id))));
  return card;
}

function editInPlace(item: HTMLElement, body: HTMLElement, current: string, save: (text: string) => void): void {
  const field = element('textarea', { 'aria-label': t('annotations.editComment'), rows: '3', maxlength: String(MAX_COMMENT_LENGTH) });
  field.value = current;
  const done = button(t('annotations.saveComment'), () => {
    if (field.value.trim()) save(field.value);
  });
  const editor = element('div', { class: 'comment-edit' }, field, element('div', { class: 'annotation-actions' }, done));
  body.replaceWith(editor);
  item.querySelector('.comment-tools')?.remove();
  field.focus();
}

function option(value: string, key: MessageKey): HTMLOptionElement {
  return labelled(element('option', { value }), key);
}

function button(label: string, onClick: () => void, name?: string): HTMLButtonElement {
  const node = element('button', { type: 'button', 'aria-label': name }, label);
  node.addEventListener('click', onClick);
  return node;
}
