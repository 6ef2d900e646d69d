// A live page's words to its readers about its own coverage (sign-offs, "back tomorrow"), read by
// text/sign-offs.ts: each pattern is matched against a whole sentence outside quotation marks.

/** A sentence that tells the coverage is over for now, or when it comes back. */
export const SIGN_OFF: readonly RegExp[] = [
  // "That is all from our live coverage for today.", "That's it from us for tonight."
  // (not "This is it for the ferry, which …", "That is all from the council"): the coverage, us, a time
  /^(?:and\s+)?(?:that\s+is|that's|that’s|this\s+is)\s+(?:all|it|where\s+we\s+(?:leave|end|stop)\s+it)\s+(?:from\s+(?:us|me)|for\s+(?:us|me|now|today|tonight|the\s+(?:day|night|evening|morning|moment))|(?:from|for)\s+(?:our|this|the)\s+(?:live\s+)?(?:coverage|blog|updates?|team))\b/i,
  // "We will be back on Saturday morning.", "We'll be back with more updates tomorrow."
  /^(?:but\s+|and\s+)?we(?:\s+will|'ll|’ll|\s+shall)\s+be\s+back\b/i,
  // "We are pausing our live coverage", "We are ending our live updates here."
  /^we(?:\s+are|'re|’re)\s+(?:pausing|ending|closing|wrapping\s+up|stopping)\s+(?:our|this|the)\s+(?:live\s+)?(?:coverage|blog|updates?)\b/i,
  // "Thank you for following our live coverage.", "Thanks for joining us."
  /^(?:thank\s+you|thanks)\s+(?:for|so\s+much\s+for)\s+(?:following|reading|joining|staying\s+with)\s+(?:us|our|this|the)\b/i,
  // "Follow our live coverage of the flooding in …": the page's own opening line
  /^(?:follow|you\s+can\s+follow)\s+(?:our|this|the\s+latest\s+on\s+our)\s+live\s+(?:coverage|blog|updates?)\b/i,
];
