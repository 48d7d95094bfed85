/**
 * A key for comparing names however they were typed: without diacritics or
 * case, one kind of apostrophe, single spaces ("Nguyễn Như Cảnh" and
 * "Nguyen Nhu Canh" fold alike).
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
