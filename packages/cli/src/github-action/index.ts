// Entry point of the GitHub Action (action.yml runs the compiled file): the action with the process's streams and environment.
import { processIo } from '../shared/io.js';
import { runAction } from './run.js';

const io = processIo();
process.exitCode = await runAction({ ...io, color: false });
