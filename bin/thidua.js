#!/usr/bin/env node
// Loads the bundled CLI (dist/thidua.cjs) with the V8 code cache made at build
// time (scripts/bundle.mjs), so start-up skips compiling. A cache from another
// Node version is rejected by V8 and the bundle compiles as usual.
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

// fileURLToPath, not URL.pathname: the pathname keeps %20 and %E1%BB%85 (a folder named
// "Nguyễn Văn A") and a leading slash before C: on Windows.
const file = fileURLToPath(new URL('../dist/thidua.cjs', import.meta.url));
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// latin1: the bundle is ASCII (scripts/bundle.mjs), so there is nothing to decode.
const script = new Script(Module.wrap(readFileSync(file, 'latin1')), { filename: file, cachedData });
if (process.env.THIDUA_WRITE_CODE_CACHE === '1') process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, fileURLToPath(new URL('../dist/', import.meta.url)));
