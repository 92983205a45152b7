/**
 * Preflight: the reference guide's "before we begin" checklist, automated. Reads once (at most ten requests, eleven with a staging group),
 * runs every check as a pure function of what was read, and registers missing resource providers only when no
 * check failed, the caller may, and this is not a dry run. Any fail must stop the run before its first write.
 */
import { armError, loadClientSdks } from '../clients.js';
import {
  checkBaseImage,
  checkProviders,
  checkRegion,
  checkResourceGroups,
  checkRoleDefinitions,
  mayRegister,
  unregisteredProviders,
} from './access-checks.js';
import { fetchPreflightData } from './fetch.js';
import { checkNsgs } from './nsg-checks.js';
import { checkPermissions } from './permission-checks.js';
import { checkOutbound, checkSubnet, checkTopology } from './subnet-checks.js';
import type {
  CheckContext,
  CheckResult,
  ExtraCheckContext,
  ExtraPreflightCheck,
  PreflightCheck,
  PreflightInput,
  PreflightReport,
} from './types.js';

/** The built-in checks, in the order they are reported. Extra checks (e.g. the gallery definition) follow. */
export const PREFLIGHT_CHECKS: PreflightCheck[] = [
  checkSubnet,
  checkTopology,
  checkNsgs,
  checkOutbound,
  checkRegion,
  checkProviders,
  checkResourceGroups,
  checkRoleDefinitions,
  checkPermissions,
  checkBaseImage,
];

const couldNotRun = (name: string, e: unknown): CheckResult => ({
  id: name || 'check',
  title: name || 'check',
  status: 'warn',
  reason: `The check could not run: ${(e as Error).message}`,
});

export function evaluateChecks(context: CheckContext, checks: PreflightCheck[]): CheckResult[] {
  return checks.flatMap((check) => {
    try {
      return check(context);
    } catch (e) {
      return [couldNotRun(check.name, e)];
    }
  });
}

async function evaluateExtraChecks(context: ExtraCheckContext, checks: ExtraPreflightCheck[]) {
  const results = await Promise.all(
    checks.map(async (check) => {
      try {
        return [await check(context)].flat();
      } catch (e) {
        return [couldNotRun(check.name, e)];
      }
    }),
  );
  return results.flat();
}

export async function runPreflight(input: PreflightInput): Promise<PreflightReport> {
  const data = await fetchPreflightData(input);
  const context: CheckContext = {
    settings: input.settings,
    location: input.location,
    baseImage: input.baseImage,
    data,
  };
  const checks = [
    ...evaluateChecks(context, PREFLIGHT_CHECKS),
    ...(await evaluateExtraChecks(
      { ...context, clients: input.clients, signal: input.signal },
      input.extraChecks ?? [],
    )),
  ];
  const failed = checks.some((c) => c.status === 'fail');
  const register = input.register ?? !input.settings.dryRun;
  const names =
    !failed && register ? unregisteredProviders(context).filter((n) => mayRegister(context, n)) : [];
  const registered = await registerProviders(input, names);
  return { checks, failed, requests: data.requests + names.length, registered };
}

/** Registers these providers (one POST each): a failure is a warning with the command to run instead. */
async function registerProviders(input: PreflightInput, names: string[]): Promise<string[]> {
  if (!names.length) return [];
  // The only use of the resources SDK here (the reads are plain REST): loaded when a provider must be registered.
  await loadClientSdks(['resources']);
  const registered: string[] = [];
  for (const ns of names) {
    try {
      await input.clients.resources.providers.register(ns, { abortSignal: input.signal });
      registered.push(ns);
      input.logger.info(`Registered resource provider ${ns}.`);
    } catch (e) {
      input.logger.warning(
        `Could not register ${ns} (${armError(e).message}): az provider register --namespace ${ns}`,
      );
    }
  }
  return registered;
}

const MARK: Record<CheckResult['status'], string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };

/** A plain-text table for the log: status, check, reason. */
export function formatPreflight(checks: CheckResult[]): string[] {
  const width = Math.max(...checks.map((c) => c.title.length), 5);
  return checks.map((c) => `${MARK[c.status]}  ${c.title.padEnd(width)}  ${c.reason}`);
}

/** Writes the table to the log (fails as errors, warns as warnings) and returns the message for a failed run. */
export function logPreflight(report: PreflightReport, logger: PreflightInput['logger']): string | undefined {
  const lines = formatPreflight(report.checks);
  report.checks.forEach((c, i) => {
    const line = lines[i]!;
    if (c.status === 'fail') logger.error(line);
    else if (c.status === 'warn') logger.warning(line);
    else logger.info(line);
  });
  const failures = report.checks.filter((c) => c.status === 'fail');
  if (!failures.length) return undefined;
  return `Preflight failed (${failures.length} check${failures.length > 1 ? 's' : ''}), nothing was changed: ${failures.map((f) => `${f.title}: ${f.reason}`).join(' | ')} (preflight: false skips these checks).`;
}
