// Whole lines that scraped copies of articles carry around the text. Only a line that
// is entirely one of these is clutter: a body sentence mentioning "share" stays.

const CLUTTER_LINES = new Set([
  // links and buttons
  'read full this story', 'read full story', 'read the full story', 'read the full article', 'read more', 'continue reading',
  'read original', 'read the original article', 'print', 'print print', 'print article', 'email', 'e-mail', 'share', 'share this',
  'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet', 'facebook', 'twitter', 'linkedin',
  'zalo', 'whatsapp', 'telegram', 'copy link', 'copy', 'like', 'comment', 'comments', 'save', 'bookmark', 'listen',
  'listen to this article', 'font size', 'text size', 'a a a', 'a+ a-', 'a- a+', 'chia sẻ', 'in bài', 'in bài viết', 'bình luận',
  'gửi bình luận', 'quay lại', 'lưu', 'gửi', 'thích',
  // page sections
  'related news', 'related', 'related articles', 'related stories', 'related posts', 'see also', 'more news', 'most read',
  'most viewed', 'latest news', 'you may also like', 'recommended', 'popular', 'tin liên quan', 'bài liên quan',
  'tin cùng chuyên mục', 'xem thêm', 'đọc thêm', 'tin mới', 'tin khác', 'tin đọc nhiều',
  // navigation
  'back to top', 'top', 'to top', 'scroll to top', 'lên đầu trang', 'về đầu trang', 'home', 'trang chủ', 'menu', 'search',
  'tìm kiếm', 'close', 'đóng', 'skip to content', 'skip to main content', 'log in', 'login', 'sign in', 'sign up', 'register',
  'subscribe', 'đăng nhập', 'đăng ký',
  // advertising and consent
  'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'quảng cáo', 'accept', 'accept all',
  'accept cookies', 'accept all cookies', 'reject all', 'decline', 'manage cookies', 'cookie settings', 'cookie policy',
  'manage preferences', 'got it', 'i agree', 'đồng ý',
]);

const CLUTTER_PATTERNS = [
  /^(?:tags?|từ khóa|từ khoá|keywords?|topics?|chủ đề)\s*:.{0,300}$/iu,
  /^(?:copyright\s*)?(?:©|\(c\)|copyright\b).{0,120}$/iu,
  /^.{0,120}\ball rights reserved\.?$/iu,
  /^(?:home|trang chủ)(?:\s*[»>›|/]\s*[^»>›|/]{1,40}){1,6}$/iu,
  /^(?:follow us|theo dõi chúng tôi)(?:\s+(?:on|trên)\s+.{1,40})?:?$/iu,
  /^(?:comments?|bình luận)\s*\(\d+\)$/iu,
  /^\d+\s+(?:comments?|bình luận)$/iu,
  /^(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b.{0,40}$/iu,
  /^(?:(?:share|chia sẻ)\s*(?:on|qua|:)?\s*)?(?:(?:facebook|twitter|x|linkedin|zalo|email|e-mail|whatsapp|telegram|print)\s*[|,/·•]?\s*){2,8}$/iu,
  /^(?:tin|bài|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh)\s*:\s*[\p{L}\p{M} .,-]{2,60}$/iu,
];

/** "Source: VNA", "Nguồn: QĐND", "Theo TTXVN": a footer naming where the article came from. */
const SOURCE_LINE = /^(?:(?:[Ss]ource|SOURCE|[Nn]guồn|NGUỒN)\s*:\s*(?<named>(?:[^.!?]|\.(?=\S)){1,60}?)|[Tt]heo\s+(?<theo>\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,3}))\s*\.?$/u;

function isCookieNotice(line: string): boolean {
  return (
    line.length <= 400 &&
    /\bcookies?\b/i.test(line) &&
    /\b(?:we use|this (?:web)?site uses|uses cookies|accept|agree|consent|cookie (?:policy|settings|preferences))\b/i.test(line)
  );
}

/** The publisher a "Source: …" footer line names, or null when the line is not one. */
export function sourceLinePublisher(line: string): string | null {
  const match = SOURCE_LINE.exec(line.trim());
  const named = (match?.groups?.named ?? match?.groups?.theo)?.trim();
  if (!named || named.split(' ').length > 6) return null;
  // A name ("Vietnam News", "VNA") or an address ("qdnd.vn"), not a sentence.
  return /^[\p{Lu}\p{N}]/u.test(named) || /\.\p{L}{2,}/u.test(named) ? named : null;
}

/** Whether a whole (tidied) line is page clutter rather than article text. */
export function isClutterLine(line: string): boolean {
  const key = line.toLowerCase().replace(/[\s:»›>|•·]+$/u, '').trim();
  return (
    CLUTTER_LINES.has(key) ||
    CLUTTER_PATTERNS.some((pattern) => pattern.test(line)) ||
    isCookieNotice(line) ||
    sourceLinePublisher(line) !== null
  );
}
