import { createHash } from 'node:crypto';

/**
 * A note file's etag: size, modification time and content hash. Saves compare
 * the content part, so a file merely touched by another program is no conflict.
 */
export function etagOf(bytes: Uint8Array, mtimeMs: number): string {
  return `${bytes.length}-${Math.trunc(mtimeMs)}-${contentHash(bytes)}`;
}

export function sameContent(etag: string, bytes: Uint8Array): boolean {
  return etag.split('-').at(-1) === contentHash(bytes);
}

function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}
