/**
 * What the checkpoint says the post step owes for the template (src/core/run/ledger.ts): the saved state a killed
 * main step leaves is all the post step knows, so each case asserts the checkpoint as saved.
 */
import type { ImageTemplate } from '@azure/arm-imagebuilder';
import { describe, expect, it } from 'vitest';
import { type Checkpoint, parseSettings } from '../../src/core/index.js';
import { RunLedger } from '../../src/core/run/ledger.js';

const sub = '11111111-2222-3333-4444-555555555555';
const templateId = `/subscriptions/${sub}/resourceGroups/rg-b/providers/Microsoft.VirtualMachineImages/imageTemplates/it-x`;

function ledgerWith(cleanup: string): { ledger: RunLedger; saved: Checkpoint[] } {
  const settings = parseSettings({
    'build-subnet-id': `/subscriptions/${sub}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-a/subnets/snet-b`,
    'builder-resource-group': 'rg-b',
    'image-resource-group': 'rg-i',
    'cleanup-template': cleanup,
  });
  const saved: Checkpoint[] = [];
  const ledger = new RunLedger(settings, (c) => void saved.push(c));
  ledger.templateKnown(templateId);
  ledger.template = { id: templateId } as ImageTemplate;
  return { ledger, saved };
}

describe('the template deletion a checkpoint owes', () => {
  it('cleanup-template: always, killed while its own build runs: owed (the post step cancels, then deletes)', () => {
    const { ledger, saved } = ledgerWith('always');
    ledger.buildStarting();
    expect(saved.at(-1)).toMatchObject({ templateId, buildStarted: true, deleteTemplate: true });
    expect(saved.at(-1)?.finished).toBeFalsy();
  });

  it('killed while attached to another run’s build: not owed (that run deletes it)', () => {
    const { ledger, saved } = ledgerWith('always');
    ledger.buildAttached(true);
    expect(saved.at(-1)?.deleteTemplate).toBeUndefined();
  });

  it('on-success or never, killed: not owed (a killed run did not succeed)', () => {
    for (const cleanup of ['on-success', 'never']) {
      const { ledger, saved } = ledgerWith(cleanup);
      ledger.buildStarting();
      expect(saved.at(-1)?.deleteTemplate).toBeUndefined();
    }
  });

  it('after the finish path: owed only when its deletion could not be done', () => {
    const done = ledgerWith('always');
    done.ledger.buildEnded();
    done.ledger.finish();
    expect(done.saved.at(-1)).toMatchObject({ finished: true });
    expect(done.saved.at(-1)?.deleteTemplate).toBeUndefined();
    const failed = ledgerWith('always');
    failed.ledger.buildEnded();
    failed.ledger.templateCleanupOwed();
    failed.ledger.finish();
    expect(failed.saved.at(-1)).toMatchObject({ finished: true, deleteTemplate: true });
  });
});
