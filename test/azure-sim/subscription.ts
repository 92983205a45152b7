/** `GET /subscriptions/{id}/locations` and `GET .../resourceGroups/{rg}/resources`, for the gallery and staging checks. */
import { requireApiVersion, requireResourceGroup } from './arm.js';
import type { SimContext } from './context.js';
import { type SimResponse, idKey } from './http.js';
import { scopeContains } from './state.js';

const json = (body: unknown, status = 200): SimResponse => ({ status, body });

const DISPLAY: Record<string, string> = {
  eastus: 'East US',
  eastus2: 'East US 2',
  westus2: 'West US 2',
  westus3: 'West US 3',
  centralus: 'Central US',
  northeurope: 'North Europe',
  westeurope: 'West Europe',
};
export const displayName = (r: string) => DISPLAY[r.toLowerCase()] ?? r;

export function registerSubscription(ctx: SimContext): void {
  const { router, state } = ctx;
  router.add({
    method: 'GET',
    pattern: '/subscriptions/{sub}/locations',
    kind: 'subscriptions.listLocations',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      return json({
        value: state.regions.map((name) => ({
          id: `/subscriptions/${req.params.sub}/locations/${name}`,
          name,
          type: 'Region',
          displayName: displayName(name),
          regionalDisplayName: `(US) ${displayName(name)}`,
          metadata: { regionType: 'Physical', regionCategory: 'Recommended' },
        })),
      });
    },
  });
  router.add({
    method: 'GET',
    pattern: '/subscriptions/{sub}/resourceGroups/{rg}/resources',
    kind: 'resources.listByResourceGroup',
    arm: true,
    handler: (req) => {
      const rg = requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      return json({ value: resourcesIn(ctx, rg.id) });
    },
  });
}

/** Top-level resources whose id lies in the group (what `GET .../resources` lists). */
function resourcesIn(ctx: SimContext, groupId: string) {
  const { state } = ctx;
  const items: Array<{ id: string; location: string }> = [
    ...state.storageAccounts.values(),
    ...state.identities.values(),
    ...state.images.values(),
    ...state.templates.values(),
    ...[...state.virtualNetworks.values()].map((v) => ({
      id: `/subscriptions/${v.subscriptionId}/resourceGroups/${v.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${v.name}`,
      location: v.location,
    })),
    ...[...state.galleryImages.values()].map((g) => ({
      id: g.id.replace(/\/images\/[^/]+$/i, ''),
      location: g.location,
    })),
  ];
  const seen = new Set<string>();
  return items
    .filter((i) => scopeContains(groupId, i.id))
    .filter((i) => !seen.has(idKey(i.id)) && seen.add(idKey(i.id)))
    .map((i) => {
      const m = /\/providers\/([^/]+\/[^/]+)\/([^/]+)$/i.exec(i.id);
      return {
        id: i.id,
        name: m?.[2] ?? i.id.split('/').pop(),
        type: m?.[1] ?? 'unknown',
        location: i.location,
      };
    });
}
