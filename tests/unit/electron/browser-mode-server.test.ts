import http from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../core/host/content-security-policy';
import { createBrowserModeServer, listenOnLoopback } from '../../../electron/browser-mode/server';
import { TOKEN_HEADER } from '../../../electron/browser-mode/request-guard';
import { HostEventHub } from '../../../electron/services/host-event-hub';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import { moveIntoLibraryTrash } from '../../../electron/services/library-trash';
import { NoteLibrary } from '../../../electron/services/note-library';
import { RecoveryJournal } from '../../../electron/services/recovery-journal';
import { SettingsStore } from '../../../electron/services/settings-store';
import { RecentNotes } from '../../../electron/services/recent-notes';
import { noteTitled } from './note-titled';
import { freshTempFolder } from './temp-folder';

const token = 'test-token-4f9a1c';
const indexHtml = '<!doctype html><title>Briefing Desk</title>';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

let server: http.Server;
let port: number;
let root: string;
let libraryDir: string;
let events: HostEventHub;

beforeEach(async () => {
  root = await freshTempFolder();
  libraryDir = path.join(root, 'library');
  const rendererDir = path.join(root, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(path.join(rendererDir, 'index.html'), indexHtml);
  await fs.writeFile(path.join(rendererDir, 'app.js'), 'console.log("app");');
  await fs.writeFile(path.join(root, 'package.json'), '{"secret": true}');
  const dataDir = path.join(root, 'data');
  events = new HostEventHub();
  server = createBrowserModeServer({
    token,
    rendererDir,
    events,
    handlers: createHostHandlers({
      library: new NoteLibrary(libraryDir, moveIntoLibraryTrash),
      journal: new RecoveryJournal(path.join(dataDir, 'recovery')),
      settings: new SettingsStore(dataDir),
      recent: new RecentNotes(dataDir),
      appInfo: { name: 'Briefing Desk', version: '9.9.9', host: 'browser', platform: 'linux', libraryDir, dataDir, userName: 'lan' },
    }),
  });
  port = await listenOnLoopback(server, 0);
});

afterEach(async () => {
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  server.closeAllConnections();
  await closed;
});

/** Sends exactly these headers and path (fetch would rewrite Host and normalise `..`). */
function send({ method = 'GET', path: requestPath, headers = {}, body }: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method, path: requestPath, headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function callApi(call: string, args: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send({
    method: 'POST',
    path: `/api/${call}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers },
    body: JSON.stringify(args),
  });
}

describe('browser mode API', () => {
  it('answers app.info for a caller with the token', async () => {
    const reply = await callApi('app.info', {});

    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { name: 'Briefing Desk', version: '9.9.9', host: 'browser', platform: 'linux', libraryDir, dataDir: path.join(root, 'data'), userName: 'lan' },
    });
  });

  it('answers the app’s own page, which sends its Origin', async () => {
    const reply = await callApi('app.info', {}, { origin: `http://127.0.0.1:${port}` });

    expect(reply.status).toBe(200);
  });

  it('saves and lists notes in the library folder', async () => {
    const note = noteTitled('Over HTTP');

    const saved = JSON.parse((await callApi('notes.saveAs', { name: 'Web', note })).body);
    const listed = JSON.parse((await callApi('notes.list', {})).body);

    expect(saved).toMatchObject({ ok: true, value: { id: 'Web.brief' } });
    expect(listed.value.notes).toMatchObject([{ id: 'Web.brief', title: 'Over HTTP' }]);
    expect(JSON.parse(await fs.readFile(path.join(libraryDir, 'Web.brief'), 'utf8'))).toEqual(note);
  });

  it('refuses a call without the token with 401', async () => {
    const reply = await send({ method: 'POST', path: '/api/app.info', headers: { 'content-type': 'application/json' }, body: '{}' });

    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('Briefing Desk');
  });

  it('refuses a call with the wrong token with 401', async () => {
    const reply = await callApi('app.info', {}, { [TOKEN_HEADER]: 'guess' });

    expect(reply.status).toBe(401);
  });

  it('refuses another site’s page with 403, even with the token', async () => {
    const reply = await callApi('app.info', {}, { origin: 'http://evil.example' });

    expect(reply.status).toBe(403);
  });

  it('refuses a request addressed to another host name with 403 (DNS rebinding)', async () => {
    const api = await callApi('app.info', {}, { host: `evil.example:${port}` });
    const page = await send({ path: '/', headers: { host: `evil.example:${port}` } });

    expect(api.status).toBe(403);
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(indexHtml);
  });

  it('refuses GET on the API with 405', async () => {
    const reply = await send({ path: '/api/app.info', headers: { [TOKEN_HEADER]: token } });

    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
  });

  it.each(['text/plain', 'application/jsonp', 'application/x-www-form-urlencoded'])('refuses a body declared %s with 415', async (contentType) => {
    const reply = await callApi('app.info', {}, { 'content-type': contentType });

    expect(reply.status).toBe(415);
  });

  it('accepts JSON with a charset', async () => {
    const reply = await callApi('app.info', {}, { 'content-type': 'application/json; charset=utf-8' });

    expect(reply.status).toBe(200);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const reply = await send({
      method: 'POST',
      path: '/api/app.info',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: '{not json',
    });

    expect(reply.status).toBe(400);
  });

  it('replies unknown-call to a call the host does not offer', async () => {
    const reply = await callApi('fs.readFile', { path: '/etc/passwd' });

    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('replies invalid-arguments to a path instead of a note id', async () => {
    const reply = await callApi('notes.open', { id: '../../etc/passwd' });

    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('replies not-found, as data, for a note that is not there', async () => {
    const reply = await callApi('notes.open', { id: 'Nothing.brief' });

    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

interface EventStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The next event the server sends, skipping heartbeat blank lines. */
  nextEvent(): Promise<unknown>;
  close(): void;
}

/** Opens POST /events the way the page does and resolves once the server has answered. */
function openEvents(headers: Record<string, string> = { [TOKEN_HEADER]: token }): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/events', headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false },
      (response) => {
        response.on('error', () => {});
        const lines = readline.createInterface({ input: response, crlfDelay: Infinity })[Symbol.asyncIterator]();
        const nextEvent = async (): Promise<unknown> => {
          for (;;) {
            const { value, done } = await lines.next();
            if (done) throw new Error('the event stream ended');
            if (value.trim()) return JSON.parse(value);
          }
        };
        resolve({ status: response.statusCode ?? 0, headers: response.headers, nextEvent, close: () => request.destroy() });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** Counts the hub's subscribers, which the HostEventHub keeps to itself. */
function countSubscribers(hub: HostEventHub): () => number {
  let active = 0;
  const subscribe = hub.subscribe.bind(hub);
  hub.subscribe = (listener) => {
    active++;
    const unsubscribe = subscribe(listener);
    return () => {
      active--;
      return unsubscribe();
    };
  };
  return () => active;
}

describe('browser mode events', () => {
  it('streams each host event as one JSON line to a caller with the token', async () => {
    const stream = await openEvents();
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toMatch(/^application\/x-ndjson/);
      expect(stream.headers['cache-control']).toBe('no-store');

      events.emit({ type: 'library.changed', fileNames: ['a.brief'] });
      expect(await stream.nextEvent()).toEqual({ type: 'library.changed', fileNames: ['a.brief'] });

      events.emit({ type: 'note.open', id: 'b.brief' });
      expect(await stream.nextEvent()).toEqual({ type: 'note.open', id: 'b.brief' });
    } finally {
      stream.close();
    }
  });

  it.each([
    ['no token', {}],
    ['the wrong token', { [TOKEN_HEADER]: 'guess' }],
  ])('refuses a caller with %s with 401, streaming nothing', async (_who, headers) => {
    const subscribers = countSubscribers(events);

    const reply = await send({ method: 'POST', path: '/events', headers });

    expect(reply.status).toBe(401);
    expect(subscribers()).toBe(0);
  });

  it('refuses GET with 405', async () => {
    const reply = await send({ path: '/events', headers: { [TOKEN_HEADER]: token } });

    expect(reply.status).toBe(405);
  });

  it('stops listening to the hub when the page closes the stream', async () => {
    const subscribers = countSubscribers(events);
    const stream = await openEvents();
    expect(subscribers()).toBe(1);

    stream.close();

    await vi.waitFor(() => expect(subscribers()).toBe(0));
  });
});

describe('browser mode pages', () => {
  it('serves index.html at / with the app’s Content-Security-Policy', async () => {
    const reply = await send({ path: '/' });

    expect(reply.status).toBe(200);
    expect(reply.body).toBe(indexHtml);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves other renderer files with their type', async () => {
    const reply = await send({ path: '/app.js' });

    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2fpackage.json', '/renderer/../../package.json'])(
    'does not serve %s from outside the renderer folder',
    async (requestPath) => {
      const reply = await send({ path: requestPath });

      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('secret');
    },
  );

  it('answers 404 for a missing file', async () => {
    expect((await send({ path: '/missing.js' })).status).toBe(404);
  });

  it('refuses POST to a page with 405', async () => {
    expect((await send({ method: 'POST', path: '/' })).status).toBe(405);
  });
});

describe('browser mode and other sites', () => {
  it('never sends Access-Control-Allow-Origin', async () => {
    const evil = { origin: 'http://evil.example' };
    const replies = await Promise.all([
      callApi('app.info', {}),
      callApi('app.info', {}, evil),
      callApi('app.info', {}, { [TOKEN_HEADER]: 'wrong' }),
      send({ method: 'OPTIONS', path: '/api/app.info', headers: { ...evil, 'access-control-request-method': 'POST' } }),
      send({ method: 'OPTIONS', path: '/api/app.info', headers: { [TOKEN_HEADER]: token } }),
      send({ path: '/' }),
      send({ path: '/', headers: evil }),
      send({ path: '/missing' }),
    ]);

    for (const reply of replies) {
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      expect(reply.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });
});
