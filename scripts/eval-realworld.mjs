#!/usr/bin/env node
// Scores what prfaq recognises in the real-world corpus (packages/cli/test/realworld/docs) against what a careful
// reviewer recorded in truth.json: FAQ precision and recall (an entry matches when it starts on the same line),
// answered and audience accuracy over the matched entries, and the share of documents whose headline is right.
// `pnpm eval:realworld` runs it on the built @prfaq/core; the realworld test calls `evaluate` on the sources.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CORPUS = new URL('../packages/cli/test/realworld/', import.meta.url);

/** The reviewer's record: `[{ file, headline, faq: [[line, audience, answered, question], …] }]`. */
export function loadTruth() {
  return JSON.parse(readFileSync(new URL('truth.json', CORPUS), 'utf8'));
}

const squash = (text) => text.replace(/\s+/gu, ' ').trim();

/** Scores `parse` (from @prfaq/core) on every document in the truth file. */
export function evaluate(parse, truth = loadTruth()) {
  const totals = { predicted: 0, expected: 0, matched: 0, answeredRight: 0, audienceRight: 0, headlineRight: 0 };
  const documents = [];
  for (const record of truth) {
    const text = readFileSync(new URL(`docs/${record.file}`, CORPUS), 'utf8');
    const doc = parse(text, { path: record.file });
    const found = new Map(doc.faq.map((entry) => [entry.span.start.line, entry]));
    const misses = [];
    let matched = 0;
    for (const [line, audience, answered, question] of record.faq) {
      const entry = found.get(line);
      if (!entry) {
        misses.push(`missed ${line} ${question}`);
        continue;
      }
      found.delete(line);
      matched++;
      if (entry.answered === answered) totals.answeredRight++;
      else misses.push(`${line} answered: expected ${answered}, got ${entry.answered}`);
      if (entry.audience === audience) totals.audienceRight++;
      else misses.push(`${line} audience: expected ${audience}, got ${entry.audience}`);
    }
    for (const [line, entry] of found) misses.push(`extra ${line} ${entry.question}`);
    const headline = doc.headline ? squash(doc.headline.text) : null;
    const headlineRight = headline === record.headline;
    if (!headlineRight)
      misses.push(`headline: expected ${JSON.stringify(record.headline)}, got ${JSON.stringify(headline)}`);
    totals.predicted += doc.faq.length;
    totals.expected += record.faq.length;
    totals.matched += matched;
    if (headlineRight) totals.headlineRight++;
    documents.push({ file: record.file, misses });
  }
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  return {
    documents,
    entries: totals.expected,
    precision: ratio(totals.matched, totals.predicted),
    recall: ratio(totals.matched, totals.expected),
    answered: ratio(totals.answeredRight, totals.matched),
    audience: ratio(totals.audienceRight, totals.matched),
    headline: ratio(totals.headlineRight, truth.length),
  };
}

export function formatScores(scores) {
  const pct = (value) => value.toFixed(3);
  const lines = [];
  for (const { file, misses } of scores.documents) {
    for (const miss of misses) lines.push(`  ${file}: ${miss}`);
  }
  lines.push(
    `${scores.documents.length} documents, ${scores.entries} FAQ entries`,
    `FAQ precision ${pct(scores.precision)}  recall ${pct(scores.recall)}  answered ${pct(scores.answered)}  audience ${pct(scores.audience)}  headline ${pct(scores.headline)}`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const core = fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url));
  const { parse } = await import(pathToFileURL(core).href);
  console.log(formatScores(evaluate(parse)));
}
