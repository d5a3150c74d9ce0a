/**
 * Exit codes and the usage error, apart from main.ts: the command files throw
 * and return these, and main.ts loads the command files, so keeping them in
 * main.ts would make each command import its own importer.
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A command's action stores its exit code here; commander itself only knows success or throw. */
export interface Run {
  code: number;
}

/** Something the user typed cannot run: printed as one line, exit code 2. */
export class UsageError extends Error {}
