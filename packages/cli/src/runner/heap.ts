// V8 heap and JIT settings for a lint run: each file allocates megabytes of short-lived parser objects and
// keeps almost nothing, and the same few hundred functions run for every file, shapes V8's defaults handle
// poorly when two threads share two cores.
// Measurements: docs/performance.md.
import { setFlagsFromString } from 'node:v8';

/**
 * Each worker's young generation, in MB (two semi-spaces and a large-object space, so 96 means 32 MB
 * semi-spaces, twice V8's default). A bench document allocates about 8 MB while it is parsed and linted
 * (some 530 bytes per byte of Markdown), so a file fits between two of the per-file scavenges.
 */
export const YOUNG_GENERATION_MB = 96;

/**
 * V8 flags set before the workers start. V8 flags belong to the process and a worker's execArgv cannot
 * carry them, so each is one that a running process can change safely: V8 reads it only when it builds
 * a new isolate or context, or as a plain number at each collection. Flags that change how a running
 * heap collects (`--single-threaded-gc`) abort V8 when flipped at run time (docs/performance.md,
 * "Measured and dropped").
 *
 * - `--expose-gc`, read when a context is created: workers scavenge the young generation after each file
 *   (worker.ts). The file's tree and model are garbage by then, so that collection copies little, and
 *   without it they are promoted by the next file's allocations and pile up in the old generation. On
 *   the 2,000 bench documents with two workers: peak RSS 407 -> 301 MB, time within noise.
 * - `--concurrent-marking-max-worker-num=1`, read when an isolate's heap is set up, so it applies to the
 *   workers and not to the running main thread: by default each isolate marks with up to seven helper
 *   threads, and two workers and their markers contend for two cores. With one marker each, 1,000 bench
 *   documents took 12% less time.
 * - `--heap-growing-percent=100`, read each time a heap sets its next limit: the old generation grows to
 *   twice its live size before the next full collection rather than up to four times. The live heap is
 *   small (15-20 MB in a worker) and what gets promoted is garbage, so this costs little: on the 2,000
 *   bench documents with two workers, peak RSS 301-320 -> 240 MB, time within noise.
 */
export const HEAP_FLAGS: readonly string[] = [
  '--expose-gc',
  '--concurrent-marking-max-worker-num=1',
  '--heap-growing-percent=100',
];

/**
 * Sets `HEAP_FLAGS` in this process (again is harmless); workers started afterwards get them. The main
 * thread keeps its heap: a serial run with the same settings and a scavenge after each file measured no
 * faster (1,000 documents, 12.0-13.0 s against 11.8-13.0 s), because its own marker threads stay.
 */
export function tuneHeaps(): void {
  for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
}

/**
 * The number of files from which `tuneJit` pays. Fewer are mostly start-up, where V8's default budget gets
 * code out of the interpreter sooner. Bench documents, median of 7-9 interleaved runs, default against 1 MB:
 * one file 312 ms against 338 ms, two 371 against 372, three 433 against 416, nine 652 against 559.
 */
export const LARGER_JIT_BUDGET_FROM_FILES = 3;

/**
 * Raises V8's interrupt budget, after how much bytecode a function is compiled further, from 132 KB to 1 MB,
 * for this thread and the workers started afterwards (the flag belongs to the process and is read each time
 * a function's budget is reset). On a lint run the default optimises most of the parser and the rules within
 * the first documents, many of them several times over as their types settle: on two cores the optimising
 * compiler's thread took as much CPU as the linting itself, and two workers were slower than one thread.
 * With 1 MB only what stays hot is optimised: 200 bench documents 3.25 -> 2.6 s in one thread and
 * 3.65 -> 2.2-2.35 s with two workers (docs/performance.md, "What made it faster").
 */
export function tuneJit(): void {
  setFlagsFromString('--interrupt-budget=1000000');
}
