// TextDecoder and TextEncoder are globals in every JavaScript runtime core runs in
// (Node, Chromium, Electron); core's tsconfig has no DOM or Node types, so declare them.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}
