import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../core/article/extract-people';

describe('extractPeople', () => {
  it('reads a VOV piece: rank, name, role after it and before it', () => {
    const people = extractPeople([
      'VOV.VN - Sr. Lt. Gen. Hoang Xuan Chien, Deputy Minister of National Defence, held talks with Indonesian Defence Minister Prabowo Subianto in Jakarta on March 15.',
      'Chien said Vietnam would send more officers to UN missions.',
      'Ambassador Ina Krisnamurthi hosted a reception at the Indonesian Embassy in Hanoi.',
    ]);
    expect(people).toEqual([
      { name: 'Hoang Xuan Chien', rank: 'Sr. Lt. Gen.', role: 'Deputy Minister of National Defence', paragraphs: [0, 1] },
      { name: 'Prabowo Subianto', rank: 'Minister', role: 'Indonesian Defence Minister', paragraphs: [0] },
      { name: 'Ina Krisnamurthi', rank: 'Ambassador', role: null, paragraphs: [2] },
    ]);
  });

  it('takes the office written before the rank, Vietnamese style', () => {
    const [person] = extractPeople(['Deputy Minister of National Defence Sr. Lt. Gen. Hoang Xuan Chien received the delegation.']);
    expect(person).toEqual({ name: 'Hoang Xuan Chien', rank: 'Sr. Lt. Gen.', role: 'Deputy Minister of National Defence', paragraphs: [0] });
  });

  it('reads Vietnamese text with diacritics and Vietnamese ranks', () => {
    const people = extractPeople([
      'Ngày 11/10, Đại tá Nguyễn Văn A, Phó Cục trưởng Cục Gìn giữ hòa bình Việt Nam, cho biết hội thảo sẽ diễn ra tại Hà Nội.',
      'Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, và bà Trần Thị B dự lễ khai mạc.',
    ]);
    expect(people).toEqual([
      { name: 'Nguyễn Văn A', rank: 'Đại tá', role: 'Phó Cục trưởng Cục Gìn giữ hòa bình Việt Nam', paragraphs: [0] },
      { name: 'Hoàng Xuân Chiến', rank: 'Thượng tướng', role: 'Thứ trưởng Bộ Quốc phòng', paragraphs: [1] },
      { name: 'Trần Thị B', rank: 'bà', role: null, paragraphs: [1] },
    ]);
  });

  it('reads a Reuters piece', () => {
    const people = extractPeople([
      "TOKYO, March 3 (Reuters) - Japan's Defence Minister Yasukazu Hamada said on Friday that Japan would send 1,200 troops.",
      'Prime Minister Fumio Kishida will attend the summit in Hiroshima.',
      '"We will keep working with our partners," Hamada told reporters.',
    ]);
    expect(people).toEqual([
      { name: 'Yasukazu Hamada', rank: 'Minister', role: 'Defence Minister', paragraphs: [0, 2] },
      { name: 'Fumio Kishida', rank: 'Prime Minister', role: null, paragraphs: [1] },
    ]);
  });

  it('merges one person written with and without rank, diacritics, or in Japanese order', () => {
    const people = extractPeople([
      'Col. Nguyen Nhu Canh, Deputy Director of the Vietnam Department of Peacekeeping Operations, spoke.',
      'Đại tá Nguyễn Như Cảnh thanked Japan, and Matsuzawa Tomoko, Director for Defence Cooperation, agreed.',
      'Tomoko Matsuzawa, Director for Defence Cooperation, and Mr. Canh signed.',
    ]);
    expect(people.map(({ name, paragraphs }) => ({ name, paragraphs }))).toEqual([
      { name: 'Nguyen Nhu Canh', paragraphs: [0, 1, 2] },
      { name: 'Matsuzawa Tomoko', paragraphs: [1, 2] },
    ]);
    expect(people[0]?.rank).toBe('Col.');
  });

  it('splits two people joined by ", and <Name>,"', () => {
    const people = extractPeople([
      'The talks were co-chaired by John F. Kennedy, Head of the Policy Office, and Tomoko Matsuzawa, Director for Defence Cooperation, who spoke first.',
    ]);
    expect(people.map(({ name, role }) => ({ name, role }))).toEqual([
      { name: 'John F. Kennedy', role: 'Head of the Policy Office' },
      { name: 'Tomoko Matsuzawa', role: 'Director for Defence Cooperation' },
    ]);
  });

  it('keeps a role that goes on into its organisation after a comma', () => {
    const [person] = extractPeople(['Tran Van Nam, Director of the Foreign Relations Department, Ministry of National Defence, said so.']);
    expect(person?.role).toBe('Director of the Foreign Relations Department, Ministry of National Defence');
  });

  it.each([
    'The Ministry said on Monday that the plan was ready.',
    'The Peacekeeping Centre, Deputy heads and staff attended.',
    'In October, Director-level talks were held.',
    'Japan, Vietnam and China signed. Hanoi, Tokyo and Beijing agreed.',
    'Action for Peacekeeping, Senior officials said, is a priority.',
    'Southeast Asia, Director of nothing, is a region.',
    'The General Assembly and the General Staff met. President of Vietnam spoke.',
    'VIETNAM AND JAPAN, President says',
  ])('finds no one in %j', (text) => {
    expect(extractPeople([text])).toEqual([]);
  });
});
