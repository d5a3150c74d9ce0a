import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder holding thidua's package.json, found by walking up from this
 * module: the same answer from src/ (tests), dist/ (tsc) and the one-file
 * bundle, which sit at different depths.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj) && (JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === 'thidua') return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('thidua: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export const packagePath = (...parts: string[]): string => join(packageRoot(), ...parts);
