/** A lookup table without a prototype, so that words like "constructor" are never found in it. */
export function dict<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
