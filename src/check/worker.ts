import { parentPort, workerData } from 'node:worker_threads';
import { loadWorkspace } from '../load/load.js';
import { Scope } from '../load/scope.js';
import type { LoadOptions } from '../load/workspace.js';
import { check, type RuleSelection } from './check.js';

/** One part of a split run: the same load and rules as a single run, on some folders. */
const { targets, opts, sel } = workerData as { targets: string[]; opts: LoadOptions; sel: RuleSelection };
const ws = loadWorkspace(targets, opts);
const scope = new Scope(ws);
const diagnostics = check(ws, sel, scope);
parentPort!.postMessage({ diagnostics, files: ws.files.map((f) => f.path), fallback: scope.usedFallback });
