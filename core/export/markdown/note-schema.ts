import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { noteExtensions } from '../../document/note-extensions';

let schema: Schema | null = null;

/** The note schema, built headlessly once and shared by the Markdown writer and reader. */
export function noteSchema(): Schema {
  schema ??= getSchema(noteExtensions());
  return schema;
}
