import { describe, expect, it } from 'vitest';
import { guardRequest } from '../../../electron/browser-mode/request-guard';

const port = 41234;
const token = 'run-token-123';
const api = { needsToken: true };
const page = { needsToken: false };

describe('guardRequest', () => {
  it('lets the app’s own page call the API with the token', () => {
    expect(guardRequest({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, token }, port, token, api)).toEqual({ status: 200 });
    expect(guardRequest({ host: `localhost:${port}`, origin: undefined, token }, port, token, api)).toEqual({ status: 200 });
  });

  it('serves pages without a token', () => {
    expect(guardRequest({ host: `127.0.0.1:${port}`, origin: undefined, token: undefined }, port, token, page).status).toBe(200);
  });

  it.each([undefined, '', 'run-token-12', 'run-token-1234', 'RUN-TOKEN-123'])('refuses API calls with token %j as 401', (given) => {
    expect(guardRequest({ host: `127.0.0.1:${port}`, origin: undefined, token: given }, port, token, api).status).toBe(401);
  });

  it.each([undefined, 'evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `0.0.0.0:${port}`])(
    'refuses the Host %j as 403, token or not (DNS rebinding)',
    (host) => {
      expect(guardRequest({ host, origin: undefined, token }, port, token, api).status).toBe(403);
      expect(guardRequest({ host, origin: undefined, token: undefined }, port, token, page).status).toBe(403);
    },
  );

  it.each(['http://evil.example', 'null', `https://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`, `http://127.0.0.1:${port}.evil.example`])(
    'refuses the Origin %j as 403, token or not',
    (origin) => {
      expect(guardRequest({ host: `127.0.0.1:${port}`, origin, token }, port, token, api).status).toBe(403);
    },
  );

  it('checks Host and Origin before the token, so a foreign page learns nothing about it', () => {
    const verdict = guardRequest({ host: `127.0.0.1:${port}`, origin: 'http://evil.example', token: undefined }, port, token, api);

    expect(verdict.status).toBe(403);
  });
});
