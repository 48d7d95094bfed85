import { hostCalls, type Host, type HostCall } from '../../core/host/contract';
import { HostError } from '../../core/host/host-error';
import { unwrapHostReply } from '../../core/host/host-reply';
import type { HostBridge } from '../../core/host/host-bridge';
import { isHostEvent, type HostEvent } from '../../core/host/host-events';

const TOKEN_KEY = 'briefing-desk.token';
const TOKEN_HEADER = 'x-briefing-token';

/**
 * Browser mode's host: one POST per call to the local host that served the
 * page, carrying the token it was given in the URL fragment; host events
 * arrive on a long-lived streamed response.
 */
export function connectHttpHost(): HostBridge {
  const token = takeToken();
  const call = async (name: HostCall, args: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
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
  const listeners = new Set<(event: HostEvent) => void>();
  return {
    ...host,
    onEvent(listener) {
      listeners.add(listener);
      if (listeners.size === 1) void followEvents(token, (event) => listeners.forEach((notify) => notify(event)));
    },
  };
}

// Reconnects with a growing pause while the host is away (restarting, say).
async function followEvents(token: string, deliver: (event: HostEvent) => void): Promise<void> {
  for (let pause = 500; ; pause = Math.min(pause * 2, 10_000)) {
    try {
      const response = await fetch('/events', { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: '{}' });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      pause = 500;
      const lines = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(splitLines());
      for await (const line of lines as unknown as AsyncIterable<string>) {
        if (!line.trim()) continue;
        const event: unknown = JSON.parse(line);
        if (isHostEvent(event)) deliver(event);
      }
    } catch {
      // The host went away; try again after the pause.
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

function splitLines(): TransformStream<string, string> {
  let rest = '';
  return new TransformStream({
    transform(chunk, controller) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const part of parts) controller.enqueue(part);
    },
    flush(controller) {
      if (rest) controller.enqueue(rest);
    },
  });
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
