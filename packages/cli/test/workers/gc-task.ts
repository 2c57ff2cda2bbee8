// A task module for the pool tests: reports whether the worker can run a garbage collection.
export function createTask() {
  return async (): Promise<string> => typeof (globalThis as { gc?: unknown }).gc;
}
