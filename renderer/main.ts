import './styles/app.css';
import './styles/editor.css';
import { connectHost } from './host/connect-host';
import { createNoteEditor } from './editor/create-note-editor';
import { NoteSession } from './app/note-session';
import { createNoteCommands } from './app/note-commands';
import { bindFileShortcuts } from './app/keyboard-shortcuts';
import { createToolbar } from './ui/toolbar';
import { createStatusBar } from './ui/status-bar';
import { element } from './ui/element';

function start(): void {
  const host = connectHost();
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');

  const page = element('div', { class: 'page' });
  const statusBar = createStatusBar();
  const editor = createNoteEditor({ element: page, onChange: () => session.markEdited() });
  const session = new NoteSession(host, editor);
  const commands = createNoteCommands(host, session, statusBar.showMessage);

  const main = element('main', { class: 'writing-area', 'aria-label': 'Note' }, page);
  root.append(createToolbar(editor, { newNote: commands.newNote, openNote: commands.openNote, save: commands.save }), main, statusBar.root);

  session.onChange((state) => {
    statusBar.show(state);
    const name = state.id?.replace(/\.brief$/, '') ?? 'Untitled';
    document.title = `${session.hasUnsavedChanges ? '• ' : ''}${name} — Briefing Desk`;
  });
  bindFileShortcuts(window, commands);
  host.onMenuCommand((command) => {
    const run = { new: commands.newNote, open: commands.openNote, save: commands.save, saveAs: commands.saveAs }[command];
    void run();
  });
  window.addEventListener('beforeunload', (event) => {
    if (session.hasUnsavedChanges) event.preventDefault();
  });
}

start();
