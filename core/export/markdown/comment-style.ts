/**
 * How comment threads appear in Markdown: dropped (a clean copy), as footnotes
 * after the anchored text, or as CriticMarkup (`{==text==}{>>Author: comment<<}`).
 */
export type CommentStyle = 'none' | 'footnotes' | 'criticmarkup';
