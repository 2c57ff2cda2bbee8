// @prfaq/core: Markdown -> PrfaqDocument. Pure: no fs, no process, no console.
export type * from './model.js';
export { parse } from './parse.js';
