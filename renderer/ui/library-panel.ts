import type { HostResult } from '../../core/host/contract';
import { formatDate, formatDateTime } from '../../core/i18n/format-date';
import { labelled, onUiLanguageChange, t, uiLanguage } from '../i18n/ui-language';
import { element } from './element';

type NoteListing = HostResult<'notes.list'>['notes'][number];

export interface LibraryPanelActions {
  open(id: string): void;
  rename(id: string): void;
  duplicate(id: string): void;
  delete(id: string): void;
  /** The ids matching a search, best first. */
  search(query: string): Promise<string[]>;
}

export interface LibraryPanel {
  root: HTMLElement;
  /** All notes, newest first, and the ids of those opened or saved most recently. */
  show(listings: NoteListing[], recent: string[]): void;
  markOpen(id: string | null): void;
}

const SEARCH_DELAY_MS = 150;
const RECENT_SHOWN = 5;

/** The sidebar of notes in the library folder, newest first, with search and per-note actions. */
export function createLibraryPanel(actions: LibraryPanelActions): LibraryPanel {
  let listings: NoteListing[] = [];
  let recentIds: string[] = [];
  let matches: string[] | null = null;
  let openId: string | null = null;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;

  const search = labelled(labelled(element('input', { type: 'search', class: 'library-search' }), 'library.search', 'aria-label'), 'library.search', 'placeholder');
  const list = labelled(element('ul', { class: 'library-list' }), 'library.notes', 'aria-label');
  const empty = element('p', { class: 'library-empty' });
  const recentList = labelled(element('ul', { class: 'recent-list' }), 'library.recentNotes', 'aria-label');
  const recentSection = element('section', { class: 'recent', 'aria-labelledby': 'recent-heading' }, labelled(element('h3', { id: 'recent-heading', class: 'library-heading' }), 'library.recent'), recentList);
  const root = labelled(
    element(
      'aside',
      { class: 'library' },
      labelled(element('h2', { class: 'library-heading' }), 'library.name'),
      search,
      recentSection,
      labelled(element('h3', { class: 'library-heading' }), 'library.allNotes'),
      list,
      empty,
    ),
    'library.name',
    'aria-label',
  );

  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void runSearch(search.value), SEARCH_DELAY_MS);
  });

  async function runSearch(query: string): Promise<void> {
    matches = query.trim() ? await actions.search(query).catch(() => []) : null;
    if (search.value === query) render();
  }

  function render(): void {
    const byId = new Map(listings.map((listing) => [listing.id, listing]));
    const shown = matches ? matches.flatMap((id) => byId.get(id) ?? []) : listings;
    list.replaceChildren(...shown.map((listing) => row(listing, listing.id === openId, actions)));
    const recent = matches ? [] : recentIds.slice(0, RECENT_SHOWN).flatMap((id) => byId.get(id) ?? []);
    recentSection.hidden = recent.length === 0;
    recentList.replaceChildren(...recent.map((listing) => recentRow(listing, listing.id === openId, actions)));
    empty.textContent = shown.length ? '' : t(matches ? 'library.noMatch' : 'library.empty');
  }
  onUiLanguageChange(render);

  return {
    root,
    show(next, recent) {
      listings = next;
      recentIds = recent;
      if (matches && search.value.trim()) void runSearch(search.value);
      else render();
    },
    markOpen(id) {
      // Called on every change of the session's state: only the "current" marks move, nothing is rebuilt.
      if (id === openId) return;
      openId = id;
      for (const button of root.querySelectorAll<HTMLElement>('[data-note-id]')) {
        if (button.dataset.noteId === id) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
    },
  };
}

function row(listing: NoteListing, isOpen: boolean, actions: LibraryPanelActions): HTMLLIElement {
  const language = uiLanguage();
  const details = [listing.date ? formatDate(language, listing.date, 'medium') : '', listing.classification, t('library.edited', { when: formatDateTime(language, listing.modified, 'short') })]
    .filter(Boolean)
    .join(' · ');
  const problemId = `problem-${cssId(listing.id)}`;
  const open = element(
    'button',
    { type: 'button', class: 'library-open', 'data-note-id': listing.id, 'aria-current': isOpen ? 'true' : undefined, 'aria-describedby': listing.problem ? problemId : undefined },
    element('span', { class: 'library-title' }, listing.title),
    element('span', { class: 'library-details' }, details),
    element('span', { class: 'library-file' }, listing.id),
  );
  open.addEventListener('click', () => actions.open(listing.id));
  const item = element('li', { class: 'library-item' }, open);
  if (listing.problem) {
    item.classList.add('has-problem');
    item.append(element('span', { class: 'library-badge', id: problemId, title: listing.problem }, element('span', { 'aria-hidden': 'true' }, '⚠ '), t('library.cannotOpen'), listing.problem));
  }
  const tools = element('div', { class: 'library-tools' });
  for (const [label, name, run] of [
    [t('library.rename'), t('library.renameNote', { title: listing.title }), actions.rename],
    [t('library.duplicate'), t('library.duplicateNote', { title: listing.title }), actions.duplicate],
    [t('library.delete'), t('library.deleteNote', { title: listing.title }), actions.delete],
  ] as const) {
    const button = element('button', { type: 'button', 'aria-label': name, title: label }, label);
    button.addEventListener('click', () => run(listing.id));
    tools.append(button);
  }
  item.append(tools);
  return item;
}

function recentRow(listing: NoteListing, isOpen: boolean, actions: LibraryPanelActions): HTMLLIElement {
  const open = element('button', { type: 'button', class: 'recent-open', 'data-note-id': listing.id, 'aria-current': isOpen ? 'true' : undefined }, listing.title);
  open.addEventListener('click', () => actions.open(listing.id));
  return element('li', {}, open);
}

function cssId(text: string): string {
  return Array.from(text, (char) => (/[a-zA-Z0-9]/.test(char) ? char : `_${char.codePointAt(0)}`)).join('');
}
