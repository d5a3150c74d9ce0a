#!/usr/bin/env node
// Loads the bundled CLI (dist/thidua.cjs) with the V8 code cache made at build
// time (scripts/bundle.mjs), so start-up skips compiling. A cache from another
// Node version is rejected by V8 and the bundle compiles as usual.
//
// CommonJS (bin/package.json says so): an ES module entry costs Node's ES
// module loader on every start (about 10 ms of CPU), and this file needs none
// of it.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');
const { setFlagsFromString } = require('node:v8');

// TurboFan inlines the functions a hot function calls into its compiled code. A
// run over thousands of small files compiles ~180 functions early and reads each
// file once, so compiling those larger graphs costs more CPU (on other threads,
// still CPU) than the inlined code saves: validate on 10,000 files 2.38 -> 1.83 s
// CPU (bench corpus), 4.61 -> 4.09 s (realistic), 50,000 files 6.33 -> 5.65 s.
// Set before the bundle is compiled: V8 rejects a code cache made under other
// flags, and the cache is made through this file (scripts/bundle.mjs).
setFlagsFromString('--no-turbo-inlining');
// V8 optimises a function after 3 + (its bytecode length / 150) ticks of its
// interrupt budget; 30 instead of 150 asks a large function to run about five
// times as long first. The large ones here (the generated schema validators,
// each rule's check, the per-plan collectors) run once per file, so their
// compiles (~20% of all CPU samples on other threads) cost more than their
// optimised code saves, while small hot helpers tier up as before. TurboFan's
// zone memory on 10,000 realistic files 281 -> 175 MB, compiles 269 -> 222;
// validate CPU (medians of 7-8 interleaved runs on a loaded machine) 3090 ->
// 2920 ms realistic, 2020 -> 1760 ms bench corpus, 40,000 files 10.2 -> 9.5 s.
setFlagsFromString('--bytecode-size-allowance-per-tick=30');
// V8 moves the objects of an allocation site straight into the old generation once
// most of them outlive a scavenge. The YAML data of a batch of files (src/check/run.ts)
// lives a little longer than that, then dies: so tenured, each batch's data (and the
// strings it points to, which old objects keep alive in every scavenge until a full
// collection) filled the old generation. validate on 10,000 realistic files: 43 -> 22 MB
// promoted by scavenges.
setFlagsFromString('--no-allocation-site-pretenuring');

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
