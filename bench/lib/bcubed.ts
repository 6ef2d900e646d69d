/** B-cubed precision, recall and F1 of a predicted clustering against gold labels (same item keys). */
export function bcubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number } {
  const members = (labels: ReadonlyMap<string, string>) => {
    const groups = new Map<string, Set<string>>();
    for (const [item, label] of labels) {
      const group = groups.get(label) ?? new Set<string>();
      group.add(item);
      groups.set(label, group);
    }
    return (item: string) => groups.get(labels.get(item) as string) as Set<string>;
  };
  const predictedOf = members(predicted);
  const goldOf = members(gold);
  let precision = 0;
  let recall = 0;
  for (const item of gold.keys()) {
    const p = predictedOf(item);
    const g = goldOf(item);
    let both = 0;
    for (const other of p) if (g.has(other)) both++;
    precision += both / p.size;
    recall += both / g.size;
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}
