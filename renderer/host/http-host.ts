import type { Host, HostCall } from '../../core/host/contract';
import { HOST_CALL_NAMES } from '../../core/host/call-names';
import { HostError } from '../../core/host/host-error';
import { unwrapHostReply } from '../../core/host/host-reply';
import type { HostBridge } from '../../core/host/host-bridge';
import { isHostEvent, type HostEvent } from '../../core/host/host-events';
import { postInBackground, type Post } from './post-in-background';

const TOKEN_KEY = 'briefing-desk.token';
const TOKEN_HEADER = 'x-briefing-token';
/** Calls that carry a whole note: sent from a worker (see post-in-background.ts). */
const BACKGROUND_CALLS = new Set<HostCall>(['notes.save', 'notes.saveAs', 'recovery.write']);

/**
 * Browser mode's host: one POST per call to the local host that served the
 * page, carrying the token it was given in the URL fragment; host events
 * arrive on a long-lived streamed response.
 */
export function connectHttpHost(): HostBridge {
  const token = takeToken();
  const postHere: Post = async (url, headers, args) => {
    try {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
      return { status: response.status, body: response.ok ? ((await response.json()) as unknown) : null };
    } catch {
      return { status: 0, body: null };
    }
  };
  const inBackground = postInBackground(postHere);
  // Resolved once: parsing a URL on every save showed in the page's share of it.
  const urls = new Map(HOST_CALL_NAMES.map((name) => [name, new URL(`/api/${name}`, window.location.href).href]));
  const headers = { 'content-type': 'application/json', [TOKEN_HEADER]: token };
  const call = async (name: HostCall, args: unknown): Promise<unknown> => {
    const post = BACKGROUND_CALLS.has(name) ? inBackground.post : postHere;
    const reply = await post(urls.get(name)!, headers, args);
    if (reply.status === 0) {
      throw new HostError('internal', 'Briefing Desk’s local host is not answering. Restart the app (npm start) and reopen the address it prints.');
    }
    if (reply.status === 401) {
      throw new HostError('forbidden', 'This page’s access token is missing or out of date. Open the address the app printed when it started.');
    }
    if (reply.status < 200 || reply.status > 299) throw new HostError('internal', `The local host refused the request (${reply.status}).`);
    return unwrapHostReply(reply.body);
  };
  const host = Object.fromEntries(HOST_CALL_NAMES.map((name) => [name, (args: unknown) => call(name, args)])) as unknown as Host;
  const listeners = new Set<(event: HostEvent) => void>();
  return {
    ...host,
    holdNoteParts: inBackground.hold,
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
