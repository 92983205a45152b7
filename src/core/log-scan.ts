/** Scanning a copied log file for its tail, manifest and SBOM without holding it in memory. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * Reads a (possibly large) log file line by line, keeping only its last `tailLines` lines, the lines around
 * the manifest markers and the lines between the SBOM markers, so the log is never held in memory whole.
 */
export async function scanLogFile(
  path: string,
  options: { tailLines: number; begin: string; end: string; sbomBegin?: string; sbomEnd?: string },
): Promise<{ tail: string[]; manifestText: string; sbomText: string }> {
  const tail: string[] = [];
  const manifest: string[] = [];
  const sbom: string[] = [];
  let inManifest = 0;
  let inSbom = false;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    tail.push(line);
    if (tail.length > options.tailLines) tail.shift();
    if (line.includes(options.begin)) inManifest = 5;
    if (inManifest > 0) {
      manifest.push(line);
      inManifest = line.includes(options.end) ? 0 : inManifest - 1;
    }
    if (options.sbomBegin && line.includes(options.sbomBegin)) {
      // A new document replaces an earlier, possibly interrupted, one.
      sbom.length = 0;
      inSbom = true;
    }
    if (inSbom && sbom.length < MAX_SBOM_LINES) sbom.push(line);
    if (options.sbomEnd && line.includes(options.sbomEnd)) inSbom = false;
  }
  return { tail, manifestText: manifest.join('\n'), sbomText: sbom.join('\n') };
}

/** An SBOM has one line per package; an image with more packages than this is not plausible. */
const MAX_SBOM_LINES = 200_000;
