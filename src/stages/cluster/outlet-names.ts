/**
 * The share of its weight a name keeps in a names vector when only one outlet's articles hold it, in
 * a run of articles of two or more outlets (`OutletNames`). Set on newuser16's invented week (a
 * partisan outlet's meeting and protest pieces, both quoting a parent only it quotes): 0.5 left the
 * two pieces one story, 0.3 sent the meeting piece to the protest's story, 0.2 and 0 put each with its
 * event. No evaluation set names its outlets, so no dev figure can move it (they are unchanged).
 */
export const ONE_OUTLET_NAME_WEIGHT = 0.2;

/**
 * Which names of a run only one outlet's articles hold. A name every article holding it is of one
 * outlet (a recurring interviewee it alone quotes, its own columnist) ties that outlet's articles of
 * every event together, where a name another outlet gives too is of the event: such a name keeps
 * `ONE_OUTLET_NAME_WEIGHT` of its weight once the run holds articles of two or more outlets. An
 * article of an unknown outlet holds its names for nobody: a name it holds is no one outlet's.
 */
export class OutletNames {
  // name id → the one outlet whose articles hold it, or '' once another outlet (or an unknown one) holds it too
  readonly #owner = new Map<number, string>();
  readonly #outlets = new Set<string>();

  /** Count one observed article's name ids under its outlet (null or absent when unknown). */
  observe(names: readonly number[], outlet: string | null | undefined): void {
    const own = outlet ?? '';
    if (own) this.#outlets.add(own);
    for (const id of names) {
      const owner = this.#owner.get(id);
      if (owner === undefined) this.#owner.set(id, own);
      else if (owner !== own) this.#owner.set(id, '');
    }
  }

  /** The share of its weight the name `id` keeps: `ONE_OUTLET_NAME_WEIGHT` when one outlet of two or more alone holds it, else 1. */
  readonly scale = (id: number): number =>
    this.#outlets.size > 1 && this.#owner.get(id) ? ONE_OUTLET_NAME_WEIGHT : 1;
}
