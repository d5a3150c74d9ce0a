#!/usr/bin/env node
// Loads the bundled CLI (dist/thidua.cjs) with the V8 code cache made at build
// time (scripts/bundle.mjs), so start-up skips compiling. A cache from another
// Node version, or made under other V8 flags, is rejected by V8 and the bundle
// compiles as usual: the flags for runs of many files are set later, once the
// files are known (src/cli/v8-flags.ts).
//
// CommonJS (bin/package.json says so): an ES module entry costs Node's ES
// module loader on every start (about 10 ms of CPU), and this file needs none
// of it.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

// __dirname is a plain path: a folder named "Nguyễn Văn A" or C:\… needs no decoding.
const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'thidua.cjs');
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
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, dist);
