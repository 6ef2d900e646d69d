import { dict } from '../../../text/data/dict.ts';

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
 * Modals by which a sentence tells what someone ought to do ("Varga should pay attention to …"): in the
 * outlet's own voice, and not in what a source is reported to say ("argued that the law should be
 * struck down"), the outlet's advice.
 */
export const PRESCRIPTIVE_MODALS: ReadonlySet<string> = new Set(['should', 'ought']);

/**
 * Words by which a writer judges a person, a body or an event rather than telling it (general English,
 * not drawn from any corpus): a name a person is called ("a career liar"), a verdict on what happened
 * ("a clown show", "a fiasco") or a quality given it ("sinister", "rosy"). In a sentence that reports no
 * one, outside quotation marks, the outlet's own judgement, which a neutral summary does not tell. A name
 * judges only as what someone is ("he is a liar"; "lifted by a crook" tells who did it). Words with a
 * plain sense as common ('loser' of a market, 'tragic') are left out. Contested terms ('thug', 'reckless', 'disastrous') are the compare stage's lexicon's.
 */
export const JUDGEMENT_WORDS: Readonly<Record<string, 'name' | 'verdict' | 'quality'>> = dict({
  ...Object.fromEntries(
    `liar liars crook crooks hypocrite hypocrites clown clowns buffoon buffoons fool fools idiot idiots
    moron morons imbecile imbeciles bully bullies coward cowards charlatan charlatans demagogue demagogues
    grifter grifters huckster hucksters stooge stooges lackey lackeys sycophant sycophants lunatic lunatics
    scoundrel scoundrels`
      .split(/\s+/)
      .map((w) => [w, 'name']),
  ),
  ...Object.fromEntries(
    `fiasco fiascos debacle debacles farce farces travesty travesties sham shams shambles charade charades
    circus boondoggle boondoggles mockery bombshell bombshells disgrace`
      .split(/\s+/)
      .map((w) => [w, 'verdict']),
  ),
  ...Object.fromEntries(
    `sinister rosy pathetic despicable vile disgusting nasty ugly uglier ugliest idiotic moronic stupid dumb
    insane deranged unhinged inept hapless clueless laughable ludicrous preposterous dishonest crooked sleazy
    shady brilliant masterful glorious`
      .split(/\s+/)
      .map((w) => [w, 'quality']),
  ),
});

/** Verbs by which a sentence says what someone or something is ("is a liar", "became a clown show"). */
export const COPULAS: ReadonlySet<string> = new Set(
  `be is am are was were been being become becomes became becoming remain remains remained seem seems seemed
  look looks looked`.split(/\s+/),
);
