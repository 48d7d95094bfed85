/**
 * Where an export is: making the print page (or Markdown), printing it to
 * PDF, writing the file. Kept free of schemas: the preload checks events with it.
 */
export const EXPORT_STAGES = ['preparing', 'printing', 'writing'] as const;
export type ExportStage = (typeof EXPORT_STAGES)[number];

/** An export job's id, made by the renderer so it can cancel the job before the export call returns. */
export const EXPORT_JOB_ID = /^[a-zA-Z0-9_-]{1,64}$/;

export function isExportStage(value: unknown): value is ExportStage {
  return typeof value === 'string' && (EXPORT_STAGES as readonly string[]).includes(value);
}
