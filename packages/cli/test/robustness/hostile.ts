// Hostile and malformed inputs, generated at test time (never committed: some are megabytes).
// Shared by the matrix tests (through the CLI) and the time-budget worker (through the library).

/** A small valid PR/FAQ that other cases start from. */
export const VALID = [
  '---',
  'title: Instant Payouts',
  'status: draft',
  'owner: Jane Doe',
  '---',
  '',
  '# Acme launches Instant Payouts: merchants get paid in an hour',
  '',
  '## Summary',
  '',
  'Merchants get paid within 1 hour instead of 3 days.',
  '',
  '## Problem',
  '',
  'Merchants wait three days.',
  '',
  '## Solution',
  '',
  'Payouts in an hour.',
  '',
  '## FAQ',
  '',
  '### External FAQ',
  '',
  '#### How much does it cost?',
  '',
  'One percent.',
  '',
  '### Internal FAQ',
  '',
  '#### Why now?',
  '',
  'Because merchants ask.',
  '',
].join('\n');

/** Text cases: name -> generator. Each must end in diagnostics, never a throw, a hang or a crash. */
export const TEXT_CASES: Record<string, () => string> = {
  'empty file': () => '',
  'whitespace only': () => '  \n\t\n   \n',
  'CRLF line endings': () => VALID.replace(/\n/g, '\r\n'),
  'mixed line endings': () =>
    VALID.split('\n')
      .map((line, i) => `${line}${['\n', '\r\n', '\r'][i % 3] ?? '\n'}`)
      .join(''),
  'BOM then text': () => `\uFEFF${VALID}`,
  'a 5 MB file': () => fiveMegabytes(),
  'a 100,000-row objections table': () =>
    `# Acme launches X\n\n## Objections\n\n| Stakeholder | Objection | Status | Owner |\n| --- | --- | --- | --- |\n${'| Finance | cost | open | |\n'.repeat(100_000)}`,
  'lists nested 10,000 deep (one line)': () => `# T\n\n${'- '.repeat(10_000)}deep\n`,
  'lists nested 10,000 deep (indented lines, stopped at 2,000)': () =>
    Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
  'block quotes nested 10,000 deep': () => `${'> '.repeat(10_000)}deep\n`,
  '100,000 headings': () => '## Heading\n\n'.repeat(100_000),
  'a single 1 MB line': () => `# T\n\n${'word '.repeat(200_000)}\n`,
  '10,000 task-list objections': () => `# T\n\n## Objections\n\n${'- [ ] Finance: fraud\n'.repeat(10_000)}`,
  '10,000 Q/A pairs': () => `# T\n\n## FAQ\n\n${'Q: Why?\nA: Because.\n\n'.repeat(10_000)}`,
  '20,000 suppression comments': () => `# T\n\n${'<!-- prfaq-disable headline -->\n'.repeat(20_000)}`,
  'a 260 KB leader quote of capitalised words': () => `# T\n\n## Leader quote\n\n"${'Ab Cd Ef Gh, '.repeat(20_000)}"\n`,
  '20,000 number changes in one summary': () =>
    `# T\n\n## Summary\n\n${'1 hour instead of 3 days, from 3 to '.repeat(20_000)}\n`,
  'unbalanced emphasis and brackets': () => `# T\n\n${'*a **b [c ('.repeat(50_000)}\n`,
  'frontmatter: invalid YAML': () => `---\ntitle: [unclosed\nstatus: : :\n---\n${body()}`,
  'frontmatter: not a mapping': () => `---\n- a\n- b\n---\n${body()}`,
  'frontmatter: a scalar': () => `---\njust text\n---\n${body()}`,
  'frontmatter: duplicate keys': () => `---\ntitle: A\ntitle: B\nstatus: draft\n---\n${body()}`,
  'frontmatter: billion laughs': () => `---\n${billionLaughs()}\n---\n${body()}`,
  'frontmatter: !!js/function tag': () =>
    `---\ntitle: !!js/function "function () { globalThis.pwned = true }"\nowner: !!js/undefined ''\n---\n${body()}`,
  'frontmatter: !!binary, !!set and !!omap tags': () =>
    `---\ntitle: !!binary aGVsbG8=\nstakeholders: !!set {a, b}\noutcomes: !!omap [a: 1]\n---\n${body()}`,
  'frontmatter: odd dates': () =>
    `---\ndecision-date: 10/12/2026\nstakeholders:\n  - name: Raj\n    prealigned: 2026-13-45\n    signoff: 2026-11-20T25:61:00Z\n---\n${body()}`,
  'frontmatter: numbers and objects where strings are expected': () =>
    `---\ntitle: 42\nstatus: 3.14\nowner: {name: x}\ncustomer: [1, 2]\nstakeholders: 7\noutcomes: {a: 1}\nobjections: true\n---\n${body()}`,
  'frontmatter: __proto__ and constructor keys': () =>
    `---\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\ntitle: x\n---\n${body()}`,
  'frontmatter: nested 20,000 deep': () => `---\na: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n${body()}`,
  'frontmatter: 100,000 keys': () =>
    `---\n${Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n${body()}`,
  'frontmatter: never closed': () => `---\ntitle: x\n${body()}`,
};

function body(): string {
  return VALID.slice(VALID.indexOf('# Acme'));
}

/** Realistic sections and FAQ entries repeated to 5 MB. */
function fiveMegabytes(): string {
  const parts = [VALID];
  let size = VALID.length;
  const paragraph =
    'Merchants see the payout in their dashboard within the hour, and the fee is shown before they confirm. '.repeat(4);
  for (let i = 0; size < 5_000_000; i++) {
    const entry = `\n#### Question ${i} about payouts?\n\n${paragraph}\n`;
    parts.push(entry);
    size += entry.length;
  }
  return parts.join('');
}

/** Nine levels of nine aliases each: 9^9 (387 million) strings if expanded. */
function billionLaughs(): string {
  const lines = ['a0: &a0 "lol"'];
  for (let i = 1; i <= 9; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
}
