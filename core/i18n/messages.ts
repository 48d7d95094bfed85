import type { Language } from './language';
import type { Catalogue, Messages } from './catalogue';
import { commonMessages } from './catalogues/common';
import { markdownNoteMessages } from './catalogues/markdown-notes';
import { a11yMessages } from './catalogues/a11y';
import { exportMessages } from './catalogues/export';
import { menuMessages } from './catalogues/menu';
import { desktopMessages } from './catalogues/desktop';
import { statusMessages } from './catalogues/status';
import { writingAidsMessages } from './catalogues/writing-aids';
import { blocksMessages } from './catalogues/blocks';
import { settingsMessages } from './catalogues/settings';
import { toolbarMessages } from './catalogues/toolbar';
import { annotationsMessages } from './catalogues/annotations';
import { libraryMessages } from './catalogues/library';
import { sourceMessages } from './catalogues/source';
import { classificationMessages } from './catalogues/classification';
import { dialogsMessages } from './catalogues/dialogs';
import { appMessages } from './catalogues/app';

/**
 * Every area's catalogue. An area (a dialog, a panel, the menu) keeps its
 * messages in its own file under `catalogues/`, with keys prefixed by the area.
 */
const CATALOGUES = [commonMessages, markdownNoteMessages, a11yMessages, exportMessages, menuMessages, desktopMessages, statusMessages, writingAidsMessages, blocksMessages, settingsMessages, toolbarMessages, annotationsMessages, libraryMessages, sourceMessages, classificationMessages, dialogsMessages, appMessages] as const;

type KeysOf<C> = C extends Catalogue<infer M> ? keyof M & string : never;
export type MessageKey = KeysOf<(typeof CATALOGUES)[number]>;
export type MessageParams = Readonly<Record<string, string | number>>;

const TABLES: Record<Language, Map<string, string>> = {
  en: new Map(CATALOGUES.flatMap((catalogue) => Object.entries(catalogue.en as Messages))),
  vi: new Map(CATALOGUES.flatMap((catalogue) => Object.entries(catalogue.vi as Messages))),
};

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message in `language`, English where the language lacks it, with `{name}` placeholders filled. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fill(TABLES[language].get(key) ?? TABLES.en.get(key) ?? key, params);
}

/**
 * A counted message: `key` names a pair `key.one` / `key.other` (Vietnamese
 * needs only `.other`), chosen by the language's plural rules; `{count}` is filled.
 */
export function translateCount(language: Language, key: string, count: number, params?: MessageParams): string {
  const rule = new Intl.PluralRules(language).select(count);
  const table = TABLES[language];
  const template = table.get(`${key}.${rule}`) ?? table.get(`${key}.other`) ?? TABLES.en.get(`${key}.${rule}`) ?? TABLES.en.get(`${key}.other`) ?? key;
  return fill(template, { count, ...params });
}

/** All keys, for the catalogue-completeness test. */
export function messageKeys(language: Language): string[] {
  return [...TABLES[language].keys()];
}
