/** Summary sections of the preflight checklist and the dry run's what-if (`summary.ts`). */
import { cell, code, table } from './summary-sections.js';
import type { BuildResult, PreflightCheckResult, WhatIfItem } from './types.js';

const CHECK_ICON: Record<PreflightCheckResult['status'], string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
};

/** The preflight checklist: status, check, one-line reason. */
export function preflightTable(checks: PreflightCheckResult[]): string {
  return table(
    ['Status', 'Check', 'Reason'],
    checks.map((c) => [CHECK_ICON[c.status], cell(c.title), cell(c.reason)]),
  );
}

const CHANGE: Record<WhatIfItem['change'], string> = {
  unchanged: 'exists, unchanged',
  create: 'will create',
  replace: 'will replace',
  delete: 'will delete',
};

function whatIfTable(items: WhatIfItem[]): string {
  return table(
    ['Change', 'Resource', 'Name', 'Note'],
    items.map((i) => [CHANGE[i.change], cell(i.kind), code(i.name), cell(i.note)]),
  );
}

/** The preflight checklist and, for a dry run, the what-if. */
export function preflightSections(result: BuildResult): string[] {
  const out: string[] = [];
  if (result.preflight?.length) {
    const failed = result.preflight.some((c) => c.status === 'fail');
    out.push(
      `### Preflight${failed ? ' (failed: nothing was changed)' : ''}`,
      preflightTable(result.preflight),
    );
  }
  if (result.whatIf?.length) out.push('### Plan (what-if)', whatIfTable(result.whatIf));
  return out;
}
