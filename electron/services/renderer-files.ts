import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isInside } from './note-library';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/** The built renderer file for a URL path, or undefined when there is none inside `root`. */
export async function readRendererFile(root: string, urlPath: string): Promise<RendererFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!isInside(root, file)) return undefined;
  try {
    const real = await fs.realpath(file);
    if (!isInside(await fs.realpath(root), real)) return undefined;
    const stat = await fs.stat(real);
    if (!stat.isFile()) return undefined;
    return { body: await fs.readFile(real), contentType: CONTENT_TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
