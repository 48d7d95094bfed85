/**
 * Ranks and honorifics written before a name, as articles spell them: "Col.",
 * "Sr. Lt. Gen.", "Ambassador", "Đại tá".
 */
export const RANKS: readonly string[] = [
  'Gen.', 'General', 'Lt. Gen.', 'Lieutenant General', 'Sr. Lt. Gen.', 'Senior Lt. Gen.', 'Senior Lieutenant General',
  'Maj. Gen.', 'Major General', 'Brig. Gen.', 'Brigadier General', 'Brigadier', 'Col.', 'Colonel', 'Sr. Col.',
  'Senior Col.', 'Senior Colonel', 'Lt. Col.', 'Lieutenant Colonel', 'Maj.', 'Major', 'Capt.', 'Captain', 'Lt.',
  'Lieutenant', 'Sgt.', 'Sergeant', 'Adm.', 'Admiral', 'Vice Adm.', 'Vice Admiral', 'Rear Adm.', 'Rear Admiral',
  'Cdr.', 'Cmdr.', 'Commander', 'Air Chief Marshal', 'Air Marshal', 'Air Vice Marshal', 'Field Marshal', 'Marshal',
  'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Dr.', 'Dr', 'Prof.', 'Professor', 'Assoc. Prof.',
  'Ambassador', 'Minister', 'Deputy Minister', 'Vice Minister', 'President', 'Vice President', 'Prime Minister',
  'Deputy Prime Minister', 'Chairman', 'Chairwoman', 'Secretary', 'Secretary-General', 'Secretary General',
  'General Secretary', 'Governor', 'Mayor', 'Senator', 'Sen.', 'Rep.', 'Premier', 'Chancellor', 'King', 'Queen',
  'Prince', 'Princess', 'Crown Prince', 'Sheikh', 'Pope', 'Envoy', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc', 'Ông', 'Bà',
  'Bộ trưởng', 'Thứ trưởng', 'Chủ tịch', 'Thủ tướng', 'Đại sứ', 'Tổng Bí thư', 'Người phát ngôn',
];

/** Ranks that are offices, so "Defence Minister X" gives the role "Defence Minister". */
export const OFFICE_RANKS: ReadonlySet<string> = new Set([
  'Ambassador', 'Minister', 'Deputy Minister', 'Vice Minister', 'President', 'Vice President', 'Prime Minister',
  'Deputy Prime Minister', 'Chairman', 'Chairwoman', 'Secretary', 'Secretary-General', 'Secretary General',
  'General Secretary', 'Governor', 'Mayor', 'Premier', 'Chancellor', 'Envoy', 'Spokesperson', 'Spokesman',
  'Spokeswoman', 'Commander',
]);

/** Words that open a role given after a name: "…, Deputy Director of …". */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'Acting', 'Adviser', 'Advisor', 'Ambassador', 'Assistant', 'Associate', 'Attaché', 'Attache', 'CEO', 'Chair',
  'Chairman', 'Chairperson', 'Chairwoman', 'Chancellor', 'Chargé', 'Chief', 'Commander', 'Commissar',
  'Consul', 'Coordinator', 'Counsellor', 'Counselor', 'Defence', 'Defense', 'Deputy', 'Director', 'Envoy',
  'Executive', 'Foreign', 'Founder', 'General', 'Governor', 'Head', 'Leader', 'Lecturer', 'Manager', 'Mayor',
  'Member', 'Military', 'Minister', 'Officer', 'Permanent', 'Political', 'President', 'Prime', 'Professor',
  'Representative', 'Researcher', 'Secretary', 'Secretary-General', 'Senior', 'Special', 'Spokesperson',
  'Spokesman', 'Spokeswoman', 'Vice',
  'Phó', 'Trưởng', 'Tổng',
]);

/** Vietnamese roles of two words: "Cục trưởng", "Thứ trưởng". */
export const VIETNAMESE_ROLE_PAIRS: ReadonlySet<string> = new Set([
  'Cục trưởng', 'Bộ trưởng', 'Thứ trưởng', 'Chủ tịch', 'Chủ nhiệm', 'Giám đốc', 'Tư lệnh', 'Chính ủy',
  'Đại sứ', 'Thủ tướng', 'Vụ trưởng', 'Viện trưởng', 'Tham mưu', 'Người phát', 'Ủy viên', 'Bí thư',
  'Chánh Văn', 'Chỉ huy',
]);
