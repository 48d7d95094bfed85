import { defineMessages } from '../catalogue';

/** Opening Markdown exported by Briefing Desk as a note. */
export const markdownNoteMessages = defineMessages({
  en: {
    'markdownNotes.unreadable': '“{file}” could not be opened as a note: {problem}',
  },
  vi: {
    'markdownNotes.unreadable': 'Không thể mở “{file}” thành ghi chú: {problem}',
  },
});
