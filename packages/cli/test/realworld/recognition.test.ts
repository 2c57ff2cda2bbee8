// Recognition on the shapes real teams write (issue 17): headings inside an answer, generic titles above the
// headline, template guidance under a question. Each fixture states exactly what `prfaq inspect` must show for its
// FAQ entries (line, audience, answered, question) and its headline; the whole corpus is scored against
// truth.json by scripts/eval-realworld.mjs (`pnpm eval:realworld`), with the floor the issue sets.
import { readFileSync } from 'node:fs';
import { parse } from '@prfaq/core';
import { lint } from '@prfaq/lint';
import { describe, expect, it } from 'vitest';
import { evaluate, formatScores, loadTruth } from '../../../../scripts/eval-realworld.mjs';

const read = (name: string): string => readFileSync(new URL(`./docs/${name}`, import.meta.url), 'utf8');

interface Truth {
  file: string;
  headline: string | null;
  faq: Array<[line: number, audience: string, answered: boolean, question: string]>;
}

const truth = loadTruth() as Truth[];
const SHAPES = truth.filter((record) => Number.parseInt(record.file, 10) >= 15);

/** What `prfaq inspect` lists for a document's FAQ: line, audience, answered, question. */
function inspected(file: string): { headline: string | null; faq: Truth['faq'] } {
  const doc = parse(read(file), { path: file });
  return {
    headline: doc.headline?.text ?? null,
    faq: doc.faq.map((entry) => [entry.span.start.line, entry.audience, entry.answered, entry.question]),
  };
}

describe('recognition fixtures', () => {
  it('covers every shape issue 17 names', () => {
    expect(SHAPES.map((record) => record.file)).toEqual([
      '15-answer-subheadings.md',
      '16-immediate-release.md',
      '17-prfaq-h1-announces.md',
      '18-generic-titles-part1.md',
      '19-template-guidance.md',
      '20-crlf-numbered-subheadings.md',
      '21-for-immediate-release-bold.md',
      '22-rfc-topic-groups-deep.md',
    ]);
  });

  it.each(SHAPES.map((record) => [record.file, record] as const))(
    '%s: FAQ entries and headline as recorded',
    (file, record) => {
      expect(inspected(file)).toEqual({ headline: record.headline, faq: record.faq });
    },
  );

  it('headings under a question answer it: no duplicate-question or faq-answered from "#### Short answer" and "#### Phase 1"', () => {
    const ids = lint(read('15-answer-subheadings.md')).diagnostics.map((d) => `${d.line} ${d.ruleId}`);
    expect(ids.filter((id) => id.endsWith('duplicate-question'))).toEqual([]);
    expect(ids.filter((id) => id.endsWith('faq-answered'))).toEqual(['69 faq-answered']);
  });

  it('a question answered only by template guidance is reported by faq-answered', () => {
    const lines = lint(read('19-template-guidance.md'))
      .diagnostics.filter((d) => d.ruleId === 'faq-answered')
      .map((d) => d.line);
    expect(lines).toEqual([16, 20, 24, 28, 38]);
  });

  it('a label is not a headline: the headline rule does not ask for one when the release has its own', () => {
    for (const file of ['16-immediate-release.md', '17-prfaq-h1-announces.md', '21-for-immediate-release-bold.md']) {
      expect(
        lint(read(file))
          .diagnostics.filter((d) => d.ruleId === 'headline')
          .map((d) => d.message),
        file,
      ).toEqual([]);
    }
    // With nothing but the label, there is no headline to find.
    expect(parse('# PR/FAQ\n\n## FAQ\n\n### Why?\n\nBecause.\n').headline).toBeUndefined();
    expect(parse('# PRFAQ: Parcel Lockers\n\nSome text that goes on for a while, then stops.\n').headline?.text).toBe(
      'PRFAQ: Parcel Lockers',
    );
  });
});

describe('the corpus against truth.json', () => {
  it('FAQ precision and recall, answered accuracy >= 0.97; headline right in >= 0.95 of documents', () => {
    const scores = evaluate(parse);
    const report = formatScores(scores);
    expect(scores.precision, report).toBeGreaterThanOrEqual(0.97);
    expect(scores.recall, report).toBeGreaterThanOrEqual(0.97);
    expect(scores.answered, report).toBeGreaterThanOrEqual(0.97);
    expect(scores.headline, report).toBeGreaterThanOrEqual(0.95);
  });
});
