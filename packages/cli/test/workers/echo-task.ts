// A task module for the pool tests: echoes its item after a delay the item chooses, or fails on demand.
import { CliError } from '../../src/shared/exit.js';

export interface EchoItem {
  value: number;
  delayMs: number;
  fail?: 'cli' | 'bug';
}

export function createTask(init: unknown) {
  const { prefix } = init as { prefix: string };
  return async (item: EchoItem): Promise<string> => {
    await new Promise((resolve) => setTimeout(resolve, item.delayMs));
    if (item.fail === 'cli') throw new CliError(`item ${item.value}: cannot read`);
    if (item.fail === 'bug') throw new TypeError(`item ${item.value} broke`);
    return `${prefix}${item.value}`;
  };
}
