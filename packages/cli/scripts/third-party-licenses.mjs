// Builds THIRD-PARTY-LICENSES.md from esbuild's metafile inputs: each input under node_modules/ belongs
// to a package (the folder after the last node_modules/, two segments for a scope); its package.json
// gives the name, version and licence, and its LICENSE file (any spelling) the text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The package folders the inputs (paths relative to the working directory) come from, deduplicated. */
function packageDirs(inputs) {
  const dirs = new Set();
  for (const input of inputs) {
    const file = input.replace(/\\/g, '/');
    const at = file.lastIndexOf('node_modules/');
    if (at < 0) continue; // our own workspace packages: MIT, this repository's licence
    const rest = file.slice(at + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
    dirs.add(path.resolve(file.slice(0, at + 'node_modules/'.length) + name));
  }
  return [...dirs];
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$|-)/i.test(name));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : undefined;
}

function describe(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licence =
    typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'see the package');
  return { name: manifest.name, version: manifest.version, licence, text: licenceText(dir) };
}

/** The Markdown notice for the bundled packages, sorted by name. */
export function thirdPartyLicenses(inputs) {
  const packages = packageDirs(inputs)
    .filter((dir) => existsSync(path.join(dir, 'package.json')))
    .map(describe)
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const sections = packages.map(
    ({ name, version, licence, text }) =>
      `## ${name}@${version}\n\nLicence: ${licence}\n\n${text ? '```text\n' + text + '\n```' : `(the package ships no licence file; its package.json says ${licence})`}\n`,
  );
  return `# Third-party licences\n\nThe \`prfaq\` package ships an esbuild bundle (\`dist/bundle/\`) that contains the code of the ${packages.length} packages below, under their own licences.\n\n${sections.join('\n')}`;
}
