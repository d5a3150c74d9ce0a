import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { IO } from './io.js';
import type { Run } from './main.js';
import { registerValidate } from './validate.js';
import { registerSchema } from './schema-cmd.js';
import { registerRules } from './rules-cmd.js';
import { registerNew } from './new-cmd.js';
import { registerAnniversaries } from './anniversaries-cmd.js';
import { registerInit } from './init-cmd.js';

export type Register = (program: Command, io: IO, run: Run, lang: Lang) => void;

/** Every subcommand, in the order `--help` lists them. */
export const commands: Register[] = [registerValidate, registerSchema, registerRules, registerNew, registerAnniversaries, registerInit];
