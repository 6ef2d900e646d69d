/**
 * Words of a headline that make it an explainer's, an opinion's or a Q&A's, not a report of what
 * happened (title-state.ts): a kicker's words before its colon ("Analysis:", "Opinion |", "Q&A:"), the
 * words a question or an explainer opens with ("What the closure means", "Why the vote matters"), and
 * phrases an explainer is titled by anywhere ("… explained", "what you need to know"). General
 * newsroom usage, not drawn from any corpus; lower case.
 */
export const ANGLE_KICKER_WORDS: ReadonlySet<string> = new Set(
  `analysis opinion comment commentary editorial column explainer explained view views letters letter
  review q&a faq podcast perspective essay viewpoint`.split(/\s+/),
);

/** Words whose opening a headline, or its part after a colon, asks or explains by. */
export const ANGLE_OPENERS: ReadonlySet<string> = new Set(
  `what why how who whom whose where when which should could can will would is are was were does do did
  has have`.split(/\s+/),
);

/** Phrases an explainer's headline holds anywhere. */
export const ANGLE_PHRASES: readonly string[] = [
  'explained',
  'need to know',
  'what we know',
  'what to know',
  'key questions',
  'questions and answers',
];
