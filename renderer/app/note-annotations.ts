import { t } from '../i18n/ui-language';
import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { anchorRanges } from '../../core/annotations/anchor-ranges';
import { threadsIn } from '../../core/annotations/comment-thread';
import { highlightsIn, type HighlightMeaning } from '../../core/annotations/highlight';
import { locatePassage, type TextRange } from '../../core/annotations/text-selectors';
import * as threads from '../../core/annotations/thread-edits';
import type { NoteSession } from './note-session';
import type { AnnotationsActions, AnnotationsPanel, AnnotationsView } from '../ui/annotations-panel';
import { removeAnchor, showInNote } from './anchors-in-editor';
import { createAnchorTops } from './anchor-tops';
import { laidOutWindow } from '../editor/long-note-window';

/** What the panel can ask for, plus what the toolbar and keyboard start. */
export interface NoteAnnotations extends AnnotationsActions {
  /** Starts a comment on the selected text (the panel asks for its first comment). */
  addComment(): void;
  highlight(meaning: HighlightMeaning): void;
  nextThread(direction: 1 | -1): void;
  /** Rebuilds the panel from the session (after a load or an annotation change). */
  refresh(): void;
}

export interface NoteAnnotationOptions {
  editor: Editor;
  session: NoteSession;
  panel: () => AnnotationsPanel;
  author: () => string;
  report: (message: string) => void;
  showCounts: (text: string) => void;
  showSourcePassage: (sourceId: string, range: TextRange) => void;
}

const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID()}`;

/** Comment threads and highlights on the note: marks in the text, entries in the note's annotations. */
export function createNoteAnnotations({ editor, session, panel, author, report, showCounts, showSourcePassage }: NoteAnnotationOptions): NoteAnnotations {
  let pending: TextRange | null = null;
  const actor = (): threads.Actor => ({ author: author(), now: new Date(), newId: () => newId('m') });
  const change = (next: ReturnType<typeof threads.reply>): void => session.setAnnotations(next);
  // Every change to annotations goes through here: none on a read-only note.
  const writable = (): boolean => {
    if (session.isReadOnly) report(t('app.readOnlyAnnotations'));
    return !session.isReadOnly;
  };
  // A note just opened gets its cards from `refresh`, after its first paint (main.ts):
  // placing the cards of the note before it in that frame would only delay the paint.
  let refreshDue = false;
  // A composer left open belongs to the note it was opened on.
  session.onLoad(() => {
    pending = null;
    refreshDue = true;
    // The cards of the note left are not built on into the new note's first frames.
    panel().stopBuilding();
  });

  // Parsed once per change of the annotations, not once per frame of typing.
  let parsedFrom: readonly unknown[] | null = null;
  let parsed: { threads: ReturnType<typeof threadsIn>; highlights: ReturnType<typeof highlightsIn> } = { threads: [], highlights: [] };
  const annotations = (): typeof parsed => {
    if (parsedFrom !== session.annotations) parsed = { threads: threadsIn(session.annotations), highlights: highlightsIn(session.annotations) };
    parsedFrom = session.annotations;
    return parsed;
  };

  const anchorTops = createAnchorTops(editor.view);
  // Found once per version of the note: placing cards again as it scrolls walks it no more.
  let anchorsFound: { doc: ProseMirrorNode; threadAnchors: Map<string, TextRange>; highlightAnchors: Map<string, TextRange> } | null = null;
  const anchorsIn = (doc: ProseMirrorNode): NonNullable<typeof anchorsFound> => {
    if (anchorsFound?.doc !== doc) anchorsFound = { doc, threadAnchors: anchorRanges(doc, 'comment', 'threadId'), highlightAnchors: anchorRanges(doc, 'highlight', 'highlightId') };
    return anchorsFound;
  };
  const view = (): AnnotationsView => {
    const container = panel().root.querySelector<HTMLElement>('.annotation-cards') ?? panel().root;
    const doc = editor.state.doc;
    const { threadAnchors, highlightAnchors } = anchorsIn(doc);
    const all = annotations().threads;
    showCounts(countsText(all.filter((thread) => thread.status === 'open').length));
    const threadsInOrder = all
      .map((thread) => ({ thread, range: threadAnchors.get(thread.id) }))
      .sort((a, b) => (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity));
    const noteHighlights = annotations().highlights.map((highlight) => ({ highlight, range: highlight.sourceId ? undefined : highlightAnchors.get(highlight.id) }));
    // All positions measured in one pass: reads only, so the browser lays the note out once.
    const anchored = [pending?.start, ...threadsInOrder.map((entry) => entry.range?.start), ...noteHighlights.map((entry) => entry.range?.start)];
    const measured = anchorTops(
      anchored.filter((position): position is number => position !== undefined),
      container,
    );
    let next = 0;
    const tops = anchored.map((position) => (position === undefined ? null : measured[next++]!));
    return {
      pending: pending ? { excerpt: doc.textBetween(pending.start, pending.end, ' '), top: tops[0]! } : null,
      threads: threadsInOrder.map(({ thread, range }, index) => ({ thread, top: range ? tops[1 + index]! : null })),
      highlights: noteHighlights.map(({ highlight, range }, index) => {
        if (!highlight.sourceId) {
          return { highlight, excerpt: range ? doc.textBetween(range.start, range.end, ' ') : '', attached: !!range, top: range ? tops[1 + threadsInOrder.length + index]! : null };
        }
        const source = session.sources.find((candidate) => candidate.id === highlight.sourceId);
        const passage = source && highlight.selector ? locatePassage(source.text, highlight.selector) : null;
        return { highlight, excerpt: highlight.selector?.[0].exact ?? '', attached: !!passage, top: null };
      }),
    };
  };
  // Cards follow their text as the note is edited; they are rebuilt only when one detaches or re-attaches.
  let detachedKey = '';
  const detachedOf = (current: AnnotationsView): string =>
    [...current.threads.filter((entry) => entry.top === null).map((entry) => entry.thread.id), ...current.highlights.filter((entry) => !entry.attached).map((entry) => entry.highlight.id)].join(' ');
  const refresh = (): void => {
    refreshDue = false;
    const current = view();
    detachedKey = detachedOf(current);
    panel().render(current);
  };
  // Cards are placed again when the note changes height (a new line, a resize), when it
  // scrolls (text coming near is measured exactly: anchor-tops.ts), or when an edit could
  // have moved or detached an anchor; typing within a line moves none.
  let scheduled = false;
  const placeAgain = (): void => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (refreshDue) return;
      const current = view();
      if (detachedOf(current) !== detachedKey) return refresh();
      panel().place(
        new Map([
          ...current.threads.map((entry) => [entry.thread.id, entry.top] as const),
          ...current.highlights.map((entry) => [entry.highlight.id, entry.top] as const),
          ['pending', current.pending?.top ?? null] as const,
        ]),
      );
    });
  };
  let noteHeight = -1;
  new ResizeObserver(([entry]) => {
    const height = entry?.contentRect.height ?? -1;
    if (height === noteHeight) return;
    noteHeight = height;
    placeAgain();
  }).observe(editor.view.dom);
  // A long note's blocks laid out changed (renderer/editor/long-note-window.ts): text came near.
  let laidOut = laidOutWindow(editor.state);
  editor.on('transaction', ({ transaction }) => {
    const now = laidOutWindow(editor.state);
    if ((transaction.docChanged && !isTypingInLine(transaction)) || now !== laidOut) placeAgain();
    laidOut = now;
  });
  const scrollsNote = (target: EventTarget | null): boolean => target === document || (target instanceof Node && target.contains(editor.view.dom));
  document.addEventListener('scroll', (event) => scrollsNote(event.target) && placeAgain(), { capture: true, passive: true });
  editor.on('transaction', ({ transaction }) => {
    if (pending && transaction.docChanged) pending = { start: transaction.mapping.map(pending.start), end: transaction.mapping.map(pending.end, -1) };
  });

  const requireSelection = (): TextRange | null => {
    const { from, to, empty } = editor.state.selection;
    if (empty || session.isReadOnly) {
      report(t(session.isReadOnly ? 'app.readOnly' : 'app.selectFirst'));
      return null;
    }
    return { start: from, end: to };
  };

  return {
    refresh,
    addComment() {
      pending = requireSelection();
      refresh();
    },
    cancel() {
      pending = null;
      refresh();
      editor.commands.focus();
    },
    post(text) {
      if (!pending || !writable()) return;
      if (pending.start >= pending.end) {
        pending = null;
        refresh();
        return report(t('app.commentTextGone'));
      }
      const threadId = newId('t');
      const quote = editor.state.doc.textBetween(pending.start, pending.end, ' ');
      editor.chain().setTextSelection({ from: pending.start, to: pending.end }).setMark('comment', { threadId }).run();
      pending = null;
      change(threads.startThread(session.annotations, threadId, quote, text, actor()));
    },
    reply: (threadId, text) => writable() && change(threads.reply(session.annotations, threadId, text, actor())),
    edit: (threadId, commentId, text) => writable() && change(threads.editComment(session.annotations, threadId, commentId, text, actor())),
    deleteComment(threadId, commentId) {
      if (!writable()) return;
      const next = threads.deleteComment(session.annotations, threadId, commentId);
      if (!threads.findThread(next, threadId)) removeAnchor(editor, 'comment', 'threadId', threadId);
      change(next);
    },
    resolve: (threadId) => writable() && change(threads.resolveThread(session.annotations, threadId, actor())),
    reopen: (threadId) => writable() && change(threads.reopenThread(session.annotations, threadId)),
    jumpToThread(threadId) {
      const range = anchorRanges(editor.state.doc, 'comment', 'threadId').get(threadId);
      if (range) showInNote(editor, range);
      else report(t('app.commentDetached'));
    },
    jumpToHighlight(highlight) {
      if (highlight.sourceId) {
        const source = session.sources.find((candidate) => candidate.id === highlight.sourceId);
        const range = source && highlight.selector ? locatePassage(source.text, highlight.selector) : null;
        if (range) showSourcePassage(highlight.sourceId, range);
        return;
      }
      const range = anchorRanges(editor.state.doc, 'highlight', 'highlightId').get(highlight.id);
      if (range) showInNote(editor, range);
    },
    highlight(meaning) {
      const range = requireSelection();
      if (!range) return;
      const highlightId = newId('h');
      editor.chain().setTextSelection({ from: range.start, to: range.end }).setMark('highlight', { highlightId, meaning }).run();
      change([...session.annotations, { id: highlightId, kind: 'highlight', meaning, sourceId: null, selector: null }]);
    },
    removeHighlight(highlightId) {
      if (!writable()) return;
      removeAnchor(editor, 'highlight', 'highlightId', highlightId);
      change(session.annotations.filter((entry) => entry.id !== highlightId));
    },
    nextThread(direction) {
      const starts = [...anchorRanges(editor.state.doc, 'comment', 'threadId').values()].sort((a, b) => a.start - b.start);
      if (!starts.length) return report(t('app.noComments'));
      const here = editor.state.selection.from;
      const next = direction === 1 ? (starts.find((range) => range.start > here) ?? starts[0]!) : ([...starts].reverse().find((range) => range.start < here) ?? starts.at(-1)!);
      showInNote(editor, next);
    },
  };
}

/** An edit within one textblock that inserts inline content, or deletes text carrying no anchor. */
function isTypingInLine(transaction: Transaction): boolean {
  return transaction.steps.every((step, index) => {
    if (!(step instanceof ReplaceStep)) return false;
    const { from, to, slice } = step as unknown as { from: number; to: number; slice: Slice };
    if (slice.openStart !== 0 || slice.openEnd !== 0 || !slice.content.content.every((node) => node.isInline)) return false;
    // Inline content inserted at one point is in a textblock: no need to resolve (a scan of a long note).
    if (from === to) return true;
    const before = transaction.docs[index]!;
    if (!before.resolve(from).sameParent(before.resolve(to))) return false;
    const anchors = ['comment', 'highlight'].flatMap((name) => before.type.schema.marks[name] ?? []);
    return !anchors.some((type) => before.rangeHasMark(from, to, type));
  });
}

function countsText(open: number): string {
  return open === 0 ? '' : open === 1 ? '1 open comment' : `${open} open comments`;
}
