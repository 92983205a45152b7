/**
 * Boot-test resources: network interfaces, virtual machines (from a managed image, no public IP), their OS disks,
 * and managed Run Commands (`virtualMachines/{vm}/runCommands/{name}`) with scripted output. Synchronous: every
 * PUT answers 200 with a terminal provisioningState; a Run Command may be held for `delayMs` (to cancel during it).
 */
import { authorize, bodyObject, notFound, requireApiVersion, requireResourceGroup, rgId } from './arm.js';
import type { SimContext } from './context.js';
import { ArmError, type SimRequest, type SimResponse, idKey } from './http.js';
import type { SimState } from './state.js';
import { vnetId } from './state.js';

export interface RunCommandBehaviour {
  exitCode: number;
  output: string;
  error: string;
  /** Hold the Run Command this long before answering. */
  delayMs: number;
}

interface VmStore {
  nics: Map<string, Record<string, unknown>>;
  vms: Map<string, Record<string, unknown>>;
  disks: Map<string, Record<string, unknown>>;
  runCommands: Map<string, Record<string, unknown>>;
  /** Scripts Run Command received, in order. */
  scripts: string[];
  behaviour: RunCommandBehaviour;
}

const stores = new WeakMap<SimState, VmStore>();

/** The simulator's boot-test state (tests read what is left and script the Run Command). */
export function vmStore(state: SimState): VmStore {
  let s = stores.get(state);
  if (!s) {
    s = {
      nics: new Map(),
      vms: new Map(),
      disks: new Map(),
      runCommands: new Map(),
      scripts: [],
      behaviour: { exitCode: 0, output: 'jumpbox: validation passed', error: '', delayMs: 0 },
    };
    stores.set(state, s);
  }
  return s;
}

const json = (body: unknown, status = 200): SimResponse => ({ status, body });
const base = (kind: string) => `/subscriptions/{sub}/resourceGroups/{rg}/providers/${kind}/{name}`;
const idOf = (req: SimRequest, type: string) =>
  `${rgId(req.params.sub!, req.params.rg!)}/providers/${type}/${req.params.name}`;

function subnetExists(ctx: SimContext, subnetId: string): boolean {
  for (const v of ctx.state.virtualNetworks.values())
    for (const s of v.subnets) if (idKey(`${vnetId(v)}/subnets/${s.name}`) === idKey(subnetId)) return true;
  return false;
}

function crud(
  ctx: SimContext,
  type: string,
  kind: string,
  map: (s: VmStore) => Map<string, Record<string, unknown>>,
  create: (req: SimRequest, body: Record<string, unknown>, id: string) => Record<string, unknown>,
): void {
  const { router } = ctx;
  router.add({
    method: 'PUT',
    pattern: base(type),
    kind: `${kind}.put`,
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      const rg = requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const id = idOf(req, type);
      authorize(ctx, req, `${type}/write`, id);
      const resource = create(req, bodyObject(req), id);
      const full = { id, name: req.params.name, type, location: rg.location, ...resource };
      map(vmStore(ctx.state)).set(idKey(id), full);
      return json(full);
    },
  });
  router.add({
    method: 'GET',
    pattern: base(type),
    kind: `${kind}.get`,
    arm: true,
    handler: (req) => {
      const found = map(vmStore(ctx.state)).get(idKey(idOf(req, type)));
      if (!found) throw notFound(type, req.params.name!, req.params.rg!);
      return json(found);
    },
  });
  router.add({
    method: 'DELETE',
    pattern: base(type),
    kind: `${kind}.delete`,
    arm: true,
    handler: (req) => {
      const id = idOf(req, type);
      authorize(ctx, req, `${type}/delete`, id);
      const m = map(vmStore(ctx.state));
      const found = m.get(idKey(id));
      if (!found) return { status: 204 };
      if (type === 'Microsoft.Network/networkInterfaces' && attachedNic(ctx, id))
        throw new ArmError(
          400,
          'NicInUse',
          `Network Interface ${id} is used by an existing virtual machine.`,
        );
      m.delete(idKey(id));
      if (type === 'Microsoft.Compute/virtualMachines') releaseVm(ctx, found);
      return { status: 200 };
    },
  });
}

function attachedNic(ctx: SimContext, nicId: string): boolean {
  for (const vm of vmStore(ctx.state).vms.values())
    if (vmNics(vm).some((n) => idKey(n) === idKey(nicId))) return true;
  return false;
}

function vmNics(vm: Record<string, unknown>): string[] {
  const p = vm.properties as { networkProfile?: { networkInterfaces?: Array<{ id: string }> } };
  return (p.networkProfile?.networkInterfaces ?? []).map((n) => n.id);
}

/** Deleting a VM deletes its OS disk when the disk's deleteOption says so. */
function releaseVm(ctx: SimContext, vm: Record<string, unknown>): void {
  const s = vmStore(ctx.state);
  const os = (vm.properties as { storageProfile: { osDisk: { name: string; deleteOption?: string } } })
    .storageProfile.osDisk;
  if (os.deleteOption === 'Delete') {
    for (const [k, d] of s.disks) if (d.name === os.name) s.disks.delete(k);
  }
  const nics = (
    vm.properties as { networkProfile?: { networkInterfaces?: Array<{ id: string; deleteOption?: string }> } }
  ).networkProfile?.networkInterfaces;
  for (const nic of nics ?? []) if (nic.deleteOption === 'Delete') s.nics.delete(idKey(nic.id));
  for (const k of [...s.runCommands.keys()])
    if (k.startsWith(`${idKey(String(vm.id))}/`)) s.runCommands.delete(k);
}

function createNic(ctx: SimContext, body: Record<string, unknown>): Record<string, unknown> {
  const configs = ((body.properties as Record<string, unknown> | undefined)?.ipConfigurations ??
    []) as Array<{
    properties?: { subnet?: { id?: string }; publicIPAddress?: unknown };
  }>;
  const subnet = configs[0]?.properties?.subnet?.id;
  if (!subnet || !subnetExists(ctx, subnet))
    throw new ArmError(400, 'InvalidResourceReference', `Subnet ${subnet ?? '(none)'} was not found.`);
  if (configs.some((c) => c.properties?.publicIPAddress))
    throw new ArmError(400, 'SimPublicIpRefused', 'The simulator refuses public IPs for boot-test NICs.');
  return {
    properties: { ...(body.properties as object), provisioningState: 'Succeeded' },
    tags: body.tags ?? {},
  };
}

function createVm(ctx: SimContext, req: SimRequest, body: Record<string, unknown>): Record<string, unknown> {
  const p = body.properties as {
    storageProfile?: { imageReference?: { id?: string }; osDisk?: { name?: string } };
    osProfile?: { linuxConfiguration?: { disablePasswordAuthentication?: boolean }; adminPassword?: string };
    networkProfile?: { networkInterfaces?: Array<{ id: string }> };
  };
  const image = p.storageProfile?.imageReference?.id;
  if (!image || !ctx.state.images.has(idKey(image)))
    throw new ArmError(404, 'NotFound', `The image ${image ?? '(none)'} was not found.`);
  for (const nic of p.networkProfile?.networkInterfaces ?? [])
    if (!vmStore(ctx.state).nics.has(idKey(nic.id)))
      throw new ArmError(400, 'InvalidResourceReference', `Network interface ${nic.id} was not found.`);
  if (p.osProfile?.adminPassword || p.osProfile?.linuxConfiguration?.disablePasswordAuthentication !== true)
    throw new ArmError(400, 'SimPasswordRefused', 'The simulator expects password authentication disabled.');
  const diskName = p.storageProfile?.osDisk?.name ?? `${req.params.name}_OsDisk`;
  const diskId = `${rgId(req.params.sub!, req.params.rg!)}/providers/Microsoft.Compute/disks/${diskName}`;
  vmStore(ctx.state).disks.set(idKey(diskId), {
    id: diskId,
    name: diskName,
    type: 'Microsoft.Compute/disks',
  });
  return {
    properties: { ...p, provisioningState: 'Succeeded', vmId: crypto.randomUUID() },
    tags: body.tags ?? {},
  };
}

function registerRunCommands(ctx: SimContext): void {
  const pattern =
    '/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/virtualMachines/{vm}/runCommands/{name}';
  const id = (req: SimRequest) =>
    `${rgId(req.params.sub!, req.params.rg!)}/providers/Microsoft.Compute/virtualMachines/${req.params.vm}/runCommands/${req.params.name}`;
  ctx.router.add({
    method: 'PUT',
    pattern,
    kind: 'runCommands.put',
    arm: true,
    handler: async (req) => {
      requireApiVersion(req);
      const s = vmStore(ctx.state);
      const vmId = `${rgId(req.params.sub!, req.params.rg!)}/providers/Microsoft.Compute/virtualMachines/${req.params.vm}`;
      if (!s.vms.has(idKey(vmId)))
        throw notFound('Microsoft.Compute/virtualMachines', req.params.vm!, req.params.rg!);
      const body = bodyObject(req);
      const script = String((body.properties as { source?: { script?: string } })?.source?.script ?? '');
      s.scripts.push(script);
      const b = s.behaviour;
      if (b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs).unref());
      const resource = {
        id: id(req),
        name: req.params.name,
        type: 'Microsoft.Compute/virtualMachines/runCommands',
        location: (s.vms.get(idKey(vmId)) as { location: string }).location,
        properties: {
          ...(body.properties as object),
          // Like Azure: a script that fails leaves the resource Succeeded unless treatFailureAsDeploymentFailure.
          provisioningState:
            b.exitCode !== 0 &&
            (body.properties as { treatFailureAsDeploymentFailure?: boolean })
              ?.treatFailureAsDeploymentFailure
              ? 'Failed'
              : 'Succeeded',
          instanceView: {
            executionState: b.exitCode === 0 ? 'Succeeded' : 'Failed',
            exitCode: b.exitCode,
            output: b.output,
            error: b.error,
          },
        },
      };
      s.runCommands.set(idKey(resource.id), resource);
      return json(resource);
    },
  });
  ctx.router.add({
    method: 'GET',
    pattern,
    kind: 'runCommands.get',
    arm: true,
    handler: (req) => {
      const found = vmStore(ctx.state).runCommands.get(idKey(id(req)));
      if (!found)
        throw notFound('Microsoft.Compute/virtualMachines/runCommands', req.params.name!, req.params.rg!);
      return json(found);
    },
  });
}

export function registerVms(ctx: SimContext): void {
  crud(
    ctx,
    'Microsoft.Network/networkInterfaces',
    'networkInterfaces',
    (s) => s.nics,
    (_r, b) => createNic(ctx, b),
  );
  crud(
    ctx,
    'Microsoft.Compute/virtualMachines',
    'virtualMachines',
    (s) => s.vms,
    (r, b) => createVm(ctx, r, b),
  );
  crud(
    ctx,
    'Microsoft.Compute/disks',
    'disks',
    (s) => s.disks,
    (_r, b) => ({ properties: b.properties ?? {} }),
  );
  registerRunCommands(ctx);
}
