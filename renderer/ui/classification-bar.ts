import { CLASSIFICATION_PRESETS } from '../../core/classification/classification-presets';
import { bannerStyle, findLevel, type CustomLevel } from '../../core/classification/classification-level';
import { labelled, t, uiLanguage } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

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
  const scheme = labelled(element('select', {}), 'classification.scheme', 'aria-label');
  scheme.append(...CLASSIFICATION_PRESETS.map((preset) => element('option', { value: preset.id }, preset.name)));
  const level = labelled(element('select', {}), 'classification.level', 'aria-label');
  const banner = labelled(element('div', { class: 'classification-banner', role: 'note', hidden: true }), 'classification.banner', 'aria-label');
  const root = element(
    'div',
    { class: 'classification-bar' },
    element('label', {}, labelled(element('span', {}), 'classification.schemeLabel'), scheme),
    element('label', {}, labelled(element('span', {}), 'classification.levelLabel'), level),
  );
  let current: ClassificationChoice = { presetId: 'generic', customLevels: [] };
  let shownLabel = '';
  let shownWith: unknown[] = [];

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
      // Shown again on every change of the session's state (each save): rebuilt only when something it shows changed.
      const shownNow = [label, choice.presetId, choice.customLevels, readOnly, setByPortionMarks, uiLanguage()];
      if (shownNow.every((value, index) => value === shownWith[index])) return;
      shownWith = shownNow;
      current = choice;
      shownLabel = label;
      scheme.value = choice.presetId;
      const preset = CLASSIFICATION_PRESETS.find((candidate) => candidate.id === choice.presetId) ?? CLASSIFICATION_PRESETS[0]!;
      const labels = [...preset.levels.map((known) => known.label), ...current.customLevels.map((custom) => custom.label)];
      if (label && !labels.includes(label)) labels.push(label);
      level.replaceChildren(
        labelled(element('option', { value: '' }), 'classification.unmarked'),
        ...labels.map((text) => element('option', { value: text }, text)),
        labelled(element('option', { value: OTHER }), 'classification.otherLevel'),
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
    const modal = openModalDialog(t('classification.addTitle'), () => resolve(chosen));
    const name = element('input', { type: 'text', id: 'custom-level-name', autocomplete: 'off' });
    const colour = element('input', { type: 'color', id: 'custom-level-colour', value: '#5f6368' });
    const error = element('p', { class: 'field-error', role: 'alert' });
    const submit = (): void => {
      const label = name.value.trim().normalize('NFC');
      if (!label || label.length > 60) {
        error.textContent = t('classification.nameError');
        return name.focus();
      }
      chosen = { label, colour: colour.value };
      modal.close();
    };
    modal.body.append(element('label', { for: 'custom-level-name' }, t('classification.levelName')), name, element('label', { for: 'custom-level-colour' }, t('classification.bannerColour')), colour, error);
    modal.actions.append(dialogButton(t('common.cancel'), () => modal.close()), dialogButton(t('classification.addLevel'), submit, { primary: true }));
    name.focus();
  });
}
