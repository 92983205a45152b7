/**
 * The least-privilege setup for the CI principal, from the requirements: per scope, a custom role with the actions
 * the run performs there, the built-in Role Based Access Control Administrator role constrained by an ABAC condition
 * (only the role definitions the run assigns, only to service principals) where the run assigns roles, and Storage
 * Blob Data Reader where it reads the build log. As JSON and as `az` commands.
 */
import { createHash } from 'node:crypto';
import { customRoleDefinitions } from '../roles.js';
import type { Settings } from '../settings.js';
import {
  ASSIGN,
  BLOB_DATA_READER,
  BLOB_DATA_READER_ID,
  type CallerScope,
  RBAC_ADMIN,
  RBAC_ADMIN_ID,
  type Requirement,
  UNASSIGN,
  assignedRoleGuids,
  callerRequirements,
} from './requirements.js';

export interface CustomRoleSpec {
  Name: string;
  IsCustom: true;
  Description: string;
  Actions: string[];
  NotActions: string[];
  DataActions: string[];
  NotDataActions: string[];
  AssignableScopes: string[];
}

export interface AssignmentSpec {
  scope: string;
  scopeLabel: string;
  /** Role name (custom roles: the Name of a custom role above). */
  role: string;
  /** Built-in role definition GUID (absent for custom roles). */
  roleDefinitionGuid?: string;
  condition?: string;
  conditionVersion?: '2.0';
  why: string;
}

export interface PermissionSetup {
  requirements: Requirement[];
  customRoles: CustomRoleSpec[];
  assignments: AssignmentSpec[];
  commands: string[];
}

const ASSIGNEE_PLACEHOLDER = '<ci-principal-object-id>';

/** ABAC condition: assign/delete only these role definitions, only for principals of type ServicePrincipal. */
export function delegationCondition(roleGuids: string[]): string {
  const list = `{${roleGuids.join(', ')}}`;
  const attr = (source: string, name: string) =>
    `@${source}[Microsoft.Authorization/roleAssignments:${name}]`;
  const clause = (action: string, source: string) =>
    `((!(ActionMatches{'${action}'})) OR (${attr(source, 'RoleDefinitionId')} ForAnyOfAnyValues:GuidEquals ${list} AND ${attr(source, 'PrincipalType')} StringEqualsIgnoreCase 'ServicePrincipal'))`;
  return `${clause(ASSIGN, 'Request')} AND ${clause(UNASSIGN, 'Resource')}`;
}

/** Actions the conditioned RBAC Administrator role grants anyway (its `*\/read` and the role assignments). */
const coveredByRbacAdmin = (r: Requirement) =>
  r.action === ASSIGN || r.action === UNASSIGN || /\/read$/i.test(r.action);

function customRoleName(scope: CallerScope): string {
  const hash = createHash('sha256').update(scope.id.toLowerCase()).digest('hex').slice(0, 8);
  return `aks-jumpbox-image CI ${scope.kind} (${hash})`;
}

function byScope(requirements: Requirement[]): Map<string, Requirement[]> {
  const map = new Map<string, Requirement[]>();
  for (const r of requirements) {
    const key = r.scope.id.toLowerCase();
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return map;
}

/** The roles and assignments at one scope. */
function scopeSetup(
  s: Settings,
  needs: Requirement[],
): { role?: CustomRoleSpec; assignments: AssignmentSpec[] } {
  const scope = needs[0]!.scope;
  const base = { scope: scope.id, scopeLabel: scope.label };
  const assignments: AssignmentSpec[] = [];
  const delegates = needs.some((n) => n.action === ASSIGN);
  if (delegates) {
    const custom = s.createCustomRoles ? customGuids(s) : undefined;
    assignments.push({
      ...base,
      role: RBAC_ADMIN,
      roleDefinitionGuid: RBAC_ADMIN_ID,
      condition: delegationCondition(assignedRoleGuids(s, scope.kind, custom)),
      conditionVersion: '2.0',
      why: 'assign (and revoke) only the build identity roles, only to service principals; read',
    });
  }
  if (needs.some((n) => n.data))
    assignments.push({
      ...base,
      role: BLOB_DATA_READER,
      roleDefinitionGuid: BLOB_DATA_READER_ID,
      why: 'read the build log (data plane, no account key)',
    });
  const actions = [
    ...new Set(needs.filter((n) => !n.data && !(delegates && coveredByRbacAdmin(n))).map((n) => n.action)),
  ];
  if (!actions.length) return { assignments };
  const role: CustomRoleSpec = {
    Name: customRoleName(scope),
    IsCustom: true,
    Description: `What aks-jumpbox-image does at ${scope.label}: ${[...new Set(needs.map((n) => n.feature))].join(', ')}.`,
    Actions: actions,
    NotActions: [],
    DataActions: [],
    NotDataActions: [],
    AssignableScopes: [scope.id],
  };
  assignments.unshift({ ...base, role: role.Name, why: 'the actions the run performs there' });
  return { role, assignments };
}

function customGuids(s: Settings) {
  const roles = customRoleDefinitions(s.subscriptionId, Boolean(s.gallery));
  return { network: roles.network.guid, image: roles.image.guid };
}

/** Shell quoting: double quotes when nothing inside expands (the conditions), else single quotes (the JSON). */
const quote = (text: string) => (/["$`\\!]/.test(text) ? `'${text.replace(/'/g, `'\\''`)}'` : `"${text}"`);

function commands(setup: Omit<PermissionSetup, 'commands'>, assignee: string): string[] {
  return [
    ...setup.customRoles.map(
      (r) => `az role definition create --role-definition ${quote(JSON.stringify(r))}`,
    ),
    ...setup.assignments.map((a) =>
      [
        `az role assignment create --assignee-object-id ${assignee} --assignee-principal-type ServicePrincipal`,
        `--role ${quote(a.roleDefinitionGuid ?? a.role)} --scope ${a.scope}`,
        ...(a.condition
          ? [`--condition ${quote(a.condition)} --condition-version ${a.conditionVersion}`]
          : []),
      ].join(' '),
    ),
  ];
}

export function leastPrivilegeSetup(s: Settings, assignee = ASSIGNEE_PLACEHOLDER): PermissionSetup {
  const requirements = callerRequirements(s);
  const customRoles: CustomRoleSpec[] = [];
  const assignments: AssignmentSpec[] = [];
  for (const needs of byScope(requirements).values()) {
    const one = scopeSetup(s, needs);
    if (one.role) customRoles.push(one.role);
    assignments.push(...one.assignments);
  }
  const setup = { requirements, customRoles, assignments };
  return { ...setup, commands: commands(setup, assignee) };
}
