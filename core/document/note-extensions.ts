import { StarterKit } from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { Citation } from './citation-node';
import { CommentAnchor } from './comment-mark';
import { NoteHighlight } from './highlight-mark';
import { Decision, Recommendation } from './decision-node';
import { PortionMark } from './portion-mark';

/** Link targets a note may hold; anything else (javascript:, file:, data:) is dropped. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

export function isAllowedLink(href: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  return match !== null && (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(match[1]!.toLowerCase());
}

/**
 * The note schema, defined headlessly: the renderer adds views and keymaps
 * with `.extend()`, and Node code (export, CLI, tests) builds the same schema.
 */
export function noteExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        protocols: [...ALLOWED_LINK_PROTOCOLS],
        isAllowedUri: (url) => isAllowedLink(url),
      },
    }),
    Citation,
    CommentAnchor,
    NoteHighlight,
    Decision,
    Recommendation,
    PortionMark,
  ];
}
