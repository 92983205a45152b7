/** `aks-jumpbox-image permissions`: the least-privilege setup of the CI principal for these settings (no sign-in). */
import {
  INPUT_NAMES,
  type InputName,
  type RawInputs,
  leastPrivilegeSetup,
  parseSettings,
  requirementsTable,
  setupMarkdown,
} from '../core/index.js';

export { PERMISSIONS_HELP } from './help.js';

export function runPermissionsCommand(options: {
  str: (name: string) => string | undefined;
  json: boolean;
  out: NodeJS.WritableStream;
}): number {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) raw[name as InputName] = options.str(name);
  const settings = parseSettings(raw, { nameOf: (n) => `--${n}` });
  const setup = leastPrivilegeSetup(settings, options.str('assignee'));
  if (options.json) {
    const requirements = setup.requirements.map((r) => ({
      ...r,
      scope: r.scope.id,
      scopeKind: r.scope.kind,
    }));
    options.out.write(`${JSON.stringify({ ...setup, requirements }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    '## What the run does (per feature and scope)',
    '',
    ...requirementsTable(setup.requirements),
    '',
    ...setupMarkdown(setup),
  ];
  options.out.write(`${lines.join('\n')}\n`);
  return 0;
}
