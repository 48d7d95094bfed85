import { DEFAULT_SETTINGS } from '../../../core/host/settings';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { NOTE_FORMAT } from '../../../core/document/note-format';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import { RecoveryJournal } from '../../../electron/services/recovery-journal';
import { SettingsStore } from '../../../electron/services/settings-store';
import { RecentNotes } from '../../../electron/services/recent-notes';
import { expectHostError } from './expect-host-error';
import { noteTitled } from './note-titled';
import { libraryInTempFolder, writeNoteFile } from './temp-library';

/** Handlers over a temp library, journal and settings, as both hosts wire them. */
async function hostInTempFolder(onNoteOpened?: (id: string) => void) {
  const { root, folder, library } = await libraryInTempFolder();
  const dataDir = path.join(root, 'data');
  const journal = new RecoveryJournal(path.join(dataDir, 'recovery'));
  const recent = new RecentNotes(dataDir);
  // The host writes the recent list after replying: let it land before the folder goes.
  onTestFinished(() => recent.settled());
  const handlers = createHostHandlers({
    library,
    journal,
    settings: new SettingsStore(dataDir),
    recent,
    appInfo: { name: 'Briefing Desk', version: '9.9.9', host: 'browser', platform: 'linux', libraryDir: folder, dataDir, userName: 'lan' },
    onNoteOpened,
  });
  return { folder, journal, handlers };
}

/** Journals unsaved edits of `title` under `key`, as the renderer does while typing. */
async function journalEdits(journal: RecoveryJournal, key: string, title: string): Promise<void> {
  await journal.write(key, { noteId: `${title}.brief`, title, preview: title, note: noteTitled(title) });
}

const journalKeys = async (journal: RecoveryJournal): Promise<string[]> => (await journal.list()).map((entry) => entry.key).sort();

describe('notes.save and notes.saveAs with a journal key', () => {
  it('discard that journal entry, and only that one, once the note is saved', async () => {
    const { journal, handlers } = await hostInTempFolder();
    await journalEdits(journal, 'tab-1', 'Memo');
    await journalEdits(journal, 'tab-2', 'Other');

    const saved = await handlers['notes.saveAs']({ name: 'Memo', note: noteTitled('Memo'), overwrite: false, journalKey: 'tab-1' });
    expect(await journalKeys(journal)).toEqual(['tab-2']);

    await journalEdits(journal, 'tab-1', 'Memo');
    await handlers['notes.save']({ id: saved.id, note: noteTitled('Memo v2'), etag: saved.etag, overwriteChanges: false, journalKey: 'tab-1' });
    expect(await journalKeys(journal)).toEqual(['tab-2']);
  });

  it('keep the journal entry when the save fails', async () => {
    const { folder, journal, handlers } = await hostInTempFolder();
    const saved = await handlers['notes.saveAs']({ name: 'Memo', note: noteTitled('Memo'), overwrite: false });
    await writeNoteFile(folder, 'Memo.brief', noteTitled('Changed elsewhere'));
    await journalEdits(journal, 'tab-1', 'Memo');

    await expectHostError(
      handlers['notes.save']({ id: saved.id, note: noteTitled('Mine'), etag: saved.etag, overwriteChanges: false, journalKey: 'tab-1' }),
      'conflict',
    );
    await expectHostError(handlers['notes.saveAs']({ name: 'Memo', note: noteTitled('Mine'), overwrite: false, journalKey: 'tab-1' }), 'already-exists');

    expect(await journalKeys(journal)).toEqual(['tab-1']);
    expect((await journal.read('tab-1')).note).toEqual(noteTitled('Memo'));
  });
});

describe('notes.search', () => {
  const body = 'Phái đoàn đến Hà Nội vào thứ Hai để đàm phán.';

  it('finds a saved note by a word in its body, with or without Vietnamese diacritics', async () => {
    const { handlers } = await hostInTempFolder();
    await handlers['notes.saveAs']({ name: 'Visit', note: noteTitled('Delegation visit', body), overwrite: false });
    await handlers['notes.saveAs']({ name: 'Markets', note: noteTitled('Markets', 'Oil steady.'), overwrite: false });

    expect(await handlers['notes.search']({ query: 'Nội' })).toEqual({ ids: ['Visit.brief'] });
    expect(await handlers['notes.search']({ query: 'noi' })).toEqual({ ids: ['Visit.brief'] });
    expect(await handlers['notes.search']({ query: 'dam phan' })).toEqual({ ids: ['Visit.brief'] });
    expect(await handlers['notes.search']({ query: 'Saigon' })).toEqual({ ids: [] });
  });

  it('follows notes as they are saved again and deleted', async () => {
    const { handlers } = await hostInTempFolder();
    const saved = await handlers['notes.saveAs']({ name: 'Visit', note: noteTitled('Delegation visit', body), overwrite: false });
    expect(await handlers['notes.search']({ query: 'Hà Nội' })).toEqual({ ids: ['Visit.brief'] });

    await handlers['notes.save']({ id: saved.id, note: noteTitled('Delegation visit', 'Moved to Huế.'), etag: saved.etag, overwriteChanges: false });
    expect(await handlers['notes.search']({ query: 'Hà Nội' })).toEqual({ ids: [] });
    expect(await handlers['notes.search']({ query: 'hue' })).toEqual({ ids: ['Visit.brief'] });

    await handlers['notes.delete']({ id: saved.id });
    expect(await handlers['notes.search']({ query: 'hue' })).toEqual({ ids: [] });
  });
});

describe('notes.open', () => {
  it('tells onNoteOpened about each note opened, and not about one that failed to open', async () => {
    const onNoteOpened = vi.fn();
    const { handlers } = await hostInTempFolder(onNoteOpened);
    await handlers['notes.saveAs']({ name: 'Memo', note: noteTitled('Memo'), overwrite: false });

    const opened = await handlers['notes.open']({ id: 'Memo.brief' });
    await expectHostError(handlers['notes.open']({ id: 'Gone.brief' }), 'not-found');

    expect(opened.note.meta.title).toBe('Memo');
    expect(onNoteOpened).toHaveBeenCalledExactlyOnceWith('Memo.brief');
  });
});

describe('notes.etag', () => {
  it('gives the etag notes.open and notes.save give, changing only when the file does, without opening the note', async () => {
    const onNoteOpened = vi.fn();
    const { handlers } = await hostInTempFolder(onNoteOpened);
    const saved = await handlers['notes.saveAs']({ name: 'Memo', note: noteTitled('Memo'), overwrite: false });

    expect(await handlers['notes.etag']({ id: 'Memo.brief' })).toEqual({ etag: saved.etag });
    const resaved = await handlers['notes.save']({ id: 'Memo.brief', note: noteTitled('Memo, revised'), etag: saved.etag, overwriteChanges: false });
    expect(await handlers['notes.etag']({ id: 'Memo.brief' })).toEqual({ etag: resaved.etag });
    expect(resaved.etag).not.toBe(saved.etag);
    await expectHostError(handlers['notes.etag']({ id: 'Gone.brief' }), 'not-found');
    expect(onNoteOpened).not.toHaveBeenCalled();
  });
});

describe('recovery.read', () => {
  it('gives back a journaled note, migrating an older version', async () => {
    const { journal, handlers } = await hostInTempFolder();
    const { doc, meta } = noteTitled('Old');
    const v1 = { format: NOTE_FORMAT, version: 1, title: 'Old', created: meta.created, modified: meta.modified, doc };
    await journal.write('tab-1', { noteId: 'Old.brief', etag: 'e1', title: 'Old', preview: 'Old', note: v1 });

    const entry = await handlers['recovery.read']({ key: 'tab-1' });

    expect(entry).toMatchObject({ key: 'tab-1', noteId: 'Old.brief', etag: 'e1', note: { version: 2, meta: { title: 'Old' }, doc } });
  });

  it('refuses an entry whose note is not a valid note as invalid-note, keeping the entry', async () => {
    const { journal, handlers } = await hostInTempFolder();
    await journal.write('tab-1', { noteId: null, title: 'Half-written', preview: '', note: { format: NOTE_FORMAT, version: 2, doc: 'nonsense' } });

    const error = await expectHostError(handlers['recovery.read']({ key: 'tab-1' }), 'invalid-note', 'Half-written');

    expect(error.message).toContain('Discard it');
    expect(await journalKeys(journal)).toEqual(['tab-1']);
  });
});

describe('settings', () => {
  it('are read and changed through the handlers', async () => {
    const { handlers } = await hostInTempFolder();

    expect(await handlers['settings.get']({})).toEqual({ settings: DEFAULT_SETTINGS });
    expect(await handlers['settings.set']({ settings: { authorName: 'Lan' } })).toEqual({ settings: { ...DEFAULT_SETTINGS, authorName: 'Lan' } });
    expect(await handlers['settings.get']({})).toEqual({ settings: { ...DEFAULT_SETTINGS, authorName: 'Lan' } });
  });
});

describe('notes.list: recent notes', () => {
  it('lists notes opened or saved most recently first, following renames and deletes', async () => {
    const { folder, handlers } = await hostInTempFolder();
    await writeNoteFile(folder, 'Old.brief', noteTitled('Old'));
    await handlers['notes.saveAs']({ name: 'Second', note: noteTitled('Second'), overwrite: false });
    await handlers['notes.open']({ id: 'Old.brief' });
    expect((await handlers['notes.list']({})).recent).toEqual(['Old.brief', 'Second.brief']);

    await handlers['notes.rename']({ id: 'Second.brief', name: 'Renamed' });
    expect((await handlers['notes.list']({})).recent).toEqual(['Old.brief', 'Renamed.brief']);
    await handlers['notes.delete']({ id: 'Old.brief' });
    expect((await handlers['notes.list']({})).recent).toEqual(['Renamed.brief']);
  });

  it('leaves out notes removed by other programs', async () => {
    const { folder, handlers } = await hostInTempFolder();
    await handlers['notes.saveAs']({ name: 'Gone', note: noteTitled('Gone'), overwrite: false });
    await fs.rm(path.join(folder, 'Gone.brief'));
    expect((await handlers['notes.list']({})).recent).toEqual([]);
  });
});
