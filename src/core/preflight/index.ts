/** Preflight: the reference guide's "before we begin" checklist as checks, and the plan as a what-if. */
export { runPreflight, evaluateChecks, formatPreflight, logPreflight, PREFLIGHT_CHECKS } from './run.js';
export type {
  CheckContext,
  CheckResult,
  CheckStatus,
  ExtraCheckContext,
  ExtraPreflightCheck,
  PreflightCheck,
  PreflightInput,
  PreflightReport,
} from './types.js';
export { evaluateFlow, DEFAULT_RULES } from './nsg.js';
export type { Endpoint, Flow, NsgRule, Verdict } from './nsg.js';
export { whatIf, whatIfAssignments } from './what-if.js';
export type { WhatIfInput } from './what-if.js';
export { preflightGate, describePlan, formatWhatIf } from './gate.js';
export type { GateOutcome } from './gate.js';
