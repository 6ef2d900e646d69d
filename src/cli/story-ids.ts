/**
 * What `parallax story` says of an id the store does not have. A store's story ids are kept once given
 * (a report, a link or a note may name them), so they skip where stories were merged or grouped again:
 * the message names the ids it has, the nearest ones when there are many.
 */
const IDS_SHOWN = 10;

const numberOf = (id: string): number => Number(/\d+/.exec(id)?.[0] ?? Number.NaN);

/**
 * @example
 * noStoryMessage('s4', ['s1', 's2', 's3', 's9', 's15'])
 * // 'no story "s4" in the store; it has s1, s2, s3, s9, s15 (ids are kept once given, so they skip; see parallax stories)'
 */
export function noStoryMessage(id: string, ids: readonly string[]): string {
  if (!ids.length) return `no story "${id}" in the store; it has none yet (see parallax ingest, watch)`;
  const asked = numberOf(id);
  const byNumber = [...ids].sort((a, b) => numberOf(a) - numberOf(b) || a.localeCompare(b));
  const near = Number.isNaN(asked)
    ? byNumber.slice(0, IDS_SHOWN)
    : [...byNumber]
        .sort((a, b) => Math.abs(numberOf(a) - asked) - Math.abs(numberOf(b) - asked))
        .slice(0, IDS_SHOWN)
        .sort((a, b) => numberOf(a) - numberOf(b));
  const which = near.length < ids.length ? `${ids.length} stories; the nearest: ` : '';
  return `no story "${id}" in the store; it has ${which}${near.join(', ')} (ids are kept once given, so they skip; see parallax stories)`;
}
