/**
 * The built-in definition is resolved at build time (scripts/resolved-definition.ts): the committed file is what its
 * YAML resolves to now, and a run's default is that, while files extending it still see its YAML lines in errors.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEFINITION_NAME,
  DEFAULT_DEFINITION_YAML,
} from '../../src/core/definition/default-definition.js';
import { defaultDefinition, parseDefinition } from '../../src/core/definition/load.js';
import { RESOLVED_FILE, resolvedDefinitionSource } from '../../scripts/resolved-definition.js';

describe('the built-in definition resolved at build time', () => {
  it('is current with default-definition.ts (run npm run bundle after changing it)', () => {
    expect(readFileSync(RESOLVED_FILE, 'utf8')).toBe(resolvedDefinitionSource());
  });

  it('is what the loader makes of the YAML, as a fresh copy each call', () => {
    const parsed = parseDefinition(DEFAULT_DEFINITION_YAML, DEFAULT_DEFINITION_NAME);
    const a = defaultDefinition();
    expect(a).toEqual(parsed);
    a.tools.pop();
    expect(defaultDefinition()).toEqual(parsed);
  });

  it('still names the built-in YAML line for a file that extends it wrongly', () => {
    expect(() => parseDefinition('extends: default\nremove: [no-such-tool]\n', 'jumpbox.yaml')).toThrow(
      /jumpbox\.yaml/,
    );
  });
});
