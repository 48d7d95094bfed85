import type { HostBridge } from '../../core/host/host-bridge';
import { markdownToNote } from '../../core/export/markdown';
import { NOTE_EXTENSION } from '../../core/document/note-format';
import { t } from '../i18n/ui-language';

// The drop handler loads this module on first use, with the Markdown reader behind it.
export { isNoteMarkdown } from '../../core/export/markdown';

/**
 * Makes a library note of Markdown exported by Briefing Desk (or written by
 * hand with its front matter) and returns its id; the Markdown file itself is
 * left where it was. Throws an Error whose message tells the user what was wrong.
 */
export async function importMarkdownNote(host: HostBridge, fileName: string, markdown: string): Promise<string> {
  const reading = markdownToNote(markdown, new Date());
  if (!reading.ok) throw new Error(t('markdownNotes.unreadable', { file: fileName, problem: reading.problem }));
  const name = `${fileName.replace(/\.(md|markdown)$/i, '')}${NOTE_EXTENSION}`;
  const { id } = await host['notes.import']({ fileName: name, content: `${JSON.stringify(reading.note, null, 2)}\n` });
  return id;
}
