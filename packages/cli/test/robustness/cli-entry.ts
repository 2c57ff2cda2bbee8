// The CLI from source, for tests that run prfaq in a child process (a hard timeout turns a hang into a failure).
import { main } from '../../src/main.js';

process.exitCode = await main(process.argv);
