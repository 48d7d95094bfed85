import { defineMessages } from '../catalogue';

/** The source article pane beside the note. */
export const sourceMessages = defineMessages({
  en: {
    'source.name': 'Source article',
    'source.quote': 'Quote into note',
    'source.reimport': 'Re-import article…',
    'source.highlight.key': 'Highlight as Key',
    'source.highlight.key.text': 'Key',
    'source.highlight.verify': 'Highlight as Verify',
    'source.highlight.verify.text': 'Verify',
    'source.highlight.sensitive': 'Highlight as Sensitive',
    'source.highlight.sensitive.text': 'Sensitive',
  },
  vi: {
    'source.name': 'Bài báo nguồn',
    'source.quote': 'Trích vào ghi chú',
    'source.reimport': 'Nhập lại bài báo…',
    'source.highlight.key': 'Đánh dấu là Trọng điểm',
    'source.highlight.key.text': 'Trọng điểm',
    'source.highlight.verify': 'Đánh dấu là Cần xác minh',
    'source.highlight.verify.text': 'Cần xác minh',
    'source.highlight.sensitive': 'Đánh dấu là Nhạy cảm',
    'source.highlight.sensitive.text': 'Nhạy cảm',
  },
});
