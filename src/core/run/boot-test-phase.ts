/**
 * The boot-test phase (test-subnet-id): after a successful build, a throwaway VM from the new image runs the
 * definition's validation (and the API server check) through Run Command. The ledger records the VM name before
 * anything is created, so the finish path deletes VM, NIC and disk after success, failure and cancel alike.
 */
import { randomBytes } from 'node:crypto';
import { type BootTestOutcome, deleteBootTestResources, runBootTest } from '../boottest/boot-test.js';
import type { BuildResult } from '../types.js';
import type { RunContext } from './context.js';
import type { RunLedger } from './ledger.js';
import type { Plan } from './plan.js';

export type BootTestFields = Pick<BuildResult, 'testResult' | 'testOutput' | 'testMessage'>;

export async function bootTestPhase(
  ctx: RunContext,
  plan: Plan,
  ledger: RunLedger,
  imageId: string,
): Promise<BootTestFields> {
  const t = ctx.settings.bootTest!;
  const name = `vm-jbtest-${plan.fingerprint.slice(0, 8)}-${randomBytes(3).toString('hex')}`;
  ledger.bootTestVm = name;
  // The same in-VM validation Image Builder ran (each entry writes its script and runs it), stopping at a failure.
  const entries = (plan.rendered.validate?.inVMValidations ?? []) as Array<{ inline?: string[] }>;
  const validation = ['set -e', ...entries.flatMap((v) => v.inline ?? [])].join('\n');
  let outcome: BootTestOutcome;
  try {
    outcome = await runBootTest({
      compute: ctx.clients.compute,
      network: ctx.clients.network,
      resourceGroup: ctx.settings.builderResourceGroup,
      location: plan.location,
      imageId,
      subnetId: t.subnetId,
      vmSize: t.vmSize,
      name,
      validationScript: validation,
      ...(t.apiServer ? { apiServer: t.apiServer } : {}),
      // Trusted Launch VMs cannot be created from managed images (only from gallery image versions).
      trustedLaunch: /\/galleries\//i.test(imageId),
      tags: { ...ctx.settings.tags, 'aks-jumpbox-image-purpose': 'boot-test' },
      logger: ctx.logger,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    outcome = {
      result: 'failed',
      output: '',
      message: `The boot test could not run: ${(e as Error).message}`,
    };
    ctx.logger.warning(outcome.message);
  }
  return { testResult: outcome.result, testOutput: outcome.output, testMessage: outcome.message };
}

/** Finish path: deletes what the boot test created (the names are derived, so nothing has to be known). */
export async function cleanupBootTest(
  ctx: RunContext,
  ledger: RunLedger,
  signal: AbortSignal,
): Promise<void> {
  if (!ledger.bootTestVm) return;
  await deleteBootTestResources({
    compute: ctx.clients.compute,
    network: ctx.clients.network,
    resourceGroup: ctx.settings.builderResourceGroup,
    name: ledger.bootTestVm,
    logger: ctx.logger,
    signal,
  });
  ledger.bootTestVm = undefined;
}
