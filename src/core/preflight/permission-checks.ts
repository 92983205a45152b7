/** What the caller must be allowed to do at each scope (src/core/permissions), from the Authorization permissions API. */
import { normalizeId } from '../azure-ids.js';
import { type Requirement, callerRequirements } from '../permissions/requirements.js';
import { permits, permitsData } from './access-checks.js';
import { permissionScopes } from './fetch.js';
import { type CheckContext, type CheckResult, fail, pass, warn } from './types.js';

const CHECK_KEY: Record<string, string> = {
  builder: 'builder-rg',
  image: 'image-rg',
  gallery: 'image-rg',
  vnet: 'vnet',
};

/** The requirements at the scopes preflight reads (builder group, image group or gallery definition, VNet). */
export function permissionNeeds(c: Pick<CheckContext, 'settings'>): Requirement[] {
  const read = new Set(permissionScopes(c).map(normalizeId));
  return callerRequirements(c.settings).filter((r) => read.has(normalizeId(r.scope.id)));
}

/** One check per scope: names each missing action and a built-in role that grants it. */
export function checkPermissions(c: CheckContext): CheckResult[] {
  const byScope = new Map<string, Requirement[]>();
  for (const need of permissionNeeds(c)) {
    const key = normalizeId(need.scope.id);
    byScope.set(key, [...(byScope.get(key) ?? []), need]);
  }
  return [...byScope.entries()].map(([key, needs]) => {
    const label = needs[0]!.scope.label;
    const id = `permissions-${CHECK_KEY[needs[0]!.scope.kind] ?? needs[0]!.scope.kind}`;
    const title = `Caller's permissions at ${label}`;
    const read = c.data.permissions.get(key);
    if (read?.notFound && needs[0]!.scope.kind === 'staging')
      return warn(
        id,
        title,
        `${label} does not exist yet: Image Builder creates it, and the grants there (${needs
          .map((n) => n.role)
          .filter((r, i, a) => a.indexOf(r) === i)
          .join(
            ', ',
          )}) can only follow. Create the empty group first and grant them there (docs/permissions.md).`,
      );
    if (read?.notFound) return fail(id, title, `${label} was not found (${read.error}).`);
    if (!read?.value)
      return warn(
        id,
        title,
        `Could not read the caller's permissions at ${label} (${read?.error ?? 'not read'}); the run will tell at the first write.`,
      );
    const value = read.value;
    const granted = (n: Requirement) =>
      (n.data ? permitsData(value, n.action) : permits(value, n.action)) ||
      Boolean(n.alternative && permits(value, n.alternative));
    const missing = needs.filter((n) => !granted(n));
    const named = (list: Requirement[]) =>
      list
        .map(
          (m) =>
            `${m.action}${m.alternative ? ` or ${m.alternative}` : ''} (granted by ${m.role}; ${m.feature}: ${m.why})`,
        )
        .join(', ');
    if (missing.length)
      return (missing.every((m) => m.optional) ? warn : fail)(
        id,
        title,
        `The caller lacks ${named(missing)} at ${label}: grant it there (aks-jumpbox-image permissions prints the least-privilege setup, docs/permissions.md)${missing.every((m) => m.optional) ? '; the build runs without the log (require-log: true stops it)' : ''}.`,
      );
    return pass(
      id,
      title,
      `The caller may ${needs.map((n) => n.action.split('/').slice(-2).join('/')).join(', ')}.`,
    );
  });
}
