// Where `ready` and `diff` write, and how their Markdown links to lines: relative links, or absolute
// GitHub blob links when the GitHub Actions variables say which repository and commit this is.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { githubLink, relativeLink, type LinkFn } from '@prfaq/lint';
import { CliError } from '../shared/exit.js';
import type { Io } from '../shared/io.js';

export async function emit(text: string, outputFile: string | undefined, io: Io): Promise<void> {
  if (outputFile === undefined) {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, outputFile);
  try {
    await writeFile(target, text);
  } catch (error) {
    throw new CliError(
      `${outputFile}: cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/**
 * Links take display paths (relative to `io.cwd`). GitHub links need the path from the repository
 * root, which is `root` when known (else the working directory is taken as the root).
 */
export function linkFor(io: Io, root: string | undefined): LinkFn {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = io.env;
  if (!server || !repository || !sha) return relativeLink;
  const github = githubLink(server, repository, sha);
  return (file, line) => {
    const fromRoot = path
      .relative(root ?? io.cwd, path.resolve(io.cwd, file))
      .split(path.sep)
      .join('/');
    return github(fromRoot, line);
  };
}
