// node:crypto, loaded on first use. Importing it loads some twenty of Node's internal modules (about
// 5 ms), and a plain one-file lint hashes nothing: only --cache, --fix and the temporary file of a
// write need it. `require` is synchronous, so its callers stay synchronous.
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';

let loaded: typeof Crypto | undefined;

/** The node:crypto module, loaded by the first call. */
export function crypto(): typeof Crypto {
  loaded ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return loaded;
}
