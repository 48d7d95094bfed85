import { t } from '../i18n/ui-language';
import type { Editor } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describePassage, locatePassage, type TextRange } from '../../core/annotations/text-selectors';
import type { SourceArticle } from '../../core/document/note-file';
import { paragraphNumberAt } from '../../core/article/source-text';
import type { NoteSession } from './note-session';
import type { SourcePane } from '../ui/source-pane';

/** Inserts the selected passage of the source at the cursor, quoted, with its citation. */
export function quoteIntoNote(editor: Editor, session: NoteSession, source: SourceArticle, range: TextRange): void {
  if (session.isReadOnly) return;
  const selector = describePassage(source.text, range);
  const citation = session.addCitation(source.id, selector);
  const quoted = selector[0].exact.replace(/\s+/g, ' ').trim();
  editor
    .chain()
    .focus()
    .insertContent([
      { type: 'text', text: `“${quoted}” ` },
      { type: 'citation', attrs: { citationId: citation.id, paragraph: paragraphNumberAt(source.text, range.start) } },
      { type: 'text', text: ' ' },
    ])
    .run();
}

/** Clicking a citation marker in the note shows its passage in the source pane. */
export function followCitationClicks(editor: Editor, session: NoteSession, pane: SourcePane, report: (message: string) => void): void {
  editor.view.dom.addEventListener('click', (event) => {
    const marker = (event.target as Element | null)?.closest?.('sup[data-citation]');
    if (!marker) return;
    const citation = session.citation(marker.getAttribute('data-citation') ?? '');
    const source = session.sources.find((candidate) => candidate.id === citation?.sourceId);
    const range = citation && source ? locatePassage(source.text, citation.selector) : null;
    if (!range) return report(t('app.citationGone'));
    pane.highlight(range);
  });
}

/**
 * A citation pasted from another note names a passage this note does not
 * have: it becomes plain text ("[¶3]") rather than a marker that misleads.
 */
export function keepPastedCitationsHonest(editor: Editor, session: NoteSession): void {
  const known = (node: ProseMirrorNode): boolean => session.citation(String(node.attrs.citationId)) !== undefined;
  const clean = (fragment: Fragment): Fragment => {
    const nodes: ProseMirrorNode[] = [];
    fragment.forEach((node) => {
      if (node.type.name === 'citation' && !known(node)) nodes.push(editor.schema.text(`[¶${node.attrs.paragraph}]`));
      else nodes.push(node.isText || node.isLeaf ? node : node.copy(clean(node.content)));
    });
    return Fragment.from(nodes);
  };
  editor.registerPlugin(new Plugin({ props: { transformPasted: (slice) => new Slice(clean(slice.content), slice.openStart, slice.openEnd) } }));
}
