import { describe, expect, it } from 'vitest';
import { titleShowsUnsaved, windowTitle } from '../../../core/desktop/window-title';

const base = { title: '', fileName: null, unsaved: false, appName: 'Briefing Desk', untitled: 'Untitled' };

describe('windowTitle', () => {
  it('shows the note’s title, else its file name, else Untitled', () => {
    expect(windowTitle({ ...base, title: 'Port visit', fileName: 'visit.brief' })).toBe('Port visit — Briefing Desk');
    expect(windowTitle({ ...base, fileName: 'visit.brief' })).toBe('visit — Briefing Desk');
    expect(windowTitle(base)).toBe('Untitled — Briefing Desk');
  });

  it('marks unsaved changes, and the mark can be read back', () => {
    const title = windowTitle({ ...base, title: 'Port visit', unsaved: true });
    expect(title).toBe('• Port visit — Briefing Desk');
    expect(titleShowsUnsaved(title)).toBe(true);
    expect(titleShowsUnsaved(windowTitle({ ...base, title: 'Port visit' }))).toBe(false);
  });
});
