/**
 * The definition schema's validator is compiled at build time (scripts/schema-validator.mjs): the committed file is
 * what the schema compiles to now, and it judges like Ajv compiling the schema at run time.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import validate from '../../schema/definition.validate.js';
// @ts-expect-error -- a plain .mjs build script without types
import { VALIDATOR_FILE, validatorSource } from '../../scripts/schema-validator.mjs';

const schema = JSON.parse(readFileSync('schema/definition.schema.json', 'utf8')) as object;

describe('the precompiled definition validator', () => {
  it('is current with the schema (run node scripts/schema-validator.mjs after changing it)', () => {
    expect(readFileSync(VALIDATOR_FILE as string, 'utf8')).toBe((validatorSource as () => string)());
  });

  it('reports what a run-time compile reports, including uniqueItems and lengths in code points', () => {
    const compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const samples: unknown[] = [
      { extends: 'default' },
      { extends: 'default', remove: ['helm', 'helm'] },
      { extends: 'default', tags: { '': 'x', ok: 'y'.repeat(257) } },
      { extends: 'default', tags: { emoji: '😀'.repeat(256) } },
      { extends: 'default', unknown: 1, hardening: { ssh: { maxAuthTries: 0 } } },
      { baseImage: { publisher: 'Canonical' }, tools: [{ name: 'x', version: '1.0' }] },
      [],
    ];
    for (const data of samples) {
      const ok = validate(data);
      expect(ok, JSON.stringify(data)).toBe(compiled(data));
      expect(validate.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });
});
