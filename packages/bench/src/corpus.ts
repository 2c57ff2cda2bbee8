// Writes the generated corpora to an ignored folder (packages/bench/.cache/corpus) and reuses them
// while the generator is unchanged, so a bench run does not spend its time writing 30 MB of Markdown.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDoc, worstCases, type WorstCase } from './generate.js';

export const benchRoot = fileURLToPath(new URL('..', import.meta.url));
export const corpusRoot = join(benchRoot, '.cache', 'corpus');

export interface Corpus {
  name: string;
  dir: string;
  files: string[];
  bytes: number;
}

/** A stamp of the generator's own code: any change to it regenerates every corpus. */
function generatorStamp(): string {
  const source = readFileSync(fileURLToPath(new URL('./generate.js', import.meta.url)));
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

function build(name: string, write: (dir: string) => void): Corpus {
  const dir = join(corpusRoot, name);
  const stampFile = join(dir, '.stamp');
  const stamp = generatorStamp();
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    write(dir);
    writeFileSync(stampFile, stamp);
  }
  const manifest = JSON.parse(readFileSync(join(dir, '.manifest.json'), 'utf8')) as { files: string[]; bytes: number };
  return { name, dir, files: manifest.files, bytes: manifest.bytes };
}

function writeFiles(dir: string, docs: Array<[string, string]>): void {
  let bytes = 0;
  for (const [file, text] of docs) {
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(join(dir, '.manifest.json'), JSON.stringify({ files: docs.map(([f]) => f), bytes }));
}

/** `count` documents from seeds 1..count, so the 200-document corpus is a prefix of the 2,000 one. */
export function docsCorpus(count: number): Corpus {
  return build(`docs-${count}`, (dir) => {
    const docs: Array<[string, string]> = [];
    for (let seed = 1; seed <= count; seed++)
      docs.push([`prfaq-${String(seed).padStart(4, '0')}.md`, generateDoc(seed).text]);
    writeFiles(dir, docs);
  });
}

/** One PR/FAQ of about 5 MB: the canonical shape with 3,000 FAQ entries and 400 objections. */
export function bigCorpus(): Corpus {
  return build('big-5mb', (dir) => {
    writeFiles(dir, [
      ['big.md', generateDoc(5, { targetBytes: 5_000_000, faqCount: 3_000, objectionCount: 400 }).text],
    ]);
  });
}

export function tinyCorpus(): Corpus {
  return build('tiny', (dir) => {
    writeFiles(dir, [['tiny.md', '# Tiny\n\nOne line.\n']]);
  });
}

export function worstCorpus(name: WorstCase): Corpus {
  return build(`worst-${name}`, (dir) => {
    writeFiles(dir, [[`${name}.md`, worstCases[name]()]]);
  });
}
