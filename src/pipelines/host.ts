/**
 * The Azure Pipelines side of the seam, through azure-pipelines-task-lib: the core's logger (`##[group]` per
 * phase, a neutralised live log tail), the service connection, output variables, the checkpoint (a task
 * variable the post-job step reads), the log upload and the summary tab.
 */
import * as tl from 'azure-pipelines-task-lib';
import { EOL } from 'node:os';
import type { Logger } from '../core/index.js';
import type { ServiceConnection } from './auth.js';
import { drained } from '../core/drain.js';
import { groupedLogger } from '../core/grouped-logger.js';

export const CHECKPOINT_VARIABLE = 'AKS_JUMPBOX_IMAGE_CHECKPOINT';

/** A task variable the post-job step reads (the encoded checkpoint). */
export function saveState(text: string): void {
  tl.setTaskVariable(CHECKPOINT_VARIABLE, text);
}

export function loadState(): string | undefined {
  return tl.getTaskVariable(CHECKPOINT_VARIABLE) || undefined;
}

/** Reads a service connection as the agent passes it (ENDPOINT_URL_/AUTH_/DATA_<id>). */
export function readServiceConnection(id: string): ServiceConnection {
  // getEndpointAuthorization logs only whether the connection exists (getEndpointAuthorizationParameter would log values).
  const auth = tl.getEndpointAuthorization(id, true) as
    { scheme?: string; parameters?: Record<string, string> } | undefined;
  if (!auth?.scheme) {
    throw new Error(
      `Service connection ${id} is not available to the task. Select an Azure Resource Manager service connection in azureSubscription and authorise the pipeline to use it.`,
    );
  }
  const data: Record<string, string> = {};
  const json = process.env[`ENDPOINT_DATA_${id}`];
  if (json) {
    try {
      Object.assign(data, JSON.parse(json) as Record<string, string>);
    } catch {
      // fall back to the per-key variables below
    }
  }
  const prefix = `ENDPOINT_DATA_${id}_`.toUpperCase();
  for (const [key, value] of Object.entries(process.env)) {
    if (
      key.toUpperCase().startsWith(prefix) &&
      value !== undefined &&
      !Object.keys(data).some((k) => k.toUpperCase() === key.slice(prefix.length).toUpperCase())
    ) {
      data[key.slice(prefix.length).toLowerCase()] = value;
    }
  }
  return {
    id,
    url: tl.getEndpointUrl(id, true),
    scheme: auth.scheme,
    parameters: auth.parameters ?? {},
    data,
  };
}

/** The job access token, without printing it (the agent masks it too). */
export function systemAccessToken(): string | undefined {
  const auth = tl.getEndpointAuthorization('SYSTEMVSSCONNECTION', true) as
    { parameters?: Record<string, string> } | undefined;
  const fromJson =
    auth?.parameters && Object.entries(auth.parameters).find(([k]) => k.toLowerCase() === 'accesstoken')?.[1];
  return (
    fromJson || tl.getEndpointAuthorizationParameter('SYSTEMVSSCONNECTION', 'AccessToken', true) || undefined
  );
}

/** Neutralises logging commands in untrusted text: `##vso[` via task-lib's filter, `##[` formatting commands here. */
export function neutralise(text: string): string {
  return text.replace(/##vso\[/gi, '##_vso[').replace(/##\[/g, '##_[');
}

export interface PipelinesLoggerOptions {
  /** Where trusted lines go (default: process.stdout). */
  write?: (text: string) => void;
  /** Where the untrusted live log goes (default: task-lib's writeExternalOutput filter, then stdout). */
  writeUntrusted?: (text: string) => void;
}

/** The core's logger in Azure Pipelines (see groupedLogger for the groups). */
export function createPipelinesLogger(options: PipelinesLoggerOptions = {}): Logger {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const writeUntrusted =
    options.writeUntrusted ??
    ((text: string) => tl.writeExternalOutput(neutralise(text), { source: 'remote' }));
  const line = (text: string) => write(`${text}${EOL}`);
  return groupedLogger({
    startGroup: (name) => line(`##[group]${name.replace(/[\r\n]+/g, ' ')}`),
    endGroup: () => line('##[endgroup]'),
    info: (m) => line(m),
    warning: (m) => tl.warning(m),
    error: (m) => tl.error(m),
    debug: (m) => tl.debug(m),
    untrusted: (block) => {
      const text = block.toString('utf8');
      writeUntrusted((EOL === '\n' ? text : text.replace(/\n/g, EOL)) + EOL);
      return drained(process.stdout);
    },
  });
}
