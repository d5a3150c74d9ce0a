import { dirname } from 'node:path';

/** A folder and every folder above it, nearest first, up to the root. */
export function ancestors(dir: string): string[] {
  const out = [dir];
  for (let d = dir, p = dirname(d); p !== d; d = p, p = dirname(p)) out.push(p);
  return out;
}
