// Every command, registered once. Each module only declares its flags; the work is imported lazily
// when the command runs, so `prfaq lint` never loads the report or template code.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import diff from './diff.js';
import ready from './ready.js';
import lint from './lint.js';
import rules from './rules.js';
import newCommand from './new.js';
import init from './init.js';
import templates from './templates.js';
import inspect from './inspect.js';
import report from './report.js';
import mergeResults from './merge-results.js';

export type DefineCommand = (program: Command, io: Io, setExit: (code: number) => void) => void;

export const commands: DefineCommand[] = [lint, rules, ready, diff, newCommand, init, templates];
commands.push(inspect);
commands.push(mergeResults);
commands.push(report);
