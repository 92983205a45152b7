/**
 * What a run calls: the preflight gate (run the checks unless `preflight: false`, log the table, say whether the
 * run must stop) and the plan of a dry run (the what-if, logged, and the full template written to a file).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger, PreflightCheckResult, WhatIfItem } from '../types.js';
import { logPreflight, runPreflight } from './run.js';
import type { PreflightInput } from './types.js';
import { type WhatIfInput, whatIf } from './what-if.js';

export interface GateOutcome {
  /** The checklist; undefined when the checks were skipped. */
  checks?: PreflightCheckResult[];
  /** Set when a check failed: the run must stop before its first write, with this message. */
  failure?: string;
  /** ARM requests the preflight made. */
  requests: number;
}

export async function preflightGate(input: PreflightInput): Promise<GateOutcome> {
  if (!input.settings.preflight) {
    input.logger.info('Preflight checks skipped (preflight: false).');
    return { requests: 0 };
  }
  const report = await runPreflight(input);
  const failure = logPreflight(report, input.logger);
  return { checks: report.checks, failure, requests: report.requests };
}

const VERB: Record<WhatIfItem['change'], string> = {
  unchanged: 'exists, unchanged',
  create: 'will create',
  replace: 'will replace',
  delete: 'will delete',
};

export function formatWhatIf(items: WhatIfItem[]): string[] {
  return items.map(
    (i) => `${VERB[i.change].padEnd(17)} ${i.kind.padEnd(15)} ${i.name}${i.note ? ` (${i.note})` : ''}`,
  );
}

/** The what-if, logged line by line, and the template JSON written to `<workDir>/template.json`. */
export async function describePlan(
  input: WhatIfInput & { workDir: string; template: Record<string, unknown>; logger: Logger },
): Promise<{ whatIf: WhatIfItem[]; templateFile: string }> {
  const items = await whatIf(input);
  for (const line of formatWhatIf(items)) input.logger.info(line);
  const templateFile = join(input.workDir, 'template.json');
  await writeFile(templateFile, `${JSON.stringify(input.template, null, 2)}\n`);
  input.logger.info(`The full image template is in ${templateFile}.`);
  return { whatIf: items, templateFile };
}
