/**
 * Words that mark evaluation or puffery rather than plain reporting, when written in the outlet's own
 * voice (general English, not drawn from any corpus). A sentence's opinion score counts them.
 */
export const OPINION_WORDS: ReadonlySet<string> = new Set([
  'absurd',
  'alarming',
  'appalling',
  'astonishing',
  'awful',
  'brazen',
  'catastrophic',
  'chaos',
  'chaotic',
  'crucial',
  'dangerous',
  'deliberate',
  'devastating',
  'disastrous',
  'disgraceful',
  'dramatic',
  'dynamic',
  'embarrassing',
  'endless',
  'escalating',
  'fruitful',
  'horrific',
  'incompetent',
  'landscape',
  'mounting',
  'multifaceted',
  'outrageous',
  'persistent',
  'pivotal',
  'pressing',
  'reckless',
  'ridiculous',
  'shameful',
  'shocking',
  'staggering',
  'stunning',
  'terrible',
  'terrific',
  'tremendous',
  'troubling',
  'unacceptable',
  'underscore',
  'underscored',
  'unfortunately',
  'wonderful',
  'worrying',
  'clearly',
  'obviously',
  'simply',
  'sadly',
  'finally',
]);

/**
 * Modals by which a sentence tells what someone ought to do ("Trump should pay attention to …"): in the
 * outlet's own voice, and not in what a source is reported to say ("argued that the law should be
 * struck down"), the outlet's advice.
 */
export const PRESCRIPTIVE_MODALS: ReadonlySet<string> = new Set(['should', 'ought']);
