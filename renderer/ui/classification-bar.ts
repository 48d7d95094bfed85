import { CLASSIFICATION_PRESETS } from '../../core/classification/classification-presets';
import { bannerStyle, findLevel, type CustomLevel } from '../../core/classification/classification-level';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';
import { t } from '../i18n/ui-language';

export interface ClassificationChoice {
  presetId: string;
  customLevels: readonly CustomLevel[];
}

export interface ClassificationBar {
  root: HTMLElement;
  banner: HTMLElement;
  /** Shows the note's marking and the user's scheme; with portion marking on, the level follows the marks and is not chosen here. */
  show(label: string, choice: ClassificationChoice, readOnly: boolean, setByPortionMarks?: boolean): void;
}

export interface ClassificationBarActions {
  setLabel(label: string): void;
  setPreset(presetId: string): void;
  addCustomLevel(level: CustomLevel): void;
}

const OTHER = '__other__';

/** Chooses the note's classification from a marking scheme, or a level of the user's own; shows the banner. */
export function createClassificationBar(actions: ClassificationBarActions): ClassificationBar {
  const scheme = element('select', { 'aria-label': 'Marking scheme' });
  scheme.append(...CLASSIFICATION_PRESETS.map((preset) => element('option', { value: preset.id }, preset.name)));
  const level = element('select', { 'aria-label': 'Classification' });
  const banner = element('div', { class: 'classification-banner', role: 'note', 'aria-label': 'Classification banner', hidden: true });
  const root = element('div', { class: 'classification-bar' }, element('label', {}, 'Marking ', scheme), element('label', {}, 'Classification ', level));
  let current: ClassificationChoice = { presetId: 'generic', customLevels: [] };
  let shownLabel = '';

  scheme.addEventListener('change', () => actions.setPreset(scheme.value));
  level.addEventListener('change', () => {
    if (level.value !== OTHER) return actions.setLabel(level.value);
    level.value = shownLabel;
    void askForCustomLevel().then((custom) => {
      if (!custom) return;
      actions.addCustomLevel(custom);
      actions.setLabel(custom.label);
    });
  });

  return {
    root,
    banner,
    show(label, choice, readOnly, setByPortionMarks = false) {
      current = choice;
      shownLabel = label;
      scheme.value = choice.presetId;
      const preset = CLASSIFICATION_PRESETS.find((candidate) => candidate.id === choice.presetId) ?? CLASSIFICATION_PRESETS[0]!;
      const labels = [...preset.levels.map((known) => known.label), ...current.customLevels.map((custom) => custom.label)];
      if (label && !labels.includes(label)) labels.push(label);
      level.replaceChildren(
        element('option', { value: '' }, 'Unmarked'),
        ...labels.map((text) => element('option', { value: text }, text)),
        element('option', { value: OTHER }, 'Other level…'),
      );
      level.value = label;
      level.disabled = readOnly || setByPortionMarks;
      scheme.disabled = readOnly;
      level.title = setByPortionMarks ? t('blocks.portion.bannerFromMarks') : '';
      banner.hidden = !label;
      banner.textContent = label;
      // The chosen scheme first: where schemes share a label, its colour is the one meant.
      const style = bannerStyle(findLevel(label, [preset, ...CLASSIFICATION_PRESETS], current.customLevels));
      // CSSOM, not a style attribute: the CSP forbids inline style attributes.
      banner.style.backgroundColor = style.background;
      banner.style.color = style.text;
    },
  };
}

function askForCustomLevel(): Promise<CustomLevel | null> {
  return new Promise((resolve) => {
    let chosen: CustomLevel | null = null;
    const modal = openModalDialog('Add a classification level', () => resolve(chosen));
    const name = element('input', { type: 'text', id: 'custom-level-name', autocomplete: 'off' });
    const colour = element('input', { type: 'color', id: 'custom-level-colour', value: '#5f6368' });
    const error = element('p', { class: 'field-error', role: 'alert' });
    const submit = (): void => {
      const label = name.value.trim().normalize('NFC');
      if (!label || label.length > 60) {
        error.textContent = 'Give the level a name of at most 60 characters.';
        return name.focus();
      }
      chosen = { label, colour: colour.value };
      modal.close();
    };
    modal.body.append(element('label', { for: 'custom-level-name' }, 'Level name'), name, element('label', { for: 'custom-level-colour' }, 'Banner colour'), colour, error);
    modal.actions.append(dialogButton('Cancel', () => modal.close()), dialogButton('Add level', submit, { primary: true }));
    name.focus();
  });
}
