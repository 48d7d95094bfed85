import { labelled, onUiLanguageChange, t, tCount } from '../i18n/ui-language';
import type { FindQuery, MatchPosition } from '../app/find-in-note';
import { element } from './element';

export interface FindBarActions {
  /** The query changed: highlight its matches and select the first one from where the search began. */
  search(query: FindQuery): void;
  next(): void;
  previous(): void;
  replace(): void;
  /** Replaces every match; returns how many. */
  replaceAll(): number;
  /** The bar closed: drop the highlights and give the note its focus back. */
  closed(): void;
}

export interface FindBar {
  root: HTMLElement;
  readonly isOpen: boolean;
  /** Opens the bar (with the replace row when `withReplace`), seeded with `text` when given, and focuses the find field. */
  open(options: { withReplace: boolean; text?: string }): void;
  close(): void;
  showPosition(position: MatchPosition): void;
  /** Goes to the next (1) or previous (-1) match, as the bar's own buttons do. */
  findAgain(direction: 1 | -1): void;
  /** Replacing is offered only in notes that can be edited. */
  setEditable(editable: boolean): void;
  query(): FindQuery;
}

/** The find and replace bar above the note (Ctrl/Cmd+F, Ctrl/Cmd+H). */
export function createFindBar(actions: FindBarActions): FindBar {
  const findField = labelled(element('input', { type: 'text', class: 'find-field', autocomplete: 'off', spellcheck: 'false' }), 'aids.find.field', 'aria-label');
  labelled(findField, 'aids.find.field', 'placeholder');
  const replaceField = labelled(element('input', { type: 'text', class: 'find-field', autocomplete: 'off', spellcheck: 'false' }), 'aids.find.replaceField', 'aria-label');
  labelled(replaceField, 'aids.find.replaceField', 'placeholder');
  const matchCase = element('input', { type: 'checkbox' });
  const wholeWord = element('input', { type: 'checkbox' });
  const position = element('span', { class: 'find-position', role: 'status' });
  const button = (key: Parameters<typeof labelled>[1], run: () => void, attributes: Record<string, string> = {}): HTMLButtonElement => {
    const node = labelled(element('button', { type: 'button', ...attributes }), key);
    node.addEventListener('click', run);
    return node;
  };
  const previous = button('aids.find.previous', () => {
    replaced = null;
    actions.previous();
  });
  const next = button('aids.find.next', () => {
    replaced = null;
    actions.next();
  });
  const replaceOne = button('aids.find.replace', () => {
    replaced = null;
    actions.replace();
  });
  const replaceEvery = button('aids.find.replaceAll', () => {
    const count = actions.replaceAll();
    replaced = count;
    renderPosition();
  });
  const toggleReplace = labelled(element('button', { type: 'button', class: 'find-toggle', 'aria-expanded': 'false' }), 'aids.find.showReplace', 'aria-label');
  toggleReplace.addEventListener('click', () => showReplace(replaceRow.hidden));
  const close = labelled(element('button', { type: 'button', class: 'find-close' }, '×'), 'aids.find.close', 'aria-label');
  close.addEventListener('click', () => closeBar());
  const option = (input: HTMLInputElement, key: Parameters<typeof labelled>[1]): HTMLLabelElement =>
    element('label', { class: 'find-option' }, input, labelled(element('span'), key));

  const replaceRow = element('div', { class: 'find-row find-replace-row', hidden: true }, replaceField, replaceOne, replaceEvery);
  const root = labelled(
    element(
      'div',
      { class: 'find-bar', role: 'search', hidden: true },
      element('div', { class: 'find-row' }, toggleReplace, findField, position, previous, next, close),
      replaceRow,
      element('div', { class: 'find-row find-options' }, option(matchCase, 'aids.find.matchCase'), option(wholeWord, 'aids.find.wholeWord')),
    ),
    'aids.find.region',
    'aria-label',
  );

  let lastPosition: MatchPosition = { current: 0, total: 0 };
  /** How many Replace all just replaced: said until the user searches again. */
  let replaced: number | null = null;
  const query = (): FindQuery => ({ search: findField.value, replace: replaceField.value, matchCase: matchCase.checked, wholeWord: wholeWord.checked });
  const searchNow = (): void => {
    replaced = null;
    actions.search(query());
  };
  findField.addEventListener('input', searchNow);
  replaceField.addEventListener('input', searchNow);
  matchCase.addEventListener('change', searchNow);
  wholeWord.addEventListener('change', searchNow);

  findField.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    replaced = null;
    if (event.shiftKey) actions.previous();
    else actions.next();
  });
  replaceField.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) replaceEvery.click();
    else if (!replaceOne.disabled) actions.replace();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    closeBar();
  });

  function showReplace(shown: boolean): void {
    replaceRow.hidden = !shown;
    toggleReplace.setAttribute('aria-expanded', String(shown));
    toggleReplace.textContent = shown ? '▾' : '▸';
  }
  showReplace(false);

  function renderPosition(): void {
    const { current, total } = lastPosition;
    const locale = document.documentElement.lang;
    position.dataset.found = String(total > 0 || replaced !== null);
    if (replaced !== null) position.textContent = tCount('aids.find.replaced', replaced, { count: replaced.toLocaleString(locale) });
    else if (findField.value === '') position.textContent = '';
    else if (total === 0) position.textContent = t('aids.find.none');
    else position.textContent = t('aids.find.position', { current: current === 0 ? '–' : current.toLocaleString(locale), total: total.toLocaleString(locale) });
  }
  onUiLanguageChange(renderPosition);

  function closeBar(): void {
    if (root.hidden) return;
    root.hidden = true;
    actions.closed();
  }

  return {
    root,
    get isOpen() {
      return !root.hidden;
    },
    open({ withReplace, text }) {
      const wasOpen = !root.hidden;
      root.hidden = false;
      showReplace(withReplace || (wasOpen && !replaceRow.hidden));
      if (text !== undefined && text !== '') findField.value = text;
      findField.focus();
      findField.select();
      searchNow();
    },
    close: closeBar,
    findAgain(direction) {
      (direction === 1 ? next : previous).click();
    },
    showPosition(next) {
      lastPosition = next;
      renderPosition();
    },
    setEditable(editable) {
      // Told on every change of the session's state (each save): nothing to do when it stays.
      if (replaceField.disabled === !editable) return;
      replaceOne.disabled = !editable;
      replaceEvery.disabled = !editable;
      replaceField.disabled = !editable;
    },
    query,
  };
}
