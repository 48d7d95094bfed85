import { KNOWN_AGENCY_PATTERN, isKnownAgency, publisherName } from './news-agencies';

/** The last paragraph without the agency's end marker, and the agency the marker named. */
export interface MarkedEnd {
  text: string;
  publisher: string | null;
}

const END_MARKERS = [
  // "… multilateral forums./." keeps its full stop
  /\s*\/\.$/u,
  // "-VNA", "–VNA", "— VNA", "— VNS"
  new RegExp(`(?<=^|[\\s.!?"”’)])\\s*[-–—]+\\s*(?<agency>${KNOWN_AGENCY_PATTERN})$`, 'u'),
  // "(VNA)"
  new RegExp(`(?<=^|[\\s.!?"”’])\\s*\\((?<agency>${KNOWN_AGENCY_PATTERN})\\)$`, 'u'),
];

/** Takes the end markers ("/.", "–VNA", "(VNA)") off the last paragraph of an article. */
export function removeEndMarkers(paragraph: string): MarkedEnd {
  let text = paragraph.trim();
  let publisher: string | null = null;
  if (isKnownAgency(text)) return { text: '', publisher: publisherName(text) };
  for (let changed = true; changed; ) {
    changed = false;
    for (const marker of END_MARKERS) {
      const match = marker.exec(text);
      if (!match) continue;
      text = text.slice(0, match.index).trimEnd();
      publisher ??= match.groups?.agency === undefined ? null : publisherName(match.groups.agency);
      changed = true;
    }
  }
  return { text, publisher };
}
