/**
 * Loading a definition file: YAML parsing with line numbers (source.ts), JSON Schema validation (schema-check.ts),
 * checks of the file's own content (file-checks.ts), applying `extends: default` / `remove` (extends.ts) and
 * checks of the result (tool-checks.ts). Every error names the file, the line and the reason.
 */
import { SettingsError } from '../input-reader.js';
import { readFile } from 'node:fs/promises';
import { DEFAULT_DEFINITION_NAME, DEFAULT_DEFINITION_YAML } from './default-definition.js';
import { defaultDefinition } from './default.js';
import { applyExtends } from './extends.js';
import { checkFile } from './file-checks.js';
import { checkSchema } from './schema-check.js';
import { definitionError, lineOf, parseSource } from './source.js';
import type { Json, Source } from './source.js';
import { checkResolved } from './tool-checks.js';
import type { JumpboxDefinition } from './types.js';

export { formatPath } from './source.js';

interface BuiltIn {
  definition: JumpboxDefinition;
  source: Source;
  data: Json;
}

function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function loadFromText(text: string, file: string, base?: () => BuiltIn): JumpboxDefinition {
  const { source, data } = parseSource(text, file);
  return loadParsed(source, data, base);
}

function loadParsed(source: Source, data: Json, base?: () => BuiltIn): JumpboxDefinition {
  checkSchema(source, data);
  const problems = checkFile(source, data);
  if (problems.length) throw definitionError(source, problems);
  if (data.extends === undefined) {
    const resolved = stripUndefined(data as unknown as JumpboxDefinition);
    checkResolved(resolved, { user: source, userData: data });
    return resolved;
  }
  if (!base)
    throw definitionError(source, [
      { line: lineOf(source, ['extends']), message: 'the default cannot extend itself' },
    ]);
  const b = base();
  const resolved = stripUndefined(applyExtends(b.definition, data));
  checkResolved(resolved, { user: source, userData: data, base: b.source, baseData: b.data });
  return resolved;
}

let cachedDefault: BuiltIn | undefined;
/** The built-in definition with its YAML source: only a file that extends it needs the lines, for its errors. */
function builtIn(): BuiltIn {
  if (!cachedDefault) {
    const { source, data } = parseSource(DEFAULT_DEFINITION_YAML, DEFAULT_DEFINITION_NAME);
    cachedDefault = { definition: loadParsed(source, data), source, data };
  }
  return cachedDefault;
}

/**
 * The built-in definition (a fresh copy each call), resolved at build time (scripts/resolved-definition.ts): parsing
 * its YAML with line numbers was most of a run's work before its first request.
 */
export { defaultDefinition };

/** Parses and resolves definition text; `file` is used in error messages. */
export function parseDefinition(text: string, file: string): JumpboxDefinition {
  return loadFromText(text, file, builtIn);
}

export interface LoadDefinitionOptions {
  /** A definition file; undefined means the built-in default. */
  path?: string;
}

export async function loadDefinition(options: LoadDefinitionOptions = {}): Promise<JumpboxDefinition> {
  if (options.path === undefined) return defaultDefinition();
  let text: string;
  try {
    text = await readFile(options.path, 'utf8');
  } catch (err) {
    throw new SettingsError(`${options.path}: cannot read the definition file: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return parseDefinition(text, options.path);
}
