/** The CLI's human-readable result and plan. */
import type { BuildResult } from '../core/index.js';

export function printResult(r: BuildResult, out: NodeJS.WritableStream, plan: boolean): void {
  const w = (s = '') => out.write(`${s}\n`);
  w();
  if (plan) {
    w('Plan (no changes made):');
    w(`  template        ${r.templateName}`);
    w(`  image           ${r.imageName}${r.buildSkipped ? ` (exists: ${r.imageId})` : ''}`);
    w(`  identity        ${r.identityId}`);
    for (const role of r.rolesGranted)
      w(`  role            ${role.roleDefinitionId.split('/').pop()} at ${role.scope} (${role.purpose})`);
    w(`  fingerprint     ${r.fingerprint}`);
    w(`  base image      ${r.baseImageVersion}`);
    w('  egress the build needs:');
    for (const e of r.egress) w(`    ${e.protocol}://${e.host}:${e.port}  ${e.purpose}`);
    w('  template body:');
    w(JSON.stringify(r.template, null, 2).replace(/^/gm, '    '));
    return;
  }
  w(`Result: ${r.state}${r.message ? ` - ${r.message}` : ''}`);
  if (r.imageId) w(`  image           ${r.imageId}`);
  w(`  template        ${r.templateName}`);
  w(`  fingerprint     ${r.fingerprint}`);
  w(`  base image      ${r.baseImageVersion}`);
  if (r.logFile) w(`  log             ${r.logFile}`);
  if (r.manifestFile) w(`  manifest        ${r.manifestFile}`);
  w(
    `  duration        ${r.durationSeconds}s (${r.phases.map((p) => `${p.name} ${(p.durationMs / 1000).toFixed(1)}s`).join(', ')})`,
  );
  if (r.rolesRevoked.length) w(`  roles revoked   ${r.rolesRevoked.map((x) => x.purpose).join(', ')}`);
  if (r.logTail?.length) {
    w('  last lines of the customization log:');
    for (const l of r.logTail.slice(-15)) w(`    ${l}`);
  }
}
