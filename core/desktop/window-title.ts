/** The mark before the title while the note has unsaved changes. */
export const UNSAVED_MARK = '• ';

export interface TitleFacts {
  /** The note's own title (meta.title); may be empty. */
  title: string;
  /** The note's file name in the library, or null before its first save. */
  fileName: string | null;
  unsaved: boolean;
  appName: string;
  /** Shown when the note has neither a title nor a file. */
  untitled: string;
}

/** "• Title — Briefing Desk": the note's title, else its file name, with a mark while unsaved. */
export function windowTitle({ title, fileName, unsaved, appName, untitled }: TitleFacts): string {
  const name = title.trim() || fileName?.replace(/\.brief$/, '') || untitled;
  return `${unsaved ? UNSAVED_MARK : ''}${name} — ${appName}`;
}

/** Whether a window title shows unsaved changes (the Electron main process reads it for macOS's dot). */
export function titleShowsUnsaved(title: string): boolean {
  return title.startsWith(UNSAVED_MARK);
}
