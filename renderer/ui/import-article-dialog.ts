import type { BriefingTemplate } from '../../core/templates/briefing-template';
import type { ArticleEncoding } from '../../core/article/decode-article-bytes';
import { readArticleBytes } from '../../core/article/read-article-bytes';
import { t } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

export interface ArticleImport {
  text: string;
  fileName: string | undefined;
  templateId: string;
}

const ENCODINGS: [ArticleEncoding, string][] = [
  ['utf-8', 'UTF-8'],
  ['utf-16le', 'UTF-16 (little-endian)'],
  ['utf-16be', 'UTF-16 (big-endian)'],
  ['windows-1252', 'Windows-1252 (Western)'],
  ['windows-1258', 'Windows-1258 (Vietnamese)'],
];

/**
 * Paste an article, or open a .txt/.md/.html file (decoded with the chosen
 * or detected encoding, shown for checking), choose a template, and go.
 * `validate` says what is wrong with the text, or null when it can be used.
 */
export interface ImportDialogText {
  title: string;
  confirm: string;
}

export function askForArticle(
  templates: readonly BriefingTemplate[],
  defaultTemplate: string,
  validate: (input: ArticleImport) => string | null,
  text: ImportDialogText = { title: t('dialogs.importTitle'), confirm: t('dialogs.createNote') },
): Promise<ArticleImport | null> {
  return new Promise((resolve) => {
    let chosen: ArticleImport | null = null;
    let fileName: string | undefined;
    let fileBytes: Uint8Array | undefined;
    const modal = openModalDialog(text.title, () => resolve(chosen));
    modal.dialog.classList.add('import-dialog');

    const textArea = element('textarea', { id: 'article-text', rows: '14', spellcheck: 'false', placeholder: t('dialogs.articlePlaceholder') });
    const file = element('input', { type: 'file', id: 'article-file', accept: '.txt,.md,.html,.htm,text/plain,text/markdown,text/html' });
    const encoding = element('select', { id: 'article-encoding' });
    encoding.append(element('option', { value: 'auto' }, t('dialogs.detectEncoding')), ...ENCODINGS.map(([value, label]) => element('option', { value }, label)));
    const detected = element('span', { class: 'dialog-hint' });
    const template = element('select', { id: 'article-template' });
    template.append(...templates.map((candidate) => element('option', { value: candidate.id }, candidate.name)));
    template.value = templates.some((candidate) => candidate.id === defaultTemplate) ? defaultTemplate : (templates[0]?.id ?? '');
    const error = element('p', { class: 'field-error', role: 'alert' });

    const decodeFile = (): void => {
      if (!fileBytes) return;
      const reading = readArticleBytes(fileBytes, encoding.value as ArticleEncoding | 'auto', fileName);
      if (!reading.ok) {
        error.textContent = reading.problem;
        return;
      }
      textArea.value = reading.text;
      detected.textContent = t('dialogs.readAs', { encoding: ENCODINGS.find(([value]) => value === reading.encoding)?.[1] ?? reading.encoding });
      error.textContent = '';
    };
    file.addEventListener('change', () => {
      const picked = file.files?.[0];
      if (!picked) return;
      fileName = picked.name;
      void picked.arrayBuffer().then((buffer) => {
        fileBytes = new Uint8Array(buffer);
        decodeFile();
      });
    });
    encoding.addEventListener('change', decodeFile);
    textArea.addEventListener('input', () => {
      fileBytes = undefined;
    });

    const submit = (): void => {
      const input = { text: textArea.value, fileName, templateId: template.value };
      const problem = validate(input);
      if (problem) {
        error.textContent = problem;
        return textArea.focus();
      }
      chosen = input;
      modal.close();
    };
    modal.body.append(
      element('label', { for: 'article-text' }, t('dialogs.articleText')),
      textArea,
      element('div', { class: 'import-row' }, element('label', { for: 'article-file' }, t('dialogs.articleFile')), file),
      element('div', { class: 'import-row' }, element('label', { for: 'article-encoding' }, t('dialogs.encoding')), encoding, detected),
      ...(templates.length ? [element('div', { class: 'import-row' }, element('label', { for: 'article-template' }, t('dialogs.template')), template)] : []),
      error,
    );
    modal.actions.append(dialogButton(t('common.cancel'), () => modal.close()), dialogButton(text.confirm, submit, { primary: true }));
    textArea.focus();
  });
}
