import type { HostHandlers, HostResult } from '../../core/host/contract';
import type { NoteLibrary } from './note-library';

export interface HostHandlerDependencies {
  library: NoteLibrary;
  appInfo: HostResult<'app.info'>;
}

/** The host contract implemented over the Node services; shared by Electron and browser mode. */
export function createHostHandlers({ library, appInfo }: HostHandlerDependencies): HostHandlers {
  return {
    'app.info': async () => appInfo,
    'notes.list': async () => ({ notes: await library.list() }),
    'notes.open': async ({ id }) => ({ id, ...(await library.open(id)) }),
    'notes.save': async ({ id, note }) => ({ id, ...(await library.save(id, note)) }),
    'notes.saveAs': async ({ name, note, overwrite }) => library.saveAs(name, note, overwrite),
  };
}
