/** Region, resource providers, resource groups, role definitions, the caller's permissions and the base image. */
import { normalizeId } from '../azure-ids.js';
import { WELL_KNOWN_ROLES } from './fetch.js';
import type { Settings } from '../settings.js';
import { type CallerPermission, type CheckContext, type CheckResult, fail, pass, warn } from './types.js';

const IMAGE_BUILDER = 'Microsoft.VirtualMachineImages';

export function requiredProviders(settings: Settings): string[] {
  const list = [
    IMAGE_BUILDER,
    'Microsoft.Compute',
    'Microsoft.Storage',
    'Microsoft.Network',
    'Microsoft.ManagedIdentity',
  ];
  if (settings.containerInstanceSubnet) list.push('Microsoft.ContainerInstance');
  return list;
}

const sameRegion = (a: string, b: string) =>
  a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();

function actionMatches(pattern: string, action: string): boolean {
  const source = pattern
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i').test(action);
}

/** Whether any of the caller's role assignments grants the action (its NotActions subtracted per role). */
export function permits(permissions: CallerPermission[], action: string): boolean {
  return permissions.some(
    (p) =>
      p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((a) => actionMatches(a, action)),
  );
}

/** Whether any of the caller's role assignments grants the data action (its NotDataActions subtracted per role). */
export function permitsData(permissions: CallerPermission[], action: string): boolean {
  return permissions.some(
    (p) =>
      (p.dataActions ?? []).some((a) => actionMatches(a, action)) &&
      !(p.notDataActions ?? []).some((a) => actionMatches(a, action)),
  );
}

const rgScope = (s: Settings, name: string) => `/subscriptions/${s.subscriptionId}/resourceGroups/${name}`;

export function checkRegion(c: CheckContext): CheckResult {
  const id = 'region';
  const title = 'Region offers Image Builder';
  const providers = c.data.providers;
  if (!providers.value)
    return warn(
      id,
      title,
      `Could not read the resource providers (${providers.error}); cannot tell whether ${c.location} offers Image Builder.`,
    );
  const vmi = providers.value.find((p) => p.namespace?.toLowerCase() === IMAGE_BUILDER.toLowerCase());
  const type = vmi?.resourceTypes?.find((t) => t.resourceType?.toLowerCase() === 'imagetemplates');
  if (!type)
    return fail(
      id,
      title,
      `The subscription lists no ${IMAGE_BUILDER}/imageTemplates resource type: Image Builder is not available to it.`,
    );
  const regions = type.locations ?? [];
  if (!regions.some((l) => sameRegion(l, c.location)))
    return fail(
      id,
      title,
      `Image Builder is not offered in ${c.location}; set location to one of: ${regions.join(', ')}.`,
    );
  return pass(id, title, `${IMAGE_BUILDER}/imageTemplates is offered in ${c.location}.`);
}

/** Providers not registered; the caller may register them when it holds `<namespace>/register/action`. */
export function unregisteredProviders(c: CheckContext): string[] {
  const list = c.data.providers.value ?? [];
  return requiredProviders(c.settings).filter((ns) => {
    const p = list.find((x) => x.namespace?.toLowerCase() === ns.toLowerCase());
    return p?.registrationState !== 'Registered';
  });
}

export function mayRegister(c: CheckContext, namespace: string): boolean {
  const perms = c.data.permissions.get(
    normalizeId(rgScope(c.settings, c.settings.builderResourceGroup)),
  )?.value;
  return Boolean(perms && permits(perms, `${namespace}/register/action`));
}

export function checkProviders(c: CheckContext): CheckResult {
  const id = 'providers';
  const title = 'Resource providers registered';
  if (!c.data.providers.value)
    return warn(id, title, `Could not read the resource providers (${c.data.providers.error}).`);
  const missing = unregisteredProviders(c);
  if (!missing.length) return pass(id, title, `${requiredProviders(c.settings).join(', ')} are registered.`);
  const denied = missing.filter((ns) => !mayRegister(c, ns));
  if (denied.length)
    return fail(
      id,
      title,
      `Not registered: ${missing.join(', ')}; the caller lacks ${denied[0]}/register/action: ask a subscription Contributor to run ${denied.map((ns) => `az provider register --namespace ${ns}`).join(' && ')}.`,
    );
  return warn(
    id,
    title,
    `Not registered: ${missing.join(', ')}; ${c.settings.dryRun ? 'a build registers them' : 'registering them now'} (az provider register --namespace <name>).`,
  );
}

export function checkResourceGroups(c: CheckContext): CheckResult {
  const id = 'resource-groups';
  const title = 'Resource groups exist';
  const s = c.settings;
  const names = [...new Set([s.builderResourceGroup, s.imageResourceGroup].filter((n): n is string => !!n))];
  const reads = names.map((n) => c.data.permissions.get(normalizeId(rgScope(s, n))));
  const missing = names.filter((_, i) => reads[i]?.notFound);
  if (missing.length)
    return fail(
      id,
      title,
      `Resource group ${missing.join(' and ')} does not exist in subscription ${s.subscriptionId}: create it (az group create -n ${missing[0]} -l ${c.location}); builder-resource-group and image-resource-group must exist.`,
    );
  const unknown = names.filter((_, i) => !reads[i]?.value);
  if (unknown.length)
    return warn(
      id,
      title,
      `Could not tell whether ${unknown.join(' and ')} exist (${reads.find((r) => r?.error)?.error ?? 'not read'}).`,
    );
  return pass(id, title, `${names.join(' and ')} exist.`);
}

export function checkRoleDefinitions(c: CheckContext): CheckResult {
  const id = 'role-definitions';
  const title = 'Role definitions exist';
  const s = c.settings;
  if (s.createCustomRoles)
    return pass(id, title, 'create-custom-roles: the run creates or reuses its custom roles.');
  const named: Array<[string, string]> = [
    ['network-role-id', s.networkRole.id],
    ['image-role-id', s.imageRole.id],
  ];
  for (const [input, roleId] of named) {
    if (WELL_KNOWN_ROLES.has(roleId.split('/').pop()!)) continue;
    const read = c.data.roleDefinitions.get(roleId);
    if (read?.notFound)
      return fail(
        id,
        title,
        `Role definition ${roleId.split('/').pop()} (${input}) does not exist in this subscription: check ${input}.`,
      );
    if (!read?.value)
      return warn(
        id,
        title,
        `Could not read role definition ${roleId.split('/').pop()} (${input}): ${read?.error ?? 'not read'}.`,
      );
  }
  return pass(
    id,
    title,
    `network-role-id ${s.networkRole.guid} and image-role-id ${s.imageRole.guid} exist${named.every(([, r]) => WELL_KNOWN_ROLES.has(r.split('/').pop()!)) ? ' (built-in roles: the same id everywhere)' : ''}.`,
  );
}

export function checkBaseImage(c: CheckContext): CheckResult {
  const id = 'base-image';
  const title = 'Base image';
  const b = c.baseImage;
  const ref = `${b.publisher}:${b.offer}:${b.sku}:${b.version}`;
  const read = c.data.baseImage;
  if (read.notFound)
    return fail(
      id,
      title,
      `Base image ${ref} is not offered in ${c.location}: check base-image (az vm image list -l ${c.location} -p ${b.publisher} -f ${b.offer} -s ${b.sku} --all).`,
    );
  if (!read.value) return warn(id, title, `Could not read base image ${ref}: ${read.error}.`);
  const plan = read.value.plan;
  if (plan?.name)
    return fail(
      id,
      title,
      `Base image ${ref} has a Marketplace purchase plan (${plan.publisher}/${plan.product}/${plan.name}) whose terms must be accepted (az vm image terms accept --urn ${ref}) and which this tool does not pass to Image Builder (planInfo): choose an image without a plan.`,
    );
  return pass(id, title, `${ref} exists in ${c.location} (no purchase plan).`);
}
