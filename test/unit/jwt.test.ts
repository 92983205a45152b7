/** The one JWT-claims reader and the one cached-assertion helper both OIDC sign-ins use. */
import { describe, expect, it } from 'vitest';
import { cachedAssertion, jwtClaims, reuseUntil } from '../../src/core/jwt.js';

const jwt = (claims: Record<string, unknown>) =>
  `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

describe('jwtClaims', () => {
  it('reads the payload and returns {} for anything that is not a JWT with an object payload', () => {
    expect(jwtClaims(jwt({ sub: 'repo:x', exp: 5 }))).toEqual({ sub: 'repo:x', exp: 5 });
    expect(jwtClaims('not-a-jwt')).toEqual({});
    expect(jwtClaims(`a.${Buffer.from('[1,2]').toString('base64url')}.c`)).toEqual({});
    expect(jwtClaims(`a.${Buffer.from('"s"').toString('base64url')}.c`)).toEqual({});
  });
});

describe('reuseUntil', () => {
  it('stops reuse a minute before expiry, or half-way through a short life, and never without exp', () => {
    expect(reuseUntil({ iat: 1000, exp: 1600 })).toBe(1_540_000);
    expect(reuseUntil({ iat: 1000, exp: 1060 })).toBe(1_030_000);
    expect(reuseUntil({ exp: 1600 })).toBe(1_540_000);
    expect(reuseUntil({ iat: 1000 })).toBeUndefined();
  });
});

describe('cachedAssertion', () => {
  it('shares one request, reuses the assertion while valid, then fetches a new one', async () => {
    let now = 1_000_000;
    let issued = 0;
    const seen: string[] = [];
    const get = cachedAssertion(async () => jwt({ iat: now / 1000, exp: now / 1000 + 300, n: ++issued }), {
      now: () => now,
      onAssertion: (_t, c) => seen.push(String(c.n)),
    });
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    now += 239_000;
    expect(await get()).toBe(a);
    now += 2_000; // 59 s left: no longer reused
    const c = await get();
    expect(c).not.toBe(a);
    expect(seen).toEqual(['1', '2']);
  });

  it('never reuses an assertion without exp, and lets a failed request be retried', async () => {
    let calls = 0;
    const get = cachedAssertion(async () => {
      calls++;
      if (calls === 2) throw new Error('GitHub is down');
      return jwt({ n: calls });
    });
    await get();
    await expect(get()).rejects.toThrow('GitHub is down');
    await get();
    expect(calls).toBe(3);
  });
});
