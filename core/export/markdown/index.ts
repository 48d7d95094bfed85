export { noteToMarkdown } from './note-to-markdown';
export type { MarkdownExportOptions } from './note-to-markdown';
export { markdownToNote } from './markdown-to-note';
export type { MarkdownImport, MarkdownImportOptions } from './markdown-to-note';
export type { CommentStyle } from './comment-style';
export { isNoteMarkdown } from './is-note-markdown';
