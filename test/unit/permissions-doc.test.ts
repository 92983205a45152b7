/** docs/permissions.md is generated from src/core/permissions: this fails when it is stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPermissionsDoc } from '../../scripts/permissions-doc.js';

describe('docs/permissions.md', () => {
  it('matches what npm run docs:permissions generates', () => {
    const committed = readFileSync(new URL('../../docs/permissions.md', import.meta.url), 'utf8');
    expect(committed, 'docs/permissions.md is stale: run npm run docs:permissions').toBe(
      renderPermissionsDoc(),
    );
  });

  it('lists the conditioned delegation and the data role', () => {
    const doc = renderPermissionsDoc();
    expect(doc).toContain('--condition-version 2.0');
    expect(doc).toContain(
      "@Request[Microsoft.Authorization/roleAssignments:PrincipalType] StringEqualsIgnoreCase 'ServicePrincipal'",
    );
    expect(doc).toContain('Storage Blob Data Reader');
  });
});
