import { timingSafeEqual } from 'node:crypto';

/** The header in which the page sends back the token it got in the URL fragment. */
export const TOKEN_HEADER = 'x-briefing-token';

export interface GuardedRequest {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
}

export type GuardVerdict = { status: 200 } | { status: 401 | 403; reason: string };

/**
 * Decides whether a request may reach the host. Host and Origin must name
 * this very server (so DNS rebinding and other sites' pages are refused),
 * and API calls must carry the run's token.
 */
export function guardRequest(request: GuardedRequest, port: number, token: string, { needsToken }: { needsToken: boolean }): GuardVerdict {
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!request.host || !ownHosts.includes(request.host.toLowerCase())) {
    return { status: 403, reason: 'This server only answers requests addressed to itself.' };
  }
  if (request.origin !== undefined && !ownHosts.map((host) => `http://${host}`).includes(request.origin.toLowerCase())) {
    return { status: 403, reason: 'Requests from other sites are refused.' };
  }
  if (needsToken && !tokensMatch(request.token, token)) {
    return { status: 401, reason: 'Missing or wrong token: open the address the app printed when it started.' };
  }
  return { status: 200 };
}

function tokensMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
