// The reporters by name. Each is a pure function `(results, context) -> string`.
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const reporters = {
  stylish,
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;
export const reporterNames = Object.keys(reporters) as ReporterName[];
