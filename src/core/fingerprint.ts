/** Fingerprints: what makes two images the same, and what makes two templates the same. */
import { canonicalJson, sha256Hex } from './definition/canonical-json.js';

export interface ImageShape {
  source: unknown;
  customize: unknown;
  validate: unknown;
  osDiskSizeGb: number;
  optimize: unknown;
}

/** sha256 over the canonical JSON of everything that shapes the image (not VM size, network, names or tags). */
export function imageFingerprint(shape: ImageShape): string {
  return sha256Hex(canonicalJson(shape));
}

/** sha256 over the whole template body except its tags: templates are immutable, so any difference means a new template. */
export function templateHash(body: Record<string, unknown>): string {
  const { tags: _tags, ...rest } = body;
  const properties = { ...(rest.properties as Record<string, unknown>) };
  // artifactTags carry provenance (commit, run URL) that must not force a new template.
  properties.distribute = ((properties.distribute as Array<Record<string, unknown>>) ?? []).map(
    ({ artifactTags: _a, ...d }) => d,
  );
  return sha256Hex(canonicalJson({ ...rest, properties }));
}
