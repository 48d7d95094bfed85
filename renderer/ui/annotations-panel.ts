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
  /** Stops filling in the cards still to come (their note is being left). */
  stopBuilding(): void;
  /** Whether a comment, reply or edit has been typed and not posted: leaving the note would lose it. */
  hasUnpostedText(): boolean;
}

const GAP = 8;
/** Until a card has been laid out; its real height replaces it within a frame. */
const ESTIMATED_CARD_HEIGHT = 120;
const CARDS_PER_SLICE = 40;

interface CardEntry {
  id: string;
  top: number | null;
  /** What the card shows: a card is rebuilt only when this changes. */
  shows: string;
  build: () => HTMLElement;
}

/** Which box of which card: its text and focus are kept across rebuilds. */
function boxKey(box: HTMLTextAreaElement, cardId = box.closest<HTMLElement>('[data-id]')?.dataset.id): string {
  return `${cardId}|${box.getAttribute('aria-label')}`;
}
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
  // Cards are kept while what they show is unchanged, so a reply rebuilds one card, not 500.
  let built = new Map<string, { shows: string; card: HTMLElement }>();
  // Heights come from a ResizeObserver, so placing cards never waits for a layout of the panel.
  const heights = new WeakMap<Element, number>();
  const placedAt = new WeakMap<HTMLElement, number>();
  const idOf = new WeakMap<Element, string>();
  let panelHeight = -1;
  const sizes = new ResizeObserver((entries) => {
    for (const entry of entries) heights.set(entry.target, entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height);
    layOut();
  });
  let building = 0;

  const render = (view: AnnotationsView): void => {
    // Half-typed comments and replies survive a rebuild: keep what is in each box.
    const typed = new Map([...cards.querySelectorAll<HTMLTextAreaElement>('textarea')].map((box) => [boxKey(box), box.value]));
    const focused = document.activeElement instanceof HTMLTextAreaElement && cards.contains(document.activeElement) ? boxKey(document.activeElement) : null;
    last = view;
    wanted = new Map();
    const entries = cardsFor(view);
    for (const entry of entries) wanted.set(entry.id, entry.top);
    const previous = built;
    built = new Map();
    const fresh: CardEntry[] = [];
    for (const entry of entries) {
      const known = previous.get(entry.id);
      if (known?.shows === entry.shows) built.set(entry.id, known);
      else fresh.push(entry);
    }
    for (const [id, { card }] of previous) if (built.get(id)?.card !== card) sizes.unobserve(card);

    // A slice of cards at once, the rest between frames: a note with 500 comments
    // opens, and stays typeable, while its margin fills in.
    const round = ++building;
    let firstSlice = true;
    const buildSlice = (): void => {
      if (round !== building) return;
      let newComposer: HTMLElement | null = null;
      for (const entry of fresh.splice(0, CARDS_PER_SLICE)) {
        const card = entry.build();
        for (const box of card.querySelectorAll<HTMLTextAreaElement>('textarea')) box.value = typed.get(boxKey(box, entry.id)) ?? box.value;
        if (entry.id === 'pending') newComposer = card;
        built.set(entry.id, { shows: entry.shows, card });
        idOf.set(card, entry.id);
        sizes.observe(card);
      }
      putInOrder(entries.flatMap((entry) => built.get(entry.id)?.card ?? []));
      // Focus is put back once, as the rebuild found it: later slices leave it where the user took it.
      const box = !firstSlice ? null : focused ? [...cards.querySelectorAll<HTMLTextAreaElement>('textarea')].find((candidate) => boxKey(candidate) === focused) : newComposer?.querySelector('textarea');
      if (box && document.activeElement !== box) box.focus();
      firstSlice = false;
      layOut();
      if (fresh.length) setTimeout(buildSlice, 0);
    };
    buildSlice();
  };

  // Cards no longer shown leave, and new or moved ones go in at their place: the cards
  // already in order are not touched (re-inserting 500 on each slice was a long task).
  const putInOrder = (inOrder: HTMLElement[]): void => {
    const keep = new Set(inOrder);
    for (const card of [...cards.children]) if (!keep.has(card as HTMLElement)) card.remove();
    let next = cards.firstElementChild;
    for (const card of inOrder) {
      if (card === next) next = next.nextElementSibling;
      else cards.insertBefore(card, next);
    }
  };

  const cardsFor = (view: AnnotationsView): CardEntry[] => {
    const language = uiLanguage();
    const entries: CardEntry[] = [];
    const { pending } = view;
    if (pending) entries.push({ id: 'pending', top: pending.top, shows: `${language}|${pending.excerpt}`, build: () => pendingCard(pending, actions) });
    if (kind.value !== 'highlight') {
      for (const { thread, top } of view.threads) {
        if (status.value !== 'all' && thread.status !== status.value) continue;
        entries.push({ id: thread.id, top, shows: `${language}|${top === null}|${JSON.stringify(thread)}`, build: () => threadCard(thread, top === null, actions) });
      }
    }
    if (kind.value !== 'comment' && status.value !== 'resolved') {
      for (const entry of view.highlights) {
        entries.push({ id: entry.highlight.id, top: entry.top, shows: `${language}|${entry.attached}|${entry.excerpt}|${JSON.stringify(entry.highlight)}`, build: () => highlightCard(entry, actions) });
      }
    }
    return entries;
  };

  // Level with the text where possible; in order, never overlapping; detached ones last.
  // Runs on each new line of a note with 500 comments: numbers only, and one rectangle.
  // A card far from the screen keeps its old place until it comes near (cards are placed
  // again on scroll): a new line above 500 stacked cards moved them all, a long frame.
  const layOut = (): void => {
    const screen = cards.getBoundingClientRect();
    const nearFrom = -screen.top - window.innerHeight;
    const nearTo = -screen.top + 2 * window.innerHeight;
    const isNear = (top: number, height: number): boolean => top + height > nearFrom && top < nearTo;
    const placed: { card: HTMLElement; wanted: number }[] = [];
    const detached: HTMLElement[] = [];
    for (const card of cards.children as HTMLCollectionOf<HTMLElement>) {
      const top = wanted.get(idOf.get(card) ?? '');
      if (typeof top === 'number') placed.push({ card, wanted: top });
      else detached.push(card);
    }
    placed.sort((a, b) => a.wanted - b.wanted);
    let bottom = 0;
    const put = (card: HTMLElement, wantedTop: number): void => {
      const top = Math.max(wantedTop, bottom);
      const height = heights.get(card) ?? ESTIMATED_CARD_HEIGHT;
      const was = placedAt.get(card);
      if (was !== top && (was === undefined || isNear(top, height) || isNear(was, height))) {
        card.style.top = `${top}px`;
        placedAt.set(card, top);
      }
      bottom = top + height + GAP;
    };
    for (const { card, wanted: top } of placed) put(card, top);
    for (const card of detached) put(card, bottom);
    if (panelHeight !== bottom) {
      cards.style.minHeight = `${bottom}px`;
      panelHeight = bottom;
    }
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
    stopBuilding() {
      building++;
    },
    hasUnpostedText() {
      return [...cards.querySelectorAll<HTMLTextAreaElement>('textarea')].some((box) => box.value.trim() !== box.defaultValue.trim());
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
  // Its text as it was, so an edit left as it was is not "unposted".
  field.defaultValue = current;
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
