// The Action's pull-request comment: one comment per pull request, found again by a hidden marker and
// edited on every run, so the conversation shows the current readiness instead of a pile of old ones.

/** Hidden in the comment body so the next run finds and edits it. */
export const COMMENT_MARKER = '<!-- prfaq:readiness -->';

/** GitHub refuses comments longer than 65,536 characters. */
const MAX_BODY = 65_000;

export interface CommentTarget {
  /** `GITHUB_API_URL`, e.g. https://api.github.com */
  apiUrl: string;
  /** `owner/repo` */
  repository: string;
  number: number;
  token: string;
}

type Fetch = typeof fetch;

/** Creates or updates the prfaq comment; returns what happened, or why it could not (never throws). */
export async function upsertComment(
  target: CommentTarget,
  markdown: string,
  fetchImpl: Fetch = fetch,
): Promise<{ ok: true; action: 'created' | 'updated' } | { ok: false; reason: string }> {
  const body = commentBody(markdown);
  const api = target.apiUrl.replace(/\/+$/, '');
  const headers = {
    authorization: `Bearer ${target.token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'prfaq',
    'content-type': 'application/json',
  };
  try {
    let url: string | undefined = `${api}/repos/${target.repository}/issues/${target.number}/comments?per_page=100`;
    // Follow pagination a bounded number of pages: a pull request with thousands of comments is not worth more requests.
    for (let page = 0; url !== undefined && page < 20; page++) {
      const response = await fetchImpl(url, { headers });
      if (!response.ok) return { ok: false, reason: await failure('list comments', response) };
      const comments = (await response.json()) as Array<{ id: number; body?: string }>;
      const mine = comments.find((comment) => comment.body?.includes(COMMENT_MARKER));
      if (mine) {
        const update = await fetchImpl(`${api}/repos/${target.repository}/issues/comments/${mine.id}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ body }),
        });
        return update.ok
          ? { ok: true, action: 'updated' }
          : { ok: false, reason: await failure('update the comment', update) };
      }
      url = nextPage(response.headers.get('link'));
    }
    const create = await fetchImpl(`${api}/repos/${target.repository}/issues/${target.number}/comments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ body }),
    });
    return create.ok
      ? { ok: true, action: 'created' }
      : { ok: false, reason: await failure('create the comment', create) };
  } catch (error) {
    return { ok: false, reason: `cannot reach ${api}: ${(error as Error).message}` };
  }
}

export function commentBody(markdown: string): string {
  const text =
    markdown.length <= MAX_BODY
      ? markdown
      : `${markdown.slice(0, MAX_BODY)}\n\n… (cut: the full report is in the job summary)\n`;
  return `${COMMENT_MARKER}\n${text}`;
}

async function failure(what: string, response: Response): Promise<string> {
  let detail = '';
  try {
    detail = ((await response.json()) as { message?: string }).message ?? '';
  } catch {
    // Not JSON: the status says enough.
  }
  const hint =
    response.status === 403 || response.status === 404
      ? ' (the token needs pull-requests: write; pull requests from forks get a read-only token)'
      : '';
  return `cannot ${what}: HTTP ${response.status}${detail ? ` ${detail}` : ''}${hint}`;
}

function nextPage(link: string | null): string | undefined {
  return link
    ?.split(',')
    .find((part) => /rel="next"/.test(part))
    ?.match(/<([^>]+)>/)?.[1];
}
