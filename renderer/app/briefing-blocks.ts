import type { Editor } from '@tiptap/core';
import type { ClassificationPreset } from '../../core/classification/classification-presets';
import { highestPortionMark, portionMarksOf } from '../../core/classification/portion-marks';
import type { DocumentNode } from '../../core/document/note-file';
import { PORTION_BLOCK_TYPES } from '../../core/document/portion-mark';
import { surveyPortionMarks } from '../../core/document/portion-marks-in-doc';
import type { NoteSession } from './note-session';
import { REFRESH_PORTION_MARKS } from '../editor/portion-mark-decorations';
import { createPortionMarkingControls } from '../ui/portion-marking-controls';
import { createCriticalDateField } from '../ui/critical-date-field';
import { createInsertBlocksGroup } from '../ui/insert-blocks-group';
import { onUiLanguageChange, uiLanguage } from '../i18n/ui-language';

export interface BriefingBlocks {
  /** The toolbar's "Insert" group. */
  insertGroup: HTMLElement;
  /** Portion marking and critical date, for the bar above the note. */
  metaControls: HTMLElement[];
  insertDecision(): void;
  focusCriticalDate(): void;
  /** Whether the open note has portion marking on. */
  portionMarkingOn(): boolean;
  /** Shows the note's state again (after a load, a settings change or any edit). */
  refresh(): void;
}

const MARKED = new Set<string>(PORTION_BLOCK_TYPES);

/**
 * The briefing blocks in the app: inserting a decision block, the critical
 * date, and portion marking — with marking on, the note's classification
 * follows the highest portion mark as paragraphs are marked.
 */
export function createBriefingBlocks(editor: Editor, session: NoteSession, preset: () => ClassificationPreset): BriefingBlocks {
  const portionMarkingOn = (): boolean => session.meta.portionMarking === true;
  const redrawMarks = (): void => {
    editor.view.dispatch(editor.state.tr.setMeta(REFRESH_PORTION_MARKS, true).setMeta('addToHistory', false));
  };
  const portionControls = createPortionMarkingControls({
    setOn: (on) => {
      session.updateMeta({ portionMarking: on });
      redrawMarks();
      refresh();
    },
    setMark: (mark) => {
      editor.commands.setPortionMark(mark);
    },
  });
  const criticalDate = createCriticalDateField((value) => session.updateMeta({ criticalDate: value }));

  const followHighestMark = (marks: readonly string[]): void => {
    if (!portionMarkingOn() || session.isReadOnly) return;
    const highest = highestPortionMark(marks, preset());
    if (highest && session.meta.classification !== highest.level.label) session.updateMeta({ classification: highest.level.label });
  };

  let survey = { marks: [] as string[], unmarked: 0 };
  // Runs on every key and caret move: the controls are touched only when what they show changed.
  let shownPortion = '';
  let shownDate = '';
  const show = (): void => {
    const on = portionMarkingOn();
    const portion = { on, marks: portionMarksOf(preset()).map((entry) => entry.mark), current: on ? selectedMark(editor) : null, unmarked: survey.unmarked, readOnly: session.isReadOnly };
    const portionKey = JSON.stringify([portion, uiLanguage()]);
    if (portionKey !== shownPortion) {
      shownPortion = portionKey;
      portionControls.show(portion);
    }
    const dateKey = JSON.stringify([session.meta.criticalDate, session.isReadOnly]);
    if (dateKey !== shownDate) {
      shownDate = dateKey;
      criticalDate.show(session.meta.criticalDate, session.isReadOnly);
    }
  };
  const refresh = (): void => {
    // The whole body is walked only while marking is on: a note without it pays nothing per keystroke.
    survey = portionMarkingOn() ? surveyPortionMarks(editor.getJSON() as DocumentNode) : { marks: [], unmarked: 0 };
    followHighestMark(survey.marks);
    show();
  };

  // On every edit, not after a pause: the classification it sets must be in any save that follows.
  // A note without portion marking pays nothing for it (see refresh).
  session.onEdit(refresh);
  session.onLoad(() => {
    shownPortion = shownDate = '';
    redrawMarks();
    refresh();
  });
  editor.on('selectionUpdate', show);
  onUiLanguageChange(() => {
    redrawMarks();
    refresh();
  });

  const insertDecision = (): void => {
    editor.commands.insertDecision();
    // Synchronously (commands.focus() waits a frame), so the first keys typed land in the recommendation.
    editor.view.focus();
  };
  return {
    insertGroup: createInsertBlocksGroup(insertDecision),
    metaControls: [portionControls.root, criticalDate.root],
    insertDecision,
    focusCriticalDate: () => criticalDate.focus(),
    portionMarkingOn,
    refresh,
  };
}

/** The mark of the blocks in the selection: one mark, none, or 'mixed'. */
function selectedMark(editor: Editor): string | null | 'mixed' {
  const { from, to } = editor.state.selection;
  const marks = new Set<string | null>();
  editor.state.doc.nodesBetween(from, to, (node) => {
    if (!MARKED.has(node.type.name)) return true;
    marks.add(typeof node.attrs.portion === 'string' && node.attrs.portion !== '' ? node.attrs.portion : null);
    return false;
  });
  if (marks.size > 1) return 'mixed';
  return marks.values().next().value ?? null;
}
