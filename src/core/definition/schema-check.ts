/** JSON Schema validation of a definition file, with errors reworded for people and located by line. */
import type { ErrorObject } from 'ajv';
// The schema compiled at build time (scripts/schema-validator.mjs): no Ajv compile at run time.
import schemaValidator from '../../../schema/definition.validate.js';
import { definitionError, formatPath, lineOf } from './source.js';
import type { Json, Problem, Segment, Source } from './source.js';

const PATTERN_REASONS: Record<string, string> = {
  version: 'is not a version (expected e.g. 1.31.2)',
  url: 'is not an allowed URL (expected https://host/path, or http://127.0.0.1/ for tests)',
  sha256: 'is not a sha256 (expected 64 lower-case hex digits)',
  name: "is not a valid name (lower-case letters, digits, '.', '_', '-')",
  absolutePath: 'is not an absolute path',
};

function describeAjvError(
  e: ErrorObject,
  data: unknown,
): { path: Segment[]; key?: string; message: string } | undefined {
  const path: Segment[] = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = formatPath(path);
  const prefix = where ? `${where}: ` : '';
  const value = path.reduce<unknown>(
    (v, k) => (v as Record<string | number, unknown> | undefined)?.[k],
    data,
  );
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return { path, key, message: `${prefix}unknown key "${key}"` };
    }
    case 'required': {
      const key = (e.params as { missingProperty: string }).missingProperty;
      return { path, message: `${prefix}missing required key "${key}"` };
    }
    case 'not':
      if (e.schemaPath === '#/then/not')
        return { path, key: 'remove', message: '"remove" is only allowed together with "extends: default"' };
      return undefined;
    case 'pattern': {
      const m = /#\/definitions\/([A-Za-z0-9]+)\/pattern$/.exec(e.schemaPath);
      const reason =
        (m && PATTERN_REASONS[m[1]!]) ?? `does not match ${(e.params as { pattern: string }).pattern}`;
      return { path, message: `${where} ${JSON.stringify(value)} ${reason}` };
    }
    case 'enum':
      return {
        path,
        message: `${where || 'value'} ${JSON.stringify(value)} must be one of: ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`,
      };
    case 'if':
    case 'oneOf':
    case 'anyOf':
      return undefined;
    default:
      return { path, message: `${where || 'definition'} ${e.message ?? e.keyword}` };
  }
}

export function checkSchema(source: Source, data: Json): void {
  const validate = schemaValidator;
  if (validate(data)) return;
  const problems: Problem[] = [];
  for (const e of validate.errors ?? []) {
    // Branch errors of "which kind of tool is this" are reported by checkTool with a clear message.
    if (e.schemaPath.includes('/completeTool/allOf/2')) continue;
    const d = describeAjvError(e, data);
    if (d) problems.push({ line: lineOf(source, d.path, d.key), message: d.message });
  }
  if (problems.length) throw definitionError(source, problems);
}
