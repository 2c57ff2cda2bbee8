// `npm pack` / `pnpm pack` of prfaq: the tarball ships the esbuild bundle and its licence notice (both
// written by `pnpm build` at the workspace root, which must have run: checked here) and the built-in
// templates, which live at the workspace root and are copied in for the pack (postpack removes them).
import { cpSync, existsSync } from 'node:fs';

const need = ['dist/bundle/main.js', 'dist/bundle/github-action.js', 'THIRD-PARTY-LICENSES.md'];
const missing = need.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`prepack: missing ${missing.join(', ')}: run \`pnpm build\` at the workspace root first`);
  process.exit(1);
}
cpSync('../../templates', 'templates', { recursive: true });
