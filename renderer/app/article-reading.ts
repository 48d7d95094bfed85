// Loaded on first use, through `loadArticleReading` (article-drafts.ts).
export { draftFromArticle } from '../../core/seeding/draft-from-article';
export { readArticle } from '../../core/article/html-article';
