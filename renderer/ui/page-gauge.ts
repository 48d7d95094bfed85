import { labelled, onUiLanguageChange, t, uiLanguage } from '../i18n/ui-language';
import { pageFitLevel, roundPages } from '../app/page-fit';
import { parsePageLimit } from '../app/page-limit';
import { element } from './element';

export interface PageGaugeActions {
  /** The note's own limit, or undefined when it follows the default. */
  noteLimit(): number | undefined;
  defaultLimit(): number;
  /** Sets this note's limit; undefined goes back to the default. */
  setNoteLimit(limit: number | undefined): void;
  canEdit(): boolean;
  pageSize(): string;
}

export interface PageGauge {
  root: HTMLElement;
  /** Shows the pages the note fills against its limit. */
  /** The pages the note fills; `atLeast`: it fills at least that many (not measured, shown as "25+"). */
  show(pages: number, options?: { atLeast?: boolean }): void;
  /** The limit changed: show the last reading against the new one. */
  refresh(): void;
}

const ICONS = { within: '', near: '⚠', over: '⛔' } as const;

/**
 * "1.6 of 2 pages" in the status bar, amber near the limit and red past it —
 * said in words too ("over the limit"), not by colour alone. Clicking it
 * opens a small field for this note's page limit.
 */
export function createPageGauge(actions: PageGaugeActions): PageGauge {
  const icon = element('span', { class: 'gauge-icon', 'aria-hidden': 'true' });
  const reading = element('span', { class: 'gauge-reading' });
  const warning = element('span', { class: 'gauge-warning' });
  const button = element('button', { type: 'button', class: 'page-gauge', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'data-level': 'measuring' }, icon, reading, warning);

  const field = element('input', { type: 'number', min: '1', max: '50', step: '1', id: 'page-limit-field', inputmode: 'numeric' });
  const fieldLabel = labelled(element('label', { for: 'page-limit-field' }), 'aids.gauge.limitField');
  const help = element('p', { class: 'gauge-help', id: 'page-limit-help' });
  const error = element('p', { class: 'gauge-error', role: 'alert' });
  field.setAttribute('aria-describedby', 'page-limit-help');
  const useDefault = element('button', { type: 'button' });
  const popover = labelled(element('div', { class: 'gauge-popover', role: 'dialog', hidden: true }, fieldLabel, field, help, error, useDefault), 'aids.gauge.limitField', 'aria-label');
  const root = element('span', { class: 'gauge-holder' }, button, popover);

  let pages: number | null = null;

  let pagesAtLeast = false;
  // Called on every change of the session's state (each save): redrawn only when what it shows changed.
  let shownKey = '';
  const render = (): void => {
    const limit = actions.noteLimit() ?? actions.defaultLimit();
    const key = `${pages}|${pagesAtLeast}|${limit}|${uiLanguage()}`;
    if (key === shownKey) return;
    shownKey = key;
    if (pages === null) {
      reading.textContent = t('aids.gauge.measuring');
      button.setAttribute('aria-label', t('aids.gauge.button', { pages: t('aids.gauge.measuring') }));
      return;
    }
    const shown = roundPages(pages);
    const level = pageFitLevel(shown, limit);
    const used = pagesAtLeast ? `${shown.toLocaleString(uiLanguage())}+` : new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(shown);
    reading.textContent = t('aids.gauge.pages', { used, limit: limit.toLocaleString(uiLanguage()) });
    warning.textContent = level === 'within' ? '' : t(level === 'near' ? 'aids.gauge.near' : 'aids.gauge.over');
    icon.textContent = ICONS[level];
    button.dataset.level = level;
    button.dataset.pages = pages.toFixed(3);
    const said = [reading.textContent, warning.textContent].filter(Boolean).join(', ');
    button.setAttribute('aria-label', t('aids.gauge.button', { pages: said }));
    button.title = said;
  };

  const openPopover = (): void => {
    popover.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    field.value = String(actions.noteLimit() ?? actions.defaultLimit());
    field.disabled = !actions.canEdit();
    useDefault.disabled = !actions.canEdit() || actions.noteLimit() === undefined;
    useDefault.textContent = t('aids.gauge.useDefault', { limit: actions.defaultLimit() });
    help.textContent = t('aids.gauge.limitHelp', { pageSize: actions.pageSize() });
    error.textContent = '';
    field.removeAttribute('aria-invalid');
    field.focus();
    field.select();
  };
  const closePopover = (returnFocus: boolean): void => {
    if (popover.hidden) return;
    popover.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  };
  const applyField = (): boolean => {
    const limit = parsePageLimit(field.value);
    if (limit === null) {
      error.textContent = t('aids.gauge.badLimit');
      field.setAttribute('aria-invalid', 'true');
      return false;
    }
    error.textContent = '';
    field.removeAttribute('aria-invalid');
    if (limit !== (actions.noteLimit() ?? actions.defaultLimit())) actions.setNoteLimit(limit);
    render();
    return true;
  };

  button.addEventListener('click', () => (popover.hidden ? openPopover() : closePopover(false)));
  field.addEventListener('change', () => void applyField());
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    // Otherwise the Enter would go on to press the gauge, which has the focus by then.
    event.preventDefault();
    if (applyField()) closePopover(true);
  });
  useDefault.addEventListener('click', () => {
    actions.setNoteLimit(undefined);
    render();
    closePopover(true);
  });
  popover.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      closePopover(true);
    }
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) closePopover(false);
  });
  onUiLanguageChange(render);
  render();

  return {
    root,
    show(next, { atLeast = false } = {}) {
      pages = next;
      pagesAtLeast = atLeast;
      render();
    },
    refresh: render,
  };
}
