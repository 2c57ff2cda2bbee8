import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, commentBody, upsertComment } from './comment.js';

const target = { apiUrl: 'https://api.example.com/', repository: 'o/r', number: 3, token: 't' };
const json = (value: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(value), { status: 200, ...init });

describe('upsertComment', () => {
  it('follows pagination to find its own comment and edits it', async () => {
    const calls: string[] = [];
    const fake = (async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${url}`);
      if (url.endsWith('per_page=100'))
        return json([{ id: 1, body: 'hello' }], {
          headers: { link: '<https://api.example.com/page2>; rel="next", <https://api.example.com/page2>; rel="last"' },
        });
      if (url.endsWith('page2')) return json([{ id: 2, body: `${COMMENT_MARKER}\nold` }]);
      return json({});
    }) as typeof fetch;
    expect(await upsertComment(target, 'new', fake)).toEqual({ ok: true, action: 'updated' });
    expect(calls).toEqual([
      'GET https://api.example.com/repos/o/r/issues/3/comments?per_page=100',
      'GET https://api.example.com/page2',
      'PATCH https://api.example.com/repos/o/r/issues/comments/2',
    ]);
  });

  it('returns the reason instead of throwing when the API cannot be reached', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    expect(await upsertComment(target, 'x', down)).toEqual({
      ok: false,
      reason: 'cannot reach https://api.example.com: fetch failed',
    });
  });

  it("keeps the body under GitHub's limit", () => {
    const body = commentBody('x'.repeat(70_000));
    expect(body.length).toBeLessThan(65_536);
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body.endsWith('(cut: the full report is in the job summary)\n')).toBe(true);
  });
});
