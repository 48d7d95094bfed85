import { z } from 'zod';

/** A Tiptap/ProseMirror JSON node: checked for shape here, for content by the editor schema. */
export interface DocumentNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocumentNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const DocumentNodeSchema: z.ZodType<DocumentNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocumentNodeSchema).optional(),
    marks: z.array(z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);

/** The body of a note: a `doc` node at the top. */
export const NoteBodySchema = DocumentNodeSchema.refine((node) => node.type === 'doc', {
  message: 'the document must start with a "doc" node',
});
