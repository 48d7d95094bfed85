/** Every host call's name. Kept free of schemas so the Electron preload stays tiny. */
export const HOST_CALL_NAMES = [
  'app.info',
  'notes.list',
  'notes.search',
  'notes.open',
  'notes.etag',
  'notes.save',
  'notes.saveAs',
  'notes.rename',
  'notes.duplicate',
  'notes.delete',
  'notes.import',
  'recovery.write',
  'recovery.list',
  'recovery.read',
  'recovery.discard',
  'settings.get',
  'settings.set',
  'templates.list',
  'export.note',
  'export.cancel',
] as const;
export type HostCallName = (typeof HOST_CALL_NAMES)[number];
