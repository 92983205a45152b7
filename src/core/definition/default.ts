/**
 * The definition a run builds, without the file loader: the built-in one is resolved at build time
 * (scripts/resolved-definition.ts), so a run without a definition file never loads the YAML parser, the schema
 * validator and the file checks (load.ts, imported only when a file is given; docs/performance.md).
 */
import { RESOLVED_DEFAULT_DEFINITION } from './default-definition.resolved.js';
import type { JumpboxDefinition } from './types.js';

/** The built-in definition (a fresh copy each call). */
export function defaultDefinition(): JumpboxDefinition {
  return structuredClone(RESOLVED_DEFAULT_DEFINITION);
}

/** The definition file at `path`, loaded and checked (load.ts), or the built-in one when there is none. */
export async function definitionOf(path: string | undefined): Promise<JumpboxDefinition> {
  if (path === undefined) return defaultDefinition();
  return (await import('./load.js')).loadDefinition({ path });
}
