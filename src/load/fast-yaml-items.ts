/* The shared stack on which the fast subset reader (fast-yaml.ts) gathers a sequence's items. */

/**
 * The items of the sequences being read, innermost last: one array for every file, so a
 * sequence's array is made once, at its length (Block.seq).
 */
export class ItemStack {
  private readonly a: unknown[] = [];
  top = 0;
  /** How far the stack reached since `reset`, to let go of what it held. */
  private high = 0;

  put(v: unknown): void {
    this.a[this.top++] = v;
  }

  /** The items from `base` to the top, as a new array; the stack drops back to `base`. */
  take(base: number): unknown[] {
    if (this.top > this.high) this.high = this.top;
    const out = this.a.slice(base, this.top);
    this.top = base;
    return out;
  }

  /** Empties the stack and forgets its items (a reading given up leaves some). */
  reset(): void {
    if (this.top > this.high) this.high = this.top;
    this.a.fill(undefined, 0, this.high);
    this.top = 0;
    this.high = 0;
  }
}
