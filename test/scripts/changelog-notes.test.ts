/** The release notes the release workflow publishes: one changelog section, found by version, never empty. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript script without types
import { changelogSection } from '../../scripts/changelog-notes.js';

const ROOT = join(import.meta.dirname, '../..');
const notes = changelogSection as (text: string, version: string) => string;

const sample = `# Changelog

## [Unreleased]
### Added
- next thing

## [1.2.0] - 2026-12-01
### Added
- \`log-retention-days\` input ([#14])
### Fixed
- the wait-timeout hint

## [1.1.0] - 2026-11-01
### Added
- gallery distribution

## [1.0.1] - 2026-10-01

[#14]: https://github.com/aks-jumpbox-image/aks-jumpbox-image/issues/14
[1.2.0]: https://github.com/aks-jumpbox-image/aks-jumpbox-image/compare/v1.1.0...v1.2.0
`;

describe('changelog-notes', () => {
  it('returns exactly the section of the version, with the link references it uses', () => {
    expect(notes(sample, 'v1.2.0')).toBe(
      '### Added\n- `log-retention-days` input ([#14])\n### Fixed\n- the wait-timeout hint\n\n' +
        '[#14]: https://github.com/aks-jumpbox-image/aks-jumpbox-image/issues/14\n',
    );
    expect(notes(sample, '1.1.0')).toBe('### Added\n- gallery distribution\n');
  });

  it('refuses a missing or empty section and a tag that is not a version', () => {
    expect(() => notes(sample, 'v2.0.0')).toThrow(/no "## \[2\.0\.0\]" section/);
    expect(() => notes(sample, 'v1.0.1')).toThrow(/is empty/);
    expect(() => notes(sample, 'v1')).toThrow(/not a version/);
    // 1.2.0 must not match 1.2.0x or 11.2.0
    expect(() => notes('## [11.2.0]\n- x\n## [1.2.01]\n- y\n', '1.2.0')).toThrow(/no "## \[1\.2\.0\]"/);
  });

  it('runs as the workflow calls it and fails the step on a missing section', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changelog-'));
    writeFileSync(join(dir, 'CHANGELOG.md'), sample);
    const script = join(ROOT, 'scripts/changelog-notes.js');
    expect(
      execFileSync(process.execPath, [script, 'v1.1.0', join(dir, 'CHANGELOG.md')], { encoding: 'utf8' }),
    ).toBe('### Added\n- gallery distribution\n');
    const missing = spawnSync(process.execPath, [script, 'v9.9.9', join(dir, 'CHANGELOG.md')], {
      encoding: 'utf8',
    });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no "## \[9\.9\.9\]" section/);
  });

  it("the repository's changelog is Keep a Changelog with an Unreleased section that has notes", () => {
    const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(text).toMatch(/keepachangelog\.com/);
    expect(text).toMatch(/^## \[Unreleased\]$/m);
    const unreleased = text.split(/^## /m).find((s) => s.startsWith('[Unreleased]'))!;
    expect(unreleased).toMatch(/^### (Added|Changed|Fixed|Removed)/m);
  });
});
