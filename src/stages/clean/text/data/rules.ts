/** What a line of scraped text is, as the plain-text cleaner classifies it. */
export type LineKind =
  | 'title'
  | 'section'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'credit'
  | 'widget'
  | 'teaser'
  | 'headline'
  | 'aggregator'
  | 'trailer'
  | 'repeat'
  | 'aside'
  | 'heading'
  | 'body';

/**
 * One boilerplate rule: a pattern over a whole trimmed line. A `certain` rule decides the line's kind
 * alone; a `hint` adds `weight` to the line's boilerplate score, which the classifier weighs with the
 * line's other features.
 */
export interface LineRule {
  readonly id: string;
  readonly kind: LineKind;
  readonly pattern: RegExp;
  readonly reason: string;
  readonly strength: 'certain' | 'hint';
  readonly weight?: number;
}

/** Picture agencies and credit words that mark a photo credit. */
const AGENCY =
  'getty images|afp|reuters|ap photo|associated press|shutterstock|depositphotos|istock(?:photo)?|alamy|epa(?:-efe)?|pool photo|anadolu|xinhua|bloomberg|unsplash|pexels|wikimedia commons';

/**
 * The rule table, in order of precedence (the first certain hit wins). Patterns are anchored and use
 * bounded repetitions only, so each runs in time linear in the line.
 */
export const LINE_RULES: readonly LineRule[] = [
  // Aggregator and syndication signatures: the syndication stage reads these lines from `removed`.
  {
    id: 'aggregator-denial',
    kind: 'aggregator',
    pattern: /^denial of responsibility\b/i,
    reason: 'disclaimer of a site that republishes other outlets automatically',
    strength: 'certain',
  },
  {
    id: 'aggregator-automatic',
    kind: 'aggregator',
    pattern: /\bis an? (?:automatic|automated) (?:news |media )?aggregator\b/i,
    reason: 'the site declares itself an automatic aggregator',
    strength: 'certain',
  },
  {
    id: 'aggregator-wire-feed',
    kind: 'aggregator',
    pattern:
      /\b(?:published|generated|sourced) (?:from|via|through) an? (?:wire agency|syndicated|agency|news agency) feed\b/i,
    reason: 'note that the text is republished from a syndicated feed',
    strength: 'certain',
  },
  {
    id: 'aggregator-not-edited',
    kind: 'aggregator',
    pattern: /\bhas not been edited by [^.]{1,60}\bstaff\b/i,
    reason: 'note that the text is a syndicated copy not edited by the site',
    strength: 'certain',
  },
  {
    id: 'aggregator-originally-published',
    kind: 'aggregator',
    pattern:
      /^(?:this (?:article|story|post)(?: (?:was|is|has been))? )?(?:originally|first) (?:published|appeared) (?:on|in|at|by) \S.{0,120}$/i,
    reason: 'note that the text was first published elsewhere',
    strength: 'certain',
  },
  {
    id: 'aggregator-feed-footer',
    kind: 'aggregator',
    pattern: /^the post .{1,300} appeared first on .{1,100}$/i,
    reason: 'feed footer naming the site where the text first appeared',
    strength: 'certain',
  },
  {
    id: 'aggregator-auto-aggregated',
    kind: 'aggregator',
    pattern:
      /\bauto-?(?:aggregated|generated) (?:by a computer program|from an? (?:syndicated|news) feed)\b|\bsourced from (?:a )?third[- ]party (?:syndicated )?feeds?\b/i,
    reason: 'note that the text was aggregated automatically from another source',
    strength: 'certain',
  },
  // Widgets of the page that a scraper reads as text.
  {
    id: 'widget-page-notice',
    kind: 'widget',
    pattern:
      /^(?:loading\.{0,3}|please enable javascript.{0,80}|javascript is (?:disabled|required).{0,80}|your browser does not support.{0,80}|(?:we use|this (?:site|website) uses) cookies\b.{0,300}|accept (?:all )?cookies|cookie (?:settings|policy|preferences))$/i,
    reason: 'browser, script or cookie notice of the page',
    strength: 'certain',
  },
  {
    id: 'widget-font-size',
    kind: 'widget',
    pattern: /^(?:font|text)[ -]?size\s*:?(?:\s*[-+aA]){0,4}$/i,
    reason: 'text-size control',
    strength: 'certain',
  },
  {
    id: 'widget-author-photo',
    kind: 'widget',
    pattern: /^(?:photo|picture|image|avatar|headshot) of (?:the )?(?:author|writer|reporter)$/i,
    reason: 'alternative text of the author picture',
    strength: 'certain',
  },
  {
    id: 'widget-share',
    kind: 'widget',
    pattern:
      /^(?:share|share this(?: article| story| post| page)?|share on [\w ]{1,20}|tweet|tweet this|e-?mail|print|copy link|link copied|copied|whatsapp|facebook|twitter|linkedin|pinterest|reddit|telegram|flipboard|save|bookmark|gift this article|comments?)\s*[:|]?$/i,
    reason: 'share, print or save button',
    strength: 'certain',
  },
  {
    id: 'widget-click-to-share',
    kind: 'widget',
    pattern: /^click to (?:share|email|print|tweet|copy)\b.{0,80}$/i,
    reason: 'share, print or save button',
    strength: 'certain',
  },
  {
    id: 'widget-subscribe',
    kind: 'widget',
    pattern:
      /^(?:subscribe|sign up|join|get)\b.{0,80}\b(?:newsletters?|updates|inbox|alerts|briefing|digest)\b.{0,60}$|^(?:subscribe|sign up|sign in|log in|register)(?: here| now| for free| today)?[.!]?$/i,
    reason: 'newsletter or subscription prompt',
    strength: 'certain',
  },
  {
    id: 'widget-follow',
    kind: 'widget',
    pattern: /^follow (?:us|@?[\w.]{1,30}) on\b.{0,60}$/i,
    reason: 'social media prompt',
    strength: 'certain',
  },
  {
    id: 'widget-advert',
    kind: 'widget',
    pattern:
      /^(?:advertisement|advertising|skip advertisement|supported by|sponsored(?: content| links| stories)?|promoted(?: content| stories| links)?|ad|story continues (?:below|after)(?: (?:this )?advertisement)?|scroll (?:down )?to continue(?: with content)?|continue reading(?: below| the main story)?)$/i,
    reason: 'advertisement slot or its label',
    strength: 'certain',
  },
  {
    id: 'widget-reading-time',
    kind: 'widget',
    pattern:
      /^(?:listen to (?:this |the |our )?(?:full )?(?:article|story|report|interview|episode|programme|program|podcast)\b[^,;]{0,60}|\d{1,3}\s*min(?:ute)?s?\.?\s*(?:read|listen)|reading time:?.{0,20}|skip to (?:main )?content)$/i,
    reason: 'reading-time or audio-player label',
    strength: 'certain',
  },
  {
    // "Home | Local | Sport | Weather": three or more menu items of one to three capitalised words, split by
    // a pipe or a bullet; no sentence reads so (a headline has at most one such split).
    id: 'widget-nav-menu',
    kind: 'widget',
    pattern:
      /^\p{Lu}[\p{L}&'’-]{0,24}(?: [\p{L}&'’-]{1,24}){0,2}(?:\s+[|•·]\s+\p{Lu}[\p{L}&'’-]{0,24}(?: [\p{L}&'’-]{1,24}){0,2}){2,14}$/u,
    reason: 'site menu: short items split by pipes or bullets',
    strength: 'certain',
  },
  // Teasers that link to other stories.
  {
    id: 'teaser-read-more',
    kind: 'teaser',
    pattern:
      /^(?:read more|also read|read next|read also|see also|related|related (?:article|story|coverage|content|link)|recommended|must read|don'?t miss|do not miss|more on this|watch|click here(?: to read(?: more)?)?)\s*[:：|»›>\-–—]\s*\S.{0,300}$/i,
    reason: 'link to another story',
    strength: 'certain',
  },
  {
    id: 'teaser-label',
    kind: 'teaser',
    pattern:
      /^(?:read more|also read|read next|read also|see also|recommended(?: for you)?|more on this(?: story)?)\s*:?$/i,
    reason: 'label of a link to another story',
    strength: 'certain',
  },
  // Trailers left after the article: comment boxes, related-post lists, references, legal lines.
  {
    id: 'trailer-comment',
    kind: 'trailer',
    pattern:
      /^(?:leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|\d{1,5} comments?|(?:show|view|load|read) (?:all |more )?comments|\d{1,5} (?:responses|comments|replies|thoughts) (?:to|on)\b.{0,200})$/i,
    reason: 'comment box',
    strength: 'certain',
  },
  {
    id: 'trailer-related-list',
    kind: 'trailer',
    pattern:
      /^(?:(?:related|similar|more|recommended|popular|latest|top|trending)\s+(?:posts|articles|stories|news|reads|content|videos|topics)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|most (?:read|popular|viewed|shared)|trending(?: now)?|editor'?s picks?|more from [\w .'’&-]{1,40})\s*:?$/i,
    reason: 'heading of a list of other stories',
    strength: 'certain',
  },
  {
    id: 'trailer-wire-signoff',
    kind: 'trailer',
    pattern:
      /^\(?(?:reporting|writing|editing|additional reporting|compiled|edited|produced) by\b.{0,200}\)?$|^our standards:/i,
    reason: 'sign-off of a wire story (reporters, editors, standards)',
    strength: 'certain',
  },
  {
    id: 'trailer-site-links',
    kind: 'trailer',
    pattern:
      /^(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie policy|contact(?: us)?|about(?: us)?|careers|advertise(?: with us)?|site ?map|accessibility|do not sell my (?:personal )?info(?:rmation)?)$/i,
    reason: 'link to a page of the site (legal, contact)',
    strength: 'certain',
  },
  {
    id: 'trailer-reference',
    kind: 'trailer',
    pattern: /^(?:references?|sources?|source link)\s*:?$/i,
    reason: 'reference label after the article',
    strength: 'certain',
  },
  {
    id: 'trailer-dmca',
    kind: 'trailer',
    pattern: /^dmca\b.{0,60}$/i,
    reason: 'copyright-compliance label',
    strength: 'certain',
  },
  {
    id: 'trailer-copyright',
    kind: 'trailer',
    pattern: /^(?:©|\(c\)\s*\d{4}|copyright\b).{0,200}$|\ball rights reserved\.?$/i,
    reason: 'copyright line',
    strength: 'certain',
  },
  {
    id: 'trailer-tags',
    kind: 'trailer',
    pattern: /^(?:tags|topics|filed under|categories|keywords)\s*:.{0,200}$/i,
    reason: 'tag list',
    strength: 'certain',
  },
  // Photo credits alone on a line.
  {
    id: 'credit-labelled',
    kind: 'credit',
    pattern:
      /^(?:(?:photo|image|picture|photograph|illustration|video|graphic|feature image|top image)s?(?:\s*(?:credit|courtesy|source))?|credits?|image source|photo courtesy)\s*[:：,]\s*\S[^.!?]{0,100}$/i,
    reason: 'photo credit',
    strength: 'certain',
  },
  // "(Photo by …)", "All Photos by …", "Video courtesy of …"; a video or graphic only by someone ("Video
  // from the harbour shows …" is a caption)
  {
    id: 'credit-photo-by',
    kind: 'credit',
    pattern:
      /^\(?(?:(?:all|cover|top|main|lead|featured?|header)\s+)?(?:(?:photo|image|picture|photograph)s?\s+(?:by|courtesy(?: of)?|via|from)|(?:video|graphic)s?\s+(?:by|courtesy of))\s+[^()]{1,100}\)?$/i,
    reason: 'photo credit',
    strength: 'certain',
  },
  {
    id: 'credit-agency',
    kind: 'credit',
    pattern: new RegExp(
      `^\\(?(?:[\\p{L}.'’ -]{1,60}\\s*[/|]\\s*)?(?:${AGENCY})(?:\\s*(?:via|/)\\s*[\\p{L}.'’ -]{1,40})?\\)?$`,
      'iu',
    ),
    reason: 'photo credit naming a picture agency',
    strength: 'certain',
  },
  // Captions: text that ends with a photo credit in brackets, or with a "Photo:" label.
  {
    id: 'caption-labelled',
    kind: 'caption',
    pattern: /^(?:image|photo|picture|video) caption\s*[:,]\s*\S.{0,400}$/i,
    reason: 'photo caption with its label',
    strength: 'certain',
  },
  {
    id: 'caption-bracket-credit',
    kind: 'caption',
    pattern: new RegExp(
      `\\((?:[^()]{0,80}\\b(?:photos?|photograph|image|picture|${AGENCY})\\b[^()]{0,80})\\)(?:\\s*\\([^()]{0,120}\\))*\\s*$`,
      'iu',
    ),
    reason: 'photo caption ending with its credit',
    strength: 'certain',
  },
  {
    id: 'caption-label-credit',
    kind: 'caption',
    pattern: /[.!?”"]\s+(?:photo|image|picture|photograph)(?:\s+credit)?\s*:\s*[^.!?]{2,80}$/i,
    reason: 'photo caption ending with its credit',
    strength: 'certain',
  },
  // Hints: they make a line more likely boilerplate without deciding alone.
  {
    id: 'hint-click-here',
    kind: 'widget',
    pattern: /\bclick here\b|\btap here\b/i,
    reason: 'call to action',
    strength: 'hint',
    weight: 1.5,
  },
  {
    id: 'hint-url',
    kind: 'widget',
    pattern: /https?:\/\/|www\.[a-z]|\[email(?:&#160;|\s)protected\]/i,
    reason: 'link or address',
    strength: 'hint',
    weight: 1,
  },
  {
    id: 'hint-comment-author',
    kind: 'trailer',
    pattern: /^[\p{L}\p{N}._ -]{2,40} (?:says|said|wrote|replied):?$/u,
    reason: 'author line of a reader comment',
    strength: 'hint',
    weight: 2.5,
  },
  {
    id: 'hint-breadcrumb',
    kind: 'section',
    pattern: /^[\p{L}&' -]{1,25}(?:\s*[>›»|/]\s*[\p{L}&' -]{1,25}){1,6}$/u,
    reason: 'breadcrumb of site sections',
    strength: 'hint',
    weight: 2,
  },
];
