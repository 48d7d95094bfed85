// The schema library for the modules the renderer loads: zod's "mini" build, whose
// functions tree-shake. Zod's classic build, whose methods hang on every schema, cost the
// page about 1 MB of heap (docs/performance.md, decisions.md). Its checks and types are
// the same: a mini schema parses as a classic one does, and host code composes both.
// Import it as a namespace (`import * as z from '../schema/z'`): the bundler then keeps
// only the functions used, where re-exporting zod's own namespace object kept them all.
import { config } from 'zod/mini';
import { en } from 'zod/locales';

// Issue messages in English, as the classic build sets them when it loads; without a
// locale, mini says only "Invalid input".
config(en());

export * from 'zod/mini';
