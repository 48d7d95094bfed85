// A photo caption ends with its credit; body paragraphs end with a full stop.

/** The longest paragraph still taken for a caption. */
const MAX_CAPTION_LENGTH = 600;

const CREDIT_WORD = '(?:photos?|ảnh|source|nguồn|illustration|minh họa|minh hoạ)';

const CAPTION_ENDINGS = [
  // "(Photo: qdnd.vn)", "(Source: VNA)", "(Illustrative photo)", "(Ảnh: TTXVN)"
  new RegExp(`\\((?:[^()]{0,40}\\s)?${CREDIT_WORD}\\b[^()]{0,80}\\)$`, 'iu'),
  // "— VNA/VNS Photo", "— VNA/VNS Photo Văn Điệp"
  /[—–-]\s*\p{Lu}[\p{L}.]*(?:\/\p{Lu}[\p{L}.]*)*\s+(?:Photo|Ảnh)(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,4}$/u,
  // "Photo: VNA" on its own or after the caption's last sentence
  /(?:^|[.!?]\s+)(?:Photo|Photos|Ảnh|Photo courtesy of|Photo by)\s*:?\s+[^.!?]{1,60}$/u,
];

/** Whether a (tidied) paragraph or line is a photo caption with its credit. */
export function isPhotoCaption(text: string): boolean {
  return text.length <= MAX_CAPTION_LENGTH && CAPTION_ENDINGS.some((ending) => ending.test(text));
}

/** Inside a longer paragraph, only a line ending with a bracketed or agency credit, or opening with "Photo:", is a caption. */
function isCaptionLine(line: string): boolean {
  const [bracketed, agency] = CAPTION_ENDINGS;
  return isPhotoCaption(line) && (!!bracketed?.test(line) || !!agency?.test(line) || /^(?:Photo|Photos|Ảnh)\b/u.test(line));
}

/** Moves photo captions out of the body: whole short paragraphs that end with a credit, and caption lines inside others. */
export function separateCaptions(paragraphs: string[][]): { body: string[][]; captions: string[] } {
  const body: string[][] = [];
  const captions: string[] = [];
  for (const lines of paragraphs) {
    const joined = lines.join(' ');
    if (isPhotoCaption(joined)) {
      captions.push(joined);
      continue;
    }
    let current: string[] = [];
    for (const line of lines) {
      if (lines.length > 1 && isCaptionLine(line)) {
        captions.push(line);
        if (current.length > 0) body.push(current);
        current = [];
      } else {
        current.push(line);
      }
    }
    if (current.length > 0) body.push(current);
  }
  return { body, captions };
}

/** "— VNA/VNS Photo" and "(Photo: VNA)" credit the agency that published the article too. */
export function captionAgency(caption: string): string | null {
  return /[—–-]\s*(\p{Lu}[\p{L}.]*)(?:\/\p{Lu}[\p{L}.]*)*\s+(?:Photo|Ảnh)\b/u.exec(caption)?.[1] ?? null;
}
