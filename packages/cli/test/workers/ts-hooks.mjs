// Test-only module hooks so worker threads started from vitest can load the TypeScript sources:
// `.js` imports resolve to the `.ts` file beside them, @prfaq/* to packages/*/src (scripts/source-aliases.mjs),
// and .ts is transpiled.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { sourceAliases } from '../../../../scripts/source-aliases.mjs';

const aliases = sourceAliases();

export async function resolve(specifier, context, next) {
  const alias = aliases.get(specifier);
  if (alias !== undefined) return { url: pathToFileURL(alias).href, shortCircuit: true };
  if (context.parentURL?.endsWith('.ts') && specifier.startsWith('.') && specifier.endsWith('.js')) {
    const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(readFileSync(fileName, 'utf8'), {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
      sourceMap: false,
    },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
