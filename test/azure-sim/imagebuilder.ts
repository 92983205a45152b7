/**
 * Microsoft.VirtualMachineImages/imageTemplates at api-version 2025-10-01, with a build engine that moves
 * `lastRunStatus` through Queued -> Building -> Customizing -> (Optimizing) -> (Validating) -> Distributing and
 * writes a Packer-style customization log into the staging storage account (Azurite) as it goes.
 */
import { randomUUID } from 'node:crypto';
import { authorize, bodyObject, notFound, requireApiVersion, requireResourceGroup, rgId } from './arm.js';
import type { SimContext } from './context.js';
import { ArmError, type SimRequest, type SimResponse, idKey } from './http.js';
import { simulatedStepOutput } from './sbom.js';
import {
  answeredId,
  resolveOnProvision,
  stagingResourceGroupName,
  templateBody,
  withServiceDefaults,
} from './imagebuilder-shape.js';
import {
  internalOperationError,
  takeHiddenRunStatusRead,
  hideRunStatusAfterRun,
} from './imagebuilder-quirks.js';
import { applyPatch, networkProblem } from './imagebuilder-rules.js';
import { blockLogWriter } from './log-writer.js';
import { validateImageTemplate } from './schema.js';
import { checkSharedImageTargets, distributeToGallery } from './galleries.js';
import { checkStagingAtPut, customStagingGroup } from './staging.js';
import {
  type BuildPhase,
  type ImageTemplate,
  type Operation,
  type RunStatus,
  roleAllows,
  scopeContains,
} from './state.js';

export const IMAGE_BUILDER_API_VERSION = '2025-10-01';
const ZERO_TIME = '0001-01-01T00:00:00Z';
const PROVIDER = 'Microsoft.VirtualMachineImages';

export function registerImageBuilder(ctx: SimContext): void {
  const { router, state } = ctx;
  const base = `/subscriptions/{sub}/resourceGroups/{rg}/providers/${PROVIDER}/imageTemplates`;
  const idOf = (req: SimRequest) =>
    `${rgId(req.params.sub!, req.params.rg!)}/providers/${PROVIDER}/imageTemplates/${req.params.name}`;
  const find = (req: SimRequest) => {
    requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
    const t = state.templates.get(idKey(idOf(req)));
    if (!t) throw notFound(`${PROVIDER}/imageTemplates`, req.params.name!, req.params.rg!);
    return t;
  };
  const opUrl = (op: Operation) =>
    `${ctx.origin()}/subscriptions/${op.subscriptionId}/providers/${PROVIDER}/locations/${op.location}/operations/${op.name.toLowerCase()}?api-version=${IMAGE_BUILDER_API_VERSION}`;
  const newOp = (t: ImageTemplate): Operation => {
    const name = randomUUID().toUpperCase();
    const op: Operation = {
      id: `/subscriptions/${t.subscriptionId}/providers/${PROVIDER}/locations/${t.location}/operations/${name}`,
      name,
      location: t.location,
      subscriptionId: t.subscriptionId,
      status: 'InProgress',
      startTime: new Date().toISOString(),
    };
    state.operations.set(name.toLowerCase(), op);
    return op;
  };
  const finishOp = (op: Operation, status: Operation['status'], error?: Operation['error']) => {
    op.status = status;
    op.endTime = new Date().toISOString();
    if (error) op.error = error;
  };

  router.add({
    method: 'PUT',
    pattern: `${base}/{name}`,
    kind: 'imageTemplates.put',
    arm: true,
    handler: async (req) => {
      requireApiVersion(req);
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const id = idOf(req);
      authorize(ctx, req, `${PROVIDER}/imageTemplates/write`, id);
      if (!/^[A-Za-z0-9-_.]{1,64}$/.test(req.params.name!)) {
        throw new ArmError(
          400,
          'InvalidTemplateName',
          `The template name '${req.params.name}' is invalid: it must match ^[A-Za-z0-9-_.]{1,64}$.`,
        );
      }
      internalOperationError(ctx);
      const refuseExisting = () => {
        if (!state.templates.has(idKey(id))) return;
        throw new ArmError(
          409,
          'Conflict',
          'Update/Upgrade of image templates is currently not supported. Please change the name of the template you are submitting. If you have previously tried to submit a template and it failed to provision, you must delete it first and then resubmit. For more information, go to https://aka.ms/azvmimagebuilderts.',
        );
      };
      refuseExisting();
      const body = bodyObject(req);
      const result = await validateImageTemplate(body);
      // Again after the (asynchronous) validation: two PUTs arriving together create one template, as ARM does.
      refuseExisting();
      if (!result.valid) {
        throw new ArmError(
          400,
          'ValidationFailed',
          `Validation failed: ${result.errors.join('; ')}. Please review http://aka.ms/azvmimagebuildertmplref for details on fields requirements in the Image Builder Template.`,
        );
      }
      const properties = structuredClone(body.properties as Record<string, unknown>);
      for (const ro of [
        'provisioningState',
        'provisioningError',
        'lastRunStatus',
        'exactStagingResourceGroup',
      ])
        delete properties[ro];
      const identity = body.identity as ImageTemplate['identity'];
      semanticChecks(ctx, properties, identity);
      checkSharedImageTargets(ctx, properties);
      checkStagingAtPut(ctx, properties, String(body.location));
      const template: ImageTemplate = {
        id,
        name: req.params.name!,
        subscriptionId: req.params.sub!,
        resourceGroup: req.params.rg!,
        location: String(body.location),
        tags: (body.tags as Record<string, string>) ?? {},
        identity: {
          type: identity.type,
          userAssignedIdentities: Object.fromEntries(
            Object.keys(identity.userAssignedIdentities).map((k) => [k, {}]),
          ),
        },
        properties: withServiceDefaults(properties),
        provisioningState: 'Creating',
        runOutputs: new Map(),
        runs: [],
      };
      state.templates.set(idKey(id), template);
      const op = newOp(template);
      setTimeout(() => provision(ctx, template, op, finishOp), state.build.provisionDelayMs).unref();
      return {
        status: 201,
        headers: { 'azure-asyncoperation': opUrl(op) },
        body: templateBody(ctx, template),
      };
    },
  });

  router.add({
    method: 'GET',
    pattern: `${base}/{name}`,
    kind: 'imageTemplates.get',
    arm: true,
    handler: (req) => {
      const t = find(req);
      return { status: 200, body: templateBody(ctx, t, takeHiddenRunStatusRead(t)) };
    },
  });

  router.add({
    method: 'GET',
    pattern: base,
    kind: 'imageTemplates.list',
    arm: true,
    handler: (req) => {
      const rg = requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const value = [...state.templates.values()]
        .filter((t) => scopeContains(rg.id, t.id))
        .map((t) => templateBody(ctx, t));
      return { status: 200, body: { value } };
    },
  });

  router.add({
    method: 'PATCH',
    pattern: `${base}/{name}`,
    kind: 'imageTemplates.patch',
    arm: true,
    handler: (req) => {
      const t = find(req);
      authorize(ctx, req, `${PROVIDER}/imageTemplates/write`, t.id);
      applyPatch(t, bodyObject(req));
      return { status: 200, body: templateBody(ctx, t) };
    },
  });

  router.add({
    method: 'DELETE',
    pattern: `${base}/{name}`,
    kind: 'imageTemplates.delete',
    arm: true,
    handler: (req) => {
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const t = state.templates.get(idKey(idOf(req)));
      if (!t) return { status: 204 };
      authorize(ctx, req, `${PROVIDER}/imageTemplates/delete`, t.id);
      const runState = t.lastRunStatus?.runState;
      if (runState === 'Running' || runState === 'Canceling') {
        throw new ArmError(
          409,
          'OperationNotAllowed',
          `Operation 'Microsoft.VirtualMachineImages/imageTemplates/delete' is not allowed in provisioningState: 'provisioned', runState: '${runState.toLowerCase()}'`,
        );
      }
      if (t.provisioningState === 'Creating' || t.provisioningState === 'Deleting') {
        throw new ArmError(
          409,
          'OperationNotAllowed',
          `Operation 'DELETE' is not allowed in provisioningState: '${t.provisioningState.toLowerCase()}'`,
        );
      }
      t.provisioningState = 'Deleting';
      const op = newOp(t);
      setTimeout(() => {
        void removeTemplate(ctx, t).then(() => finishOp(op, 'Succeeded'));
      }, state.build.deleteDelayMs).unref();
      return { status: 202, headers: { 'azure-asyncoperation': opUrl(op), location: opUrl(op) } };
    },
  });

  router.add({
    method: 'POST',
    pattern: `${base}/{name}/run`,
    kind: 'imageTemplates.run',
    arm: true,
    handler: (req) => {
      const t = find(req);
      authorize(ctx, req, `${PROVIDER}/imageTemplates/run/action`, t.id);
      if (t.provisioningState !== 'Succeeded') {
        throw new ArmError(
          409,
          'OperationNotAllowed',
          `Operation 'Microsoft.VirtualMachineImages/imageTemplates/run/action' is not allowed in provisioningState: '${t.provisioningState.toLowerCase()}'`,
        );
      }
      if (t.lastRunStatus?.runState === 'Running' || t.lastRunStatus?.runState === 'Canceling') {
        throw new ArmError(
          409,
          'OperationNotAllowed',
          `Operation 'Microsoft.VirtualMachineImages/imageTemplates/run/action' is not allowed in provisioningState: 'provisioned', runState: '${t.lastRunStatus.runState.toLowerCase()}'`,
        );
      }
      const op = newOp(t);
      startBuild(ctx, t, op, finishOp);
      hideRunStatusAfterRun(ctx, t);
      return { status: 202, headers: { 'azure-asyncoperation': opUrl(op), location: opUrl(op) } };
    },
  });

  router.add({
    method: 'POST',
    pattern: `${base}/{name}/cancel`,
    kind: 'imageTemplates.cancel',
    arm: true,
    handler: (req) => {
      const t = find(req);
      authorize(ctx, req, `${PROVIDER}/imageTemplates/cancel/action`, t.id);
      if (!t.run || t.lastRunStatus?.runState !== 'Running') {
        throw new ArmError(
          409,
          'OperationNotAllowed',
          `Operation 'Microsoft.VirtualMachineImages/imageTemplates/cancel/action' is not allowed in provisioningState: 'provisioned', runState: '${(t.lastRunStatus?.runState ?? 'none').toLowerCase()}'`,
        );
      }
      const op = newOp(t);
      cancelBuild(ctx, t, () => finishOp(op, 'Succeeded'), finishOp);
      return { status: 202, headers: { 'azure-asyncoperation': opUrl(op), location: opUrl(op) } };
    },
  });

  router.add({
    method: 'GET',
    pattern: `${base}/{name}/runOutputs`,
    kind: 'runOutputs.list',
    arm: true,
    handler: (req) => {
      const t = find(req);
      const value = [...t.runOutputs.entries()].map(([name, o]) => runOutputBody(t, name, o));
      return { status: 200, body: { value } };
    },
  });
  router.add({
    method: 'GET',
    pattern: `${base}/{name}/runOutputs/{output}`,
    kind: 'runOutputs.get',
    arm: true,
    handler: (req) => {
      const t = find(req);
      const o = t.runOutputs.get(req.params.output!);
      if (!o)
        throw notFound(
          `${PROVIDER}/imageTemplates/runOutputs`,
          `${t.name}/${req.params.output}`,
          t.resourceGroup,
        );
      return { status: 200, body: runOutputBody(t, req.params.output!, o) };
    },
  });

  router.add({
    method: 'GET',
    pattern: `/subscriptions/{sub}/providers/${PROVIDER}/locations/{loc}/operations/{op}`,
    kind: 'operations.get',
    arm: true,
    handler: (req): SimResponse => {
      const op = state.operations.get(req.params.op!.toLowerCase());
      if (!op) throw new ArmError(404, 'NotFound', `Operation ${req.params.op} was not found.`);
      // Recorded: 200 whatever the status, no Retry-After, no id.
      const body = {
        name: op.name,
        status: op.status,
        startTime: op.startTime,
        ...(op.endTime ? { endTime: op.endTime } : {}),
        ...(op.error ? { error: op.error } : {}),
      };
      return { status: 200, body };
    },
  });
}

function runOutputBody(
  t: ImageTemplate,
  name: string,
  o: { artifactId?: string; artifactUri?: string; provisioningState: string },
) {
  return {
    id: `${answeredId(t.id)}/runOutputs/${name}`,
    name,
    type: `${PROVIDER}/imageTemplates/runOutputs`,
    properties: {
      ...(o.artifactId ? { artifactId: o.artifactId } : {}),
      ...(o.artifactUri ? { artifactUri: o.artifactUri } : {}),
      provisioningState: o.provisioningState,
    },
  };
}

function semanticChecks(
  ctx: SimContext,
  properties: Record<string, unknown>,
  identity: ImageTemplate['identity'],
): void {
  const fail = (msg: string) => new ArmError(400, 'ValidationFailed', `Validation failed: ${msg}`);
  const keys = Object.keys(identity?.userAssignedIdentities ?? {});
  if (identity?.type !== 'UserAssigned' || keys.length !== 1) {
    throw fail("'ImageTemplate.identity': exactly one user-assigned identity must be specified.");
  }
  if (!ctx.state.identities.get(idKey(keys[0]!))) {
    throw fail(`'ImageTemplate.identity': the user-assigned identity '${keys[0]}' was not found.`);
  }
  const vmProfile = (properties.vmProfile ?? {}) as Record<string, unknown>;
  const vnet = (vmProfile.vnetConfig ?? {}) as Record<string, string | undefined>;
  if (vnet.containerInstanceSubnetId && !vnet.subnetId)
    throw fail("'vnetConfig.containerInstanceSubnetId' requires 'vnetConfig.subnetId'.");
  if (vnet.containerInstanceSubnetId && vnet.proxyVmSize)
    throw fail("'vnetConfig.proxyVmSize' must not be set with 'containerInstanceSubnetId'.");
  for (const subnetId of [vnet.subnetId, vnet.containerInstanceSubnetId]) {
    if (subnetId && !findSubnet(ctx, subnetId))
      throw fail(`'vnetConfig': subnet '${subnetId}' was not found.`);
  }
  for (const d of (properties.distribute ?? []) as Array<Record<string, string>>) {
    if (d.type === 'ManagedImage') {
      const rg = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+/i.exec(d.imageId ?? '')?.[0];
      if (!rg || !ctx.state.resourceGroups.has(idKey(rg))) {
        throw fail(
          `'ImageTemplate.properties.distribute[0]': the resource group of imageId '${d.imageId}' does not exist.`,
        );
      }
    }
  }
}

function findSubnet(ctx: SimContext, subnetId: string) {
  const m = /^(.*\/virtualNetworks\/[^/]+)\/subnets\/([^/]+)$/i.exec(subnetId);
  if (!m) return undefined;
  const vnet = ctx.state.virtualNetworks.get(idKey(m[1]!));
  return vnet?.subnets.find((s) => s.name.toLowerCase() === m[2]!.toLowerCase());
}

function principalOf(ctx: SimContext, t: ImageTemplate): string | undefined {
  const key = Object.keys(t.identity.userAssignedIdentities)[0];
  return key ? ctx.state.identities.get(idKey(key))?.principalId : undefined;
}

/** Whether the principal has a role assignment granting `action` at (or above) `scope`. */
export function principalCan(ctx: SimContext, principalId: string, action: string, scope: string): boolean {
  return [...ctx.state.roleAssignments.values()].some((a) => {
    if (a.principalId !== principalId || !scopeContains(a.scope, scope)) return false;
    const role = ctx.state.roleDefinitions.get(a.roleDefinitionId.split('/').pop()!.toLowerCase());
    return role ? roleAllows(role, action) : false;
  });
}

type FinishOp = (op: Operation, status: Operation['status'], error?: Operation['error']) => void;

function provision(ctx: SimContext, t: ImageTemplate, op: Operation, finishOp: FinishOp): void {
  if (!ctx.state.templates.has(idKey(t.id))) return;
  const principal = principalOf(ctx, t);
  const vnet = ((t.properties.vmProfile as Record<string, unknown> | undefined)?.vnetConfig ?? {}) as Record<
    string,
    string
  >;
  for (const subnetId of [vnet.subnetId, vnet.containerInstanceSubnetId].filter(Boolean)) {
    const vnetScope = subnetId!.replace(/\/subnets\/[^/]+$/i, '');
    if (
      !principal ||
      !principalCan(ctx, principal, 'Microsoft.Network/virtualNetworks/subnets/join/action', subnetId!)
    ) {
      const message = `The template identity does not have permission 'Microsoft.Network/virtualNetworks/subnets/join/action' on '${vnetScope}'. Grant it a role with this action on the virtual network.`;
      t.provisioningState = 'Failed';
      t.provisioningError = { provisioningErrorCode: 'Other', message };
      finishOp(op, 'Failed', { code: 'ValidationFailed', message });
      return;
    }
  }
  const network = networkProblem(ctx, t);
  if (network) {
    t.provisioningState = 'Failed';
    t.provisioningError = { provisioningErrorCode: 'Other', message: network };
    finishOp(op, 'Failed', { code: 'ValidationFailed', message: network });
    return;
  }
  resolveOnProvision(ctx, t);
  const custom = customStagingGroup(ctx, t, (a, s) => !!principal && principalCan(ctx, principal, a, s));
  if (typeof custom === 'string') {
    t.provisioningState = 'Failed';
    t.provisioningError = { provisioningErrorCode: 'Other', message: custom };
    finishOp(op, 'Failed', { code: 'ValidationFailed', message: custom });
    return;
  }
  t.stagingPreexisting = custom?.preexisting;
  const stagingId =
    custom?.id ??
    ctx.state.addResourceGroup(
      t.subscriptionId,
      stagingResourceGroupName(t.resourceGroup, t.name),
      t.location,
      {
        createdBy: 'AzureVMImageBuilder',
        imageTemplateName: t.name,
        imageTemplateResourceGroupName: t.resourceGroup,
      },
    );
  const used = new Set([...ctx.state.storageAccounts.values()].map((a) => a.name));
  const pool = ctx.blobs().accounts;
  const acct = pool.find((a) => !used.has(a.name)) ?? pool[ctx.state.templates.size % pool.length]!;
  const account = {
    id: `${stagingId}/providers/Microsoft.Storage/storageAccounts/${acct.name}`,
    name: acct.name,
    key: acct.key,
    location: t.location,
    resourceGroupId: stagingId,
  };
  ctx.state.storageAccounts.set(idKey(account.id), account);
  t.exactStagingResourceGroup = stagingId;
  t.stagingAccount = account;
  t.provisioningState = 'Succeeded';
  finishOp(op, 'Succeeded');
}

async function removeTemplate(ctx: SimContext, t: ImageTemplate): Promise<void> {
  ctx.state.templates.delete(idKey(t.id));
  if (t.exactStagingResourceGroup && !t.stagingPreexisting)
    ctx.state.resourceGroups.delete(idKey(t.exactStagingResourceGroup));
  if (t.stagingAccount) {
    ctx.state.storageAccounts.delete(idKey(t.stagingAccount.id));
    for (const folder of t.runs)
      await ctx
        .blobs()
        .deleteBlobs(t.stagingAccount.name, 'packerlogs', `${folder}/`)
        .catch(() => undefined);
  }
}

interface Phase {
  name: BuildPhase;
  lines: string[];
  /** Customize steps are reported one by one inside the Customizing phase. */
  steps?: Array<{ name: string; type: string; lines: string[]; output?: string[] }>;
}

function buildPhases(t: ImageTemplate): Phase[] {
  const p = t.properties;
  const customize = (p.customize ?? []) as Array<Record<string, unknown>>;
  const validate = p.validate as { inVMValidations?: Array<Record<string, unknown>> } | undefined;
  const optimize = (p.optimize as { vmBoot?: { state?: string } } | undefined)?.vmBoot?.state === 'Enabled';
  const source = p.source as Record<string, string>;
  const vm = (p.vmProfile ?? {}) as Record<string, unknown>;
  const phases: Phase[] = [
    { name: 'Queued', lines: ['Build queued.'] },
    {
      name: 'Building',
      lines: [
        `==> azure-arm: Running builder ...`,
        `==> azure-arm: Creating resource group ...`,
        `==> azure-arm:  -> Location          : '${t.location}'`,
        `==> azure-arm:  -> Image Publisher   : '${source.publisher ?? ''}'`,
        `==> azure-arm:  -> Image Offer       : '${source.offer ?? ''}'`,
        `==> azure-arm:  -> Image SKU         : '${source.sku ?? ''}'`,
        `==> azure-arm:  -> Image Version     : '${source.version ?? ''}'`,
        `==> azure-arm:  -> VM Size           : '${String(vm.vmSize || 'Standard_D2ds_v4')}'`,
        `==> azure-arm: Waiting for SSH to become available...`,
        `==> azure-arm: Connected to SSH!`,
      ],
    },
    {
      name: 'Customizing',
      lines: [],
      steps: customize.map((c, i) => ({
        name: String(c.name ?? `step${i}`),
        type: String(c.type),
        lines: (Array.isArray(c.inline)
          ? (c.inline as string[])
          : [`<${String(c.scriptUri ?? c.sourceUri ?? '')}>`]
        )
          .flatMap((l) => String(l).split('\n'))
          .slice(0, 40)
          .map((l) => `    azure-arm: + ${l}`),
        output: simulatedStepOutput(c),
      })),
    },
  ];
  if (optimize)
    phases.push({ name: 'Optimizing', lines: ['==> azure-arm: Optimizing the image for faster boot ...'] });
  if (validate?.inVMValidations?.length) {
    phases.push({
      name: 'Validating',
      lines: validate.inVMValidations.map(
        (v, i) => `==> azure-arm: Running validation ${String(v.name ?? i)} ...`,
      ),
    });
  }
  phases.push({
    name: 'Distributing',
    lines: ['==> azure-arm: Capturing image ...', '==> azure-arm: Deleting the temporary resource group ...'],
  });
  return phases;
}

function startBuild(ctx: SimContext, t: ImageTemplate, op: Operation, finishOp: FinishOp): void {
  const behaviour = { ...ctx.state.build };
  const logFolder = randomUUID();
  const packerOperationId = randomUUID().slice(0, 8);
  t.runs.push(logFolder);
  t.run = { operationId: op.name, logFolder, packerOperationId, timers: [], cancelled: false };
  const status: RunStatus = {
    startTime: new Date().toISOString(),
    endTime: ZERO_TIME,
    runState: 'Running',
    runSubState: 'Queued',
    message: '',
  };
  t.lastRunStatus = status;

  const account = t.stagingAccount!;
  const logBlob = `${logFolder}/customization.log`;
  const logLocation = `${t.exactStagingResourceGroup}/providers/Microsoft.Storage/storageAccounts/${account.name}/blobServices/default/containers/packerlogs/${logBlob}`;
  let log = '';
  let validationLog = '';
  let writes: Promise<void> = Promise.resolve();
  // The log blob only grows: each flush appends a block (log-writer.ts).
  const logWriter = blockLogWriter(() => ctx.blobs(), account.name, 'packerlogs', logBlob);
  const flush = () => {
    const text = log;
    const vtext = validationLog;
    writes = writes
      .then(() => logWriter.sync(text))
      .then(() =>
        vtext
          ? ctx.blobs().writeText(account.name, 'packerlogs', `${logFolder}/validation.log`, vtext)
          : undefined,
      )
      .catch(() => undefined);
  };
  const out = (line: string) => (log += `[${packerOperationId}] PACKER OUT ${line}\n`);
  const err = (line: string) => (log += `[${packerOperationId}] PACKER ERR ${line}\n`);
  log += `${new Date().toISOString()} Azure VM Image Builder build started. OperationId: ${op.name}\n`;

  const phases = buildPhases(t);
  const failAt: BuildPhase | undefined =
    behaviour.outcome === 'Failed'
      ? (behaviour.failAt ?? 'Customizing')
      : behaviour.outcome === 'Timeout'
        ? 'Customizing'
        : undefined;
  const events: Array<() => boolean> = [];

  const finish = (state: RunStatus['runState'], message: string, error?: Operation['error']) => {
    // Like Image Builder, the logs are exported before the run reports its final state.
    log += `Done exporting Packer logs to Azure Storage.\n`;
    flush();
    const run = t.run;
    // Bounded: a slow blob write (a loaded machine) must not keep the run from ending.
    const exported = behaviour.bigLog
      ? writes
      : Promise.race([writes, new Promise<void>((r) => setTimeout(r, 2000).unref())]);
    void exported.then(() => {
      if (t.run !== run || run?.cancelled) return;
      status.runState = state;
      delete status.runSubState;
      status.endTime = new Date().toISOString();
      status.message = message;
      t.run = undefined;
      finishOp(
        op,
        state === 'Succeeded' || state === 'PartiallySucceeded'
          ? 'Succeeded'
          : state === 'Canceled'
            ? 'Canceled'
            : 'Failed',
        error,
      );
    });
  };
  const failure = (phase: BuildPhase) => {
    const timeout = behaviour.outcome === 'Timeout';
    err(
      timeout
        ? `==> azure-arm: Build was cancelled: timeout of ${String(t.properties.buildTimeoutInMinutes ?? 240)} minutes reached.`
        : `==> azure-arm: Script exited with non-zero exit status: 100. Allowed exit codes are: [0]`,
    );
    err(
      `Build 'azure-arm' errored after ${Math.round((Date.now() - Date.parse(status.startTime)) / 1000)}s: phase ${phase} failed`,
    );
    const message = timeout
      ? `Failed while waiting for packerizer: Timeout waiting for microservice to complete: 'context deadline exceeded'`
      : `Failed while waiting for packerizer: Microservice has failed: Failed while processing request: Error when executing packerizer: Packer build command has failed: exit status 1. During the image build, a failure has occurred, please review the build log to identify which build/customization step failed. For more troubleshooting steps go to https://aka.ms/azvmimagebuilderts. Image Build log location: ${logLocation}. OperationId: ${op.name}. Use this operationId to search packer logs.`;
    finish('Failed', message, {
      code: 'PackerBuildFailed',
      message: `During the image build a failure has occurred. Packer build logs are at location ${logLocation}. Use this operationId ${op.name} to search packer logs. For more troubleshooting steps go to https://aka.ms/azvmimagebuilderts.`,
    });
  };

  for (const phase of phases) {
    events.push(() => {
      status.runSubState = phase.name;
      for (const l of phase.lines) out(l);
      if (phase.name === 'Validating') {
        validationLog += phase.lines.map((l) => `[${packerOperationId}] PACKER OUT ${l}\n`).join('');
      }
      if (phase.name === failAt && !phase.steps?.length) {
        failure(phase.name);
        return false;
      }
      if (phase.name === 'Distributing') {
        const problem = distribute(ctx, t);
        if (problem) {
          err(`==> azure-arm: ${problem}`);
          finish('Failed', `Failed in distributing 1 images out of total 1: ${problem}`, {
            code: 'DistributeFailed',
            message: problem,
          });
          return false;
        }
      }
      flush();
      return true;
    });
    // A failing phase fails at its last step before the SBOM step (which runs only after every customizer passed).
    const steps = phase.steps ?? [];
    const failIndex = steps.map((s) => !/sbom/i.test(s.name)).lastIndexOf(true);
    for (const [i, step] of steps.entries()) {
      if (i > 0) events.push(() => true);
      const last = i === steps.length - 1;
      events.push(() => {
        log += `(telemetry) Starting provisioner ${step.type.toLowerCase()}\n`;
        out(`==> azure-arm: Provisioning with ${step.type.toLowerCase()} script: ${step.name}`);
        for (const l of step.lines) out(l);
        for (const l of step.output ?? []) out(`    azure-arm: ${l}`);
        if (phase.name === failAt && i === failIndex) {
          failure(phase.name);
          return false;
        }
        log += `(telemetry) ending ${step.type.toLowerCase()}\n`;
        if (last) for (const l of behaviour.extraLogLines) out(`    azure-arm: ${l}`);
        flush();
        const big = last && phase.name === 'Customizing' && behaviour.bigLog;
        if (big)
          writes = writes
            .then(() => logWriter.generate(big, `[${packerOperationId}] PACKER OUT `))
            .catch(() => undefined);
        return true;
      });
    }
  }
  events.push(() => {
    const partial = behaviour.outcome === 'PartiallySucceeded';
    out(
      `Build 'azure-arm' finished after ${Math.round((Date.now() - Date.parse(status.startTime)) / 1000)} seconds.`,
    );
    finish(
      partial ? 'PartiallySucceeded' : 'Succeeded',
      partial
        ? 'Failed in distributing 1 images out of total 2: replication to a target region timed out.'
        : '',
    );
    return false;
  });

  let index = 0;
  const next = () => {
    if (!t.run || t.run.cancelled) return;
    const ok = events[index++]!();
    if (ok && index < events.length) schedule();
  };
  const schedule = () => {
    // Every event (phase change, customize step, final state) gets an equal share of the configured duration.
    const timer = setTimeout(next, index === 0 ? 0 : behaviour.durationMs / Math.max(1, events.length - 1));
    timer.unref();
    t.run?.timers.push(timer);
  };
  t.run.hurry = (durationMs) => {
    if (!t.run || t.run.cancelled) return;
    behaviour.durationMs = durationMs;
    for (const timer of t.run.timers) clearTimeout(timer);
    t.run.timers = [];
    schedule();
  };
  schedule();
}

function distribute(ctx: SimContext, t: ImageTemplate): string | undefined {
  const principal = principalOf(ctx, t);
  const targets = (t.properties.distribute ?? []) as Array<Record<string, unknown>>;
  for (const d of targets) {
    const tags = (d.artifactTags as Record<string, string>) ?? {};
    if (d.type === 'ManagedImage') {
      const imageId = String(d.imageId);
      const rg = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+/i.exec(imageId)![0];
      if (!principal || !principalCan(ctx, principal, 'Microsoft.Compute/images/write', imageId)) {
        return `AuthorizationFailed: the template identity does not have authorization to perform action 'Microsoft.Compute/images/write' over scope '${rg}'.`;
      }
      const name = imageId.split('/').pop()!;
      ctx.state.images.set(idKey(imageId), {
        id: imageId,
        name,
        location: String(d.location ?? t.location),
        tags,
        sourceTemplateId: t.id,
      });
      t.runOutputs.set(String(d.runOutputName), { artifactId: imageId, provisioningState: 'Succeeded' });
    } else if (d.type === 'SharedImage') {
      const galleryImageId = String(d.galleryImageId);
      if (
        !principal ||
        !principalCan(ctx, principal, 'Microsoft.Compute/galleries/images/versions/write', galleryImageId)
      ) {
        return `AuthorizationFailed: the template identity does not have authorization to perform action 'Microsoft.Compute/galleries/images/versions/write' over scope '${galleryImageId}'.`;
      }
      const problem = distributeToGallery(ctx, t, d);
      if (problem) return problem;
    } else if (d.type === 'VHD') {
      t.runOutputs.set(String(d.runOutputName), {
        artifactUri: `${ctx.blobs().endpoint(t.stagingAccount!.name)}vhds/${t.name}.vhd`,
        provisioningState: 'Succeeded',
      });
    }
  }
  return undefined;
}

function cancelBuild(ctx: SimContext, t: ImageTemplate, done: () => void, finishOp: FinishOp): void {
  const run = t.run!;
  run.cancelled = true;
  for (const timer of run.timers) clearTimeout(timer);
  const status = t.lastRunStatus!;
  status.runState = 'Canceling';
  const timer = setTimeout(() => {
    status.runState = 'Canceled';
    delete status.runSubState;
    status.endTime = new Date().toISOString();
    status.message = 'Build was canceled by the user.';
    t.run = undefined;
    const op = ctx.state.operations.get(run.operationId.toLowerCase());
    if (op) finishOp(op, 'Canceled', { code: 'BuildCanceled', message: 'The build was canceled.' });
    done();
  }, ctx.state.build.cancelDelayMs);
  timer.unref();
}
