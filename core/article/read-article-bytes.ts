import { BINARY_PROBLEM, looksBinary } from './binary-text';
import { decodeArticleBytes, MAX_ARTICLE_BYTES, type ArticleEncoding } from './decode-article-bytes';

export type ArticleBytesReading = { ok: true; text: string; encoding: ArticleEncoding } | { ok: false; problem: string };

const BINARY_SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46, 0x2d], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, so also .docx and .odt
  [0x1f, 0x8b], // gzip
];

function hasBinarySignature(bytes: Uint8Array): boolean {
  return BINARY_SIGNATURES.some((signature) => signature.every((byte, i) => bytes[i] === byte));
}

function megabytes(count: number): string {
  return (count / (1024 * 1024)).toFixed(1);
}

/**
 * Reads an article file's bytes, refusing what cannot be an article: files over
 * MAX_ARTICLE_BYTES and binary files (images, PDFs, Word documents…).
 */
export function readArticleBytes(bytes: Uint8Array, encoding: ArticleEncoding | 'auto' = 'auto', fileName?: string): ArticleBytesReading {
  const file = fileName ? `"${fileName}"` : 'The file';
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      problem: `${file} is ${megabytes(bytes.length)} MB; articles can be at most ${megabytes(MAX_ARTICLE_BYTES)} MB. Save or paste just the article's text.`,
    };
  }
  const decoded = decodeArticleBytes(bytes, encoding);
  if (hasBinarySignature(bytes) || looksBinary(decoded.text)) {
    return { ok: false, problem: fileName ? `"${fileName}": ${BINARY_PROBLEM.replace(/^This/, 'this')}` : BINARY_PROBLEM };
  }
  return { ok: true, text: decoded.text, encoding: decoded.encoding };
}
