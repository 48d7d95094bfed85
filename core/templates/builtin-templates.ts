import type { BriefingTemplate, TemplateSection } from './briefing-template';

// Sections shared by all three built-ins, worded once so they read the same in each.
const background: TemplateSection = {
  heading: 'Background',
  role: 'background',
  placeholder: 'Give only the context the addressee needs: earlier events, existing commitments and the Ministry’s position so far.',
};
const source: TemplateSection = {
  heading: 'Source',
  role: 'source',
  placeholder: 'Cite the source in full: publisher, title and date.',
};
const abbreviations: TemplateSection = {
  heading: 'Abbreviations',
  role: 'abbreviations',
  placeholder: 'List each abbreviation used in the note as: long form (SHORT FORM).',
};
const keyPoints: TemplateSection = {
  heading: 'Key points',
  role: 'key-points',
  placeholder: 'List the facts from the source, one per bullet, most important first. Key points must fit on page one.',
};

/** A decision or policy note: purpose, bottom line up front, analysis and recommendations (Canadian and Australian practice). */
export const BRIEFING_NOTE: BriefingTemplate = {
  format: 'briefing-desk/template',
  version: 1,
  id: 'briefing-note',
  name: 'Briefing note',
  description: 'For a decision or a position: purpose, bottom line up front, key points, considerations and recommendations.',
  sections: [
    {
      heading: 'Purpose',
      role: 'purpose',
      placeholder: 'State in one sentence why the addressee is receiving this note and what is asked of them.',
    },
    {
      heading: 'Summary — bottom line up front',
      role: 'summary',
      placeholder: 'Give the main point first, in two or three sentences in the active voice: what happened, why it matters, what you recommend.',
    },
    background,
    keyPoints,
    {
      heading: 'Considerations',
      role: 'considerations',
      placeholder: 'Analysis and implications for the Ministry: to be written by the drafting officer.',
    },
    {
      heading: 'Recommendations',
      role: 'recommendations',
      placeholder: 'Recommend a course of action, one per line.',
    },
    source,
    abbreviations,
  ],
};

/** A brief for a meeting or visit: who, when, what was said and agreed, and what our principal should say. */
export const MEETING_BRIEF: BriefingTemplate = {
  format: 'briefing-desk/template',
  version: 1,
  id: 'meeting-brief',
  name: 'Meeting brief',
  description: 'For a meeting, visit or conference: event, participants, discussions, outcomes and points to make.',
  sections: [
    {
      heading: 'Event, date and venue',
      role: 'event',
      placeholder: 'Name the event, its date and the venue.',
    },
    {
      heading: 'Participants',
      role: 'participants',
      placeholder: 'List the participants, one per line: name, title, organisation.',
    },
    {
      heading: 'Discussions',
      role: 'discussions',
      placeholder: 'Summarise what each side said, as the source reports it.',
    },
    {
      heading: 'Outcomes and next steps',
      role: 'outcomes',
      placeholder: 'State what was agreed and what happens next, with dates where the source gives them.',
    },
    {
      heading: 'Points to make',
      role: 'points-to-make',
      placeholder: 'Points for our principal to make, one per line: to be written by the drafting officer.',
    },
    background,
    source,
    abbreviations,
  ],
};

/** A short note for information only: no decision is sought. */
export const INFORMATION_NOTE: BriefingTemplate = {
  format: 'briefing-desk/template',
  version: 1,
  id: 'information-note',
  name: 'Information note',
  description: 'For information only: summary, key points and background, with no recommendation.',
  sections: [
    {
      heading: 'Summary',
      role: 'summary',
      placeholder: 'Give the main point first, in two or three sentences in the active voice: what happened and why it matters.',
    },
    keyPoints,
    background,
    source,
    abbreviations,
  ],
};

/** The templates every installation has, in the order they are offered. */
export const BUILTIN_TEMPLATES: readonly BriefingTemplate[] = [BRIEFING_NOTE, MEETING_BRIEF, INFORMATION_NOTE];
