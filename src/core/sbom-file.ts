/** The SBOM the build printed in the customization log, saved beside the log as sbom.spdx.json. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSbom } from './definition/sbom.js';

export const SBOM_FILE_NAME = 'sbom.spdx.json';

/** Writes the document found in `sbomText` (the lines scanLogFile kept) to workDir; undefined when none. */
export async function saveSbom(sbomText: string, workDir: string): Promise<string | undefined> {
  const doc = sbomText ? parseSbom(sbomText) : undefined;
  if (!doc) return undefined;
  const file = join(workDir, SBOM_FILE_NAME);
  await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
  return file;
}
