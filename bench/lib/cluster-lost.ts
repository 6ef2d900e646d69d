// `eval:cluster --dev --splits`: what the one run of a whole dataset costs the articles of one half.
// An article is placed right when its story holds every article of its gold story that the run holds
// and nothing else. Against the run of its half alone, an article right there and not in the one run
// was lost to the other half's stories (its story took articles of the other half), to other
// stories of its own half, or by being parted from its own.

/** How many of the kept articles were right in their half's run alone, and how each lost one was lost. */
export interface LostInside {
  readonly rightAlone: number;
  readonly otherHalf: number;
  readonly sameHalf: number;
  readonly parted: number;
}

// Whether the article's story in `predicted` holds exactly its gold story's articles among `predicted`'s.
function placedRight(
  id: string,
  predicted: ReadonlyMap<string, string>,
  members: ReadonlyMap<string, readonly string[]>,
  gold: ReadonlyMap<string, string>,
  goldSize: ReadonlyMap<string, number>,
): boolean {
  const story = members.get(predicted.get(id) as string) ?? [];
  const event = gold.get(id) as string;
  return story.every((other) => gold.get(other) === event) && story.length === goldSize.get(event);
}

function membersOf(predicted: ReadonlyMap<string, string>) {
  const members = new Map<string, string[]>();
  for (const [id, story] of predicted) members.set(story, [...(members.get(story) ?? []), id]);
  return members;
}

function goldSizes(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>) {
  const sizes = new Map<string, number>();
  for (const id of predicted.keys()) {
    const event = gold.get(id) as string;
    sizes.set(event, (sizes.get(event) ?? 0) + 1);
  }
  return sizes;
}

/**
 * The kept articles (`keep`, one half) right in `alone` (that half's run) and where each of those not
 * right in `together` (the one run of both halves) went. `gold` maps every article to its gold story.
 */
export function lostInside(
  alone: ReadonlyMap<string, string>,
  together: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
  keep: (id: string) => boolean,
): LostInside {
  const [aloneMembers, togetherMembers] = [membersOf(alone), membersOf(together)];
  const [aloneSizes, togetherSizes] = [goldSizes(alone, gold), goldSizes(together, gold)];
  const counts = { rightAlone: 0, otherHalf: 0, sameHalf: 0, parted: 0 };
  for (const id of alone.keys()) {
    if (!keep(id) || !together.has(id) || !placedRight(id, alone, aloneMembers, gold, aloneSizes)) continue;
    counts.rightAlone++;
    if (placedRight(id, together, togetherMembers, gold, togetherSizes)) continue;
    const story = togetherMembers.get(together.get(id) as string) ?? [];
    const others = story.filter((other) => gold.get(other) !== gold.get(id));
    if (others.some((other) => !keep(other))) counts.otherHalf++;
    else if (others.length) counts.sameHalf++;
    else counts.parted++;
  }
  return counts;
}

/** The printout of `lostInside`. */
export function formatLost(lost: LostInside): string {
  const n = lost.otherHalf + lost.sameHalf + lost.parted;
  return `    right in their half's run alone ${lost.rightAlone}, not inside the one run ${n}: in a story with the other half's articles ${lost.otherHalf}, with other stories of their half ${lost.sameHalf}, parted from their own ${lost.parted}\n`;
}
