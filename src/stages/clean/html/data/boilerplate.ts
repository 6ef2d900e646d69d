/**
 * Kinds of page boilerplate that Readability keeps or mis-scores, as data: element rules match an
 * element's class/id/role/aria-label tokens, text rules match a whole extracted paragraph. Each rule
 * names the kind it stands for; removed text is reported under that reason.
 */

/** What happens to what a rule matches: dropped as boilerplate, or kept apart as media. */
export type RuleAction = 'remove' | 'caption' | 'credit';

/** A rule over element attributes: any of `names` appearing as a token of class/id/role/aria-label. */
export interface ElementRule {
  readonly reason: string;
  readonly action: RuleAction;
  /** Lower-case name parts; matched at token boundaries (`-`, `_`, space, camel case start). */
  readonly names: readonly string[];
  /** Name parts that exempt an element from the rule (an embedded post is content, not a widget). */
  readonly unless?: readonly string[];
}

/** A rule over one paragraph's whole text. */
export interface TextRule {
  readonly reason: string;
  readonly action: RuleAction;
  readonly pattern: RegExp;
  /** The rule applies only to paragraphs of at most this many words. */
  readonly maxWords: number;
  /** When set, the rule applies only among the first or last few paragraphs (article furniture). */
  readonly edgeOnly?: boolean;
}

/** Element kinds removed before Readability scores the page (so they cannot win or leak in). */
export const ELEMENT_RULES: readonly ElementRule[] = [
  {
    reason: 'share widget',
    action: 'remove',
    names: ['share', 'sharing', 'sharebar', 'sharetools', 'social', 'socials', 'addthis', 'sharedaddy'],
    unless: ['embed', 'embedded', 'tweet', 'twitter-tweet', 'instagram-media', 'post-embed'],
  },
  {
    reason: 'newsletter box',
    action: 'remove',
    names: ['newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'optin', 'opt-in', 'paywall'],
  },
  { reason: 'cookie notice', action: 'remove', names: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp'] },
  {
    reason: 'related block',
    action: 'remove',
    names: [
      'related',
      'recommended',
      'recommendations',
      'more-stories',
      'more-news',
      'read-more',
      'readmore',
      'read-next',
      'also-read',
      'trending',
      'popular',
      'most-read',
      'mostread',
      'outbrain',
      'taboola',
      'teaser',
      'teasers',
      'promo',
      'up-next',
    ],
  },
  {
    reason: 'navigation',
    action: 'remove',
    names: ['breadcrumb', 'breadcrumbs', 'navbar', 'nav', 'menu', 'masthead', 'skip-link', 'pagination'],
  },
  {
    reason: 'advertisement',
    action: 'remove',
    names: ['ad', 'ads', 'advert', 'advertisement', 'dfp', 'sponsored'],
  },
  { reason: 'gallery', action: 'remove', names: ['gallery', 'slideshow', 'carousel', 'lightbox', 'modal'] },
  { reason: 'comments', action: 'remove', names: ['comments', 'comment-list', 'disqus', 'respond'] },
  {
    reason: 'author box',
    action: 'remove',
    names: ['author-bio', 'authorbio', 'about-author', 'author-box'],
  },
  {
    reason: 'hover card',
    action: 'remove',
    names: [
      'tooltip',
      'tooltip-content',
      'popover',
      'hovercard',
      'hover-card',
      'rollover-block',
      'rollover-card',
    ],
  },
  { reason: 'tags', action: 'remove', names: ['tags', 'tag-list', 'taglist', 'post-tags', 'categories'] },
  {
    reason: 'byline or dateline',
    action: 'remove',
    names: [
      'byline',
      'bylines',
      'dateline',
      'timestamp',
      'entry-meta',
      'post-meta',
      'article-meta',
      'story-meta',
      'meta-info',
      'posted-on',
      'post-date',
      'publish-date',
      'published-date',
      'article-date',
      'author-info',
      'article-info',
    ],
  },
  { reason: 'photo caption', action: 'caption', names: ['caption', 'figcaption', 'wp-caption-text'] },
  { reason: 'photo credit', action: 'credit', names: ['credit', 'credits', 'copyright', 'photo-credit'] },
];

/** Tags that are never body text (removed before scoring). */
export const DROP_TAGS: readonly string[] = [
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'iframe',
  'noscript',
  'template',
  'dialog',
];

// Word characters of any script, for patterns that must work beyond English.
const W = '[\\p{L}\\p{N}]';

/** Kinds of paragraph that are boilerplate even inside the article container. */
export const TEXT_RULES: readonly TextRule[] = [
  {
    reason: 'photo credit',
    action: 'credit',
    pattern:
      /^[([]?\s*(?:photo(?:graph)?s?|image|picture|pic|foto|fotos|bild|credit|illustration|video)\s*(?:credit)?\s*(?::|by\b|©|–|—)/iu,
    maxWords: 20,
  },
  {
    reason: 'photo credit',
    action: 'credit',
    pattern:
      /(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp photo|reuters\/|epa-efe|dpa|depositphotos|alamy|©)\s*[)\]]?\s*$/iu,
    maxWords: 6,
  },
  {
    reason: 'share widget',
    action: 'remove',
    pattern:
      /^(?:share|tweet|email|e-mail|print|pin(?: it)?|whatsapp|facebook|twitter|linkedin|reddit|copy link|comment|comments)(?:\s+(?:this|on|via|the|article|story|post|link|page|facebook|twitter|\d+))*\s*[:!]?$/iu,
    maxWords: 5,
  },
  {
    reason: 'share widget',
    action: 'remove',
    pattern: /^(?:follow|like) us on\b|^share (?:this|on)\b|^click to share\b/iu,
    maxWords: 14,
  },
  {
    reason: 'newsletter box',
    action: 'remove',
    pattern:
      /\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|daily email|updates|alerts|inbox)\b|^get (?:the|our) .{0,40}newsletter/iu,
    maxWords: 40,
  },
  {
    reason: 'cookie notice',
    action: 'remove',
    pattern:
      /\b(?:we|this (?:web)?site) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b|\baccept (?:all )?cookies\b/iu,
    maxWords: 60,
  },
  {
    reason: 'advertisement',
    action: 'remove',
    pattern:
      /^(?:advertisement|advertising|sponsored(?: content)?|ad|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|reklama|iklan|реклама|广告)$/iu,
    maxWords: 2,
  },
  {
    reason: 'inline teaser',
    action: 'remove',
    pattern:
      /^[([]?\s*(?:related|also|see also|read more|read also|also read|read next|more|see also|watch|listen|recommended|more on this|more from|further reading|most read|trending|you may (?:also )?like|you might (?:also )?like|don't miss)\s*(?::|\.{3}|»|>|-|–)/iu,
    maxWords: 25,
  },
  {
    reason: 'inline teaser',
    action: 'remove',
    pattern:
      /^(?:related (?:articles|stories|posts|coverage|content|news)|more stories|recommended for you|what to read next|up next)$/iu,
    maxWords: 5,
  },
  {
    reason: 'dateline',
    action: 'remove',
    pattern: new RegExp(
      `^(?:(?:updated|posted|published|last (?:updated|modified)|modified|created|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|publié|mis à jour|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano)(?: on| at| am| le| el| em| il| op)?\\s*:?\\s*)${W}.{0,60}$`,
      'iu',
    ),
    maxWords: 14,
    edgeOnly: true,
  },
  {
    reason: 'byline',
    action: 'remove',
    pattern:
      /^(?:[Bb]y|[Ww]ritten [Bb]y|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Dd]oor|[Aa]f|[Aa]v)\s+\p{Lu}[\p{L}'’.-]+(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}'’.-]+){0,6}\s*(?:(?:[|,–—-]|\d).{0,40})?$/u,
    maxWords: 12,
    edgeOnly: true,
  },
  {
    reason: 'comments',
    action: 'remove',
    pattern:
      /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|show comments)\s*(?:\(\d+\))?$/iu,
    maxWords: 6,
  },
  {
    reason: 'navigation',
    action: 'remove',
    pattern:
      /^(?:skip to (?:main )?content|back to top|previous(?: article| post)?|next(?: article| post)?|home|menu|close|sign in|log in|subscribe|subscribe now|caption|hide caption|toggle caption|enlarge this image|expand|view gallery|show more|load more|see more|continue reading|print this(?: article| page)?)$/iu,
    maxWords: 4,
  },
  {
    reason: 'photo caption',
    action: 'caption',
    pattern:
      /(?:\((?:ap |afp |reuters |ap\/)?(?:photo|image|picture|credit|foto)s?\b[^)]{0,80}\)|[\s./|](?:getty(?: images)?|reuters|ap|afp|epa|shutterstock|istock(?:photo)?|ddp|dpa|imago|alamy))\s*\)?$/iu,
    maxWords: 70,
  },
  {
    reason: 'photo credit',
    action: 'credit',
    pattern: /^©|\s©\s*\p{L}|\b(?:photos?|image|images|picture) ©/iu,
    maxWords: 16,
  },
  {
    reason: 'tags',
    action: 'remove',
    pattern:
      /^(?:filed under|tags?|tagged(?: with)?|categories|category|posted in|topics?|themen|schlagwörter|etiquetas|marcadores)\s*:/iu,
    maxWords: 30,
  },
  {
    reason: 'share widget',
    action: 'remove',
    pattern:
      /\bfollow (?:\S+ ){0,5}on (?:twitter|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky|mastodon)\b|\b(?:on|at) twitter @\w+|^join (?:our|the) .{0,40}\b(?:forums?|community|discussions?|conversation)\b|^follow .{0,60}\bcoverage\b|^listen (?:to|live)\b.{0,80}\b(?:live|podcast|here)\b|^click to tweet$/iu,
    maxWords: 45,
  },
  {
    reason: 'newsletter box',
    action: 'remove',
    pattern:
      /\b(?:sign up|subscribe|register)\b.{0,60}\bnewsletters?\b|\bright in your inbox\b|\bdelivered (?:to|through) your (?:inbox|letterbox|door)\b/iu,
    maxWords: 45,
  },
  {
    reason: 'subscription pitch',
    action: 'remove',
    pattern:
      /^if you (?:enjoyed|liked|value|appreciate) (?:this|our|reading) (?:article|story|post|journalism|reporting|work)\b|^(?=.*\b(?:subscri\w*|membership|members get|become an? (?:member|subscriber|supporter)|paywalls?)\b)(?=.*(?:\bfor as little as\b|[$€£]\s?\d[\d.,]*\s*(?:a|per|\/)\s*(?:month|year|week)\b|\bclick here\b|\bjoin (?:now|today|us)\b|\bget access\b|\bno paywalls?\b|\bfree trial\b))/iu,
    maxWords: 70,
  },
  {
    // a sign-in prompt ("Already a subscriber? Sign in"): no article's line, but alone no notice
    // that the text stops (a subscription promo under a whole article gives it too), so no paywall's
    reason: 'sign-in prompt',
    action: 'remove',
    pattern:
      /^already (?:a (?:subscriber|member)|registered|have an account)\s*(?:\?|[,.:;!–—-]?\s*(?:sign|log) ?in\b)/iu,
    maxWords: 30,
  },
  {
    // a login or subscription wall saved in place of the article: its lines are no article's. Each
    // phrase needs the wall's own shape, so that a body sentence opening with the same words stays
    // ("Already a member of the board …", "Readers must subscribe to keep reading …"): the prompt
    // opens a sentence of the line, and the question or the notice ends its sentence or is followed
    // by the log-in word.
    reason: 'paywall notice',
    action: 'remove',
    pattern:
      /(?:^|[.!?]\s+)(?:please )?(?:subscribe|sign in|log in|register)(?: (?:or|and) (?:subscribe|sign in|log in|register|sign up))?(?: (?:now|today|for free))? to (?:continue|keep) reading(?: (?:this|the) (?:article|story))?(?: for [^.!?]{1,40})?\s*(?:[.!:…]|$)|(?:^|[.!?]\s+)you(?:[’']ve| have) (?:read|reached|used) (?:all |the limit of )?(?:your|the|our) (?:\d+ )?free (?:articles?|stories|reads)(?: (?:this|for this|for the) (?:month|week))?\s*(?:[.!]|$)|(?:^|[.!?]\s+)you(?:[’']ve| have) reached (?:your|the) (?:monthly |weekly )?(?:free )?(?:article|story|reading) limit\s*(?:[.!]|$)|(?:^|[.!?]\s+)this (?:article|content|story) is (?:only )?(?:for|available to|exclusive to|reserved for) (?:paying )?(?:subscribers|members)(?: only)?\s*(?:[.!]|$)/iu,
    maxWords: 30,
  },
  {
    reason: 'copyright notice',
    action: 'remove',
    pattern:
      /^(?:copyright|©)\s*(?:@|©|\(c\))?\s*(?:\d{4}|\p{Lu})|\ball rights reserved\b|\bis subject to copyright\b|^citation\s*:|\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/iu,
    maxWords: 70,
  },
  {
    reason: 'reading time',
    action: 'remove',
    pattern:
      /^(?:(?:estimated )?read(?:ing)? time|lesezeit|tempo de leitura|temps de lecture|tiempo de lectura|tempo di lettura)\s*:?\s*\d|^\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$/iu,
    maxWords: 8,
  },
  {
    reason: 'inline teaser',
    action: 'remove',
    pattern:
      /^(?:don[’']t miss|you (?:may|might) (?:also )?like|more (?:news|stories|videos) (?:from|on) .{1,40}|latest news|breaking news|top stories|editor[’']?s picks|loading(?: content)?\s*(?:\.\.\.|…)?|join the conversation\W*|tell us what you think\W*|related coverage\b.{0,60}|something to consider|advert)$/iu,
    maxWords: 9,
  },
  {
    reason: 'source line',
    action: 'remove',
    pattern:
      /^(?:source|sources|via|additional reporting by|with reporting by|reporting by|compiled by)\s*:?\s+\S/iu,
    maxWords: 9,
    edgeOnly: true,
  },
  {
    reason: 'contact line',
    action: 'remove',
    pattern:
      /\b(?:may|can) be (?:reached|contacted) at\b|\b(?:e-?mail|contact) (?:him|her|them|me|the author) at\b|^have a (?:news )?tip\b/iu,
    maxWords: 45,
  },
  {
    // Read by the syndicate stage: a reason starting with "aggregator" marks a republished copy.
    reason: 'aggregator disclaimer',
    action: 'remove',
    pattern: /^denial of responsibility\b|\bis an? (?:automatic|automated) (?:news |media )?aggregator\b/iu,
    maxWords: 90,
  },
  {
    reason: 'gallery',
    action: 'remove',
    pattern: /^(?:(?:image|photo|picture|slide|foto|bild)\s+)?\d{1,3}\s*(?:of|\/|von|de|di)\s*\d{1,3}$/iu,
    maxWords: 5,
  },
];
