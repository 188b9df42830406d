/**
 * A bounded map of values shared for the whole run (interned strings, kept lists, evidence, secret-scan results), in
 * two generations: new entries go into the young one; when it is full it becomes the old one and the previous old
 * one is dropped; an entry found in the old one moves back to the young one. Memory is bounded without per-entry
 * bookkeeping (deleting entries one by one from the front of a Map makes V8 skip the holes at every later iteration).
 * Tables hold values read from the account: never log or dump them.
 */
export class TwoGenerationMap<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private youngWeight = 0;

  /**
   * @param maxEntries entries per generation
   * @param maxWeight total weight of a generation's keys (e.g. characters), with `weigh`
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight = Number.POSITIVE_INFINITY,
    private readonly weigh: (key: string) => number = () => 0,
  ) {}

  get(key: string): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const older = this.old.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  /** Adds `key` (a key already in the young generation keeps its value). */
  set(key: string, value: V): void {
    if (this.young.has(key)) return;
    const weight = this.weigh(key);
    if (this.young.size >= this.maxEntries || this.youngWeight + weight > this.maxWeight) {
      this.old = this.young;
      this.young = new Map();
      this.youngWeight = 0;
    }
    this.young.set(key, value);
    this.youngWeight += weight;
  }
}
