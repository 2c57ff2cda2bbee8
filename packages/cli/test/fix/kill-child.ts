// Child process for src/commands/lint/fix.test.ts: runs the real --fix write path on argv[2] and is killed with
// SIGKILL by its own rename(), i.e. after the temporary file is written and flushed, before it replaces the file.
import { readFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const promises = createRequire(import.meta.url)('node:fs/promises') as { rename: unknown };
promises.rename = async () => {
  process.kill(process.pid, 'SIGKILL');
  await new Promise(() => undefined);
};
// Makes `import * as fs from 'node:fs/promises'` in write-file.ts see the patched rename.
syncBuiltinESMExports();

const { writeFixes } = await import('../../src/commands/lint/fix.js');
const { hashInput } = await import('../../src/runner/result.js');
const file = process.argv[2]!;
const text = readFileSync(file, 'utf8');
await writeFixes(
  [{ path: file, displayPath: file }],
  [
    {
      path: file,
      diagnostics: [],
      errorCount: 0,
      warningCount: 0,
      infoCount: 0,
      fixableCount: 0,
      output: `${text}fixed\n`,
      fixedCount: 1,
      inputHash: hashInput(text),
    },
  ],
);
process.stdout.write('rename returned: the kill did not happen\n');
