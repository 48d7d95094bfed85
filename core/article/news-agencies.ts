/** Agencies and papers whose names mark datelines and article ends ("–VNA", "(Kyodo)"). */
const KNOWN_AGENCIES = [
  'VNA', 'VNS', 'VOV', 'VOV.VN', 'TTXVN', 'QĐND', 'QDND', 'VietnamPlus', 'Vietnam News', 'Nhân Dân', 'NDO', 'VGP', 'VTV',
  'Kyodo', 'Kyodo News', 'Jiji', 'NHK', 'Reuters', 'AFP', 'AP', 'Xinhua', 'Yonhap', 'Bernama', 'Antara', 'PNA', 'KPL',
  'AKP', 'TASS', 'RIA Novosti', 'Sputnik', 'dpa', 'EFE', 'ANSA', 'AAP', 'ANI', 'PTI', 'UPI',
];

/** Names written more than one way, mapped to the one the briefing cites. */
const SHORT_NAMES: Record<string, string> = {
  'VOV.VN': 'VOV',
  QDND: 'QĐND',
  'Kyodo News': 'Kyodo',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular-expression alternation of the known agencies, longest first. */
export const KNOWN_AGENCY_PATTERN = [...KNOWN_AGENCIES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

const KNOWN_AGENCY = new RegExp(`^(?:${KNOWN_AGENCY_PATTERN})$`, 'iu');

export function isKnownAgency(name: string): boolean {
  return KNOWN_AGENCY.test(name.trim());
}

/** "VNA/VNS" → "VNA", "VOV.VN" → "VOV", "Kyodo News" → "Kyodo"; others as written. */
export function publisherName(written: string): string {
  const first = (written.split('/')[0] ?? '').trim();
  const known = KNOWN_AGENCIES.find((agency) => agency.toLowerCase() === first.toLowerCase());
  const name = known ?? first;
  return SHORT_NAMES[name] ?? name;
}
