// Every command, registered once: commands/<name>/command.ts declares its flags, commands/<name>/run.ts
// does its work and is imported lazily when the command runs, so `prfaq lint` never loads the report or
// template code.
import type { Command } from 'commander';
import type { Io } from '../shared/io.js';
import diff from './diff/command.js';
import ready from './ready/command.js';
import lint from './lint/command.js';
import rules from './rules/command.js';
import newCommand from './new/command.js';
import init from './init/command.js';
import templates from './templates/command.js';
import inspect from './inspect/command.js';
import report from './report/command.js';
import mergeResults from './merge-results/command.js';

export type DefineCommand = (program: Command, io: Io, setExit: (code: number) => void) => void;

export const commands: DefineCommand[] = [lint, rules, ready, diff, newCommand, init, templates];
commands.push(inspect);
commands.push(mergeResults);
commands.push(report);
