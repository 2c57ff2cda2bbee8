// Quantities written in prose ("1 hour", "three days", "40%", "$2.50") and the comparisons that carry outcomes
// ("from 3 days to 1 hour", "in an hour, not three days"), normalised so that "60 minutes" equals "1 hour".
import { allMatches } from './text.js';

export type QuantityClass = 'time' | 'percent' | 'money';

export interface Quantity {
  text: string;
  /** Offset of `text` in the string it was found in. */
  index: number;
  value: number;
  class: QuantityClass;
}

const numberWords: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
};

const minutesPer: Array<[RegExp, number]> = [
  [/^(?:ms|milliseconds?)$/, 1 / 60_000],
  [/^(?:s|secs?|seconds?)$/, 1 / 60],
  [/^(?:mins?|minutes?)$/, 1],
  [/^(?:h|hrs?|hours?)$/, 60],
  [/^days?$/, 1440],
  [/^(?:business days?|working days?)$/, 1440],
  [/^weeks?$/, 10_080],
  [/^months?$/, 43_200],
  [/^years?$/, 525_600],
];

const amount = String.raw`(\d+(?:[.,]\d+)*|${Object.keys(numberWords).join('|')})`;
const unit = String.raw`(%|percent|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|business days?|working days?|days?|weeks?|months?|years?)`;
const quantityPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:([$€£])\s?(\d+(?:[.,]\d+)*)\s*(k|m|bn)?|${amount}[\s-]?${unit})(?![\p{L}\p{N}])`,
  'giu',
);

function numeric(text: string): number {
  const lower = text.toLowerCase();
  return numberWords[lower] ?? Number(lower.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
}

/** Every quantity with a unit in `text`. */
export function quantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of allMatches(quantityPattern, text)) {
    if (match[1] !== undefined) {
      const scale = { k: 1e3, m: 1e6, bn: 1e9 }[(match[3] ?? '').toLowerCase()] ?? 1;
      found.push({ text: match[0], index: match.index, value: numeric(match[2]!) * scale, class: 'money' });
      continue;
    }
    const value = numeric(match[4]!);
    const u = match[5]!.toLowerCase();
    if (Number.isNaN(value)) continue;
    if (u === '%' || u === 'percent') {
      found.push({ text: match[0], index: match.index, value, class: 'percent' });
      continue;
    }
    const per = minutesPer.find(([re]) => re.test(u))?.[1];
    // "a s" or "an h" are not quantities; words only count with a spelled-out unit.
    if (per === undefined || (/^[a-z]+$/.test(match[4]!.toLowerCase()) && u.length <= 2)) continue;
    found.push({ text: match[0], index: match.index, value: value * per, class: 'time' });
  }
  return found;
}

/** The first quantity in a frontmatter value such as "3 days" or "40%". */
export function parseQuantity(text: string | undefined): Quantity | undefined {
  return text === undefined ? undefined : quantities(text)[0];
}

export const sameQuantity = (a: Quantity, b: Quantity): boolean =>
  a.class === b.class && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));

export interface Change {
  before: Quantity;
  after: Quantity;
}

/** Comparisons in one block of prose: "from B to A", "A instead of / rather than / not / down from B". */
export function changes(text: string): Change[] {
  const found = quantities(text);
  const result: Change[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const first = found[i]!;
    const second = found[i + 1]!;
    if (first.class !== second.class) continue;
    const between = text.slice(first.index + first.text.length, second.index);
    if (/^\s*to\s*$/i.test(between) && /\bfrom\s*$/i.test(text.slice(0, first.index))) {
      result.push({ before: first, after: second });
    } else if (
      /^\s*,?\s*(?:instead of|rather than|not|versus|vs\.?|compared (?:with|to)|(?:down|up) from)\s*$/i.test(between)
    ) {
      result.push({ before: second, after: first });
    }
  }
  return result;
}
