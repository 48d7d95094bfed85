import * as z from '../schema/z';

/** A Tiptap/ProseMirror JSON node: checked for shape here, for content by the editor schema. */
export interface DocumentNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocumentNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const DocumentNodeSchema: z.ZodMiniType<DocumentNode> = z.lazy(() =>
  z.object({
    type: z.string().check(z.minLength(1)),
    attrs: z.optional(z.record(z.string(), z.unknown())),
    content: z.optional(z.array(DocumentNodeSchema)),
    marks: z.optional(z.array(z.object({ type: z.string().check(z.minLength(1)), attrs: z.optional(z.record(z.string(), z.unknown())) }))),
    text: z.optional(z.string()),
  }),
);

/** The body of a note: a `doc` node at the top. */
export const NoteBodySchema = DocumentNodeSchema.check(
  z.refine((node) => node.type === 'doc', {
    message: 'the document must start with a "doc" node',
  }),
);
