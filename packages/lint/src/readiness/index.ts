// Readiness and change review: the verdict behind `prfaq ready`, the comparison behind `prfaq diff`, and their output.
export * from './ready.js';
export { diffDocuments, hasChanges, type DiffSide, type DocumentDiff, type FileChange } from './diff.js';
export type {
  ObjectionChange,
  ObjectionRef,
  OutcomeChange,
  QuestionRef,
  SectionRef,
  StakeholderChange,
} from './diff.js';
export {
  formatDiff,
  formatReadiness,
  githubLink,
  relativeLink,
  readinessFormats,
  type FormatOptions,
  type LinkFn,
  type ReadinessFormat,
} from './format.js';
