import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

export interface ExportChoice {
  format: 'pdf' | 'html' | 'md';
  copy: 'clean' | 'review';
  comments: 'none' | 'footnotes' | 'criticmarkup';
  pageSize: 'A4' | 'Letter';
}

/** Asks how to export the note: PDF, HTML or Markdown, clean or review copy, page size. */
export function askExportOptions(): Promise<ExportChoice | null> {
  return new Promise((resolve) => {
    let chosen: ExportChoice | null = null;
    const modal = openModalDialog('Export note', () => resolve(chosen));
    const select = (id: string, label: string, options: [string, string][]): HTMLSelectElement => {
      const field = element('select', { id });
      field.append(...options.map(([value, text]) => element('option', { value }, text)));
      modal.body.append(element('div', { class: 'import-row' }, element('label', { for: id }, label), field));
      return field;
    };
    const format = select('export-format', 'Format', [
      ['pdf', 'PDF (for the addressee)'],
      ['html', 'HTML (one self-contained file)'],
      ['md', 'Markdown (for other systems)'],
    ]);
    const copy = select('export-copy', 'Copy', [
      ['clean', 'Clean copy (no comments)'],
      ['review', 'Review copy (comments as endnotes; in Markdown, as footnotes)'],
      ['critic', 'Review copy with CriticMarkup (Markdown only)'],
    ]);
    const pageSize = select('export-page-size', 'Page size', [
      ['A4', 'A4'],
      ['Letter', 'US Letter'],
    ]);
    modal.body.append(element('p', { class: 'dialog-hint' }, 'The file goes to the exports folder of your library.'));
    modal.actions.append(
      dialogButton('Cancel', () => modal.close()),
      dialogButton(
        'Export',
        () => {
          const review = copy.value !== 'clean';
          chosen = {
            format: format.value as ExportChoice['format'],
            copy: review ? 'review' : 'clean',
            comments: copy.value === 'critic' ? 'criticmarkup' : review ? 'footnotes' : 'none',
            pageSize: pageSize.value as ExportChoice['pageSize'],
          };
          modal.close();
        },
        { primary: true },
      ),
    );
    format.focus();
  });
}
