/**
 * The texts of the files with findings, for code frames, read when a formatter asks and
 * not kept beyond the latest file: a repository where every file has a finding would
 * otherwise hold every text at once. Formatters ask file by file, in order.
 */
export class LazySources implements ReadonlyMap<string, string> {
  private lastKey: string | undefined;
  private lastText: string | undefined;

  constructor(
    private readonly paths: ReadonlySet<string>,
    /** undefined for a file that cannot be read (a FIFO, gone, unreadable): it gets no code frame. */
    private readonly read: (path: string) => string | undefined,
  ) {}

  get size(): number {
    return this.paths.size;
  }

  has(path: string): boolean {
    return this.paths.has(path);
  }

  get(path: string): string | undefined {
    if (!this.paths.has(path)) return undefined;
    if (path !== this.lastKey) {
      this.lastText = this.read(path);
      this.lastKey = path;
    }
    return this.lastText;
  }

  *entries(): MapIterator<[string, string]> {
    for (const p of this.paths) {
      const text = this.get(p);
      if (text !== undefined) yield [p, text];
    }
  }

  keys(): MapIterator<string> {
    return this.paths.values();
  }

  *values(): MapIterator<string> {
    for (const [, text] of this.entries()) yield text;
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  forEach(fn: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}
