import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { EMPTY_ARTICLE_PROBLEM, NO_BODY_PROBLEM, parseArticle } from '../../../core/article/parse-article';

const BODY = 'The meeting reviewed cooperation in peacekeeping. Both sides agreed to continue joint training.';
const SECOND = 'Japan will send two instructors to Hanoi next year.';

function read(text: string, url?: string): Article {
  const reading = parseArticle(text, url === undefined ? {} : { url });
  if (!reading.ok) throw new Error(reading.problem);
  return reading.article;
}

describe('parseArticle: what cannot be read', () => {
  it.each(['', '   ', '\n\n\t\n', '\uFEFF \r\n'])('says an empty article (%j) is empty', (text) => {
    expect(parseArticle(text)).toEqual({ ok: false, problem: EMPTY_ARTICLE_PROBLEM });
  });

  it('says so when only clutter, a date and a caption remain', () => {
    const text = 'Share\nTweet\nOctober 11, 2022\nDelegates at the meeting. (Photo: VNA)\nRelated news\nBack to top';
    expect(parseArticle(text)).toEqual({ ok: false, problem: NO_BODY_PROBLEM });
  });
});

describe('parseArticle: paragraphs', () => {
  it('normalises to NFC, LF, single spaces, and splits on blank lines', () => {
    const article = read(`Ha\u0300 No\u0323\u0302i  hosts   talks\r\n\r\n\r\n${BODY}  \r\n  continued\u00a0here.\r\n\r\n${SECOND}\r`);
    expect(article.title).toBe('Hà Nội hosts talks');
    expect(article.paragraphs).toEqual([`${BODY} continued here.`, SECOND]);
  });

  it('treats every line as a paragraph when the text has no blank line', () => {
    expect(read(`Talks held\n${BODY}\n${SECOND}`).paragraphs).toEqual([BODY, SECOND]);
  });

  it('keeps a one-paragraph article as its body', () => {
    const article = read('Short note without a full stop');
    expect(article.paragraphs).toEqual(['Short note without a full stop']);
    expect(article.title).toBe('Short note without a full stop');
  });
});

describe('parseArticle: title', () => {
  it('takes a short first line without a full stop as the headline', () => {
    expect(read(`Vietnam, Japan review peacekeeping ties\n\n${BODY}`)).toMatchObject({ title: 'Vietnam, Japan review peacekeeping ties', paragraphs: [BODY] });
  });

  it('keeps a first line ending with a full stop in the body, and takes the title from its first sentence', () => {
    const article = read(`${BODY}\n\n${SECOND}`);
    expect(article.paragraphs).toEqual([BODY, SECOND]);
    expect(article.title).toBe('The meeting reviewed cooperation in peacekeeping');
  });

  it('does not end a sentence at "Col." or "U.S."', () => {
    const article = read('Col. Nguyen Van A met U.S. officers in Hanoi. They discussed training.\n\nMore followed.');
    expect(article.title).toBe('Col. Nguyen Van A met U.S. officers in Hanoi');
  });

  it('cuts a long first sentence near 120 characters on a word boundary', () => {
    const sentence = `${'The delegation of the Ministry of National Defence '.repeat(4)}arrived.`;
    const { title } = read(sentence);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('…')).toBe(true);
    expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.at(-2)).not.toBe(' ');
  });
});

describe('parseArticle: publication date', () => {
  it.each([
    ['date 2022-10-11', '2022-10-11'],
    ['October 11, 2022', '2022-10-11'],
    ['11 October 2022', '2022-10-11'],
    ['11/10/2022', '2022-10-11'],
    ['16/12/2015', '2015-12-16'],
    ['10/25/2022', '2022-10-25'],
    ['Thứ ba, 11/10/2022', '2022-10-11'],
    ['Thứ Tư, 16/12/2015 | 08:30 (GMT+7)', '2015-12-16'],
    ['Tuesday, 14:20, 11/10/2022', '2022-10-11'],
    ['Published: Oct. 11, 2022 09:15 GMT+7', '2022-10-11'],
    ['Ngày 11 tháng 10 năm 2022', '2022-10-11'],
  ])('reads the date line %j', (line, iso) => {
    const article = read(`Title of the news\n\n${line}\n\n${BODY}`);
    expect(article).toMatchObject({ published: iso, publishedText: line, title: 'Title of the news', paragraphs: [BODY] });
  });

  it('takes the year of a date without one from a full date elsewhere', () => {
    const article = read(`Oct. 11\n\n${BODY} The accord of March 3, 2021 was cited.`);
    expect(article).toMatchObject({ published: '2021-10-11', publishedText: 'Oct. 11' });
  });

  it('leaves the date null when no year is written anywhere', () => {
    expect(read(`October 11\n\n${BODY}`)).toMatchObject({ published: null, publishedText: 'October 11', paragraphs: [BODY] });
  });

  it('ignores impossible dates', () => {
    expect(read(`31/02/2022\n\n${BODY}`)).toMatchObject({ published: null, paragraphs: ['31/02/2022', BODY] });
  });

  it('does not take a date inside a body sentence as the publication date', () => {
    expect(read(`The talks will be held on October 11, 2022 in Tokyo.\n\n${SECOND}`).published).toBeNull();
  });

  it('separates a date glued to a caption, as in the sample article', () => {
    const article = read(` date 2022-10-11 Col. Nguyen co-chairs the event. (Photo: qdnd.vn)\n\nHanoi (VNA) – ${BODY}`);
    expect(article).toMatchObject({ published: '2022-10-11', publishedText: 'date 2022-10-11', captions: ['Col. Nguyen co-chairs the event. (Photo: qdnd.vn)'], paragraphs: [BODY] });
  });
});

describe('parseArticle: dateline', () => {
  it.each([
    ['Hanoi (VNA) –', 'Hanoi', 'VNA'],
    ['Ho Chi Minh City (VNA) -', 'Ho Chi Minh City', 'VNA'],
    ['HÀ NỘI —', 'Hà Nội', ''],
    ['BÀ RỊA-VŨNG TÀU —', 'Bà Rịa-Vũng Tàu', ''],
    ['VOV.VN -', null, 'VOV'],
    ['TOKYO (Reuters) -', 'Tokyo', 'Reuters'],
    ['Tokyo, Oct. 11 (Kyodo) -', 'Tokyo', 'Kyodo'],
    ['WASHINGTON, Oct 11 -', 'Washington', ''],
    ['Hà Nội, 11/10/2022 -', 'Hà Nội', ''],
    ['(QĐND) -', null, 'QĐND'],
    ['Hà Nội (TTXVN) -', 'Hà Nội', 'TTXVN'],
  ])('reads %j', (dateline, place, publisher) => {
    const article = read(`Some headline\n\n${dateline} ${BODY}\n\n${SECOND}`);
    expect(article).toMatchObject({ dateline, place, publisher, paragraphs: [BODY, SECOND] });
  });

  it('takes the date of a dateline when there is no date line', () => {
    expect(read(`Tokyo, Oct. 11 (Kyodo) - ${BODY} The 2015 accord of May 5, 2015 stands.`).published).toBe('2015-10-11');
    expect(read(`Hà Nội, 11/10/2022 - ${BODY}`)).toMatchObject({ published: '2022-10-11', publishedText: '11/10/2022' });
  });

  it('does not mistake hyphenated words or ordinary openings for datelines', () => {
    for (const opening of ['TOKYO-based officers met.', 'Vietnam – Japan ties grew in 2022.', 'The EWG PKO met on Monday.']) {
      expect(read(`${opening}\n\n${SECOND}`)).toMatchObject({ dateline: null, place: null, paragraphs: [opening, SECOND] });
    }
  });

  it('reads a dateline on a line of its own', () => {
    expect(read(`Headline here\nHÀ NỘI —\n${BODY}`)).toMatchObject({ dateline: 'HÀ NỘI —', place: 'Hà Nội', paragraphs: [BODY] });
  });
});

describe('parseArticle: captions', () => {
  it.each([
    'Delegates at the meeting. (Photo: qdnd.vn)',
    'Delegates at the meeting. (Source: VNA)',
    'Delegates at the meeting. (Photo: VNA)',
    'Delegates at the meeting. — VNA/VNS Photo',
    'Delegates at the meeting. — VNA/VNS Photo Minh Quân',
    'Delegates at the meeting. Photo: VOV',
    'Photo: VNA',
    'Quang cảnh hội thảo. (Ảnh: qdnd.vn)',
    'An engineering unit in Abyei. (Illustrative photo)',
  ])('keeps %j apart from the body', (caption) => {
    const article = read(`Headline\n\n${caption}\n\n${BODY}\n\n${SECOND}`);
    expect(article.captions).toEqual([caption]);
    expect(article.paragraphs).toEqual([BODY, SECOND]);
  });

  it('takes the publisher from a "VNA/VNS Photo" credit when nothing else names it', () => {
    expect(read(`${BODY}\n\nOfficers at the seminar. — VNA/VNS Photo`).publisher).toBe('VNA');
  });

  it('leaves a long paragraph ending in a bracketed source in the body', () => {
    const long = `${BODY.repeat(8)} (Source: GSO)`;
    expect(read(`${long}\n\n${SECOND}`).paragraphs).toEqual([long, SECOND]);
  });
});

describe('parseArticle: end markers', () => {
  it.each([
    ['multilateral forums./.', 'multilateral forums.', ''],
    ['multilateral forums. /.', 'multilateral forums.', ''],
    ['multilateral forums.-VNA', 'multilateral forums.', 'VNA'],
    ['multilateral forums. –VNA', 'multilateral forums.', 'VNA'],
    ['multilateral forums. — VNA', 'multilateral forums.', 'VNA'],
    ['multilateral forums. (VNA)', 'multilateral forums.', 'VNA'],
    ['multilateral forums./. — VNS', 'multilateral forums.', 'VNS'],
  ])('removes the marker of %j', (ending, kept, publisher) => {
    const article = read(`${BODY}\n\nThe sides met at ${ending}`);
    expect(article.paragraphs).toEqual([BODY, `The sides met at ${kept}`]);
    expect(article.publisher).toBe(publisher);
  });

  it('removes an end marker on a line of its own', () => {
    expect(read(`${BODY}\n\n${SECOND}\n\n–VNA`)).toMatchObject({ paragraphs: [BODY, SECOND], publisher: 'VNA' });
  });

  it('leaves markers inside the body alone', () => {
    const inside = 'The US-VNA exchange and the unit (VNA) were discussed./. at length.';
    expect(read(`${inside}\n\n${SECOND}`).paragraphs).toEqual([inside, SECOND]);
  });
});

describe('parseArticle: clutter', () => {
  it('drops whole clutter lines around the article', () => {
    const text = [
      'Home » News » Politics', 'Read full this story', 'print PRINT', 'Share', 'Tweet', 'Advertisement',
      'We use cookies to improve your experience. By continuing you agree to our cookie policy.',
      `Hanoi (VNA) – ${BODY}`, SECOND, 'Related news', 'Tags: ADMM, peacekeeping', 'Source: VNA', 'Back to top', '© 2022 VietnamPlus. All rights reserved.',
    ].join('\n\n');
    expect(read(text)).toMatchObject({ paragraphs: [BODY, SECOND], publisher: 'VNA' });
  });

  it('keeps body sentences that merely mention clutter words', () => {
    const sentences = ['Share the burden, the minister said.', 'Related news reports were denied.', 'Print media covered the event.', 'Source: the ministry did not comment on the matter.'];
    expect(read(sentences.join('\n\n')).paragraphs).toEqual(sentences);
  });

  it('splits a paragraph where a clutter line was, never gluing its halves together', () => {
    expect(read(`${BODY}\nShare\n${SECOND}\n\nEnd of story.`).paragraphs).toEqual([BODY, SECOND, 'End of story.']);
  });

  it('names the publisher from a "Source:" footer', () => {
    expect(read(`${BODY}\n\nSource: Vietnam News`).publisher).toBe('Vietnam News');
  });
});

it('passes the url through', () => {
  expect(read(BODY, 'https://example.vn/a').url).toBe('https://example.vn/a');
});
