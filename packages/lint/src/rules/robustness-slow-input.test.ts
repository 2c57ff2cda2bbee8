// Regression tests for rules that were super-linear on long hostile text (see docs/robustness.md).
import { describe, expect, it } from 'vitest';
import { lint } from '../engine.js';

const only = (id: string, text: string) => lint(text, { only: [id] }).diagnostics.filter((d) => d.ruleId === id);

describe('consistent-numbers', () => {
  it('stays linear on thousands of identical changes (all pairs compared took 86 s on 720 KB)', () => {
    const text = `# T\n\n## Summary\n\n${'1 hour instead of 3 days, from 3 to '.repeat(20_000)}\n`;
    const started = performance.now();
    only('consistent-numbers', text);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('still reports the first earlier change that disagrees, after many that agree', () => {
    const agree = 'Payouts take 1 hour instead of 3 days.\n\n'.repeat(50);
    const text = `# T\n\n## Summary\n\n${agree}Payouts take 2 hours instead of 3 days.\n\nPayouts take 1 hour instead of 4 days.\n`;
    const found = only('consistent-numbers', text);
    expect(found.map((d) => d.message)).toEqual([
      'Change from 3 days goes to "2 hours" here but to "1 hour" on line 5; use one number everywhere',
      'Change to 1 hour starts from "4 days" here but from "3 days" on line 5; use one number everywhere',
    ]);
  });
});

describe('quote-attribution', () => {
  it('stays fast on a long quote full of capitalised words (260 KB took 50 s)', () => {
    const text = `# T\n\n## Leader quote\n\n"${'Ab Cd Ef Gh, '.repeat(20_000)}"\n`;
    const started = performance.now();
    expect(only('quote-attribution', text).map((d) => d.message)).toEqual([
      'Leader quote is not attributed; add who said it, with the leader’s name and role',
    ]);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('still finds "Name, role, said" attributions', () => {
    const text = '# T\n\n## Leader quote\n\n"We built it," Jane Doe, VP of Payments at Acme, said.\n';
    expect(only('quote-attribution', text)).toEqual([]);
  });
});
