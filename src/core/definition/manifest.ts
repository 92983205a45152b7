import { MANIFEST_BEGIN, MANIFEST_END } from './bash.js';

export interface ImageManifest {
  definitionFingerprint: string;
  baseImageVersion: string;
  tools: Array<{ name: string; version: string }>;
  [k: string]: unknown;
}

function isManifest(value: unknown): value is ImageManifest {
  const v = value as Partial<ImageManifest> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.definitionFingerprint === 'string' &&
    typeof v.baseImageVersion === 'string' &&
    Array.isArray(v.tools) &&
    v.tools.every((t) => t && typeof t.name === 'string' && typeof t.version === 'string')
  );
}

/**
 * Finds the manifest the build printed between MANIFEST_BEGIN and MANIFEST_END. Each log line may carry a
 * prefix (e.g. "[a1b2] PACKER OUT "); the JSON is taken from its first "{". The last valid manifest wins.
 */
export function parseManifest(logText: string): ImageManifest | undefined {
  const lines = logText.split(/\r?\n/);
  let found: ImageManifest | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.indexOf(MANIFEST_BEGIN);
    if (at < 0) continue;
    // Same line ("BEGIN {...} END") or the following lines up to END.
    let text = line.slice(at + MANIFEST_BEGIN.length);
    for (let j = i + 1; !text.includes(MANIFEST_END) && j < lines.length && j <= i + 3; j++)
      text += '\n' + lines[j];
    const end = text.indexOf(MANIFEST_END);
    const body = end >= 0 ? text.slice(0, end) : text;
    for (const candidate of body.split('\n')) {
      const start = candidate.indexOf('{');
      const stop = candidate.lastIndexOf('}');
      if (start < 0 || stop < start) continue;
      try {
        const parsed: unknown = JSON.parse(candidate.slice(start, stop + 1));
        if (isManifest(parsed)) found = parsed;
      } catch {
        // not the manifest line
      }
    }
  }
  return found;
}
