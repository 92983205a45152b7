/**
 * Validation of request bodies against the official Azure REST API specifications
 * (vendored under ./specs from Azure/azure-rest-api-specs, MIT).
 *
 * Swagger 2.0 discriminators are rewritten into if/then dispatch and every concrete object schema is closed
 * with `unevaluatedProperties: false`, because Image Builder (2024-02-01 and later) rejects unknown and
 * wrongly-cased fields.
 */
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { Ajv2019 } from 'ajv/dist/2019.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const specRoot = fileURLToPath(new URL('./specs/azure-rest-api-specs/specification/', import.meta.url));

export const SPEC_FILES = {
  imageBuilder: `${specRoot}imagebuilder/resource-manager/Microsoft.VirtualMachineImages/ImageBuilder/stable/2025-10-01/imagebuilder.json`,
  roleAssignments: `${specRoot}authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/authorization-RoleAssignmentsCalls.json`,
  managedIdentity: `${specRoot}msi/resource-manager/Microsoft.ManagedIdentity/ManagedIdentity/stable/2024-11-30/ManagedIdentity.json`,
} as const;

type Schema = Record<string, unknown> & {
  allOf?: Array<{ $ref?: string }>;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: unknown;
  discriminator?: string;
  unevaluatedProperties?: boolean;
};

async function loadDefinitions(file: string): Promise<Record<string, Schema>> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete raw.paths; // x-ms-examples there point at files that are not vendored
  const bundled = (await $RefParser.bundle(file, raw as never, {})) as {
    definitions: Record<string, Schema>;
  };
  return bundled.definitions;
}

function rewriteDiscriminators(defs: Record<string, Schema>): void {
  const ref = (name: string) => `#/definitions/${name}`;
  const parentsOf = (s: Schema) => (s.allOf ?? []).map((a) => a.$ref).filter((r): r is string => Boolean(r));
  for (const [base, schema] of Object.entries(defs)) {
    if (!schema.discriminator) continue;
    const prop = schema.discriminator;
    const subs = Object.entries(defs).filter(([, s]) => parentsOf(s).includes(ref(base)));
    defs[`${base}__base`] = { ...schema, discriminator: undefined };
    for (const [, s] of subs) {
      s.allOf = (s.allOf ?? []).map((a) => (a.$ref === ref(base) ? { $ref: ref(`${base}__base`) } : a));
    }
    const values = subs.map(([name, s]) => [
      (s['x-ms-discriminator-value'] as string | undefined) ?? name,
      name,
    ]);
    defs[base] = {
      type: 'object',
      required: [prop],
      properties: { [prop]: { enum: values.map(([v]) => v) } },
      allOf: values.map(([v, n]) => ({
        if: { properties: { [prop]: { const: v } } },
        then: { $ref: ref(n!) },
      })),
    } as Schema;
  }
  const parents = new Set(
    Object.values(defs)
      .flatMap(parentsOf)
      .map((r) => r.split('/').pop()),
  );
  const close = (s: unknown): void => {
    if (!s || typeof s !== 'object') return;
    if (Array.isArray(s)) return s.forEach(close);
    const o = s as Schema;
    if (o.properties && o.additionalProperties === undefined) o.unevaluatedProperties = false;
    Object.values(o.properties ?? {}).forEach(close);
    close(o.items);
    close(o.additionalProperties);
  };
  for (const [name, s] of Object.entries(defs)) {
    if (!parents.has(name) && !name.endsWith('__base')) close(s);
    else Object.values(s.properties ?? {}).forEach(close);
  }
}

export interface SchemaValidationResult {
  valid: boolean;
  errors: string[];
}

export type BodyValidator = (body: unknown) => SchemaValidationResult;

const cache = new Map<string, Promise<BodyValidator>>();

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const extra =
        e.keyword === 'unevaluatedProperties'
          ? ` '${String((e.params as { unevaluatedProperty?: string }).unevaluatedProperty)}'`
          : e.keyword === 'enum'
            ? ` (${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).join('/')})`
            : '';
      return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
    });
}

/** A validator for one definition of one vendored spec file, e.g. `validatorFor('imageBuilder', 'ImageTemplate')`. */
export function validatorFor(spec: keyof typeof SPEC_FILES, definition: string): Promise<BodyValidator> {
  const key = `${spec}#${definition}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = (async () => {
      const defs = await loadDefinitions(SPEC_FILES[spec]);
      rewriteDiscriminators(defs);
      const ajv = new Ajv2019({ strict: false, allErrors: true });
      const addFormats = addFormatsModule as unknown as (a: Ajv2019) => void;
      addFormats(ajv);
      for (const f of ['int32', 'int64', 'arm-id', 'uuid', 'duration', 'unixtime']) ajv.addFormat(f, true);
      ajv.addSchema({ definitions: defs }, spec);
      const validate: ValidateFunction = ajv.compile({ $ref: `${spec}#/definitions/${definition}` });
      return (body: unknown) => {
        const valid = validate(body) as boolean;
        return { valid, errors: valid ? [] : formatErrors(validate.errors) };
      };
    })();
    cache.set(key, pending);
  }
  return pending;
}

/** Validates an ImageTemplate PUT body (top level: location, tags, identity, properties) against 2025-10-01. */
export function validateImageTemplate(body: unknown): Promise<SchemaValidationResult> {
  return validatorFor('imageBuilder', 'ImageTemplate').then((v) => v(body));
}
