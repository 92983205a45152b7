/**
 * The step's outputs, once for both CI platforms: kebab-case names for the action (action.yml `outputs`), camelCase
 * for the task (task.json `outputVariables`). Every output is always written (empty when unknown).
 */
import { distributionOutputs } from '../gallery/outputs.js';
import type { BuildResult, RunState } from '../types.js';

export type OutputStyle = 'action' | 'task';

export interface OutputExtras {
  state?: RunState;
  logArtifactId?: number | string;
  logArtifactUrl?: string;
}

interface OutputSpec {
  name: string;
  /** Platforms that declare it (default both). */
  only?: OutputStyle;
  value: (result: BuildResult | undefined, extra: OutputExtras) => unknown;
}

export const OUTPUTS: readonly OutputSpec[] = [
  { name: 'image-id', value: (r) => r?.imageId },
  { name: 'image-name', value: (r) => r?.imageName },
  { name: 'template-name', value: (r) => r?.templateName },
  { name: 'template-id', value: (r) => r?.templateId },
  { name: 'identity-id', value: (r) => r?.identityId },
  { name: 'identity-principal-id', value: (r) => r?.identityPrincipalId },
  { name: 'run-state', value: (r, x) => x.state ?? r?.state },
  { name: 'build-skipped', value: (r) => (r ? r.buildSkipped : false) },
  { name: 'fingerprint', value: (r) => r?.fingerprint },
  { name: 'base-image-version', value: (r) => r?.baseImageVersion },
  { name: 'staging-resource-group', value: (r) => r?.stagingResourceGroup },
  { name: 'log-file', value: (r) => r?.logFile },
  { name: 'test-result', value: (r) => r?.testResult ?? (r ? 'skipped' : undefined) },
  { name: 'sbom-file', value: (r) => r?.sbomFile },
  // Azure Pipelines artifacts have no id a later step could use.
  { name: 'log-artifact-id', only: 'action', value: (_r, x) => x.logArtifactId },
  { name: 'log-artifact-url', only: 'action', value: (_r, x) => x.logArtifactUrl },
  { name: 'duration-seconds', value: (r) => (r ? Math.round(r.durationSeconds) : undefined) },
  { name: 'gallery-image-version', value: (r) => distributionOutputs(r).galleryImageVersion },
  { name: 'replicated-regions', value: (r) => distributionOutputs(r).replicatedRegions },
  { name: 'failed-regions', value: (r) => distributionOutputs(r).failedRegions },
  { name: 'retention-deleted', value: (r) => distributionOutputs(r).retentionDeleted },
];

const camel = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The output names a platform declares, in order. */
export function outputNames(style: OutputStyle): string[] {
  return OUTPUTS.filter((o) => !o.only || o.only === style).map((o) =>
    style === 'task' ? camel(o.name) : o.name,
  );
}

/** The values to write, keyed by the platform's names; undefined becomes an empty string. */
export function outputValues(
  style: OutputStyle,
  result: BuildResult | undefined,
  extra: OutputExtras = {},
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const o of OUTPUTS) {
    if (o.only && o.only !== style) continue;
    const v = o.value(result, extra);
    values[style === 'task' ? camel(o.name) : o.name] = v === undefined || v === null ? '' : String(v);
  }
  return values;
}
