import { Readability } from '@mozilla/readability';
import type { ArticleReading } from './article';
import { findDates, isoDate } from './article-date';
import { tidyLine } from './article-lines';
import { MAX_ARTICLE_BYTES } from './decode-article-bytes';
import { parseHtmlDocument, visibleText, type HtmlDocument } from './html-document';
import { markdownArticleText } from './markdown-article-text';
import { articleTooLongProblem, EMPTY_ARTICLE_PROBLEM, parseArticle } from './parse-article';

/**
 * Turns HTML into a Document without running anything in it: in the renderer
 * `(html) => new DOMParser().parseFromString(html, 'text/html')`, in Node linkedom's
 * `parseHTML`. Never a live document's innerHTML.
 */
export type ParseHtml = (html: string) => unknown;

/** An article page reduced to text the plain-text rules can read. */
export interface HtmlArticleText {
  /** Paragraphs separated by blank lines; photo captions last. */
  text: string;
  title: string;
  /** The page's canonical address, or "" when it names none. */
  url: string;
  /** The publication time as the page's metadata gives it ("2022-10-11T08:00:00+07:00"). */
  publishedText: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption';
/** Parts of a page that are not the article; Readability's result can keep them when the page is small. */
const ARTICLE_CHROME = 'nav, footer, aside, form, menu, dialog, script, style, noscript, template';
const PAGE_CHROME = `${ARTICLE_CHROME}, header`;

function attribute(doc: HtmlDocument, selector: string, name: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

function canonicalUrl(doc: HtmlDocument): string {
  const candidates = [attribute(doc, 'link[rel="canonical"]', 'href'), attribute(doc, 'meta[property="og:url"]', 'content')];
  return candidates.find((url) => url !== null && /^https?:\/\//i.test(url)) ?? '';
}

/** Readability keeps a short title's " | Site name": the page's <h1> is better then, or the title without it. */
function headline(doc: HtmlDocument, readabilityTitle: string): string {
  const h1 = doc.querySelector('h1');
  const text = h1 ? tidyLine(visibleText(h1)) : '';
  if (text !== '' && readabilityTitle.includes(text)) return text;
  return readabilityTitle.replace(/\s+[|»]\s+[^|»]{1,40}$/u, '');
}

function publishedTime(doc: HtmlDocument): string | null {
  return (
    attribute(doc, 'meta[property="article:published_time"]', 'content') ??
    attribute(doc, 'meta[itemprop="datePublished"]', 'content') ??
    attribute(doc, 'time[datetime]', 'datetime')
  );
}

/** Innermost blocks' text as paragraphs, figcaptions last, leaving out what is inside `chrome`. */
function blockText(doc: HtmlDocument, chrome: string): string {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const blocks = doc.querySelectorAll(BLOCKS);
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (!block || block.querySelector(BLOCKS) || block.closest(chrome)) continue;
    const text = tidyLine(visibleText(block));
    if (text === '') continue;
    if (block.closest('figcaption')) captions.push(text);
    else paragraphs.push(text);
  }
  return [...paragraphs, ...captions].join('\n\n');
}

function readable(doc: HtmlDocument): { title: string; content: string; publishedTime: string | null } | null {
  try {
    const result = new Readability(doc as never).parse();
    return result?.content ? { title: result.title ?? '', content: result.content, publishedTime: result.publishedTime ?? null } : null;
  } catch {
    return null;
  }
}

/**
 * The article in an HTML page, found by Mozilla Readability (Firefox's Reader View).
 * Nothing in the page runs: the documents come from `parseHtml`, which executes no scripts.
 */
export function articleTextFromHtml(html: string, parseHtml: ParseHtml): HtmlArticleText {
  const page = parseHtmlDocument(html, parseHtml);
  const url = canonicalUrl(page);
  const metaTime = publishedTime(page);
  const pageTitle = tidyLine(page.title ?? '');
  // Readability rearranges the document it reads, so it gets one of its own.
  const article = readable(parseHtmlDocument(html, parseHtml));
  const text = article
    ? blockText(parseHtmlDocument(`<!doctype html><html><body>${article.content}</body></html>`, parseHtml), ARTICLE_CHROME)
    : '';
  return {
    text: text !== '' ? text : blockText(page, PAGE_CHROME),
    title: headline(page, tidyLine(article?.title ?? '') || pageTitle),
    url,
    publishedText: metaTime ?? article?.publishedTime ?? null,
  };
}

function isHtml(text: string, fileName: string | undefined): boolean {
  return /\.(?:html?|xhtml)$/i.test(fileName ?? '') || /^\uFEFF?\s*(?:<!doctype\s|<html[\s>])/i.test(text);
}

function readHtmlArticle(html: string, parseHtml: ParseHtml): ArticleReading {
  if (html.trim() === '') return { ok: false, problem: EMPTY_ARTICLE_PROBLEM };
  if (html.length > MAX_ARTICLE_BYTES) return { ok: false, problem: articleTooLongProblem(html.length) };
  const page = articleTextFromHtml(html, parseHtml);
  const reading = parseArticle(page.text, { url: page.url, ...(page.title ? { title: page.title } : {}) });
  if (!reading.ok || reading.article.published !== null || page.publishedText === null) return reading;
  const [date] = findDates(page.publishedText);
  const published = date && date.index === 0 ? isoDate(date, null) : null;
  return { ok: true, article: { ...reading.article, published, publishedText: page.publishedText } };
}

/**
 * Reads an article however it came: HTML (a .html/.htm file, or text that starts like a
 * page), Markdown (.md) or plain text.
 */
export function readArticle(input: { text?: string; html?: string; fileName?: string }, parseHtml: ParseHtml): ArticleReading {
  const text = input.text ?? '';
  if (input.html !== undefined) return readHtmlArticle(input.html, parseHtml);
  if (isHtml(text, input.fileName)) return readHtmlArticle(text, parseHtml);
  if (/\.(?:md|markdown)$/i.test(input.fileName ?? '')) return parseArticle(markdownArticleText(text));
  return parseArticle(text);
}
