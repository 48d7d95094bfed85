import { defineMessages } from '../catalogue';

/** The status bar below the note. */
export const statusMessages = defineMessages({
  en: {
    'status.bar': 'Status',
    'status.save.new': 'Not saved yet',
    'status.save.saved': 'Saved',
    'status.save.unsaved': 'Unsaved changes',
    'status.save.saving': 'Saving…',
    'status.save.failed': 'Save failed',
    'status.save.retrying': 'Save failed — retrying',
    'status.save.read-only': 'Read-only',
    'status.autosave': 'Autosave',
  },
  vi: {
    'status.bar': 'Trạng thái',
    'status.save.new': 'Chưa lưu',
    'status.save.saved': 'Đã lưu',
    'status.save.unsaved': 'Có thay đổi chưa lưu',
    'status.save.saving': 'Đang lưu…',
    'status.save.failed': 'Lưu thất bại',
    'status.save.retrying': 'Lưu thất bại — đang thử lại',
    'status.save.read-only': 'Chỉ đọc',
    'status.autosave': 'Tự động lưu',
  },
});
