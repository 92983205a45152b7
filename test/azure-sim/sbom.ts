/**
 * What the jump box's SBOM step prints when the simulator "runs" it: the customizer `jumpbox-sbom` reads the
 * tool rows the rendered script carries (its JUMPBOX_TOOLS here-document) and reports them with a small fixed
 * set of Ubuntu packages, in the same tagged-line SPDX 2.3 form as the real script.
 */
import { randomUUID } from 'node:crypto';
import { SBOM_BEGIN, SBOM_END, SBOM_LINE_TAG } from '../../src/core/definition/index.js';

const DPKG: Array<[string, string]> = [
  ['bash', '5.2.21-2ubuntu4'],
  ['ca-certificates', '20240203'],
  ['curl', '8.5.0-2ubuntu10.6'],
  ['libstdc++6', '14.2.0-4ubuntu2~24.04'],
  ['openssh-server', '1:9.6p1-3ubuntu13.14'],
];

function toolRows(inline: string[]): string[][] {
  const start = inline.findIndex((l) => l.includes("<<'JUMPBOX_TOOLS'"));
  const end = inline.indexOf('JUMPBOX_TOOLS', start + 1);
  return start < 0 || end < 0 ? [] : inline.slice(start + 1, end).map((l) => l.split('\t'));
}

/** Log lines the customizer prints (none unless it is the SBOM step). */
export function simulatedStepOutput(customizer: Record<string, unknown>): string[] {
  if (customizer.name !== 'jumpbox-sbom' || !Array.isArray(customizer.inline)) return [];
  const pkgs: Array<Record<string, unknown>> = [
    {
      SPDXID: 'SPDXRef-image',
      name: 'aks-jumpbox-image',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      primaryPackagePurpose: 'OPERATING_SYSTEM',
    },
  ];
  for (const [name, version, location, sha] of toolRows(customizer.inline as string[])) {
    pkgs.push({
      SPDXID: `SPDXRef-tool-${pkgs.length}-${name!.replace(/[^A-Za-z0-9.-]/g, '-')}`,
      name,
      versionInfo: version,
      downloadLocation: location,
      filesAnalyzed: false,
      ...(sha && sha !== '-' ? { checksums: [{ algorithm: 'SHA256', checksumValue: sha }] } : {}),
    });
  }
  for (const [name, version] of DPKG) {
    pkgs.push({
      SPDXID: `SPDXRef-deb-${pkgs.length}-${name.replace(/[^A-Za-z0-9.-]/g, '-')}`,
      name,
      versionInfo: version,
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
    });
  }
  const head = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'aks-jumpbox-image-sim',
    documentNamespace: `https://spdx.org/spdxdocs/aks-jumpbox-image-sim-${randomUUID()}`,
    creationInfo: {
      created: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      creators: ['Tool: aks-jumpbox-image'],
    },
  };
  const rels = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-image' },
    ...pkgs.slice(1).map((p) => ({
      spdxElementId: 'SPDXRef-image',
      relationshipType: 'CONTAINS',
      relatedSpdxElement: p.SPDXID,
    })),
  ];
  const body = [
    `${JSON.stringify(head).slice(0, -1)},"packages":[`,
    ...pkgs.map((p, i) => `${i ? ',' : ''}${JSON.stringify(p)}`),
    '],"relationships":[',
    ...rels.map((r, i) => `${i ? ',' : ''}${JSON.stringify(r)}`),
    ']}',
  ];
  return [SBOM_BEGIN, ...body.map((l) => `${SBOM_LINE_TAG}${l}`), SBOM_END];
}
