/** Every host call's name. Kept free of schemas so the Electron preload stays tiny. */
export const HOST_CALL_NAMES = ['app.info', 'notes.list', 'notes.open', 'notes.save', 'notes.saveAs'] as const;
export type HostCallName = (typeof HOST_CALL_NAMES)[number];
