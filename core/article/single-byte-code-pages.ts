// Tables rather than TextDecoder: Node 20's TextDecoder decodes 'windows-1252' as
// ISO-8859-1 (0x80–0x9F come out as C1 controls, so “ ” – € are lost), and
// 'windows-1258' exists only in full-ICU builds. The upper halves below are the
// WHATWG Encoding Standard's; the renderer, Electron and Node then all agree.

/** 0x80–0x9F of Windows-1252; 0xA0–0xFF are the same code points as the bytes. */
const WINDOWS_1252_C1 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Where Windows-1258 (Vietnamese) differs from Windows-1252: letters Ă Đ Ơ Ư, the five tone marks as combining characters, ₫. */
const WINDOWS_1258_CHANGES: Record<number, number> = {
  0x8a: 0x008a, 0x8e: 0x008e, 0x9a: 0x009a, 0x9e: 0x009e,
  0xc3: 0x0102, 0xcc: 0x0300, 0xd0: 0x0110, 0xd2: 0x0309, 0xd5: 0x01a0, 0xdd: 0x01af, 0xde: 0x0303,
  0xe3: 0x0103, 0xec: 0x0301, 0xf0: 0x0111, 0xf2: 0x0323, 0xf5: 0x01a1, 0xfd: 0x01b0, 0xfe: 0x20ab,
};

function upperHalf(changes: Record<number, number>): string {
  let table = '';
  for (let byte = 0x80; byte <= 0xff; byte += 1) {
    const latin = byte < 0xa0 ? (WINDOWS_1252_C1[byte - 0x80] ?? byte) : byte;
    table += String.fromCharCode(changes[byte] ?? latin);
  }
  return table;
}

const UPPER_HALVES = {
  'windows-1252': upperHalf({}),
  'windows-1258': upperHalf(WINDOWS_1258_CHANGES),
};

export type SingleByteCodePage = keyof typeof UPPER_HALVES;

/** Decodes bytes one character per byte, so `result[i]` is byte `i` (no normalisation). */
export function decodeSingleByte(bytes: Uint8Array, codePage: SingleByteCodePage): string {
  const upper = UPPER_HALVES[codePage];
  const parts: string[] = [];
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte < 0x80 ? byte : upper.charCodeAt(byte - 0x80));
    if (chunk.length === 8192) parts.push(String.fromCharCode(...chunk.splice(0)));
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}
