import type { AnyExtension } from '@tiptap/core';
import { DecisionWithForm, RecommendationWithBoxes } from './decision-views';
import { PortionMarkDecorations } from './portion-mark-decorations';

/** The core schema with the briefing blocks' editor views in place, and the portion-mark decorations. */
export function withBriefingBlockViews(extensions: AnyExtension[], portionMarking: () => boolean): AnyExtension[] {
  const views: Record<string, AnyExtension> = { decision: DecisionWithForm, recommendation: RecommendationWithBoxes };
  return [...extensions.map((extension) => views[extension.name] ?? extension), PortionMarkDecorations.configure({ isOn: portionMarking })];
}
