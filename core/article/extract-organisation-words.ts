/** Words that make a capitalised phrase an organisation: "Defence Policy Bureau", "Ministry of Defence". */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'Academy', 'Agency', 'Army', 'Assembly', 'Association', 'Authority', 'Bank', 'Battalion', 'Board', 'Brigade',
  'Bureau', 'Cabinet', 'Center', 'Centre', 'Command', 'Commission', 'Committee', 'Company', 'Corporation',
  'Corps', 'Council', 'Court', 'Department', 'Directorate', 'Division', 'Embassy', 'Federation', 'Force',
  'Forces', 'Front', 'Government', 'Group', 'Guard', 'Inspectorate', 'Institute', 'League', 'Mission',
  'Ministry', 'Nations', 'Navy', 'Office', 'Organisation', 'Organization', 'Parliament', 'Party', 'Police',
  'Program', 'Programme', 'Regiment', 'School', 'Secretariat', 'Service', 'Staff', 'Team', 'Union',
  'University', 'Unit',
]);

/** Words that may not open an organisation's name, though capitalised: "The", "Deputy", "Director". */
export const ORGANISATION_OPENERS_TO_SKIP: ReadonlySet<string> = new Set([
  'Ambassador', 'Chairman', 'Chief', 'Commander', 'Deputy', 'Director', 'Head', 'Minister', 'President',
  'Secretary', 'Spokesperson', 'Officer', 'Representative', 'Member', 'Members', 'Delegates', 'Delegation',
]);

/** Vietnamese heads that open an organisation's name: "Bộ Quốc phòng", "Cục Gìn giữ hòa bình Việt Nam". */
export const VIETNAMESE_ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'Bộ', 'Cục', 'Tổng cục', 'Học viện', 'Ủy ban', 'Viện', 'Quân khu', 'Quân chủng', 'Binh chủng', 'Đại sứ quán',
  'Trung tâm', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Quân đoàn', 'Vụ', 'Văn phòng', 'Hội đồng', 'Đảng',
]);

/** Vietnamese words that end an organisation's name: conjunctions, prepositions, verbs. */
export const VIETNAMESE_BOUNDARY_WORDS: ReadonlySet<string> = new Set([
  'và', 'của', 'cho', 'đã', 'đang', 'sẽ', 'là', 'được', 'với', 'tại', 'trong', 'về', 'để', 'theo', 'từ', 'đến',
  'khi', 'này', 'đó', 'các', 'những', 'có', 'không', 'cũng', 'vừa', 'thì', 'mà', 'nhưng', 'hoặc', 'trên',
  'dưới', 'sau', 'trước', 'bị', 'do', 'vì', 'nên', 'tổ', 'chức', 'phát', 'biểu', 'cùng', 'nhằm', 'qua',
]);

/** Abbreviations that always name an organisation, when an article uses them. */
export const ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set([
  'ADMM', 'ADMM-Plus', 'APEC', 'ARF', 'ASEAN', 'AU', 'CPV', 'EAS', 'EU', 'G7', 'G20', 'IAEA', 'ICRC', 'IMF',
  'INTERPOL', 'MOD', 'MND', 'MOFA', 'NATO', 'OSCE', 'QĐND', 'UN', 'UNDP', 'UNESCO', 'UNHCR', 'UNICEF',
  'UNMISS', 'UNISFA', 'MINUSCA', 'UNSC', 'VNA', 'VOV', 'VPA', 'WB', 'WHO', 'WTO', 'JSDF', 'SDF', 'PLA',
]);
