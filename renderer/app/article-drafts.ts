import sampleArticle from '../../assets/seed-article.txt?raw';
import type { HostBridge } from '../../core/host/host-bridge';
import { BUILTIN_TEMPLATES } from '../../core/templates/builtin-templates';
import type { BriefingTemplate } from '../../core/templates/briefing-template';
import type { NoteFile } from '../../core/document/note-file';
import { readArticleBytes } from '../../core/article/read-article-bytes';
import type { ArticleInput } from '../../core/seeding/draft-from-article';
import type { NoteSession } from './note-session';
import { askForArticle } from '../ui/import-article-dialog';
import type * as ArticleReading from './article-reading';

export interface ArticleDrafts {
  importArticle(): Promise<void>;
  openSampleArticle(): Promise<void>;
  /** A .txt, .md or .html file dropped on the window. */
  draftFromFile(file: File): Promise<void>;
}

/** Parses HTML into an inert document: DOMParser runs no scripts and loads nothing. */
export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/**
 * Reading an article and drafting from it, loaded the first time they are needed: their
 * word lists, gazetteer and Readability take about 1 MB of memory that a session spent
 * writing and reading notes never uses (decisions.md).
 */
export const loadArticleReading = (): Promise<typeof ArticleReading> => import('./article-reading');

/** Starting a note from an article: pasted, opened, dropped, or the built-in sample. */
export function createArticleDrafts(
  host: HostBridge,
  session: NoteSession,
  mayDiscard: () => Promise<boolean>,
  defaultTemplateId: () => string,
  report: (message: string) => void,
): ArticleDrafts {
  const templates = async (): Promise<BriefingTemplate[]> => {
    const { templates: found, problems } = await host['templates.list']({}).catch(() => ({ templates: [...BUILTIN_TEMPLATES], problems: [] }));
    if (problems.length) report(problems.map((problem) => `${problem.file}: ${problem.problem}`).join(' '));
    return found;
  };
  const templateFor = (all: BriefingTemplate[], id: string): BriefingTemplate => all.find((template) => template.id === id) ?? all[0] ?? BUILTIN_TEMPLATES[0]!;

  const draft = async (input: ArticleInput, template: BriefingTemplate): Promise<void> => {
    const { draftFromArticle } = await loadArticleReading();
    const result = draftFromArticle(input, template, new Date(), parseHtml);
    if (!result.ok) return report(result.problem);
    await session.startSeeded(result.note);
  };

  return {
    async importArticle() {
      if (!(await mayDiscard())) return;
      const [all, { draftFromArticle }] = await Promise.all([templates(), loadArticleReading()]);
      // The dialog's check drafts the note; that draft is the one opened.
      let drafted: NoteFile | null = null;
      const chosen = await askForArticle(all, defaultTemplateId(), (input) => {
        const attempt = draftFromArticle(input, templateFor(all, input.templateId), new Date(), parseHtml);
        drafted = attempt.ok ? attempt.note : null;
        return attempt.ok ? null : attempt.problem;
      });
      if (chosen && drafted) await session.startSeeded(drafted);
    },
    async openSampleArticle() {
      if (!(await mayDiscard())) return;
      await draft({ text: sampleArticle, fileName: 'seed-article.txt' }, templateFor(await templates(), defaultTemplateId()));
    },
    async draftFromFile(file) {
      if (!(await mayDiscard())) return;
      const reading = readArticleBytes(new Uint8Array(await file.arrayBuffer()), 'auto', file.name);
      if (!reading.ok) return report(reading.problem);
      await draft({ text: reading.text, fileName: file.name }, templateFor(await templates(), defaultTemplateId()));
    },
  };
}
