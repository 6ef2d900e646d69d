/** Scoring helpers of `eval:support`: a confusion matrix of verdicts and precision/recall/F1. */

/** Precision, recall and F1 with the counts they come from. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePositives: number;
  readonly predicted: number;
  readonly gold: number;
}

/** Precision, recall and F1 from counts (0 where a denominator is 0). */
export function prf(truePositives: number, predicted: number, gold: number): Prf {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePositives, predicted, gold };
}

/** Counts of (gold, predicted) label pairs: `matrix.get(gold)?.get(predicted)`. */
export function confusion(
  rows: readonly { gold: string; predicted: string }[],
): Map<string, Map<string, number>> {
  const matrix = new Map<string, Map<string, number>>();
  for (const { gold, predicted } of rows) {
    const row = matrix.get(gold) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    matrix.set(gold, row);
  }
  return matrix;
}

/** Precision, recall and F1 of one label, read off a confusion matrix. */
export function labelScores(matrix: ReadonlyMap<string, ReadonlyMap<string, number>>, label: string): Prf {
  let predicted = 0;
  for (const row of matrix.values()) predicted += row.get(label) ?? 0;
  let gold = 0;
  for (const n of matrix.get(label)?.values() ?? []) gold += n;
  return prf(matrix.get(label)?.get(label) ?? 0, predicted, gold);
}

/** Precision, recall and F1 of a predicted set of keys against a gold set. */
export function setScores(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): Prf {
  let hit = 0;
  for (const key of predicted) if (gold.has(key)) hit++;
  return prf(hit, predicted.size, gold.size);
}

/** An order-free key for a pair of items, so (a, b) and (b, a) count once. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * ECB+ pairs split by whether both sentences come from documents of one gold event or from the two
 * look-alike events of one topic (a story of the labelled pairs is a whole topic; Parallax's grouping
 * keeps the look-alikes apart, so a verdict across them seldom reaches a report). Pairs whose
 * documents have no known event are left out.
 */
export function byGoldEvent<T>(
  rows: readonly T[],
  docsOf: (row: T) => readonly [string, string],
  eventOf: ReadonlyMap<string, string>,
): { sameEvent: T[]; lookAlike: T[] } {
  const sameEvent: T[] = [];
  const lookAlike: T[] = [];
  for (const row of rows) {
    const [a, b] = docsOf(row).map((doc) => eventOf.get(doc));
    if (a === undefined || b === undefined) continue;
    (a === b ? sameEvent : lookAlike).push(row);
  }
  return { sameEvent, lookAlike };
}
