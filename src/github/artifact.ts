/** Uploads the customization log (and validation log and manifest, when present) as one workflow artifact. */
import { existsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

export interface UploadedArtifact {
  name: string;
  id?: number;
  size?: number;
  files: string[];
}

/** The deepest directory that contains every file (the artifact keeps paths relative to it). */
export function commonRoot(files: string[]): string {
  const dirs = files.map((f) => dirname(resolve(f)).split(sep));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs.slice(1)) {
    let i = 0;
    while (i < n && i < d.length && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

/**
 * Uploads the files that exist; returns undefined when there is nothing to upload. @actions/artifact is loaded
 * only here, so runs that upload nothing do not pay for it.
 */
export async function uploadLogArtifact(
  name: string,
  candidates: Array<string | undefined>,
  retentionDays?: number,
): Promise<UploadedArtifact | undefined> {
  const files = [
    ...new Set(candidates.filter((f): f is string => Boolean(f) && existsSync(f!)).map((f) => resolve(f))),
  ];
  if (!files.length) return undefined;
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const response = await client.uploadArtifact(name, files, commonRoot(files), {
    compressionLevel: 6,
    ...(retentionDays ? { retentionDays } : {}),
  });
  return { name, id: response.id, size: response.size, files };
}
