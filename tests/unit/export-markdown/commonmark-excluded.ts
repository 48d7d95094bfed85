/**
 * CommonMark spec examples (commonmark-spec 0.31.2, by number) that do not
 * survive Markdown → note → Markdown, grouped by why. Each is something the note
 * schema cannot hold or a rule the issue sets (the link allowlist, raw HTML
 * never rendered, markdownlint); the spec test checks that every one of them
 * still fails, so the list stays honest.
 */
export interface ExcludedGroup {
  reason: string;
  examples: readonly number[];
}

export const COMMONMARK_EXCLUDED: readonly ExcludedGroup[] = [
  {
    reason: 'Raw HTML (blocks, inline tags, comments) is kept as escaped text, never rendered (issue 6, item 6).',
    examples: [
      21, 31, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166,
      167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186,
      187, 188, 189, 190, 191, 201, 308, 309, 344, 475, 476, 477, 491, 494, 524, 536, 613, 614, 615, 616,
      617, 623, 625, 626, 627, 628, 629, 630, 631, 642, 643,
    ],
  },
  {
    reason: 'Link targets other than http, https and mailto (relative, made-up schemes) keep their text only: the note allowlists link targets.',
    examples: [
      22, 23, 32, 33, 192, 193, 194, 195, 196, 198, 200, 202, 203, 204, 205, 206, 214, 215, 216, 217, 218,
      404, 419, 422, 433, 473, 474, 482, 483, 484, 485, 486, 487, 489, 492, 495, 496, 498, 499, 500, 501,
      502, 503, 504, 505, 506, 507, 509, 510, 512, 514, 515, 516, 518, 519, 521, 522, 527, 528, 529, 530,
      532, 533, 534, 535, 539, 540, 541, 542, 543, 544, 549, 550, 553, 554, 555, 556, 557, 558, 559, 560,
      561, 562, 564, 565, 566, 567, 568, 569, 570, 571, 593, 596, 598, 599, 601,
    ],
  },
  {
    reason: 'Images: the note schema has no image node; the alt text is kept.',
    examples: [517, 520, 531, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 591],
  },
  {
    reason: 'Emphasis nested in emphasis of the same kind (<em> in <em>, <strong> in <strong>): a mark is on a character or not.',
    examples: [369, 373, 389, 407, 408, 409, 417, 418, 425, 426, 427, 432, 461, 463, 464, 465, 466, 468],
  },
  {
    reason: 'Loose lists: the note schema has no tight/loose attribute; lists are written tight, and an item holding more than a paragraph and a list is written loose.',
    examples: [109, 300, 306, 311, 313, 314, 315, 317, 320, 321, 326],
  },
  {
    reason: 'Adjacent quotes, and adjacent lists of one kind, are joined: lists have no marker attribute, and markdownlint (MD028) refuses a blank line between quotes.',
    examples: [242, 252, 301, 302],
  },
  {
    reason: 'Headings 4 to 6: the note has levels 1 to 3; deeper ones are read as level 3.',
    examples: [62, 72],
  },
  {
    reason: 'Code inside emphasis: the schema’s code mark excludes every other mark.',
    examples: [478, 479],
  },
  {
    reason: 'A document opening with `---` and a later `---` line is read as YAML front matter.',
    examples: [98],
  },
];
