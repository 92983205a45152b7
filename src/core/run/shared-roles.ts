/**
 * Role assignments are shared by every build of one identity (their names are deterministic), so a run revokes only
 * when no other build of that identity still runs: the last one out revokes.
 */
import { sameId } from '../azure-ids.js';
import { armError, type Clients } from '../clients.js';
import { isRunning } from '../template.js';
import type { Logger } from '../types.js';

/** Names of the other templates in the group whose build runs with this identity. */
export async function otherBuildsUsing(
  clients: Clients,
  resourceGroup: string,
  identityId: string,
  ownTemplate: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const names: string[] = [];
  for await (const t of clients.imageBuilder.virtualMachineImageTemplates.listByResourceGroup(resourceGroup, {
    abortSignal: signal,
  })) {
    if (!t.name || t.name.toLowerCase() === ownTemplate.toLowerCase() || !isRunning(t)) continue;
    const identities = Object.keys(t.identity?.userAssignedIdentities ?? {});
    if (identities.some((id) => sameId(id, identityId))) names.push(t.name);
  }
  return names;
}

/** True when the roles may be revoked now; says why not otherwise. Unknown (a failed list) keeps them. */
export async function mayRevoke(
  clients: Clients,
  scope: { resourceGroup: string; identityId: string; ownTemplate: string },
  logger: Logger,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    const others = await otherBuildsUsing(
      clients,
      scope.resourceGroup,
      scope.identityId,
      scope.ownTemplate,
      signal,
    );
    if (!others.length) return true;
    logger.info(
      `Roles are kept: the build on ${others.join(', ')} (another run) still runs with the same identity and needs them; the last run to finish revokes them.`,
    );
    return false;
  } catch (e) {
    logger.warning(
      `Roles are kept: could not check for other builds of the identity (${armError(e).message}).`,
    );
    return false;
  }
}
