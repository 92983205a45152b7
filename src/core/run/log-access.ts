/**
 * Whether the identity running this tool can read the build log, found out before POST run (the staging group is
 * known once the template is provisioned): the read that lists the log folders of earlier runs is the probe, so a
 * readable log costs no extra request. When it is refused, the message names the grant (or the
 * `staging-resource-group` setup docs/permissions.md recommends); `require-log: true` stops the run there.
 */
import { armError } from '../clients.js';
import type { BuildLogs } from '../logs.js';
import { BLOB_DATA_READER } from '../permissions/requirements.js';
import { SettingsError } from '../settings.js';
import type { RunContext } from './context.js';

export interface LogAccess {
  /** Log folders of earlier runs (empty when they could not be listed). */
  folders: Set<string>;
  /** Why the caller cannot read the log, and the fix (undefined: readable, or not known to be unreadable). */
  unreadable?: string;
}

function refused(e: unknown): boolean {
  const status = (e as { statusCode?: number }).statusCode ?? armError(e).statusCode;
  const code = (e as { code?: string }).code ?? armError(e).code ?? '';
  return (
    status === 401 ||
    status === 403 ||
    /Authorization/i.test(code) ||
    /^Reading the build log failed/.test((e as Error).message ?? '')
  );
}

const RECOMMENDED = `Recommended: set staging-resource-group to an empty group you create in the template's region and grant the identity ${BLOB_DATA_READER} there (no keys, no subscription-wide rights; aks-jumpbox-image permissions prints the setup, docs/permissions.md).`;

export function logAccessMessage(ctx: RunContext, stagingId: string, detail: string): string {
  const group = stagingId.split('/').pop();
  const custom = Boolean(ctx.settings.stagingResourceGroup);
  const fix = custom
    ? `grant it ${BLOB_DATA_READER} and Reader (or the Role Based Access Control Administrator setup of docs/permissions.md, which includes read) on ${stagingId}`
    : `grant it ${BLOB_DATA_READER} and Reader on ${stagingId} (Image Builder names this group per template, so the grant must follow each new template). ${RECOMMENDED}`;
  return `The identity running this tool cannot read the build log in staging resource group ${group} (${detail}): the live log and the log artifact will be missing. To fix, ${fix}${custom ? '.' : ''}`;
}

/** Lists earlier log folders; a refusal means the log is unreadable (other errors: unknown, not reported). */
export async function probeLogAccess(
  ctx: RunContext,
  logs: BuildLogs,
  stagingId: string,
): Promise<LogAccess> {
  try {
    return { folders: await logs.existingFolders(ctx.signal) };
  } catch (e) {
    if (!refused(e)) return { folders: new Set() };
    const message = (e as Error).message ?? '';
    // The log reader already named the data-plane role and the account (shared keys disabled): keep its words.
    if (/^Reading the build log failed/.test(message))
      return {
        folders: new Set(),
        unreadable: `The identity running this tool cannot read the build log in staging resource group ${stagingId.split('/').pop()}: ${message} ${RECOMMENDED}`,
      };
    const detail = armError(e).code ?? (e as { code?: string }).code ?? 'refused';
    return { folders: new Set(), unreadable: logAccessMessage(ctx, stagingId, detail) };
  }
}

/** Warns (at the start of the build, before POST run); with require-log: true, stops the run with a settings error. */
export function reportLogAccess(ctx: RunContext, access: LogAccess): string | undefined {
  if (!access.unreadable) return undefined;
  if (ctx.settings.requireLog)
    throw new SettingsError(
      `require-log: ${access.unreadable} The build was not started (require-log: false builds without the log).`,
    );
  ctx.logger.warning(access.unreadable);
  return access.unreadable;
}
