import { setFlagsFromString } from 'node:v8';

/**
 * How many files make a run over many small files, the kind the flags below
 * are for. validate on the first n files of a bench-corpus province, CPU
 * medians of 9 interleaved runs with and without them: 5 files 168 vs 153 ms,
 * 10 files 174 vs 175, 15 files 183 vs 194, 30 files 195 vs 251, 141 files 215
 * vs 308. Under it, loading node:v8 to set them costs more than they save (one
 * plan: ~195 -> ~185 M instructions without it, callgrind).
 */
const MANY_FILES = 10;
let set = false;

/**
 * V8 flags for a run over `files` files (targets and context), set before the
 * run checks them, and only for runs of MANY_FILES or more.
 *
 * Not while the build makes V8's code cache of the bundle (scripts/bundle.mjs,
 * through bin/thidua.js): the cache records the flags it was made under, and
 * V8 refuses it in a process that has not set the same ones, such as every
 * start of the bin. Node's own modules loaded after them compile from source
 * for the same reason, which a run of many files does not notice.
 */
export function forManyFiles(files: number): void {
  if (set || files < MANY_FILES || process.env.THIDUA_WRITE_CODE_CACHE === '1') return;
  set = true;
  // TurboFan inlines the functions a hot function calls into its compiled code. A
  // run over thousands of small files compiles ~180 functions early and reads each
  // file once, so compiling those larger graphs costs more CPU (on other threads,
  // still CPU) than the inlined code saves: validate on 10,000 files 2.38 -> 1.83 s
  // CPU (bench corpus), 4.61 -> 4.09 s (realistic), 50,000 files 6.33 -> 5.65 s.
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
}
