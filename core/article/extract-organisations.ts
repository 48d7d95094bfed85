import type { OrganisationFact } from './extraction';
import type { AcronymReading } from './extract-acronyms';
import { foldKey } from './extract-fold';
import { MentionCollector } from './extract-mentions';
import { ORGANISATION_ACRONYMS, ORGANISATION_HEADS } from './extract-organisation-words';
import { findOrganisationNames } from './extract-organisation-names';

type Organisation = Omit<OrganisationFact, 'paragraphs'>;

function hasHead(name: string): boolean {
  return name.split(/\s+/).some((word) => ORGANISATION_HEADS.has(word));
}

// "Japanese Ministry of Defence" takes the acronym of "Ministry of Defence (MOD)" when nothing closer has it.
function nameForLongForm(keys: readonly string[], long: string): string | undefined {
  const key = foldKey(long);
  return keys.find((candidate) => candidate === key) ?? keys.find((candidate) => candidate.endsWith(` ${key}`));
}

/**
 * Organisations the article names: capitalised phrases around a head word
 * ("Defence Policy Bureau", "Ministry of Defence", "Bộ Quốc phòng"), with
 * their acronyms when the article defines one, and organisations it names
 * only by a well-known acronym ("UN", "ASEAN").
 */
export function extractOrganisations(paragraphs: readonly string[], acronyms: AcronymReading): OrganisationFact[] {
  const longForms = [...acronyms.defined]
    .filter(([short, long]) => ORGANISATION_ACRONYMS.has(short) || hasHead(long))
    .map(([, long]) => long);
  const organisations = new MentionCollector<Organisation>();
  paragraphs.forEach((text, paragraph) => {
    for (const name of findOrganisationNames(text, longForms)) {
      organisations.note(foldKey(name), paragraph, () => ({ name, acronym: null }));
    }
  });
  for (const { short, long, paragraphs: cited } of acronyms.facts) {
    const defined = acronyms.defined.get(short);
    const key = defined === undefined ? undefined : nameForLongForm(organisations.keys(), defined);
    const organisation = key === undefined ? undefined : organisations.get(key);
    if (key !== undefined && organisation && organisation.acronym === null) {
      organisation.acronym = short;
      organisations.cite(key, cited);
    } else if (ORGANISATION_ACRONYMS.has(short) || (defined !== undefined && hasHead(defined))) {
      const name = long ?? short;
      for (const paragraph of cited) organisations.note(foldKey(name), paragraph, () => ({ name, acronym: short }));
    }
  }
  return organisations.facts((organisation) => organisation.name);
}
