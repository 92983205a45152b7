/** The product version the bundles carry (user agent) is package.json's, written by scripts/bundle.js. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRODUCT_VERSION } from '../../src/core/version.js';

describe('product version', () => {
  it('equals package.json (run npm run bundle after changing the version)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(PRODUCT_VERSION).toBe(pkg.version);
  });
});
