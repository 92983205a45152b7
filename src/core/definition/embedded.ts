/**
 * A definition embedded in a TypeScript module as `String.raw\`…\`` (the built-in default), so that
 * `definition pin --update` can refresh the default in this repository like any YAML file.
 */
export interface EmbeddedDefinition {
  before: string;
  yaml: string;
  after: string;
}

const OPEN = 'String.raw`';

export function splitEmbedded(source: string, label: string): EmbeddedDefinition {
  const start = source.indexOf(OPEN);
  const end = start < 0 ? -1 : source.indexOf('`', start + OPEN.length);
  if (start < 0 || end < 0) throw new Error(`${label}: no definition embedded as String.raw\`...\``);
  const body = source.slice(start + OPEN.length, end);
  const lead = /^\s*/.exec(body)![0];
  const from = start + OPEN.length + lead.length;
  return { before: source.slice(0, from), yaml: source.slice(from, end), after: source.slice(end) };
}

export function joinEmbedded(parts: EmbeddedDefinition, yaml: string, label: string): string {
  if (yaml.includes('`') || yaml.includes('${'))
    throw new Error(`${label}: the updated definition cannot be embedded (it contains \` or \${)`);
  return `${parts.before}${yaml}${parts.after}`;
}
