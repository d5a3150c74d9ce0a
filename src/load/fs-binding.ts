/**
 * Node's fs binding, the layer under fs.statSync and fs.fstatSync: it answers a stat in
 * numbers (Node 20: a Float64Array [dev, mode, nlink, uid, gid, rdev, blksize, ino, size,
 * blocks, atime s, ns, mtime s, ns, ctime s, ns, …], overwritten by the next stat), where
 * the public calls make a Stats object, and Dates when asked, for every file. Each user
 * checks it once against the public call before trusting it (src/load/read.ts,
 * src/check/cache-stat.ts).
 */
export interface FsBinding {
  stat(p: string, bigint: boolean, req: undefined, throwIfNoEntry: boolean): Float64Array | undefined;
  fstat(fd: number, bigint: boolean, req: undefined, shouldNotThrow: boolean): Float64Array | undefined;
}

let cached: FsBinding | undefined | null = null;

/**
 * The binding, or undefined: never under --pending-deprecation (process.binding would
 * warn) nor on Windows (paths would need toNamespacedPath).
 */
export function fsBinding(): FsBinding | undefined {
  if (cached !== null) return cached;
  cached = undefined;
  try {
    const pb = (process as unknown as { binding?: ((m: string) => unknown) & { name: string } }).binding;
    // Under --pending-deprecation Node wraps process.binding in a function named `deprecated`, which warns when called.
    if (process.platform === 'win32' || typeof pb !== 'function' || pb.name !== 'binding') return undefined;
    const b = pb('fs') as Partial<FsBinding> | undefined;
    if (typeof b?.stat === 'function' && typeof b.fstat === 'function') cached = b as FsBinding;
  } catch {
    // Left undefined: the public calls answer.
  }
  return cached;
}
