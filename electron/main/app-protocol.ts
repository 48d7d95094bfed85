import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../core/host/content-security-policy';
import { readRendererFile } from '../services/renderer-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before the app is ready: makes app:// a secure, standard scheme. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer on app://briefing/ with the app's CSP; nothing outside `rendererDir`. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readRendererFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.contentType, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
    });
  });
}
