import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../../core/article/decode-article-bytes';
import { decodeSingleByte } from '../../../core/article/single-byte-code-pages';
import { encodeSingleByte } from './encode-single-byte';

const VIETNAMESE = 'Hà Nội, 11/10/2022 – Đại tá Nguyễn Như Cảnh chủ trì cuộc họp về hợp tác gìn giữ hòa bình với Nhật Bản; “được đánh giá cao”.';
const WESTERN = 'Le ministère a publié un communiqué: « coopération renforcée » – Zürich, São Paulo, señor Müller’s façade, 5 € per day.';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].join('');
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i += 1) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeArticleBytes', () => {
  it('reads UTF-8, with or without a byte-order mark, and strips the mark', () => {
    const bytes = new TextEncoder().encode(VIETNAMESE);
    expect(decodeArticleBytes(bytes)).toEqual({ text: VIETNAMESE, encoding: 'utf-8' });
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: VIETNAMESE, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE from their byte-order marks', () => {
    expect(decodeArticleBytes(utf16(VIETNAMESE, true, true))).toEqual({ text: VIETNAMESE, encoding: 'utf-16le' });
    expect(decodeArticleBytes(utf16(VIETNAMESE, false, true))).toEqual({ text: VIETNAMESE, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    expect(decodeArticleBytes(utf16(WESTERN, true, false))).toEqual({ text: WESTERN, encoding: 'utf-16le' });
    expect(decodeArticleBytes(utf16(WESTERN, false, false))).toEqual({ text: WESTERN, encoding: 'utf-16be' });
  });

  it('reads Vietnamese Windows-1258 and composes its tone marks (NFC)', () => {
    const bytes = encodeSingleByte(VIETNAMESE, 'windows-1258');
    expect([...bytes]).toContain(0xde); // the tilde of "Nguyễn" is a separate byte
    const decoded = decodeArticleBytes(bytes);
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe(VIETNAMESE);
    expect(decoded.text).not.toMatch(/[\u0300\u0301\u0303\u0309\u0323]/u);
  });

  it('reads Western Windows-1252, including the characters at 0x80–0x9F (“ ” – €)', () => {
    const decoded = decodeArticleBytes(encodeSingleByte(WESTERN, 'windows-1252'));
    expect(decoded).toEqual({ text: WESTERN, encoding: 'windows-1252' });
  });

  it('maps 0x80–0x9F as Windows does, not as ISO-8859-1 control characters', () => {
    expect(decodeSingleByte(new Uint8Array([0x80, 0x8a, 0x93, 0x94, 0x96, 0x97, 0x99]), 'windows-1252')).toBe('€Š“”–—™');
    expect(decodeSingleByte(new Uint8Array([0xc3, 0xd0, 0xd5, 0xdd, 0xe3, 0xf0, 0xf5, 0xfd, 0xfe]), 'windows-1258')).toBe('ĂĐƠƯăđơư₫');
  });

  it('keeps Portuguese and Icelandic letters Windows-1252, though 1258 has other letters at their bytes', () => {
    for (const text of ['Não há informações sobre as missões de paz.', 'Þetta er fréttin um friðargæslu.']) {
      expect(decodeArticleBytes(encodeSingleByte(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
    }
  });

  it('honours an explicit encoding', () => {
    const bytes = encodeSingleByte('Hòa bình', 'windows-1258');
    expect(decodeArticleBytes(bytes, 'windows-1252').text).not.toBe('Hòa bình');
    expect(decodeArticleBytes(bytes, 'windows-1258')).toEqual({ text: 'Hòa bình', encoding: 'windows-1258' });
  });

  it('decomposed Unicode comes out composed', () => {
    const decomposed = 'Vie\u0302\u0323t Nam e\u0301';
    expect(decodeArticleBytes(new TextEncoder().encode(decomposed)).text).toBe('Việt Nam é');
  });

  it("agrees with the runtime's own Windows-1258 decoder where it has one", () => {
    let runtime: TextDecoder;
    try {
      runtime = new TextDecoder('windows-1258');
    } catch {
      return;
    }
    const all = new Uint8Array(128).map((_, i) => i + 128);
    expect(decodeSingleByte(all, 'windows-1258')).toBe(runtime.decode(all));
  });
});
