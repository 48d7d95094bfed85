import './styles/fonts.css';
import './styles/app.css';
import './styles/library.css';
import './styles/source.css';
import './styles/annotations.css';
import './styles/editor.css';
import { connectHost } from './host/connect-host';
import { createNoteEditor } from './editor/create-note-editor';
import { NoteSession } from './app/note-session';
import { createNoteCommands } from './app/note-commands';
import { bindAnnotationShortcuts, bindFileShortcuts } from './app/keyboard-shortcuts';
import { createNoteAnnotations } from './app/note-annotations';
import { createSourceAnnotations } from './app/source-annotations';
import { createAnnotationsPanel } from './ui/annotations-panel';
import { createExport } from './app/export-note';
import { Autosave } from './app/autosave';
import { journalEdits } from './app/recovery-journaling';
import { offerRecovery } from './app/offer-recovery';
import { acceptDroppedFiles } from './app/note-file-drop';
import { createArticleDrafts } from './app/article-drafts';
import { mayDiscardChanges } from './app/confirm-discard';
import { followCitationClicks, keepPastedCitationsHonest, quoteIntoNote } from './app/citations';
import { createToolbar } from './ui/toolbar';
import { createStatusBar } from './ui/status-bar';
import { createLibraryPanel } from './ui/library-panel';
import { createSourcePane } from './ui/source-pane';
import { createClassificationBar } from './ui/classification-bar';
import { element } from './ui/element';
import { askForSettings } from './ui/settings-dialog';
import { applyLook } from './app/apply-look';
import { bindSettingsShortcut } from './app/settings-shortcut';
import { onUiLanguageChange, t } from './i18n/ui-language';
import { CLASSIFICATION_PRESETS } from '../core/classification/classification-presets';
import { BUILTIN_TEMPLATES } from '../core/templates/builtin-templates';
import { DEFAULT_SETTINGS, type Settings } from '../core/host/settings';
import type { SettingsPatch } from '../core/host/settings';
import type { z } from 'zod';

async function start(): Promise<void> {
  applyLook(DEFAULT_SETTINGS);
  const host = connectHost();
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');

  const page = element('div', { class: 'page' });
  const statusBar = createStatusBar();
  const editor = createNoteEditor({ element: page, onChange: () => session.markEdited() });
  const session = new NoteSession(host, editor);
  const report = statusBar.showMessage;
  const commands = createNoteCommands(host, session, report);
  const exportNote = createExport(host, session, report, (message) => statusBar.showNotice(message));

  let settings: Settings = DEFAULT_SETTINGS;
  const saveSettings = (patch: z.infer<typeof SettingsPatch>): void => {
    settings = { ...settings, ...patch };
    applyLook(settings);
    void host['settings.set']({ settings: patch }).then(
      (saved) => (settings = saved.settings),
      (error: unknown) => report(t('settings.saveFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  const openSettings = async (): Promise<void> => {
    const { templates } = await host['templates.list']({}).catch(() => ({ templates: BUILTIN_TEMPLATES }));
    const patch = await askForSettings(settings, { templates, presets: CLASSIFICATION_PRESETS });
    if (!patch) return;
    saveSettings(patch);
    showClassification();
    statusBar.setAutosave(settings.autosave, (enabled) => saveSettings({ autosave: enabled }));
  };
  const drafts = createArticleDrafts(host, session, () => mayDiscardChanges(session), () => settings.defaultTemplate, report);
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
  const classification = createClassificationBar({
    setLabel: (label) => session.updateMeta({ classification: label }),
    setPreset: (presetId) => {
      saveSettings({ classificationPreset: presetId });
      showClassification();
    },
    addCustomLevel: (level) => saveSettings({ customLevels: [...settings.customLevels.filter((known) => known.label !== level.label), level] }),
  });
  const showClassification = (): void =>
    classification.show(session.meta.classification, { presetId: settings.classificationPreset, customLevels: settings.customLevels }, session.isReadOnly);

  const main = element(
    'main',
    { class: 'writing-area', 'aria-label': t('app.note'), 'data-i18n-aria-label': 'app.note' },
    classification.root,
    element('div', { class: 'note-and-margin' }, element('div', { class: 'note-column' }, classification.banner, page), annotationsPanel.root),
  );
  root.append(
    createToolbar(editor, {
      newNote: commands.newNote,
      openNote: commands.openNote,
      save: commands.save,
      importArticle: drafts.importArticle,
      openSampleArticle: drafts.openSampleArticle,
      addComment: noteAnnotations.addComment,
      highlight: noteAnnotations.highlight,
      exportNote: () => void exportNote(),
      openSettings: () => void openSettings(),
    }),
    library.root,
    main,
    sourcePane.root,
    statusBar.root,
  );

  const showTitle = (): void => {
    const name = session.current.id?.replace(/\.brief$/, '') ?? t('common.untitled');
    document.title = `${session.hasUnsavedChanges ? '• ' : ''}${t('app.title', { name })}`;
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
      void refreshLibrary();
    }
    showTitle();
  });
  session.onLoad(() => {
    sourcePane.show(session.sources[0] ?? null);
    root.classList.toggle('has-source', session.sources.length > 0);
    sourceAnnotations.paint();
    noteAnnotations.refresh();
  });
  session.onSourceChange(() => sourcePane.show(session.sources[0] ?? null));
  session.onAnnotations(() => {
    sourceAnnotations.paint();
    noteAnnotations.refresh();
  });
  bindAnnotationShortcuts(window, noteAnnotations);
  followCitationClicks(editor, session, sourcePane, report);
  keepPastedCitationsHonest(editor, session);
  bindFileShortcuts(window, { ...commands, exportNote });
  bindSettingsShortcut(window, () => void openSettings());
  journalEdits(session);
  new Autosave({ session, save: commands.saveForAutosave, isEnabled: () => settings.autosave });
  acceptDroppedFiles(host, commands.openById, drafts.draftFromFile, report);

  host.onEvent((event) => {
    if (event.type === 'library.changed') {
      void refreshLibrary();
      if (session.current.id && (event.fileNames.length === 0 || event.fileNames.includes(session.current.id))) void session.reloadIfChangedOnDisk();
    }
    if (event.type === 'note.open') void commands.openById(event.id);
    if (event.type === 'menu.command') void runMenuCommand(event.command);
  });
  const runMenuCommand = async (command: string): Promise<void> => {
    if (command === 'new') return commands.newNote();
    if (command === 'open') return commands.openNote();
    if (command === 'save') return commands.save();
    if (command === 'saveAs') return commands.saveAs();
    if (command === 'export') return exportNote();
    if (command === 'settings') return openSettings();
    if (command === 'saveAndClose') {
      await commands.save();
      if (!session.hasUnsavedChanges) window.close();
    }
  };
  // Browser mode: the journal keeps the text, but the browser should still ask.
  window.addEventListener('beforeunload', (event) => {
    if (session.hasUnsavedChanges) event.preventDefault();
  });

  userName = await host['app.info']({}).then(
    (info) => info.userName,
    () => '',
  );
  const loaded = await host['settings.get']({}).catch(() => ({ settings: DEFAULT_SETTINGS, notice: undefined, brokenFile: undefined }));
  settings = loaded.settings;
  applyLook(settings);
  if (loaded.brokenFile) report(t('settings.brokenNotice', { file: loaded.brokenFile }));
  else if (loaded.notice) report(loaded.notice);
  showClassification();
  statusBar.setAutosave(settings.autosave, (enabled) => saveSettings({ autosave: enabled }));
  await refreshLibrary();
  await offerRecovery(host, session, report).catch((error: unknown) => report(error instanceof Error ? error.message : String(error)));
}

void start();
