/**
 * Transient behaviours of real Image Builder, off by default and switched on per test through `sim.setBuild`:
 * - `templatePutInternalErrors`: the next N template PUTs answer 500 `InternalOperationError` without creating
 *   anything (recorded: test_image_build_output_versioning, where the identical retry then answered 201).
 * - `lastRunStatusAbsentReads`: after POST run, the next N template GETs carry no `lastRunStatus` (documented in
 *   user reports and in AVM's wait script, which retries for it; not in the recordings).
 */
import type { SimContext } from './context.js';
import { ArmError } from './http.js';
import type { ImageTemplate } from './state.js';

const INTERNAL_ERROR_MESSAGE =
  'Internal error occurred. This is a generic error. To identify possible causes, go to https://aka.ms/azvmimagebuilderts.';

/** Throws the recorded 500 while the configured count lasts. */
export function internalOperationError(ctx: SimContext): void {
  const build = ctx.state.build;
  if ((build.templatePutInternalErrors ?? 0) <= 0) return;
  build.templatePutInternalErrors -= 1;
  throw new ArmError(500, 'InternalOperationError', INTERNAL_ERROR_MESSAGE, {
    'x-ms-failure-cause': 'service',
  });
}

const hiddenReads = new WeakMap<ImageTemplate, number>();

export function hideRunStatusAfterRun(ctx: SimContext, t: ImageTemplate): void {
  const n = ctx.state.build.lastRunStatusAbsentReads ?? 0;
  if (n > 0) hiddenReads.set(t, n);
}

/** Whether this GET is one that must not show `lastRunStatus` (counts it). */
export function takeHiddenRunStatusRead(t: ImageTemplate): boolean {
  const n = hiddenReads.get(t) ?? 0;
  if (n <= 0) return false;
  hiddenReads.set(t, n - 1);
  return true;
}
