import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDefinition, renderDefinition } from '../../src/core/definition/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const definitionDoc = readFileSync(new URL('../../docs/definition.md', import.meta.url), 'utf8');
const table = (text: string) => text.slice(text.indexOf('| Tool | Version |')).split('\n\n')[0]!;

describe('README', () => {
  it('shows the same installed software table as docs/definition.md', () => {
    expect(table(readme).replace(/\]\(docs\//g, '](')).toBe(table(definitionDoc));
  });

  it('lists every tool of the default definition with its pinned version', () => {
    const rendered = renderDefinition(defaultDefinition(), { baseImageVersion: '24.04.202511050' });
    const rows = table(readme).split('\n');
    for (const tool of rendered.tools) {
      expect(
        rows.some((r) => r.includes(`| ${tool.version}`)),
        `${tool.name} ${tool.version}`,
      ).toBe(true);
    }
  });

  it('names the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
