import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../core/host/content-security-policy';
import { dispatchHostCall, type UnexpectedErrorReporter } from '../../core/host/dispatch';
import type { HostHandlers } from '../../core/host/contract';
import { guardRequest, TOKEN_HEADER } from './request-guard';
import { readRendererFile } from '../services/renderer-files';
import type { HostEventHub } from '../services/host-event-hub';

/** Notes are small; this leaves room for a long note with its source article. */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
const API_PREFIX = '/api/';
const EVENTS_PATH = '/events';
const HEARTBEAT_MS = 20_000;

export interface BrowserModeServerOptions {
  handlers: HostHandlers;
  rendererDir: string;
  token: string;
  events: HostEventHub;
  reportUnexpected?: UnexpectedErrorReporter;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * Browser mode's host: the built renderer plus one JSON endpoint per host
 * call (`POST /api/notes.save`). Listens on 127.0.0.1 only; no CORS.
 */
export function createBrowserModeServer({ handlers, rendererDir, token, events, reportUnexpected }: BrowserModeServerOptions): http.Server {
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      reportUnexpected?.('http', error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith(API_PREFIX) || url.pathname === EVENTS_PATH;
    const verdict = guardRequest(
      { host: request.headers.host, origin: request.headers.origin, token: headerValue(request.headers[TOKEN_HEADER]) },
      (server.address() as AddressInfo).port,
      token,
      { needsToken: isApi },
    );
    if (verdict.status !== 200) return send(response, verdict.status, 'text/plain; charset=utf-8', verdict.reason);

    if (isApi) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.', { allow: 'POST' });
      if (url.pathname === EVENTS_PATH) return streamEvents(response, events);
      if (!isJson(request.headers['content-type'])) {
        return send(response, 415, 'text/plain; charset=utf-8', 'Send JSON.');
      }
      const body = await readBody(request);
      if (body === 'too-large') return send(response, 413, 'text/plain; charset=utf-8', 'Request too large.');
      let args: unknown;
      try {
        args = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return send(response, 400, 'text/plain; charset=utf-8', 'The request body is not JSON.');
      }
      const reply = await dispatchHostCall(handlers, url.pathname.slice(API_PREFIX.length), args, reportUnexpected);
      return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(reply), { 'cache-control': 'no-store' });
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Use GET.', { allow: 'GET, HEAD' });
    }
    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    return send(response, 200, file.contentType, request.method === 'HEAD' ? '' : file.body, { 'cache-control': 'no-cache' });
  }

  return server;
}

/**
 * Host events for the page, one JSON object a line, for as long as the page
 * keeps the request open (fetch can send the token header; EventSource cannot).
 */
function streamEvents(response: http.ServerResponse, events: HostEventHub): void {
  response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
  response.write('\n');
  const unsubscribe = events.subscribe((event) => response.write(`${JSON.stringify(event)}\n`));
  const heartbeat = setInterval(() => response.write('\n'), HEARTBEAT_MS);
  response.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

/** Starts listening on 127.0.0.1 and resolves with the port. */
export function listenOnLoopback(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function send(
  response: http.ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  extraHeaders: Record<string, string> = {},
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, ...extraHeaders });
  response.end(body);
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(request: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
