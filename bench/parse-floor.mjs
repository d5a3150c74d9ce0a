#!/usr/bin/env node
// The parse floor: what reading and parsing the files costs, with nothing else
// done. Walks the given folders for *.yaml as `thidua validate` does, reads
// each file with readFileSync and parses it with js-yaml's `load`. Run in a
// fresh process, like thidua, so start-up counts on both sides.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

let files = 0;
let bytes = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) {
      const text = readFileSync(p, 'utf8');
      load(text);
      files++;
      bytes += text.length;
    }
  }
}
for (const d of process.argv.slice(2)) walk(d);
console.log(JSON.stringify({ files, bytes }));
