import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { articleTextFromHtml, readArticle } from '../../../core/article/html-article';

const BODY = [
  'Hanoi (VNA) – Officers from Vietnam and Japan met on October 11 to review cooperation in training for United Nations peacekeeping missions.',
  'The two sides agreed to add courses on field engineering and medical evacuation, and to exchange instructors in the coming year.',
  'They also discussed the next meeting of the working group, to be held in Tokyo, and the seminar on women, peace and security.',
] as const;

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><title>Vietnam, Japan review training | VietnamPlus</title>${head}</head><body>${body}</body></html>`;
}

const HOSTILE = page(
  `<script>globalThis.__pwned = 'script';</script>
   <nav><a href="javascript:globalThis.__pwned = 'link'">Menu</a></nav>
   <article>
     <h1>Vietnam, Japan review training</h1>
     <img src="nothing.png" onerror="globalThis.__pwned = 'onerror'">
     <p>${BODY[0]}<script>globalThis.__pwned = 'inline'; document.write('written by script')</script></p>
     <p>${BODY[1]} See <a href="javascript:globalThis.__pwned = 'body link'">the statement</a>.</p>
     <p onclick="globalThis.__pwned = 'click'">${BODY[2]}</p>
     <noscript>Enable JavaScript to read comments</noscript>
     <style>p { color: red }</style>
   </article>
   <iframe src="javascript:globalThis.__pwned = 'iframe'"></iframe>`,
);

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__pwned;
});

describe('articleTextFromHtml', () => {
  it('keeps the article text and nothing of scripts, handlers or javascript: links', () => {
    const { text, title } = articleTextFromHtml(HOSTILE, parseHTML);
    expect(title).toBe('Vietnam, Japan review training');
    expect(text).toContain(BODY[0]);
    expect(text).toContain(`${BODY[1]} See the statement.`);
    expect(text).toContain(BODY[2]);
    for (const bad of ['javascript:', '__pwned', 'written by script', 'onerror', 'Enable JavaScript', 'color: red', 'Menu']) {
      expect(text).not.toContain(bad);
    }
  });

  it('runs nothing in the page', () => {
    articleTextFromHtml(HOSTILE, parseHTML);
    readArticle({ html: HOSTILE }, parseHTML);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it('accepts a parser that returns a Document as well as one that returns a window', () => {
    const asDocument = (html: string): unknown => parseHTML(html).document;
    expect(articleTextFromHtml(HOSTILE, asDocument)).toEqual(articleTextFromHtml(HOSTILE, parseHTML));
  });

  it('says what is wrong with a parser that returns no document', () => {
    expect(() => articleTextFromHtml(HOSTILE, () => 'not a document')).toThrow(/parseHtml must return a Document/);
  });

  it('puts figure captions last, as paragraphs of their own', () => {
    const html = page(`<article><figure><img src="a.jpg"><figcaption>Delegates at the meeting. (Photo: VNA)</figcaption></figure>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`);
    const paragraphs = articleTextFromHtml(html, parseHTML).text.split('\n\n');
    expect(paragraphs.at(-1)).toBe('Delegates at the meeting. (Photo: VNA)');
    expect(paragraphs.slice(0, 3)).toEqual(BODY);
  });

  it('reads a <br> as a space, and nested blocks once', () => {
    const html = page(`<article><p>${BODY[0]}</p><ul><li><p>First point of the plan.</p></li><li>Second<br>point.</li></ul><p>${BODY[1]}</p><p>${BODY[2]}</p></article>`);
    const { text } = articleTextFromHtml(html, parseHTML);
    expect(text.match(/First point of the plan\./g)).toHaveLength(1);
    expect(text).toContain('Second point.');
  });

  it('finds the canonical address and the publication time', () => {
    const head = '<link rel="canonical" href="https://example.vn/a"><meta property="og:url" content="https://example.vn/b"><meta property="article:published_time" content="2022-10-11T15:42:00+07:00">';
    expect(articleTextFromHtml(page(`<p>${BODY.join('</p><p>')}</p>`, head), parseHTML)).toMatchObject({
      url: 'https://example.vn/a',
      publishedText: '2022-10-11T15:42:00+07:00',
    });
  });

  it('falls back to og:url and <time datetime>, and ignores non-web addresses', () => {
    const head = '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.vn/b">';
    const html = page(`<article><time datetime="2022-10-12">Oct 12</time><p>${BODY.join('</p><p>')}</p></article>`, head);
    expect(articleTextFromHtml(html, parseHTML)).toMatchObject({ url: 'https://example.vn/b', publishedText: '2022-10-12' });
    expect(articleTextFromHtml(page('<p>x</p>', '<link rel="canonical" href="javascript:alert(1)">'), parseHTML).url).toBe('');
  });

  it('still reads a page too small for Readability, leaving out navigation and footers', () => {
    const html = page('<nav><p>Home</p></nav><p>Short note on the meeting.</p><footer><p>Copyright 2022</p></footer>');
    expect(articleTextFromHtml(html, parseHTML).text).toBe('Short note on the meeting.');
  });
});

describe('readArticle', () => {
  it('reads HTML by file extension or by its opening, with the page title and date', () => {
    const html = page(`<article><p>${BODY.join('</p><p>')}</p></article>`, '<meta property="article:published_time" content="2022-10-11T15:42:00+07:00">');
    for (const input of [{ text: html, fileName: 'page.htm' }, { text: `\n  ${html}` }, { html }, { text: html.replace('<!DOCTYPE html>', ''), fileName: 'x.html' }]) {
      const reading = readArticle(input, parseHTML);
      expect(reading).toMatchObject({ ok: true, article: { title: 'Vietnam, Japan review training', published: '2022-10-11', place: 'Hanoi', publisher: 'VNA' } });
      if (reading.ok) expect(reading.article.paragraphs).toHaveLength(3);
    }
  });

  it('prefers a date the article text gives over the page metadata', () => {
    const html = page(`<article><p>October 12, 2022</p><p>${BODY.join('</p><p>')}</p></article>`, '<meta property="article:published_time" content="2022-10-11T15:42:00+07:00">');
    expect(readArticle({ html }, parseHTML)).toMatchObject({ ok: true, article: { published: '2022-10-12', publishedText: 'October 12, 2022' } });
  });

  it('strips Markdown from .md files', () => {
    const markdown = [
      '# Vietnam, Japan _review_ training ##',
      '![a photo](https://example.vn/p.jpg)',
      `${BODY[0]} See the [joint statement](https://example.vn/s) and **annex** \\#2.`,
      `> ${BODY[1]}`,
      '---',
      `${BODY[2]} The snake_case_name stays.`,
    ].join('\n\n');
    const reading = readArticle({ text: markdown, fileName: 'note.MD' }, parseHTML);
    expect(reading).toMatchObject({ ok: true, article: { title: 'Vietnam, Japan review training', dateline: 'Hanoi (VNA) –' } });
    if (!reading.ok) return;
    expect(reading.article.paragraphs).toEqual([
      `${BODY[0].replace('Hanoi (VNA) – ', '')} See the joint statement and annex #2.`,
      BODY[1],
      `${BODY[2]} The snake_case_name stays.`,
    ]);
  });

  it('reads anything else as plain text, Markdown-looking or not', () => {
    const reading = readArticle({ text: `**Not Markdown here**\n\n${BODY[0]}`, fileName: 'article.txt' }, parseHTML);
    expect(reading).toMatchObject({ ok: true, article: { title: '**Not Markdown here**' } });
  });

  it('says an empty article is empty, whatever its form', () => {
    for (const input of [{}, { text: '  ' }, { html: '' }, { text: '', fileName: 'a.html' }, { text: '\n', fileName: 'a.md' }]) {
      expect(readArticle(input, parseHTML)).toEqual({ ok: false, problem: 'The article is empty: paste or open some text.' });
    }
  });

  it('says so when a page has no article text', () => {
    const reading = readArticle({ html: page('<nav><a href="/">Home</a></nav><script>var x = 1;</script>') }, parseHTML);
    expect(reading.ok).toBe(false);
  });
});
