import { INTERFACE_LANGUAGES, PAGE_SIZES, SPELL_CHECK_LANGUAGES, THEMES, SettingsPatch, type Settings } from '../../core/host/settings';
import type * as z from '../../core/schema/z';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';
import { t } from '../i18n/ui-language';

export interface SettingsChoices {
  /** Templates new drafts may start from, by id. */
  templates: readonly { id: string; name: string }[];
  /** Marking schemes, by id. */
  presets: readonly { id: string; name: string }[];
}

// Language names are written in their own language, as language pickers do.
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', vi: 'Tiếng Việt' };

/**
 * The settings dialog. Resolves with the changes to save when the user saves,
 * or null when they cancel (Escape, Cancel).
 */
export function askForSettings(settings: Settings, choices: SettingsChoices): Promise<z.infer<typeof SettingsPatch> | null> {
  return new Promise((resolve) => {
    let patch: z.infer<typeof SettingsPatch> | null = null;
    const modal = openModalDialog(t('settings.title'), () => resolve(patch));
    modal.dialog.classList.add('settings-dialog');

    const authorName = element('input', { type: 'text', id: 'settings-author', value: settings.authorName, autocomplete: 'name', maxlength: '200', 'aria-describedby': 'settings-author-hint' });
    const autosave = element('input', { type: 'checkbox', id: 'settings-autosave', checked: settings.autosave });
    const template = select('settings-template', choices.templates.map(({ id, name }) => [id, name]), settings.defaultTemplate);
    const preset = select('settings-preset', choices.presets.map(({ id, name }) => [id, name]), settings.classificationPreset);
    const pageSize = select('settings-page-size', PAGE_SIZES.map((size) => [size, size]), settings.pageSize);
    const pageLimit = element('input', { type: 'number', id: 'settings-page-limit', min: '1', max: '50', step: '1', value: String(settings.pageLimit), 'aria-describedby': 'settings-page-limit-error' });
    const pageLimitError = element('p', { id: 'settings-page-limit-error', class: 'field-error', role: 'alert' });
    const theme = select('settings-theme', THEMES.map((name) => [name, t(`settings.theme.${name}`)]), settings.theme);
    const language = select('settings-language', INTERFACE_LANGUAGES.map((name) => [name, name === 'system' ? t('settings.language.system') : LANGUAGE_NAMES[name]!]), settings.language);
    const spelling = SPELL_CHECK_LANGUAGES.map((code) => element('input', { type: 'checkbox', id: `settings-spelling-${code}`, value: code, checked: settings.spellCheckLanguages.includes(code) }));

    const submit = (): void => {
      const limit = Number(pageLimit.value);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
        pageLimitError.textContent = t('settings.pageLimitError');
        pageLimit.setAttribute('aria-invalid', 'true');
        pageLimit.focus();
        return;
      }
      const parsed = SettingsPatch.safeParse({
        authorName: authorName.value.trim().normalize('NFC'),
        autosave: autosave.checked,
        defaultTemplate: template.value,
        classificationPreset: preset.value,
        pageSize: pageSize.value,
        pageLimit: limit,
        theme: theme.value,
        language: language.value,
        spellCheckLanguages: spelling.filter((box) => box.checked).map((box) => box.value),
      });
      if (!parsed.success) return;
      patch = parsed.data;
      modal.close();
    };
    const form = element(
      'form',
      { class: 'settings-form' },
      fieldset(
        t('settings.writing'),
        field('settings-author', t('settings.authorName'), authorName),
        element('p', { id: 'settings-author-hint', class: 'dialog-hint' }, t('settings.authorNameHint')),
        checkbox(autosave, t('settings.autosave')),
        field('settings-template', t('settings.defaultTemplate'), template),
        field('settings-preset', t('settings.classificationPreset'), preset),
      ),
      fieldset(t('settings.page'), field('settings-page-size', t('settings.pageSize'), pageSize), field('settings-page-limit', t('settings.pageLimit'), pageLimit), pageLimitError),
      fieldset(t('settings.appearance'), field('settings-theme', t('settings.theme'), theme), field('settings-language', t('settings.language'), language)),
      fieldset(t('settings.spelling'), ...spelling.map((box) => checkbox(box, LANGUAGE_NAMES[box.value]!))),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit();
    });
    modal.body.append(form);
    modal.actions.append(dialogButton(t('common.cancel'), () => modal.close()), dialogButton(t('settings.save'), submit, { primary: true }));
    authorName.focus();
  });
}

function select(id: string, options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  const node = element('select', { id });
  node.append(...options.map(([optionValue, text]) => element('option', { value: optionValue }, text)));
  // A saved value no longer offered (a template removed) stays visible rather than silently changing.
  if (!options.some(([optionValue]) => optionValue === value)) node.append(element('option', { value }, value));
  node.value = value;
  return node;
}

function fieldset(legend: string, ...children: Node[]): HTMLFieldSetElement {
  return element('fieldset', {}, element('legend', {}, legend), ...children);
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return element('div', { class: 'settings-field' }, element('label', { for: id }, label), control);
}

function checkbox(box: HTMLInputElement, label: string): HTMLElement {
  return element('div', { class: 'settings-check' }, box, element('label', { for: box.id }, label));
}
