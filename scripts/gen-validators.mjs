#!/usr/bin/env node
// Compiles the JSON Schemas to standalone validation code at build time, so a
// run of thidua neither loads ajv's compiler nor spends start-up compiling.
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = new URL('../', import.meta.url);
const kinds = ['plan', 'units', 'progress'];
// Annotations do not change what validates; dropping them halves the code the
// CLI parses at start-up. Error messages read them from schemas/ when needed.
const ANNOTATIONS = new Set(['description', 'title', '$comment', 'examples', 'default']);
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
function strip(node, isMap = false) {
  if (Array.isArray(node)) return node.map((n) => strip(n));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (!isMap && ANNOTATIONS.has(k)) continue;
    out[k] = isMap ? strip(v) : strip(v, SCHEMA_MAPS.has(k));
  }
  return out;
}
/**
 * Two ajv options that make the validators faster, each true only of schemas
 * like ours, so checked here rather than assumed. `unicode: false` measures a
 * string by `.length` instead of counting its code points (ajv's ucs2length,
 * a loop over every character of every string, in the unoptimised code a run
 * of validate mostly executes): the same answer when every minLength is 0 or 1
 * and there is no maxLength, since a string has no code point exactly when it
 * has no UTF-16 unit. `unicodeRegExp: false` drops the `u` flag from patterns:
 * the same matches for patterns of ASCII literals, classes and `\d` (the flag
 * changes `.`, negated classes, `\u{…}`, `\p{…}` and case folding, none of
 * which these may use). test/load/validator-options.test.ts compares the
 * validators with ajv's defaults.
 */
const SAME_WITHOUT_U = /^(?:[A-Za-z0-9^$()|+*?{},:/ [\]-]|\\[d./-])*$/;
function checkLengthsAndPatterns(node, where) {
  if (Array.isArray(node)) return node.forEach((n, i) => checkLengthsAndPatterns(n, `${where}/${i}`));
  if (node === null || typeof node !== 'object') return;
  if ('maxLength' in node || (typeof node.minLength === 'number' && node.minLength > 1)) {
    throw new Error(`${where}: a maxLength or a minLength over 1 needs ajv's unicode option back on (scripts/gen-validators.mjs)`);
  }
  if (typeof node.pattern === 'string') {
    // Compiled with the flag too, which throws on what only the flagless syntax accepts (a lone `{`), as ajv did with it.
    new RegExp(node.pattern, 'u');
    if (!SAME_WITHOUT_U.test(node.pattern) || node.pattern.includes('[^')) throw new Error(`${where}: pattern ${node.pattern} may match differently without the u flag: turn unicodeRegExp back on (scripts/gen-validators.mjs)`);
  }
  for (const [k, v] of Object.entries(node)) checkLengthsAndPatterns(v, `${where}/${k}`);
}
// ajv calls the unicode option deprecated and says so on every build; the option still works.
const logger = { log: console.log, warn: (m, ...rest) => void (String(m).startsWith('DEPRECATED: option unicode') || console.warn(m, ...rest)), error: console.error };

/**
 * ajv compiles a shared definition with refs of its own ($defs/due, $defs/period…)
 * as a function of its own, whose errors carry schema paths relative to that
 * definition ("#/anyOf", "#/properties/until/required"), which read from the
 * schema's root name another place: the hint of `due` was the plan's own
 * description, and an unknown key in `period` was matched against the plan's
 * fields. Each such function's paths are made absolute here
 * ("#/$defs/due/anyOf"); paths already absolute (an inlined "#/$defs/date/…")
 * are left as they are.
 */
function absoluteSchemaPaths(code, ajv) {
  const base = new Map();
  const visit = (env, root) => {
    for (const [uri, ref] of Object.entries(env.refs ?? {})) {
      const name = ref?.validateName?.str;
      if (!name || base.has(name)) continue;
      // A pointer is read against the document's own schema (src/load/schema-errors.ts).
      if (!uri.startsWith(`${root}#`)) throw new Error(`${uri}: a $ref into another schema file needs its errors' paths read against that file (scripts/gen-validators.mjs)`);
      base.set(name, uri.slice(uri.indexOf('#')));
      visit(ref, root);
    }
  };
  for (const k of kinds) visit(ajv.schemas[k], ajv.schemas[k].baseId);
  const starts = [...code.matchAll(/function (validate\d+)\(/g)];
  let out = code.slice(0, starts[0]?.index ?? code.length);
  starts.forEach((m, i) => {
    const part = code.slice(m.index, starts[i + 1]?.index ?? code.length);
    const prefix = base.get(m[1]);
    out += prefix ? part.replace(/schemaPath:"#\/(?!\$defs\/)/g, `schemaPath:"${prefix}/`) : part;
  });
  return out;
}

/**
 * One module of validators: with `allErrors`, every error of a document (to
 * explain them); without, stopping at the first (to decide whether a document
 * is valid at all: a 10 MiB file with 330,000 unknown keys would otherwise
 * build 330,000 errors only to learn that it has one).
 */
function generate(allErrors, file) {
  const ajv = new Ajv2020({ allErrors, strict: true, unicode: false, unicodeRegExp: false, logger, code: { source: true, esm: true, lines: false } });
  const refs = {};
  for (const k of kinds) {
    const schema = strip(JSON.parse(readFileSync(new URL(`schemas/${k}.schema.json`, root), 'utf8')));
    checkLengthsAndPatterns(schema, `schemas/${k}.schema.json#`);
    ajv.addSchema(schema, k);
    refs[k] = k;
  }
  let code = absoluteSchemaPaths(standaloneCode.default(ajv, refs), ajv);
  // ajv's ESM output still reaches its runtime helpers through require().
  code = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/g, (_m, name) => `__rt_${name}`);
  const helpers = [...new Set([...code.matchAll(/__rt_([a-z0-9]+)/g)].map((m) => m[1]))];
  const imports = helpers.map((h) => `import __rt_${h}_mod from 'ajv/dist/runtime/${h}.js';\nconst __rt_${h} = __rt_${h}_mod.default ?? __rt_${h}_mod;`).join('\n');
  const out = `// @ts-nocheck\n// Generated by scripts/gen-validators.mjs from schemas/*.schema.json. Do not edit.\n/* eslint-disable */\n${imports}\n${code}\n`;
  writeFileSync(new URL(`src/load/${file}`, root), out);
  console.log(`validators${allErrors ? '' : ' (first error)'}: ${kinds.join(', ')} (${out.length} bytes, runtime: ${helpers.join(', ') || 'none'})`);
}
generate(true, 'validators.generated.ts');
generate(false, 'validators-first.generated.ts');
