import './styles/fonts.css';
import './styles/app.css';
import './styles/library.css';
import './styles/source.css';
import './styles/annotations.css';
import './styles/editor.css';
import './styles/accessibility.css';
import './styles/desktop.css';
import './styles/writing-aids.css';
import './styles/blocks.css';
import './styles/narrow-window.css';
import { connectHost } from './host/connect-host';
import { createNoteEditor } from './editor/create-note-editor';
import { NoteSession } from './app/note-session';
import { createNoteCommands } from './app/note-commands';
import { bindCommandShortcuts } from './app/keyboard-shortcuts';
import { createAppCommands } from './app/app-command-handlers';
import { currentPlatform } from './app/platform';
import { bindEditorContextMenu } from './app/editor-context-menu';
import { windowTitle } from '../core/desktop/window-title';
import { editorLanguage } from '../core/desktop/spell-check-languages';
import { onUiLanguageChange, t, uiLanguage } from './i18n/ui-language';
import { createNoteAnnotations } from './app/note-annotations';
import { afterNextPaint } from './app/after-paint';
import { holdNoteAhead } from './app/hold-note-ahead';
import { createSourceAnnotations } from './app/source-annotations';
import { createAnnotationsPanel } from './ui/annotations-panel';
import { createExport } from './app/export-note';
import { Autosave } from './app/autosave';
import { journalEdits } from './app/recovery-journaling';
import { offerRecovery } from './app/offer-recovery';
import { acceptDroppedFiles } from './app/note-file-drop';
import { createArticleDrafts } from './app/article-drafts';
import { reopenLastNote } from './app/reopen-last-note';
import { mayDiscardChanges } from './app/confirm-discard';
import { followCitationClicks, keepPastedCitationsHonest, quoteIntoNote } from './app/citations';
import { createToolbar } from './ui/toolbar';
import { createAppHeader } from './ui/app-header';
import { keepFocusAcrossRebuilds } from './ui/keep-focus';
import { createStatusBar } from './ui/status-bar';
import { createWritingAids } from './app/writing-aids';
import { defaultPageLimitFrom, pageSizeFrom } from './app/page-limit';
import { createLibraryPanel } from './ui/library-panel';
import { createSourcePane } from './ui/source-pane';
import { createClassificationBar } from './ui/classification-bar';
import { createBriefingBlocks } from './app/briefing-blocks';
import { CLASSIFICATION_PRESETS } from '../core/classification/classification-presets';
import { element } from './ui/element';
import { askForSettings } from './ui/settings-dialog';
import { applyLook } from './app/apply-look';
import { BUILTIN_TEMPLATES } from '../core/templates/builtin-templates';
import { DEFAULT_SETTINGS, type Settings } from '../core/host/settings';
import type { SettingsPatch } from '../core/host/settings';
import type * as z from '../core/schema/z';

async function start(): Promise<void> {
  applyLook(DEFAULT_SETTINGS);
  const host = connectHost();
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');

  const page = element('div', { class: 'page' });
  const statusBar = createStatusBar();
  // The editor's plugins ask before the session exists.
  let portionMarkingOn = (): boolean => false;
  const editor = createNoteEditor({ element: page, onChange: () => session.markEdited(), portionMarking: () => portionMarkingOn(), editsHeld: () => session.holdsEdits });
  const session = new NoteSession(host, editor);
  const report = statusBar.showMessage;
  // The comment margin is built further down; leaving a note asks it about unposted text.
  let hasUnpostedComment = (): boolean => false;
  const commands = createNoteCommands(host, session, report, () => hasUnpostedComment());
  const exportNote = createExport(host, session, report, (message) => statusBar.showNotice(message), () => settings.pageSize);

  let settings: Settings = DEFAULT_SETTINGS;
  const aids = createWritingAids({ editor, session, statusBar, pageSize: () => pageSizeFrom(settings), defaultPageLimit: () => defaultPageLimitFrom(settings) });
  const saveSettings = (patch: z.infer<typeof SettingsPatch>): void => {
    settings = { ...settings, ...patch };
    aids.remeasure();
    applyLook(settings);
    void host['settings.set']({ settings: patch }).then(
      (saved) => (settings = saved.settings),
      (error: unknown) => report(t('settings.saveFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  const showSettings = async (): Promise<void> => {
    const { templates } = await host['templates.list']({}).catch(() => ({ templates: BUILTIN_TEMPLATES }));
    const patch = await askForSettings(settings, { templates, presets: CLASSIFICATION_PRESETS });
    if (!patch) return;
    saveSettings(patch);
    showClassification();
    statusBar.setAutosave(settings.autosave, (enabled) => saveSettings({ autosave: enabled }));
  };
  // One Settings dialog at a time, from the shortcut until it closes: Ctrl+, pressed again
  // while it was open asked for the templates again, and when Escape came before their
  // reply, the reply opened a second dialog after the first had closed.
  let settingsShown: Promise<void> | null = null;
  const openSettings = (): Promise<void> =>
    (settingsShown ??= showSettings().finally(() => {
      settingsShown = null;
    }));
  const drafts = createArticleDrafts(host, session, () => mayDiscardChanges(session, () => hasUnpostedComment()), () => settings.defaultTemplate, report);
  const library = createLibraryPanel({
    open: (id) => void commands.openById(id),
    rename: (id) => void commands.renameNote(id),
    duplicate: (id) => void commands.duplicateNote(id),
    delete: (id) => void commands.deleteNote(id),
    search: async (query) => (await host['notes.search']({ query })).ids,
  });
  const refreshLibrary = (): Promise<void> =>
    host['notes.list']({}).then(
      ({ notes, recent }) => library.show(notes, recent),
      (error: unknown) => report(error instanceof Error ? error.message : String(error)),
    );
  let userName = '';
  const sourcePane = createSourcePane({
    quote: (source, range) => quoteIntoNote(editor, session, source, range),
    highlight: (source, range, meaning) => sourceAnnotations.highlight(source, range, meaning),
    reimport: (source) => void sourceAnnotations.reimport(source),
  });
  const sourceAnnotations = createSourceAnnotations(editor, session, sourcePane, report);
  const noteAnnotations = createNoteAnnotations({
    editor,
    session,
    panel: () => annotationsPanel,
    author: () => settings.authorName || userName,
    report,
    showCounts: statusBar.showCounts,
    showSourcePassage: (_sourceId, range) => sourcePane.highlight(range),
  });
  const annotationsPanel = createAnnotationsPanel(noteAnnotations);
  hasUnpostedComment = annotationsPanel.hasUnpostedText;
  const classification = createClassificationBar({
    setLabel: (label) => session.updateMeta({ classification: label }),
    setPreset: (presetId) => {
      saveSettings({ classificationPreset: presetId });
      showClassification();
    },
    addCustomLevel: (level) => saveSettings({ customLevels: [...settings.customLevels.filter((known) => known.label !== level.label), level] }),
  });
  const blocks = createBriefingBlocks(editor, session, () => CLASSIFICATION_PRESETS.find((preset) => preset.id === settings.classificationPreset) ?? CLASSIFICATION_PRESETS[0]!);
  portionMarkingOn = blocks.portionMarkingOn;
  classification.root.append(...blocks.metaControls);
  const showClassification = (): void =>
    classification.show(session.meta.classification, { presetId: settings.classificationPreset, customLevels: settings.customLevels }, session.isReadOnly, blocks.portionMarkingOn());

  const main = element(
    'main',
    { class: 'writing-area', id: 'note', 'aria-label': t('app.note'), 'data-i18n-aria-label': 'app.note' },
    classification.root,
    element('div', { class: 'note-and-margin' }, aids.outline.root, element('div', { class: 'note-column' }, aids.findBar.root, classification.banner, page), annotationsPanel.root),
  );
  const toolbar = createToolbar(editor, {
    newNote: commands.newNote,
    openNote: commands.openNote,
    save: commands.save,
    importArticle: drafts.importArticle,
    openSampleArticle: drafts.openSampleArticle,
    addComment: noteAnnotations.addComment,
    highlight: noteAnnotations.highlight,
    exportNote: () => void exportNote(),
    openSettings: () => void openSettings(),
  });
  toolbar.insertBefore(blocks.insertGroup, toolbar.querySelector(':scope > .toolbar-end'));
  root.append(
    toolbar,
    library.root,
    main,
    sourcePane.root,
    statusBar.root,
  );
  // The toolbar goes into the banner landmark, after the "Skip to note" link.
  root.prepend(createAppHeader(root.querySelector<HTMLElement>(':scope > .toolbar')!, () => editor.commands.focus()));
  keepFocusAcrossRebuilds(library.root, (control) => control.closest('li')?.querySelector('.library-file')?.textContent ?? control.closest('li')?.textContent ?? null);
  keepFocusAcrossRebuilds(annotationsPanel.root, (control) => control.closest<HTMLElement>('[data-id]')?.dataset.id ?? null);

  let shownTitle: string | null = null;
  const showTitle = (): void => {
    const title = windowTitle({
      title: session.meta.title,
      fileName: session.current.id,
      unsaved: session.hasUnsavedChanges,
      appName: t('common.appName'),
      untitled: t('common.untitled'),
    });
    // Told of every change of the session's state (each save): the window hears only of a new title.
    if (title === shownTitle) return;
    shownTitle = title;
    document.title = title;
  };
  onUiLanguageChange(showTitle);
  let shownId: string | null = null;
  session.onChange((state) => {
    statusBar.show(state);
    library.markOpen(state.id);
    showClassification();
    // Opening changes no file, so the watcher says nothing: refresh Recent here.
    if (state.id !== shownId) {
      shownId = state.id;
      afterNextPaint(() => void refreshLibrary());
    }
    showTitle();
  });
  session.onLoad(() => {
    // The note is shown first; its source article, margin of comments and highlights follow
    // in the next frame (the source's column is there at once, so nothing moves).
    root.classList.toggle('has-source', session.sources.length > 0);
    afterNextPaint(() => {
      sourcePane.show(session.sources[0] ?? null);
      sourceAnnotations.paint();
      noteAnnotations.refresh();
    });
  });
  if (host.holdNoteParts) holdNoteAhead(editor, session, host.holdNoteParts);
  session.onSourceChange(() => sourcePane.show(session.sources[0] ?? null));
  session.onAnnotations(() => {
    sourceAnnotations.paint();
    noteAnnotations.refresh();
  });
  followCitationClicks(editor, session, sourcePane, report);
  keepPastedCitationsHonest(editor, session);
  const platform = currentPlatform();
  const runner = createAppCommands({ host, editor, session, commands, drafts, exportNote, noteAnnotations, root, platform, report });
  runner.register('find', () => aids.openFind(false));
  runner.register('replace', () => aids.openFind(true));
  runner.register('toggleOutline', () => aids.toggleOutline());
  runner.register('insertDecision', () => blocks.insertDecision());
  runner.register('insertCriticalDate', () => blocks.focusCriticalDate());
  runner.register('settings', openSettings);
  bindCommandShortcuts(window, runner, platform);
  // Electron's main process shows a native context menu with its spelling suggestions.
  if (!window.briefingHost) bindEditorContextMenu({ editor, runner, platform, report });
  journalEdits(session);
  new Autosave({ session, save: commands.saveForAutosave, isEnabled: () => settings.autosave });
  acceptDroppedFiles(host, commands.openById, drafts.draftFromFile, report);

  host.onEvent((event) => {
    if (event.type === 'library.changed') {
      void refreshLibrary();
      if (session.current.id && (event.fileNames.length === 0 || event.fileNames.includes(session.current.id))) void session.reloadIfChangedOnDisk();
    }
    if (event.type === 'note.open') void commands.openById(event.id);
    if (event.type === 'menu.command') void runner.run(event.command);
  });
  // Browser mode: the journal keeps the text, but the browser should still ask.
  window.addEventListener('beforeunload', (event) => {
    if (session.hasUnsavedChanges || hasUnpostedComment()) event.preventDefault();
  });

  userName = await host['app.info']({}).then(
    (info) => info.userName,
    () => '',
  );
  const loaded = await host['settings.get']({}).catch(() => ({ settings: DEFAULT_SETTINGS, notice: undefined, brokenFile: undefined }));
  settings = loaded.settings;
  aids.remeasure();
  applyLook(settings);
  if (loaded.brokenFile) report(t('settings.brokenNotice', { file: loaded.brokenFile }));
  else if (loaded.notice) report(loaded.notice);
  // Browser mode: the browser's own spell checker reads the editor's language.
  editor.view.dom.setAttribute('lang', editorLanguage(settings, uiLanguage()));
  showClassification();
  blocks.refresh();
  statusBar.setAutosave(settings.autosave, (enabled) => saveSettings({ autosave: enabled }));
  await refreshLibrary();
  await offerRecovery(host, session, report).catch((error: unknown) => report(error instanceof Error ? error.message : String(error)));
  await reopenLastNote(host, session);
}

void start();
