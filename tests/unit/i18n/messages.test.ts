import { describe, expect, it } from 'vitest';
import { messageKeys, translate, translateCount } from '../../../core/i18n/messages';
import { languageFromLocale } from '../../../core/i18n/language';
import { formatDate } from '../../../core/i18n/format-date';

describe('message catalogues', () => {
  it('has a Vietnamese message for every English one, and no extra', () => {
    expect(messageKeys('vi').sort()).toEqual(messageKeys('en').sort());
  });

  it('leaves no Vietnamese message empty', () => {
    for (const key of messageKeys('vi')) expect(translate('vi', key as never), key).not.toBe('');
  });

  it('translates and fills placeholders', () => {
    expect(translate('vi', 'common.cancel')).toBe('Hủy');
    expect(translate('en', 'common.cancel')).toBe('Cancel');
  });

  it('picks plural forms by the language rules', () => {
    expect(translateCount('en', 'missing.key', 1)).toBe('missing.key');
  });
});

describe('languageFromLocale', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
  ])('%s → %s', (locale, language) => expect(languageFromLocale(locale)).toBe(language));
});

describe('formatDate', () => {
  it('writes a calendar date per language without shifting the day', () => {
    expect(formatDate('en', '2022-10-11')).toBe('11 October 2022');
    expect(formatDate('vi', '2022-10-11')).toMatch(/11 tháng 10,? 2022/);
  });

  it('leaves an unreadable date as written', () => {
    expect(formatDate('en', 'last Tuesday')).toBe('last Tuesday');
  });
});
