/**
 * The `location` setting checked against the subscription's regions (`GET /subscriptions/{id}/locations`), before
 * any write: one request, and only when `location` is set (otherwise the build VNet's location is used as it is).
 * The run makes it after the skip decision, so an unchanged re-run does not (docs/performance.md).
 */
import { listLocations } from '../gallery/locations.js';
import { SettingsError } from '../input-reader.js';
import type { RunContext } from './context.js';

export async function checkLocation(ctx: RunContext): Promise<void> {
  const { settings, logger, signal } = ctx;
  const location = settings.location;
  if (!location) return;
  let known: Set<string>;
  try {
    known = await listLocations(ctx.rest, { subscriptionId: settings.subscriptionId, signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    // Not a reason to stop: Image Builder refuses an unknown region itself, at the template PUT.
    logger.warning(
      `Could not check location ${location} against the regions of subscription ${settings.subscriptionId}: ${(e as Error).message}`,
    );
    return;
  }
  if (!known.size || known.has(location.toLowerCase())) return;
  const name = ctx.options.nameOf?.('location') ?? 'location';
  const some = [...known].sort().slice(0, 4).join(', ');
  throw new SettingsError(
    `${name}: "${location}" is not a region of subscription ${settings.subscriptionId} (expected one of its regions, such as ${some}; az account list-locations -o table lists them).`,
  );
}
