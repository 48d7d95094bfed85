// The schema library, for every layer (lint refuses zod imported any other way): zod's
// "mini" build, whose functions tree-shake. The renderer checks host replies, annotations
// and settings in the page, where zod's classic build, whose methods hang on every
// schema, cost 0.32 MB of heap and 59 KB of script (decisions.md). The checks, the
// types and the parse results are the same. Import it as a namespace (`import * as z
// from '…/schema/z'`): the bundler then keeps only the functions used.
import { config } from 'zod/mini';
import { en } from 'zod/locales';

// Issue messages in English, as the classic build sets them when it loads; without a
// locale, mini says only "Invalid input".
config(en());

export * from 'zod/mini';
