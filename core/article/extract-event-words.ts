/** Nouns that name an event, singular and plural, lower case. */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'meeting', 'meetings', 'seminar', 'seminars', 'conference', 'conferences', 'summit', 'summits', 'exercise',
  'exercises', 'visit', 'visits', 'talks', 'dialogue', 'dialogues', 'forum', 'forums', 'workshop', 'workshops',
  'course', 'courses', 'ceremony', 'ceremonies', 'session', 'sessions', 'symposium', 'drill', 'drills',
  'consultation', 'consultations', 'congress', 'exchange', 'exchanges', 'tour', 'patrol', 'patrols',
]);

/** Lower-case words that may stand before an event head as part of its name: "joint exercise", "training courses". */
export const EVENT_MODIFIERS: ReadonlySet<string> = new Set([
  'annual', 'bilateral', 'multilateral', 'joint', 'training', 'official', 'state', 'working', 'regular',
  'plenary', 'ministerial', 'high-level', 'defence', 'defense', 'security', 'policy', 'naval', 'military',
  'maritime', 'field', 'tabletop', 'table-top', 'command-post', 'live-fire', 'rescue', 'relief', 'opening',
  'closing', 'signing', 'press', 'expert', 'experts', "experts'", 'consultation', 'strategic', 'political',
  'ministers', "ministers'", 'peacekeeping', 'friendship', 'exchange', 'virtual', 'online', 'preparatory',
  'international', 'regional', 'extraordinary', 'special', 'informal', 'formal', 'trilateral', 'leaders',
  "leaders'", 'summit', 'coordination', 'deployment', 'handover', 'inauguration', 'search', 'and',
]);

/** Prepositions that carry an event's name on: "seminar on …", "meeting of …", "visit to …". */
export const EVENT_LINKS: ReadonlySet<string> = new Set([
  'of', 'on', 'for', 'between', 'among', 'with', 'regarding', 'about', 'concerning', 'to',
]);

/** Words within an event's "of/on …" part that end it: it took place "in" or "at" somewhere, "during" something. */
export const EVENT_STOPS: ReadonlySet<string> = new Set([
  'in', 'at', 'via', 'within', 'during', 'from', 'under', 'by', 'after', 'before', 'through', 'since', 'until',
  'as', 'into', 'while', 'when', 'where', 'which', 'who', 'that', 'this', 'than', 'but', 'so', 'if', 'because',
]);
