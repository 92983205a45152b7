/** The distribution outputs, as strings, shared by every adapter (empty when not applicable). */
import type { BuildResult } from '../types.js';

export interface DistributionOutputs {
  galleryImageVersion: string;
  /** Regions whose replication completed, comma separated. */
  replicatedRegions: string;
  /** Regions whose replication failed, comma separated. */
  failedRegions: string;
  /** Artifacts deleted by retention (with dry run: that a build would delete), comma separated. */
  retentionDeleted: string;
}

export function distributionOutputs(result: BuildResult | undefined): DistributionOutputs {
  const regions = (state: (s: string) => boolean) =>
    (result?.replication ?? [])
      .filter((r) => state(r.state))
      .map((r) => r.region)
      .join(',');
  return {
    galleryImageVersion: result?.galleryImageVersion ?? '',
    replicatedRegions: regions((s) => s === 'Completed'),
    failedRegions: regions((s) => s === 'Failed'),
    retentionDeleted: (result?.retention?.deleted ?? []).join(','),
  };
}
