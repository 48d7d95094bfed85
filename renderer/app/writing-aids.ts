import type { Editor } from '@tiptap/core';
import type { PrintPageSize } from '../../core/export/print';
import type { NoteSession } from './note-session';
import type { StatusBar } from '../ui/status-bar';
import { labelled, onUiLanguageChange, t, tCount, uiLanguage } from '../i18n/ui-language';
import { element } from '../ui/element';
import { createFindBar, type FindBar } from '../ui/find-bar';
import { createOutlinePanel, type OutlinePanel } from '../ui/outline-panel';
import { createPageGauge } from '../ui/page-gauge';
import { afterPause } from './after-pause';
import { bindFindShortcuts, keepMatchPositionShown, selectedText } from './find-commands';
import { clearFindQuery, findAgain, replaceEveryMatch, replaceMatch, setFindQuery } from './find-in-note';
import { headingsOf, nestOutline, sameOutline, type OutlineHeading } from './note-outline';
import { createPrintMeasurer } from './print-measure';
import { countNote } from './text-counts';
import { sliceFor } from './background-slice';

export interface WritingAidsOptions {
  editor: Editor;
  session: NoteSession;
  statusBar: StatusBar;
  /** The paper the note is printed on (the page-size setting). */
  pageSize(): PrintPageSize;
  /** The page limit for notes without their own (the page-limit setting). */
  defaultPageLimit(): number;
}

export interface WritingAids {
  findBar: FindBar;
  outline: OutlinePanel;
  /** Opens find (Ctrl/Cmd+F) or find and replace (Ctrl/Cmd+H); for menus. */
  openFind(withReplace: boolean): void;
  toggleOutline(): void;
  /** Measures the pages again (after the page size or default limit changed). */
  remeasure(): void;
}

const OUTLINE_OPEN_KEY = 'briefing-desk.outline-open';
/** Typing pauses this long before the note is counted, outlined and measured. */
const COUNT_PAUSE_MS = 250;
/** Longest a count runs before it yields (a frame is 16 ms); a key or click waiting ends it after the block under way. */
const COUNT_SLICE_MS = 8;
const MEASURE_PAUSE_MS = 400;

/** Past this size (about a character per position), a note is more than PAGES_CERTAINLY printed pages: 4,000 characters on a page is already dense. */
const CERTAINLY_LONG = 120_000;
const PAGES_CERTAINLY = 25;

/** Find and replace, the outline, word counts and the page-fit gauge, wired to the editor and the status bar. */
export function createWritingAids({ editor, session, statusBar, pageSize, defaultPageLimit }: WritingAidsOptions): WritingAids {
  let searchStart = 0;
  const findBar = createFindBar({
    search: (query) => setFindQuery(editor, query, searchStart),
    next: () => void findAgain(editor, 1),
    previous: () => void findAgain(editor, -1),
    replace: () => void (editor.isEditable && replaceMatch(editor)),
    replaceAll: () => (editor.isEditable ? replaceEveryMatch(editor) : 0),
    closed: () => {
      clearFindQuery(editor);
      session.focusEditor();
    },
  });
  const openFind = (withReplace: boolean): void => {
    searchStart = editor.state.selection.from;
    findBar.setEditable(editor.isEditable);
    findBar.open({ withReplace, text: selectedText(editor) });
  };
  bindFindShortcuts(window, { open: openFind, isSearching: () => findBar.isOpen && findBar.query().search !== '', findAgain: (direction) => findBar.findAgain(direction) });
  keepMatchPositionShown(editor, findBar);

  let headings: OutlineHeading[] = [];
  const outline = createOutlinePanel((pos) => {
    // The list may be a pause behind the text: go to the same heading as it is now.
    const index = headings.findIndex((heading) => heading.pos === pos);
    const target = headingsOf(editor.state.doc)[index]?.pos ?? Math.min(pos, editor.state.doc.content.size);
    editor.chain().focus().setTextSelection(target).scrollIntoView().run();
  });
  const showOutline = (): void => {
    const next = headingsOf(editor.state.doc);
    if (sameOutline(next, headings) && headings.length > 0) return;
    headings = next;
    outline.show(nestOutline(headings));
  };
  const outlineToggle = labelled(element('button', { type: 'button', class: 'outline-toggle', 'aria-pressed': 'false' }), 'aids.outline.toggle');
  const setOutlineOpen = (open: boolean): void => {
    outline.setOpen(open);
    outlineToggle.setAttribute('aria-pressed', String(open));
    localStorage.setItem(OUTLINE_OPEN_KEY, String(open));
    if (open) showOutline();
  };
  outlineToggle.addEventListener('click', () => setOutlineOpen(!outline.isOpen));

  let countingOn: number | undefined;
  const showCounts = (): void => {
    const { doc, selection } = editor.state;
    const { empty } = selection;
    const counts = countNote(doc, empty ? 0 : selection.from, empty ? doc.content.size : selection.to, sliceFor(COUNT_SLICE_MS));
    if (!counts) {
      // The rest of a long note is counted in the next idle moments.
      countingOn ??= requestIdleCallback(() => {
        countingOn = undefined;
        showCounts();
      });
      return;
    }
    const locale = uiLanguage();
    const said = `${tCount('aids.counts.words', counts.words, { count: counts.words.toLocaleString(locale) })} · ${tCount('aids.counts.characters', counts.characters, { count: counts.characters.toLocaleString(locale) })}`;
    statusBar.showWords(empty ? said : t('aids.counts.selection', { counts: said }));
  };

  const gauge = createPageGauge({
    noteLimit: () => session.meta.pageLimit,
    defaultLimit: defaultPageLimit,
    setNoteLimit: (limit) => session.updateMeta({ pageLimit: limit }),
    canEdit: () => !session.isReadOnly,
    pageSize,
  });
  const measurer = createPrintMeasurer(document.body);
  let measuring = false;
  let measureAgain = false;
  const measure = async (): Promise<void> => {
    if (measuring) {
      measureAgain = true;
      return;
    }
    measuring = true;
    try {
      // A note this long fills more pages than any short limit however it is laid out, and laying
      // out a book takes the page's thread for a second: say "25+" instead (checked in `npm run bench`).
      if (editor.state.doc.content.size > CERTAINLY_LONG && (session.meta.pageLimit ?? defaultPageLimit()) < PAGES_CERTAINLY) {
        gauge.show(PAGES_CERTAINLY, { atLeast: true });
        return;
      }
      const note = session.snapshotForExport();
      const started = performance.now();
      const pages = await measurer.pages(note, pageSize());
      // Timed so that the cost per pass can be read off (see docs/decisions.md, Writing aids).
      performance.measure('page-fit gauge', { start: started });
      gauge.show(pages);
    } catch (error) {
      console.error('Measuring the printed pages failed', error);
    } finally {
      measuring = false;
      if (measureAgain) {
        measureAgain = false;
        remeasure();
      }
    }
  };
  const remeasure = afterPause(() => void measure(), MEASURE_PAUSE_MS);
  const recount = afterPause(() => {
    showCounts();
    if (outline.isOpen) showOutline();
  }, COUNT_PAUSE_MS);

  editor.on('update', recount);
  editor.on('selectionUpdate', recount);
  session.onEdit(remeasure);
  session.onLoad(() => {
    recount();
    remeasure();
    // A note opens with a fresh editor state: a search still open goes on in it.
    if (findBar.isOpen && findBar.query().search !== '') setFindQuery(editor, findBar.query(), 0);
  });
  session.onChange(() => {
    gauge.refresh();
    findBar.setEditable(editor.isEditable);
  });
  onUiLanguageChange(showCounts);

  statusBar.addTools(outlineToggle, gauge.root);
  setOutlineOpen(localStorage.getItem(OUTLINE_OPEN_KEY) === 'true');
  showCounts();
  remeasure();

  return { findBar, outline, openFind, toggleOutline: () => setOutlineOpen(!outline.isOpen), remeasure };
}
