import type { SourceArticle } from '../../document/note-file';
import { escapeHtml } from './escape-html';
import { safeHref } from './safe-href';

/** The source named in full: publisher, title, date, address. */
export function sourceName(source: SourceArticle): string {
  const parts = [source.publisher && escapeHtml(source.publisher), source.title && `“${escapeHtml(source.title)}”`, source.published && escapeHtml(source.published)].filter(Boolean);
  const href = safeHref(source.url);
  if (source.url) parts.push(href === null ? escapeHtml(source.url) : `<a href="${escapeHtml(href)}">${escapeHtml(source.url)}</a>`);
  return parts.length > 0 ? parts.join(', ') : 'Untitled source';
}

/** How a source already named in full is referred to again: its publisher, else its title. */
export function shortSourceName(source: SourceArticle): string {
  if (source.publisher) return escapeHtml(source.publisher);
  return source.title ? `“${escapeHtml(source.title)}”` : 'Untitled source';
}
