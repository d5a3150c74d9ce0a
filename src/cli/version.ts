import { readFileSync } from 'node:fs';
import { packagePath } from '../model/package-root.js';

let cached: string | undefined;

/** The package's version, read from package.json beside src/ and dist/. */
export function version(): string {
  cached ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return cached;
}
