// File names from titles: "Instant Payouts: get paid in 1 hour!" -> "instant-payouts-get-paid-in-1-hour".

const MAX_LENGTH = 60;
// Names Windows refuses for a file whatever the extension; a repository is cloned everywhere.
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/** A lower-case, hyphenated slug; letters of any script are kept, accents are dropped. Empty when nothing usable is left. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) {
      // Cut at a word boundary; a single overlong word is cut where it must be.
      if (!slug) slug = Array.from(word).slice(0, MAX_LENGTH).join('');
      break;
    }
    slug = next;
  }
  return RESERVED.test(slug) ? `${slug}-prfaq` : slug;
}
