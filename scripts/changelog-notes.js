// Prints the release notes of one version from CHANGELOG.md (Keep a Changelog): the lines under `## [X.Y.Z]`
// up to the next `## ` heading, with the link references the section uses. Fails when the section is missing or
// empty, so a tag is never released without notes. Usage: node scripts/changelog-notes.js vX.Y.Z [CHANGELOG.md]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The notes of `version` (with or without a leading `v`) in the changelog `text`. Throws when absent or empty. */
export function changelogSection(text, version) {
  const v = String(version).trim().replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(v))
    throw new Error(`"${version}" is not a version (X.Y.Z)`);
  const lines = text.split(/\r?\n/);
  const heading = new RegExp(`^## \\[?${escape(v)}\\]?(?:\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0)
    throw new Error(`CHANGELOG.md has no "## [${v}]" section: move the Unreleased notes under it`);
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .filter((l) => !/^\[[^\]]+\]:\s/.test(l))
    .join('\n')
    .trim();
  if (!/\S/.test(body.replace(/^#+ .*$/gm, '')))
    throw new Error(`The "## [${v}]" section of CHANGELOG.md is empty`);
  const refs = lines.filter((l) => /^\[[^\]]+\]:\s/.test(l));
  const used = refs.filter((r) => body.includes(`[${r.slice(1, r.indexOf(']'))}]`));
  return used.length ? `${body}\n\n${used.join('\n')}\n` : `${body}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version) throw new Error('usage: node scripts/changelog-notes.js vX.Y.Z [CHANGELOG.md]');
  process.stdout.write(changelogSection(readFileSync(file, 'utf8'), version));
}
