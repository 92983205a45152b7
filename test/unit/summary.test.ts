/**
 * The run summary shared by both CI platforms, against reviewed snapshots (test/unit/__snapshots__/summary/*.md):
 * success with the timeline (table and Mermaid), skip, partial replication and every known failure signature.
 */
import { describe, expect, it } from 'vitest';
import { FAILURE_SIGNATURES, explainFailure, failedStep } from '../../src/core/failure.js';
import { INPUT_NAMES, type BuildResult } from '../../src/core/index.js';
import { BUILT_IN_ROLE_NAMES } from '../../src/core/summary-sections.js';
import { renderSummary } from '../../src/core/summary.js';
import { FAILURE_SAMPLES } from './failure-samples.js';

const SUB = '/subscriptions/11111111-2222-3333-4444-555555555555';
const t0 = Date.parse('2026-11-27T10:00:00Z');
const at = (s: number) => new Date(t0 + s * 1000).toISOString();

const result = (over: Partial<BuildResult> = {}): BuildResult => ({
  state: 'Succeeded',
  imageId: `${SUB}/resourceGroups/rg-images/providers/Microsoft.Compute/images/jumpbox-2611-ab12`,
  imageName: 'jumpbox-2611-ab12',
  templateName: 'it-jumpbox-ab12',
  templateId: `${SUB}/resourceGroups/rg-builder/providers/Microsoft.VirtualMachineImages/imageTemplates/it-jumpbox-ab12`,
  identityId: `${SUB}/resourceGroups/rg-builder/providers/Microsoft.ManagedIdentity/userAssignedIdentities/mi-aks-jumpbox-imagebuilder`,
  buildSkipped: false,
  fingerprint: 'ab12cd34ef56',
  baseImageVersion: '24.04.202611200',
  stagingResourceGroup: `${SUB}/resourceGroups/IT_rg-builder_it-jumpbox-ab12_0f9a`,
  tools: [{ name: 'kubectl', version: '1.36.5' }],
  egress: [],
  durationSeconds: 2460,
  phases: [
    { name: 'Resolve', durationMs: 2100 },
    { name: 'Build', durationMs: 2400_000 },
  ],
  rolesGranted: [
    {
      id: `${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/providers/Microsoft.Authorization/roleAssignments/a1`,
      scope: `${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub`,
      roleDefinitionId: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7`,
      purpose: 'network',
      created: false,
    },
    {
      id: `${SUB}/resourceGroups/rg-images/providers/Microsoft.Authorization/roleAssignments/a2`,
      scope: `${SUB}/resourceGroups/rg-images`,
      roleDefinitionId: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/0b2f6c3e-1111-5222-8333-944455556666`,
      roleName: '[Custom] AKS Jump Box Image Contributor (11111111)',
      purpose: 'image',
      created: true,
    },
  ],
  rolesRevoked: [],
  dryRun: false,
  timeline: [
    { state: 'Running', subState: 'Queued', startedAt: at(0), durationMs: 45_000 },
    { state: 'Running', subState: 'Building', startedAt: at(45), durationMs: 300_000 },
    { state: 'Running', subState: 'Customizing', startedAt: at(345), durationMs: 1_500_000 },
    { state: 'Running', subState: 'Validating', startedAt: at(1845), durationMs: 120_000 },
    { state: 'Running', subState: 'Distributing', startedAt: at(1965), durationMs: 435_000 },
  ],
  ...over,
});

describe('summary snapshots', () => {
  it('success: timeline table and gantt, portal links, role names, no empty header row', async () => {
    const md = renderSummary(result({ rolesRevoked: [result().rolesGranted[1]!] }), {
      mermaid: true,
      artifact: {
        name: 'aks-jumpbox-customization-log',
        id: 42,
        url: 'https://github.com/o/r/actions/runs/1/artifacts/42',
      },
    });
    expect(md).not.toMatch(/^\|(?:\s*\|)+\s*$/m);
    expect(md).toContain('Network Contributor (<code>4d97b98b-1d4f-4787-a291-c67834d212e7</code>)');
    expect(md).toContain('[Custom] AKS Jump Box Image Contributor (11111111)');
    expect(md).toContain(`(https://portal.azure.com/#@/resource${result().imageId})`);
    expect(md).toMatch(/```mermaid\ngantt\n/);
    await expect(md).toMatchFileSnapshot('__snapshots__/summary/success.md');
  });

  it('success for Azure Pipelines (no Mermaid) in the US Government portal', async () => {
    const md = renderSummary(result(), { portal: 'AzureUSGovernment' });
    expect(md).not.toContain('mermaid');
    expect(md).toContain('| Customizing | <code>2026-11-27T10:05:45Z</code> | 25m 0s | 63% |');
    expect(md).toContain('https://portal.azure.us/#@/resource/subscriptions/');
    await expect(md).toMatchFileSnapshot('__snapshots__/summary/success-pipelines.md');
  });

  it('skip', async () => {
    const md = renderSummary(
      result({ state: 'Skipped', buildSkipped: true, timeline: undefined, rolesGranted: [], phases: [] }),
      { artifactNote: 'No build ran.' },
    );
    expect(md).toContain('already exists');
    await expect(md).toMatchFileSnapshot('__snapshots__/summary/skipped.md');
  });

  it('retention: what was deleted, would be deleted in a dry run, or could not be deleted', () => {
    const v = (n: number) =>
      `${SUB}/resourceGroups/rg-gal/providers/Microsoft.Compute/galleries/gal/images/jumpbox/versions/1.0.${n}`;
    const md = renderSummary(result({ retention: { deleted: [v(1)], kept: [v(2), v(3)], failed: [v(0)] } }));
    expect(md).toContain('### Retention');
    expect(md).toMatch(new RegExp(`<code>${v(1)}</code> \\| deleted`));
    expect(md).toMatch(new RegExp(`<code>${v(0)}</code> \\| could not be deleted`));
    expect(md).not.toContain(`<code>${v(2)}</code>`);
    const dry = renderSummary(result({ retention: { deleted: [v(1)], kept: [], dryRun: true } }));
    expect(dry).toContain('would be deleted (dry run)');
    expect(renderSummary(result({ retention: { deleted: [], kept: [v(2)] } }))).not.toContain(
      '### Retention',
    );
  });

  it('partial replication', async () => {
    const md = renderSummary(
      result({
        state: 'PartiallySucceeded',
        message: 'Failed in distributing 1 images out of total 3: replication to eastus2 failed',
        replication: [
          { region: 'westeurope', state: 'Completed' },
          { region: 'northeurope', state: 'Completed' },
          {
            region: 'eastus2',
            state: 'Failed',
            message: 'Replication failed: quota exceeded for StandardSSD_LRS',
          },
        ],
      }),
      { mermaid: true },
    );
    expect(md).toContain('### Replication (2 of 3 regions)');
    await expect(md).toMatchFileSnapshot('__snapshots__/summary/partial-replication.md');
  });

  it.each(Object.keys(FAILURE_SAMPLES))('failure: %s', async (id) => {
    const sample = FAILURE_SAMPLES[id]!;
    const failed = result({
      state: 'Failed',
      imageId: undefined,
      message: sample.message,
      logTail: sample.log,
    });
    // The adapters pass the run's message as the error too.
    const md = renderSummary(failed, { error: `Image build failed: ${sample.message}`, mermaid: true });
    const cause = FAILURE_SIGNATURES.find((s) => s.id === id)!;
    expect(md).toContain(`**Likely cause: ${cause.title}.**`);
    // Image Builder's generic paragraph and its packerizer message appear once at most.
    expect(md.match(/a failure has occurred/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(md.match(/Failed while waiting for packerizer/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(md.match(/aka\.ms\/azvmimagebuilderts/g)?.length ?? 0).toBeLessThanOrEqual(1);
    // The failing step leads, before the resources table.
    const step = failedStep(sample.log);
    if (step)
      expect(md.indexOf(`step <code>${step.name}</code> failed`)).toBeLessThan(md.indexOf('| Resource |'));
    await expect(md).toMatchFileSnapshot(`__snapshots__/summary/failure-${id}.md`);
  });
});

describe('failure signatures', () => {
  it.each(Object.entries(FAILURE_SAMPLES))(
    '%s matches its sample log and no other signature',
    (id, sample) => {
      expect(explainFailure(sample.log, sample.message).hints.map((h) => h.id)).toEqual([id]);
    },
  );

  it('every signature has a sample', () => {
    expect(FAILURE_SIGNATURES.map((s) => s.id).sort()).toEqual(Object.keys(FAILURE_SAMPLES).sort());
  });

  it("every hint's fix names a real setting or a role", () => {
    const roles = Object.values(BUILT_IN_ROLE_NAMES);
    for (const s of FAILURE_SIGNATURES) {
      const named = [...s.fix.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const settings = named.filter((n) => (INPUT_NAMES as readonly string[]).includes(n));
      const role = roles.find((r) => s.fix.includes(r));
      expect(settings.length > 0 || role !== undefined, `${s.id}: ${s.fix}`).toBe(true);
      // Anything in backticks that looks like an input name is one.
      for (const n of named.filter((x) => /^[a-z]+(?:-[a-z]+)+$/.test(x) && !x.startsWith('aks-')))
        expect(INPUT_NAMES as readonly string[], `${s.id} names ${n}`).toContain(n);
    }
  });

  it('finds the failing step, its exit code and only its own output', () => {
    const step = failedStep(FAILURE_SAMPLES['apt-lock']!.log);
    expect(step).toEqual({
      name: '/tmp/script_4312.sh',
      kind: 'customizer',
      exitCode: 100,
      output: [
        'jumpbox: installing base packages',
        'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1822 (unattended-upgr)',
        'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
      ],
    });
    expect(
      failedStep([
        '==> azure-arm: Running validation versions ...',
        '    azure-arm: kubectl 1.35.0 != 1.36.5',
      ]),
    ).toMatchObject({
      name: 'versions',
      kind: 'validation',
      output: ['kubectl 1.35.0 != 1.36.5'],
    });
  });
});
