import type { ExportStage } from '../../core/host/export-progress';
import type { MessageKey, MessageParams } from '../../core/i18n/messages';
import { labelled, onUiLanguageChange, t } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

export interface ExportChoice {
  format: 'pdf' | 'html' | 'md';
  copy: 'clean' | 'review';
  comments: 'none' | 'footnotes' | 'criticmarkup';
  pageSize: 'A4' | 'Letter';
  /** PDF and HTML: the source article as an annex. */
  includeSource: boolean;
}

/** How an export ended: written, cancelled by the user, or failed with a message for the user. */
export type ExportEnd = { ended: 'done' } | { ended: 'cancelled' } | { ended: 'failed'; message: string };

export interface ExportDialogActions {
  /** Runs the export the user chose; the dialog shows progress until it ends. */
  run(choice: ExportChoice): Promise<ExportEnd>;
  /** Asks the running export to stop; `run` then ends as cancelled (or done, if it was too late). */
  cancel(): void;
  /** The dialog closed. */
  onClose(): void;
  /** The page size chosen in the settings, preselected. @default 'A4' */
  defaultPageSize?: ExportChoice['pageSize'];
}

export interface ExportDialog {
  /** Shows where the running export is. */
  showStage(stage: ExportStage): void;
}

const STAGE_STEPS: Record<ExportStage, number> = { preparing: 1, printing: 2, writing: 3 };

/**
 * The export dialog: PDF, HTML or Markdown, clean or review copy, page size,
 * with or without the source article. While the export runs it stays open
 * with a progress bar and the stage in a status line, and Cancel stops the
 * export; it closes when the file is written.
 */
export function openExportDialog(actions: ExportDialogActions): ExportDialog {
  let running = false;
  let status: { key: MessageKey; params?: MessageParams } | null = null;
  const modal = openModalDialog(t('export.title'), () => {
    stopRelabelling();
    actions.onClose();
  });
  const heading = modal.dialog.querySelector('h2');
  if (heading) labelled(heading, 'export.title');

  const select = (id: string, labelKey: MessageKey, options: [string, MessageKey][]): HTMLSelectElement => {
    const field = element('select', { id });
    field.append(...options.map(([value, key]) => labelled(element('option', { value }), key)));
    modal.body.append(element('div', { class: 'import-row' }, labelled(element('label', { for: id }), labelKey), field));
    return field;
  };
  const format = select('export-format', 'export.format', [
    ['pdf', 'export.format.pdf'],
    ['html', 'export.format.html'],
    ['md', 'export.format.md'],
  ]);
  const copy = select('export-copy', 'export.copy', [
    ['clean', 'export.copy.clean'],
    ['review', 'export.copy.review'],
    ['critic', 'export.copy.critic'],
  ]);
  const pageSize = select('export-page-size', 'export.pageSize', [
    ['A4', 'export.pageSize.a4'],
    ['Letter', 'export.pageSize.letter'],
  ]);
  pageSize.value = actions.defaultPageSize ?? 'A4';
  const includeSource = element('input', { type: 'checkbox', id: 'export-include-source', checked: true });
  modal.body.append(element('div', { class: 'import-row' }, includeSource, labelled(element('label', { for: 'export-include-source' }), 'export.includeSource')));
  // The annex and the page size are for printed formats only.
  format.addEventListener('change', () => {
    includeSource.disabled = pageSize.disabled = format.value === 'md';
  });
  modal.body.append(labelled(element('p', { class: 'dialog-hint' }), 'export.hint'));

  const progress = labelled(element('progress', { max: '3', value: '0', hidden: true }), 'export.progress', 'aria-label');
  const statusLine = element('p', { role: 'status', class: 'export-status' });
  const problem = element('p', { role: 'alert', class: 'export-problem', hidden: true });
  modal.body.append(progress, statusLine, problem);

  const showStatus = (key: MessageKey | null, params?: MessageParams): void => {
    status = key && { key, params };
    statusLine.textContent = key ? t(key, params) : '';
    // The bar reads out as the stage, not as "67 %".
    progress.setAttribute('aria-valuetext', statusLine.textContent);
  };
  const stopRelabelling = onUiLanguageChange(() => showStatus(status?.key ?? null, status?.params));

  const cancelButton = labelled(dialogButton('', () => (running ? cancelExport() : modal.close())), 'export.cancel');
  const exportButton = labelled(dialogButton('', () => void startExport(), { primary: true }), 'export.export');
  modal.actions.append(cancelButton, exportButton);

  const setRunning = (value: boolean): void => {
    running = value;
    for (const field of [format, copy, exportButton]) field.disabled = value;
    includeSource.disabled = pageSize.disabled = value || format.value === 'md';
    cancelButton.disabled = false;
    if (value) labelled(cancelButton, 'export.cancel');
    progress.hidden = !value;
  };

  const cancelExport = (): void => {
    cancelButton.disabled = true;
    showStatus('export.cancelling');
    actions.cancel();
  };

  async function startExport(): Promise<void> {
    const review = copy.value !== 'clean';
    const choice: ExportChoice = {
      format: format.value as ExportChoice['format'],
      copy: review ? 'review' : 'clean',
      comments: copy.value === 'critic' ? 'criticmarkup' : review ? 'footnotes' : 'none',
      pageSize: pageSize.value as ExportChoice['pageSize'],
      includeSource: includeSource.checked,
    };
    problem.textContent = '';
    problem.hidden = true;
    setRunning(true);
    dialog.showStage('preparing');
    const end = await actions.run(choice);
    setRunning(false);
    if (end.ended === 'done') return modal.close();
    progress.value = 0;
    if (end.ended === 'cancelled') {
      showStatus('export.cancelled');
      labelled(cancelButton, 'export.close');
    } else {
      showStatus(null);
      problem.textContent = t('export.failed', { message: end.message });
      problem.hidden = false;
    }
    exportButton.focus();
  }

  // Escape while exporting cancels the export rather than hiding it.
  modal.dialog.addEventListener('cancel', (event) => {
    if (!running) return;
    event.preventDefault();
    if (!cancelButton.disabled) cancelExport();
  });

  const dialog: ExportDialog = {
    showStage(stage) {
      if (!running || cancelButton.disabled) return;
      progress.value = STAGE_STEPS[stage];
      showStatus(`export.stage.${stage}`);
    },
  };
  format.focus();
  return dialog;
}
