import { t } from '../i18n/ui-language';
import type { HostBridge } from '../../core/host/host-bridge';
import { readArticleBytes } from '../../core/article/read-article-bytes';
import { MAX_ARTICLE_BYTES } from '../../core/article/decode-article-bytes';
import { isModalDialogOpen } from '../ui/modal-dialog';

const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;
const MARKDOWN_FILE = /\.(md|markdown)$/i;

/**
 * A Markdown file's text when it is a note (Briefing Desk front matter), else null.
 * The Markdown reader is loaded on first use: most sessions never drop a Markdown file.
 */
async function noteMarkdownIn(file: File): Promise<string | null> {
  // Too big to be a note: the article path reads it and says so.
  if (!MARKDOWN_FILE.test(file.name) || file.size > MAX_ARTICLE_BYTES) return null;
  const reading = readArticleBytes(new Uint8Array(await file.arrayBuffer()), 'auto', file.name);
  if (!reading.ok) return null;
  const { isNoteMarkdown } = await import('./markdown-note-import');
  return isNoteMarkdown(reading.text) ? reading.text : null;
}

/**
 * A `.brief` file dropped on the window is copied into the library and opened
 * (the original stays where it was, untouched), and so is Markdown with a
 * note's front matter (as Briefing Desk exports it); any other article file
 * (.txt, .md, .html) becomes a new draft. Dropped on an open dialog, a file
 * opens nothing behind it (as the menu's commands wait): the user is told to
 * close the dialog first.
 */
export function acceptDroppedFiles(
  host: HostBridge,
  openById: (id: string) => Promise<void>,
  draftFromFile: (file: File) => Promise<void>,
  report: (message: string) => void,
): void {
  window.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    if (isModalDialogOpen(document)) {
      report(t('app.dropUnderDialog', { name: files[0]!.name }));
      return;
    }
    void (async () => {
      for (const file of files) {
        const noteMarkdown = await noteMarkdownIn(file).catch(() => null);
        if (noteMarkdown !== null) {
          const { importMarkdownNote } = await import('./markdown-note-import');
          await importMarkdownNote(host, file.name, noteMarkdown).then(openById, (error: unknown) => report(error instanceof Error ? error.message : String(error)));
          continue;
        }
        if (ARTICLE_FILE.test(file.name)) {
          await draftFromFile(file);
          continue;
        }
        if (!file.name.toLowerCase().endsWith('.brief')) {
          report(t('app.notANote', { name: file.name }));
          continue;
        }
        try {
          const { id } = await host['notes.import']({ fileName: file.name, content: await file.text() });
          await openById(id);
        } catch (error) {
          report(error instanceof Error ? error.message : String(error));
        }
      }
    })();
  });
}
