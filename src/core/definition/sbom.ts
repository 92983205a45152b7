/**
 * The image's SBOM: an SPDX 2.3 JSON document of every installed dpkg package (dpkg-query) and every tool of
 * the definition (version, download location, the sha256 the install script verified). A customize step
 * after cleanup writes it to /var/lib/aks-jumpbox-image/sbom.spdx.json in the image and prints it between
 * SBOM_BEGIN and SBOM_END, one tagged line per package, so the core can take it from the customization log.
 */
import { HEADER, WORKDIR, shq, toolUrls } from './bash.js';
import type { ScriptContext } from './bash.js';
import type { JumpboxDefinition, ToolDefinition } from './types.js';

export const SBOM_BEGIN = '### AKS-JUMPBOX-SBOM BEGIN ###';
export const SBOM_END = '### AKS-JUMPBOX-SBOM END ###';
/** Every line of the document carries this tag, so Packer's line prefixes and stray lines are told apart. */
export const SBOM_LINE_TAG = 'jumpbox-sbom: ';
/** Where the install script records verified downloads and the SBOM is kept, in the image. */
export const STATE_DIR = '/var/lib/aks-jumpbox-image';

function toolRow(definition: JumpboxDefinition, tool: ToolDefinition): string {
  if (tool.download) {
    const pinned = tool.download.sha256?.[definition.architecture] ?? '-';
    return [tool.name, tool.version, toolUrls(tool, definition.architecture).url, pinned, 'download'].join(
      '\t',
    );
  }
  const location = tool.apt ? (definition.apt?.repositories?.[0]?.url ?? 'NOASSERTION') : 'NOASSERTION';
  return [tool.name, tool.version, location, '-', tool.apt ? 'apt' : 'azure-cli-extension'].join('\t');
}

/** mawk program turning tagged rows (T: tool, D: dpkg package) into the SPDX document, one element a line. */
const AWK = String.raw`
function safe(s) { return (s ~ /^[A-Za-z0-9._+~:\/@=?&%#-]*$/) ? s : "NOASSERTION" }
function idpart(s) { gsub(/[^A-Za-z0-9.-]/, "-", s); return s }
function purlv(s) { gsub(/%/, "%25", s); gsub(/:/, "%3A", s); gsub(/\+/, "%2B", s); return s }
function q(s) { return "\"" safe(s) "\"" }
BEGIN {
  FS = "\t"
  while ((getline line < downloads) > 0) { split(line, f, "\t"); verified[f[1]] = f[4] }
  print "{\"spdxVersion\":\"SPDX-2.3\",\"dataLicense\":\"CC0-1.0\",\"SPDXID\":\"SPDXRef-DOCUMENT\","
  print "\"name\":\"aks-jumpbox-image-" safe(substr(fp, 1, 12)) "\",\"documentNamespace\":\"https://spdx.org/spdxdocs/aks-jumpbox-image-" safe(fp) "-" safe(uuid) "\","
  print "\"creationInfo\":{\"created\":" q(created) ",\"creators\":[\"Tool: aks-jumpbox-image\"]},"
  print "\"packages\":["
  print "{\"SPDXID\":\"SPDXRef-image\",\"name\":\"aks-jumpbox-image\",\"versionInfo\":" q(fp) ",\"downloadLocation\":\"NOASSERTION\",\"filesAnalyzed\":false,\"primaryPackagePurpose\":\"OPERATING_SYSTEM\",\"comment\":\"definition fingerprint; base image " safe(base) " (" safe(os) ")\"}"
}
$1 == "T" {
  id = "SPDXRef-tool-" (++n) "-" idpart($2)
  sha = ($2 in verified) ? verified[$2] : $5
  sums = (length(sha) == 64 && sha ~ /^[0-9a-f]+$/) ? ",\"checksums\":[{\"algorithm\":\"SHA256\",\"checksumValue\":\"" sha "\"}]" : ""
  print ",{\"SPDXID\":\"" id "\",\"name\":" q($2) ",\"versionInfo\":" q($3) ",\"downloadLocation\":" q($4) ",\"filesAnalyzed\":false,\"primaryPackagePurpose\":\"APPLICATION\"" sums ",\"comment\":\"jump box tool (" safe($6) ")\"}"
  ids[n] = id
}
$1 == "D" {
  id = "SPDXRef-deb-" (++n) "-" idpart($2)
  purl = "pkg:deb/" safe(vendor) "/" purlv(safe($2)) "@" purlv(safe($3)) "?arch=" safe($4) "&distro=" safe(distro)
  print ",{\"SPDXID\":\"" id "\",\"name\":" q($2) ",\"versionInfo\":" q($3) ",\"downloadLocation\":\"NOASSERTION\",\"filesAnalyzed\":false,\"externalRefs\":[{\"referenceCategory\":\"PACKAGE-MANAGER\",\"referenceType\":\"purl\",\"referenceLocator\":\"" purl "\"}]}"
  ids[n] = id
}
END {
  print "],\"relationships\":["
  print "{\"spdxElementId\":\"SPDXRef-DOCUMENT\",\"relationshipType\":\"DESCRIBES\",\"relatedSpdxElement\":\"SPDXRef-image\"}"
  for (i = 1; i <= n; i++) print ",{\"spdxElementId\":\"SPDXRef-image\",\"relationshipType\":\"CONTAINS\",\"relatedSpdxElement\":\"" ids[i] "\"}"
  print "]}"
}`.trim();

/** sbom.sh: the SPDX document of the finished image, saved in the image and printed between the markers. */
export function sbomScript(definition: JumpboxDefinition, ctx: ScriptContext): string {
  const base = `${definition.baseImage.publisher}:${definition.baseImage.offer}:${definition.baseImage.sku}:${ctx.baseImageVersion}`;
  const lines = [
    ...HEADER(
      'Print the SPDX 2.3 SBOM of the image (dpkg packages and the definition tools).',
      ctx.fingerprint,
    ),
    ...WORKDIR,
    `state="\${JUMPBOX_ROOT}${STATE_DIR}"`,
    'install -d -m 0755 "${state}"',
    '# shellcheck source=/dev/null',
    '. "${JUMPBOX_ROOT}/etc/os-release"',
    'admin=()',
    'if [[ -n "${JUMPBOX_ROOT}" ]]; then admin=("--admindir=${JUMPBOX_ROOT}/var/lib/dpkg"); fi',
    '# shellcheck disable=SC2016 # dpkg-query fields, not shell variables',
    'dpkg-query "${admin[@]}" -W -f=\'${db:Status-Abbrev}\\t${Package}\\t${Version}\\t${Architecture}\\n\' \\',
    '  > "${jb_work}/dpkg.tsv" || jb_fail \'dpkg-query failed\'',
    'cat > "${jb_work}/tools.tsv" <<\'JUMPBOX_TOOLS\'',
    ...definition.tools.map((t) => toolRow(definition, t)),
    'JUMPBOX_TOOLS',
    'uuid="$(cat /proc/sys/kernel/random/uuid 2> /dev/null || od -An -N16 -tx1 /dev/urandom | tr -d \' \\n\')"',
    '{',
    '  awk \'{ print "T\\t" $0 }\' "${jb_work}/tools.tsv"',
    '  awk -F \'\\t\' \'$1 ~ /^ii/ { print "D\\t" $2 "\\t" $3 "\\t" $4 }\' "${jb_work}/dpkg.tsv" | LC_ALL=C sort',
    '} | awk -v downloads="${state}/downloads.tsv" -v created="$(date -u +%Y-%m-%dT%H:%M:%SZ)" \\',
    `  -v fp=${shq(ctx.fingerprint)} -v base=${shq(base)} -v uuid="\${uuid}" \\`,
    '  -v os="${ID:-unknown}-${VERSION_ID:-unknown}" -v vendor="${ID:-ubuntu}" -v distro="${ID:-ubuntu}-${VERSION_ID:-unknown}" \\',
    "  \"$(cat <<'JUMPBOX_AWK'",
    ...AWK.split('\n'),
    'JUMPBOX_AWK',
    ')" > "${state}/sbom.spdx.json"',
    'chmod 0644 "${state}/sbom.spdx.json"',
    `printf '%s\\n' ${shq(SBOM_BEGIN)}`,
    `sed 's/^/${SBOM_LINE_TAG}/' "\${state}/sbom.spdx.json"`,
    `printf '%s\\n' ${shq(SBOM_END)}`,
    `jb_log "SBOM: $(grep -c '^,{"SPDXID":"SPDXRef-deb-' "\${state}/sbom.spdx.json") dpkg packages, ${definition.tools.length} tools (${STATE_DIR}/sbom.spdx.json)"`,
  ];
  if (definition.hardening?.cleanCaches !== false)
    lines.push('if [[ -z "${JUMPBOX_ROOT}" ]]; then rm -rf /tmp/jumpbox; fi');
  return lines.join('\n') + '\n';
}

export interface SpdxDocument {
  spdxVersion: string;
  packages: Array<{ SPDXID: string; name: string; versionInfo?: string; [k: string]: unknown }>;
  [k: string]: unknown;
}

/** Collects the tagged lines between the SBOM markers; the last complete, parseable document wins. */
export function parseSbom(logText: string): SpdxDocument | undefined {
  let found: SpdxDocument | undefined;
  let body: string[] | undefined;
  for (const line of logText.split(/\r?\n/)) {
    if (line.includes(SBOM_BEGIN)) {
      body = [];
      continue;
    }
    if (!body) continue;
    if (line.includes(SBOM_END)) {
      try {
        const doc = JSON.parse(body.join('\n')) as SpdxDocument;
        if (doc?.spdxVersion === 'SPDX-2.3' && Array.isArray(doc.packages)) found = doc;
      } catch {
        // truncated or interleaved: not a document
      }
      body = undefined;
      continue;
    }
    const at = line.indexOf(SBOM_LINE_TAG);
    if (at >= 0) body.push(line.slice(at + SBOM_LINE_TAG.length));
  }
  return found;
}
