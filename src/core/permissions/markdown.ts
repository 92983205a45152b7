/** The permissions as Markdown: the requirement table and the least-privilege setup (CLI and docs/permissions.md). */
import type { Requirement } from './requirements.js';
import type { PermissionSetup } from './setup.js';

const code = (s: string) => `\`${s}\``;

/** One row per action: feature, scope, action, a built-in role that grants it, why. */
export function requirementsTable(
  requirements: Requirement[],
  scopeOf = (r: Requirement) => r.scope.label,
): string[] {
  return [
    '| feature | scope | action | granted by (built-in) | why |',
    '|---|---|---|---|---|',
    ...requirements.map(
      (r) =>
        `| ${r.feature} | ${scopeOf(r)} | ${code(r.action)}${r.data ? ' (data action)' : ''} | ${r.role} | ${r.why} |`,
    ),
  ];
}

/** The custom roles, the assignments (with their conditions) and the az commands. */
export function setupMarkdown(setup: PermissionSetup): string[] {
  const out: string[] = ['### Role assignments for the CI principal', ''];
  out.push('| scope | role | condition | why |', '|---|---|---|---|');
  for (const a of setup.assignments)
    out.push(
      `| ${a.scopeLabel} | ${a.role} | ${a.condition ? 'only the build identity roles, only to service principals (below)' : ''} | ${a.why} |`,
    );
  out.push('', '### Custom role definitions', '');
  for (const r of setup.customRoles) out.push('```json', JSON.stringify(r, null, 2), '```', '');
  const conditions = [...new Set(setup.assignments.map((a) => a.condition).filter((c): c is string => !!c))];
  if (conditions.length) {
    out.push('### Conditions (conditionVersion 2.0)', '');
    for (const c of conditions) out.push('```text', c, '```', '');
  }
  out.push('### Azure CLI', '', '```bash', ...setup.commands, '```');
  return out;
}
