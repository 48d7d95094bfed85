import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The folder inside the library where browser mode puts deleted notes (Electron uses the OS trash). */
export const LIBRARY_TRASH_FOLDER = '.trash';

/** Moves a note into the library's `.trash` folder, never overwriting an earlier deleted note of the same name. */
export async function moveIntoLibraryTrash(file: string): Promise<void> {
  const trash = path.join(path.dirname(file), LIBRARY_TRASH_FOLDER);
  await fs.mkdir(trash, { recursive: true });
  const { name, ext } = path.parse(file);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (let n = 0; ; n++) {
    const target = path.join(trash, `${name} (deleted ${stamp}${n ? ` ${n}` : ''})${ext}`);
    try {
      await fs.link(file, target);
      await fs.unlink(file);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      // Filesystems without hard links: a plain rename, after checking the name is free.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') {
        await fs.access(target).then(
          () => Promise.reject(Object.assign(new Error('exists'), { code: 'EEXIST' })),
          () => fs.rename(file, target),
        );
        return;
      }
      throw error;
    }
  }
}
