/** Operations on an existing template, for the CLI's status, logs and cancel commands. */
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from './cloud.js';
import { createClients, describeAzureError, loadClientSdks } from './clients.js';
import { BuildLogs } from './logs.js';
import { cancelBuild } from './run/cancel.js';
import { TAG } from './template.js';
import type { Logger } from './types.js';

export interface TemplateRef {
  subscriptionId: string;
  resourceGroup: string;
  templateName: string;
}

export interface OperationOptions {
  credential: TokenCredential;
  cloud: Cloud;
  logger: Logger;
  signal?: AbortSignal;
}

export interface TemplateStatus {
  templateId: string;
  provisioningState?: string;
  runState?: string;
  runSubState?: string;
  message?: string;
  startTime?: string;
  endTime?: string;
  stagingResourceGroup?: string;
  imageId?: string;
  fingerprint?: string;
}

/** One set of clients and one read of the template, shared by every operation below. */
async function readTemplate(ref: TemplateRef, options: OperationOptions) {
  await loadClientSdks();
  const clients = createClients({
    credential: options.credential,
    cloud: options.cloud,
    subscriptionId: ref.subscriptionId,
  });
  try {
    const template = await clients.imageBuilder.virtualMachineImageTemplates.get(
      ref.resourceGroup,
      ref.templateName,
      { abortSignal: options.signal },
    );
    return { clients, template };
  } catch (e) {
    throw describeAzureError(e, `Reading image template ${ref.templateName}`);
  }
}

export async function templateStatus(ref: TemplateRef, options: OperationOptions): Promise<TemplateStatus> {
  const { template: t } = await readTemplate(ref, options);
  const running = t.lastRunStatus?.runState === 'Running' || t.lastRunStatus?.runState === 'Canceling';
  return {
    templateId: t.id!,
    provisioningState: t.provisioningState,
    runState: t.lastRunStatus?.runState,
    runSubState: t.lastRunStatus?.runSubState,
    message: t.lastRunStatus?.message || undefined,
    startTime: t.lastRunStatus?.startTime?.toISOString(),
    endTime: running ? undefined : t.lastRunStatus?.endTime?.toISOString(),
    stagingResourceGroup: t.exactStagingResourceGroup,
    imageId: (t.distribute?.[0] as { imageId?: string } | undefined)?.imageId,
    fingerprint: t.tags?.[TAG.fingerprint],
  };
}

export async function downloadLogs(
  ref: TemplateRef,
  workDir: string,
  options: OperationOptions,
): Promise<{ logFile?: string; validationLogFile?: string }> {
  const { clients, template } = await readTemplate(ref, options);
  if (!template.exactStagingResourceGroup)
    throw new Error(
      `Image template ${ref.templateName} has no staging resource group (has it been provisioned?).`,
    );
  const logs = new BuildLogs({
    clients,
    credential: options.credential,
    cloud: options.cloud,
    stagingResourceGroupId: template.exactStagingResourceGroup,
    logger: options.logger,
  });
  return logs.copyTo(workDir, options.signal);
}

export async function cancelTemplateBuild(ref: TemplateRef, options: OperationOptions): Promise<boolean> {
  const { clients, template } = await readTemplate(ref, options);
  const runState = template.lastRunStatus?.runState;
  if (runState !== 'Running') {
    options.logger.info(`No build is running on ${ref.templateName} (last run: ${runState ?? 'none'}).`);
    return false;
  }
  return cancelBuild(clients, ref.resourceGroup, ref.templateName, options.logger, template);
}
