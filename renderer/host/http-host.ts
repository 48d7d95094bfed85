import { hostCalls, type Host, type HostCall } from '../../core/host/contract';
import { HostError } from '../../core/host/host-error';
import { unwrapHostReply } from '../../core/host/host-reply';
import type { HostBridge } from '../../core/host/host-bridge';

const TOKEN_KEY = 'briefing-desk.token';

/**
 * Browser mode's host: one POST per call to the local host that served the
 * page, carrying the token it was given in the URL fragment.
 */
export function connectHttpHost(): HostBridge {
  const token = takeToken();
  const call = async (name: HostCall, args: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-briefing-token': token },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      throw new HostError('internal', 'Briefing Desk’s local host is not answering. Restart the app (npm start) and reopen the address it prints.');
    }
    if (response.status === 401) {
      throw new HostError('forbidden', 'This page’s access token is missing or out of date. Open the address the app printed when it started.');
    }
    if (!response.ok) throw new HostError('internal', `The local host refused the request (${response.status}).`);
    return unwrapHostReply(await response.json());
  };
  const host = Object.fromEntries(hostCalls.map((name) => [name, (args: unknown) => call(name, args)])) as unknown as Host;
  return { ...host, onMenuCommand: () => {} };
}

// The token arrives in the fragment (never sent over the network, never logged);
// it is moved to session storage so a reload keeps working and the address bar stays clean.
function takeToken(): string {
  const fromFragment = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromFragment) {
    sessionStorage.setItem(TOKEN_KEY, fromFragment);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromFragment;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}
