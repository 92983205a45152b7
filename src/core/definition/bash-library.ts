/**
 * The bash function libraries the tool scripts embed: measuring versions, importing pinned OpenPGP keys and
 * verifying signatures, downloading and installing files; plus the lines that check one tool's version.
 */
import { shq } from './bash.js';
import type { JumpboxDefinition, KeyDefinition, ToolDefinition } from './types.js';

export const MEASURE = [
  '# jb_measure PATTERN COMMAND [ARGS...]: print the version captured by PATTERN from the output, or nothing.',
  'jb_measure() {',
  '  local pattern="$1" out',
  '  shift',
  '  out="$("$@" 2>&1)" || true',
  '  if [[ "${out}" =~ ${pattern} ]]; then printf \'%s\\n\' "${BASH_REMATCH[1]}"; fi',
  '}',
  '# jb_expect_version NAME EXPECTED PATTERN COMMAND [ARGS...]: fail unless the measured version is EXPECTED.',
  'jb_expect_version() {',
  '  local name="$1" expected="$2" pattern="$3" actual',
  '  shift 3',
  '  actual="$(jb_measure "${pattern}" "$@")"',
  '  if [[ "${actual}" != "${expected}" ]]; then',
  '    jb_fail "${name}: measured version is \'${actual:-unknown}\', expected ${expected}"',
  '  fi',
  '  jb_log "${name} ${actual} OK"',
  '}',
];

export const KEYS = [
  '# jb_write_key NAME < base64 body: write an armored key (the blank line after BEGIN is added here).',
  'jb_write_key() {',
  "  { printf '%s\\n\\n' '-----BEGIN PGP PUBLIC KEY BLOCK-----'; cat; } > \"${jb_work}/key-$1.asc\"",
  '}',
  '# jb_import_key NAME FINGERPRINT...: build ${jb_work}/keyring-NAME.gpg, refusing any key not listed.',
  'jb_import_key() {',
  '  local name="$1" home="${jb_work}/gnupg-$1" actual expected',
  '  shift',
  '  mkdir -m 700 "${home}"',
  '  gpg --batch --quiet --homedir "${home}" --import "${jb_work}/key-${name}.asc" 2>/dev/null ||',
  '    jb_fail "key ${name}: cannot import the embedded key"',
  '  actual="$(gpg --batch --homedir "${home}" --with-colons --list-keys 2>/dev/null |',
  "    awk -F: '$1 == \"pub\" { p = 1; next } $1 == \"fpr\" && p { print $10; p = 0 }' | sort | tr '\\n' ' ')\"",
  "  expected=\"$(printf '%s\\n' \"$@\" | sort | tr '\\n' ' ')\"",
  '  if [[ "${actual}" != "${expected}" ]]; then',
  '    jb_fail "key ${name}: the embedded block holds [${actual% }], expected [${expected% }]"',
  '  fi',
  '  gpg --batch --quiet --homedir "${home}" --export > "${jb_work}/keyring-${name}.gpg"',
  '}',
  '# jb_verify_signature KEY SIGNATURE FILE LABEL',
  'jb_verify_signature() {',
  '  if ! gpgv --homedir "${jb_work}/gnupg-$1" --keyring "${jb_work}/keyring-$1.gpg" "$2" "$3" > "${jb_work}/gpgv.log" 2>&1; then',
  '    cat "${jb_work}/gpgv.log" >&2',
  '    jb_fail "$4: OpenPGP signature verification failed (key $1)"',
  '  fi',
  '  jb_log "$4: good signature (key $1)"',
  '}',
];

function keyLines(name: string, key: KeyDefinition): string[] {
  const body = key.armored
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('-----BEGIN') && !/^[A-Za-z-]+: /.test(l));
  return [
    `jb_write_key ${shq(name)} <<'JUMPBOX_KEY'`,
    ...body,
    'JUMPBOX_KEY',
    `jb_import_key ${[name, ...key.fingerprints].map(shq).join(' ')}`,
  ];
}

export function usedKeys(definition: JumpboxDefinition, names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const name of [...new Set(names)].sort()) {
    const key = definition.keys?.[name];
    if (key) out.push(...keyLines(name, key));
  }
  return out;
}

export const INSTALL = [
  '# jb_download URL DEST',
  'jb_download() {',
  '  jb_log "downloading $1"',
  '  if [[ -n "${JUMPBOX_DOWNLOAD_COMMAND:-}" ]]; then',
  '    "${JUMPBOX_DOWNLOAD_COMMAND}" "$1" "$2" || jb_fail "download failed: $1"',
  '  else',
  "    curl --fail --silent --show-error --location --proto-redir '=https' --retry 5 --retry-delay 3 \\",
  '      --connect-timeout 30 --max-time 1800 --output "$2" "$1" || jb_fail "download failed: $1"',
  '  fi',
  '}',
  '# jb_checksum_for FILE NAME: the sha256 for NAME in a checksum file (sha256sum lines, or one bare hash;',
  '# CRLF line ends and a missing final newline are accepted).',
  'jb_checksum_for() {',
  '  awk -v name="$2" \'',
  '    { sub(/\\r$/, "") }',
  '    NF >= 2 { f = $2; sub(/^\\*/, "", f); sub(/^.*\\//, "", f); if (f == name) { print tolower($1); found = 1; exit } }',
  '    NF == 1 && NR == 1 && length($1) == 64 && $1 ~ /^[0-9A-Fa-f]+$/ { bare = tolower($1) }',
  '    END { if (!found && bare != "" && NR == 1) print bare }',
  '  \' "$1"',
  '}',
  '# jb_install_tool name=... version=... url=... archive=... member=... dest=... sha256=... checksum_url=...',
  '#   signature_url=... signature_of=checksum|artifact signature_key=... -- CHECK_PATTERN [CHECK_ARGS...]',
  'jb_install_tool() {',
  '  local name="" version="" url="" archive="binary" member="" dest="" sha256="" checksum_url=""',
  '  local signature_url="" signature_of="" signature_key="" kv',
  '  while [[ $# -gt 0 && "$1" != "--" ]]; do',
  '    kv="$1"',
  '    shift',
  '    case "${kv%%=*}" in',
  '      name) name="${kv#*=}" ;;',
  '      version) version="${kv#*=}" ;;',
  '      url) url="${kv#*=}" ;;',
  '      archive) archive="${kv#*=}" ;;',
  '      member) member="${kv#*=}" ;;',
  '      dest) dest="${kv#*=}" ;;',
  '      sha256) sha256="${kv#*=}" ;;',
  '      checksum_url) checksum_url="${kv#*=}" ;;',
  '      signature_url) signature_url="${kv#*=}" ;;',
  '      signature_of) signature_of="${kv#*=}" ;;',
  '      signature_key) signature_key="${kv#*=}" ;;',
  '      *) jb_fail "jb_install_tool: unknown argument ${kv}" ;;',
  '    esac',
  '  done',
  '  shift',
  '  local dir="${jb_work}/tool-${name}" file from_file="" actual src',
  '  mkdir -p "${dir}/x"',
  '  file="${dir}/${url##*/}"',
  '  jb_log "installing ${name} ${version}"',
  '  jb_download "${url}" "${file}"',
  '  if [[ -n "${checksum_url}" ]]; then',
  '    jb_download "${checksum_url}" "${dir}/checksums"',
  '    if [[ "${signature_of}" == checksum ]]; then',
  '      jb_download "${signature_url}" "${dir}/checksums.sig"',
  '      jb_verify_signature "${signature_key}" "${dir}/checksums.sig" "${dir}/checksums" "${name} checksum file"',
  '    fi',
  '    from_file="$(jb_checksum_for "${dir}/checksums" "${url##*/}")"',
  '    [[ -n "${from_file}" ]] || jb_fail "${name}: no sha256 for ${url##*/} in ${checksum_url}"',
  '  fi',
  '  if [[ "${signature_of}" == artifact ]]; then',
  '    jb_download "${signature_url}" "${file}.sig"',
  '    jb_verify_signature "${signature_key}" "${file}.sig" "${file}" "${name} ${url##*/}"',
  '  fi',
  '  [[ -n "${sha256}${from_file}" ]] || jb_fail "${name}: refusing to install an unverified download"',
  '  actual="$(sha256sum "${file}" | cut -d " " -f 1)"',
  '  if [[ -n "${sha256}" && "${actual}" != "${sha256}" ]]; then',
  '    jb_fail "${name}: sha256 mismatch for ${url##*/}: pinned ${sha256}, downloaded ${actual}"',
  '  fi',
  '  if [[ -n "${from_file}" && "${actual}" != "${from_file}" ]]; then',
  '    jb_fail "${name}: sha256 mismatch for ${url##*/}: checksum file says ${from_file}, downloaded ${actual}"',
  '  fi',
  '  jb_log "${name}: sha256 ${actual} verified"',
  '  # Provenance for the SBOM: name, version, URL and sha256 of every verified download.',
  '  install -d -m 0755 "${JUMPBOX_ROOT}/var/lib/aks-jumpbox-image"',
  '  printf \'%s\\t%s\\t%s\\t%s\\n\' "${name}" "${version}" "${url}" "${actual}" \\',
  '    >> "${JUMPBOX_ROOT}/var/lib/aks-jumpbox-image/downloads.tsv"',
  '  case "${archive}" in',
  '    binary) src="${file}" ;;',
  '    tar.gz)',
  '      tar -xzf "${file}" -C "${dir}/x" -- "${member}" || jb_fail "${name}: ${member} not found in ${url##*/}"',
  '      src="${dir}/x/${member}" ;;',
  '    zip)',
  '      unzip -q -o "${file}" "${member}" -d "${dir}/x" || jb_fail "${name}: ${member} not found in ${url##*/}"',
  '      src="${dir}/x/${member}" ;;',
  '    *) jb_fail "${name}: unknown archive type ${archive}" ;;',
  '  esac',
  '  [[ -f "${src}" ]] || jb_fail "${name}: ${member:-download} is not a file"',
  '  install -D -m 0755 "${src}" "${JUMPBOX_ROOT}${dest}"',
  '  jb_expect_version "${name}" "${version}" "$1" "${JUMPBOX_ROOT}${dest}" "${@:2}"',
  '}',
];

/** The command that reports a tool's version, as bash words (already quoted). */
export function checkCommand(tool: ToolDefinition): { pattern: string; words: string[] } {
  if (tool.azureCliExtension) {
    const name = tool.azureCliExtension.name ?? tool.name;
    return {
      pattern: tool.check?.pattern ?? '^([0-9][^[:space:]]*)',
      words: ['az', 'extension', 'show', '--name', name, '--query', 'version', '--output', 'tsv'].map(shq),
    };
  }
  const command = tool.check?.command ?? tool.installPath!;
  const head = command.startsWith('/') ? `"\${JUMPBOX_ROOT}"${shq(command)}` : shq(command);
  return { pattern: tool.check!.pattern!, words: [head, ...(tool.check?.args ?? []).map(shq)] };
}

export function expectLine(tool: ToolDefinition): string {
  const c = checkCommand(tool);
  return `jb_expect_version ${shq(tool.name)} ${shq(tool.version)} ${shq(c.pattern)} ${c.words.join(' ')}`;
}
