const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target if it is an absolute http, https or mailto URL, else null:
 * `javascript:`, `data:`, `file:` and relative links are never printed as links.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme, so "java\tscript:" must not slip through
  const trimmed = href.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme !== undefined && ALLOWED_SCHEMES.has(scheme) ? href.trim() : null;
}
