import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, escapeHtmlLines } from '../../../core/export/print/escape-html';
import { cssString } from '../../../core/export/print/css-string';
import { safeHref } from '../../../core/export/print/safe-href';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves other text, Vietnamese included, as it is', () => {
    expect(escapeHtml('Nguyễn Như Cảnh — ¶3')).toBe('Nguyễn Như Cảnh — ¶3');
  });

  it('never leaves a raw <, >, " or \' in its output', () => {
    fc.assert(fc.property(fc.string(), (text) => !/[<>"']/.test(escapeHtml(text))));
  });

  it('keeps line breaks of plain text as <br>', () => {
    expect(escapeHtmlLines('one\ntwo\r\n<three>')).toBe('one<br>two<br>&lt;three&gt;');
  });
});

describe('safeHref', () => {
  it.each(['https://vietnamplus.vn/a?b=1&c=2', 'http://example.org', 'mailto:desk@example.org', 'HTTPS://EXAMPLE.ORG'])('keeps %s', (href) => {
    expect(safeHref(href)).toBe(href);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'vbscript:x', '/relative', '#top', ''])('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref({ href: 'https://x' })).toBeNull();
  });
});

describe('cssString', () => {
  it('quotes text so it can neither end the string nor the style element', () => {
    expect(cssString('TOP "SECRET"\\</style>\n')).toBe('"TOP \\22 SECRET\\22 \\5c \\3c /style\\3e \\a "');
  });
});
