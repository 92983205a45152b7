/**
 * Bad settings, each refused by parseSettings (before any request) with one line that names the input as the
 * platform spells it, the value and the fix ("expected …"). Run for the action's and the task's spelling.
 */
import { describe, expect, it } from 'vitest';
import { type InputName, type RawInputs, SettingsError, parseSettings } from '../../src/core/index.js';
import { nameOf as taskName } from '../../src/pipelines/inputs.js';
import { badInputCases } from '../helpers/bad-inputs.js';

const SUB = '11111111-2222-3333-4444-555555555555';
const SUBNET = `/subscriptions/${SUB}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet`;
const base: RawInputs = {
  'build-subnet-id': SUBNET,
  'builder-resource-group': 'rg-builder',
  'image-resource-group': 'rg-images',
};
const CASES = badInputCases(SUBNET);

const styles = [
  { style: 'action', nameOf: (n: InputName) => n },
  { style: 'task', nameOf: taskName },
] as const;

describe('bad settings are refused before any request', () => {
  it('covers at least 80 cases across the two platforms', () => {
    expect(CASES.length * styles.length).toBeGreaterThanOrEqual(80);
  });

  for (const { style, nameOf } of styles) {
    it.each(CASES)(`${style}: %s`, (input, raw, shown) => {
      let error: unknown;
      try {
        parseSettings({ ...base, ...raw }, { nameOf });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SettingsError);
      const message = (error as Error).message;
      expect(message.startsWith(`${nameOf(input)}: `)).toBe(true);
      expect(message).not.toContain('\n');
      if (shown) expect(message).toContain(shown);
      expect(message).toMatch(/\(expected .+\)\.$/);
    });
  }
});
