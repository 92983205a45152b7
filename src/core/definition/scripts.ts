/**
 * Generation of the bash scripts that build and check the jump box. Every value from the definition is
 * single-quoted with shq(), and the scripts pass `shellcheck -s bash`.
 *
 * The tool scripts honour, for tests in a scratch root:
 *   JUMPBOX_ROOT              prefix for every install path and checked command (default: empty, i.e. /)
 *   JUMPBOX_DOWNLOAD_COMMAND  a program called as `<cmd> <url> <dest>` instead of curl
 */
import { HEADER, MANIFEST_BEGIN, MANIFEST_END, shq, toolUrls, WORKDIR } from './bash.js';
import type { ScriptContext } from './bash.js';
import { checkCommand, expectLine, INSTALL, KEYS, MEASURE, usedKeys } from './bash-library.js';
import type { JumpboxDefinition, StepDefinition } from './types.js';

/** install-tools.sh: downloads, verifies and installs every `download` tool. */
export function toolsScript(definition: JumpboxDefinition, ctx: ScriptContext): string | undefined {
  const tools = definition.tools.filter((t) => t.download);
  if (!tools.length) return undefined;
  const keyNames = tools.map((t) => t.download!.signature?.key).filter((k): k is string => Boolean(k));
  const lines = [
    ...HEADER('Install the downloaded tools, verifying every file.', ctx.fingerprint),
    ...WORKDIR,
    ...MEASURE,
  ];
  if (keyNames.length) lines.push(...KEYS, ...usedKeys(definition, keyNames));
  lines.push(...INSTALL);
  for (const tool of tools) {
    const d = tool.download!;
    const u = toolUrls(tool, definition.architecture);
    const args = [
      `name=${tool.name}`,
      `version=${tool.version}`,
      `url=${u.url}`,
      `archive=${d.archive ?? 'binary'}`,
      ...(u.member ? [`member=${u.member}`] : []),
      `dest=${tool.installPath}`,
      ...(d.sha256?.[definition.architecture] ? [`sha256=${d.sha256[definition.architecture]}`] : []),
      ...(u.checksum ? [`checksum_url=${u.checksum}`] : []),
      ...(d.signature
        ? [
            `signature_url=${u.signature}`,
            `signature_of=${d.signature.of}`,
            `signature_key=${d.signature.key}`,
          ]
        : []),
    ];
    lines.push('jb_install_tool \\', ...args.map((a) => `  ${shq(a)} \\`));
    lines.push(`  -- ${[tool.check!.pattern!, ...(tool.check?.args ?? [])].map(shq).join(' ')}`);
  }
  lines.push("jb_log 'all tools installed and verified'");
  return lines.join('\n') + '\n';
}

const APT_OPTIONS = [
  'jb_apt() {',
  '  apt-get -y -q -o DPkg::Lock::Timeout=600 \\',
  '    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"',
  '}',
];

/** os-update.sh: non-interactive full upgrade, needrestart in automatic mode, unattended security upgrades. */
export function osUpdateScript(definition: JumpboxDefinition, ctx: ScriptContext): string | undefined {
  const h = definition.hardening ?? {};
  const upgrade = h.osUpgrade ?? true;
  const unattended = h.unattendedUpgrades ?? true;
  const lines = [...HEADER('Bring the OS up to date without prompts.', ctx.fingerprint), ...APT_OPTIONS];
  lines.push(
    'if command -v cloud-init > /dev/null; then',
    "  jb_log 'waiting for cloud-init to finish'",
    '  cloud-init status --wait > /dev/null || true',
    'fi',
    'install -d -m 0755 /etc/needrestart/conf.d',
    "cat > /etc/needrestart/conf.d/90-jumpbox.conf <<'JUMPBOX_CONF'",
    '# Written by aks-jumpbox-image: list services to restart, never prompt (the image is captured anyway).',
    "$nrconf{restart} = 'l';",
    '$nrconf{kernelhints} = 0;',
    'JUMPBOX_CONF',
    'jb_apt update',
  );
  if (upgrade) lines.push("jb_log 'upgrading all packages'", 'jb_apt upgrade --with-new-pkgs');
  if (unattended) {
    lines.push(
      'jb_apt install unattended-upgrades',
      "cat > /etc/apt/apt.conf.d/20auto-upgrades <<'JUMPBOX_CONF'",
      'APT::Periodic::Update-Package-Lists "1";',
      'APT::Periodic::Unattended-Upgrade "1";',
      'JUMPBOX_CONF',
      "jb_log 'unattended security upgrades enabled'",
    );
  }
  return lines.join('\n') + '\n';
}

/** apt.sh: signed apt repositories, extra packages and apt-installed tools (pinned). */
export function aptScript(definition: JumpboxDefinition, ctx: ScriptContext): string | undefined {
  const repos = definition.apt?.repositories ?? [];
  const packages = definition.apt?.packages ?? [];
  const aptTools = definition.tools.filter((t) => t.apt);
  if (!repos.length && !packages.length && !aptTools.length) return undefined;
  const lines = [
    ...HEADER('apt repositories, packages and apt-installed tools.', ctx.fingerprint),
    ...(aptTools.length ? MEASURE : []),
    ...WORKDIR,
    ...APT_OPTIONS,
  ];
  lines.push(
    '# shellcheck source=/dev/null',
    '. /etc/os-release',
    'codename="${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}"',
  );
  lines.push('jb_subst() { local s="$1"; printf \'%s\' "${s//\\{codename\\}/${codename}}"; }');
  if (repos.length) {
    lines.push(
      ...KEYS,
      ...usedKeys(
        definition,
        repos.map((r) => r.key),
      ),
    );
    lines.push(
      '# jb_apt_repository NAME URL SUITE COMPONENTS KEY',
      'jb_apt_repository() {',
      '  install -d -m 0755 /etc/apt/keyrings',
      '  install -m 0644 "${jb_work}/keyring-$5.gpg" "/etc/apt/keyrings/jumpbox-$5.gpg"',
      "  printf 'Types: deb\\nURIs: %s\\nSuites: %s\\nComponents: %s\\nArchitectures: %s\\nSigned-By: %s\\n' \\",
      `    "$(jb_subst "$2")" "$(jb_subst "$3")" "$4" ${shq(definition.architecture)} "/etc/apt/keyrings/jumpbox-$5.gpg" \\`,
      '    > "/etc/apt/sources.list.d/jumpbox-$1.sources"',
      '  jb_log "apt repository $1 added (key $5)"',
      '}',
    );
    for (const r of repos) {
      lines.push(
        `jb_apt_repository ${[r.name, r.url, r.suite, r.components.join(' '), r.key].map(shq).join(' ')}`,
      );
    }
  }
  lines.push('jb_apt update');
  const specs = [
    ...packages.map((p) => (p.includes('=') ? `"$(jb_subst ${shq(p)})"` : shq(p))),
    ...aptTools.map(
      (t) => `"$(jb_subst ${shq(`${t.apt!.package}=${t.apt!.version.replace(/\{version\}/g, t.version)}`)})"`,
    ),
  ];
  if (specs.length) lines.push('jb_apt install --no-install-recommends \\', `  ${specs.join(' \\\n  ')}`);
  for (const t of aptTools) lines.push(expectLine(t));
  return lines.join('\n') + '\n';
}

/** azure-cli-extensions.sh: pinned extensions, installed system-wide. */
export function extensionsScript(definition: JumpboxDefinition, ctx: ScriptContext): string | undefined {
  const exts = definition.tools.filter((t) => t.azureCliExtension);
  if (!exts.length) return undefined;
  const lines = [...HEADER('Azure CLI extensions (pinned, system-wide).', ctx.fingerprint), ...MEASURE];
  for (const t of exts) {
    const name = t.azureCliExtension!.name ?? t.name;
    lines.push(
      `az extension add --system --yes --name ${shq(name)} --version ${shq(t.version)}`,
      expectLine(t),
    );
  }
  return lines.join('\n') + '\n';
}

/** hardening.sh: the sshd drop-in. */
export function hardeningScript(definition: JumpboxDefinition, ctx: ScriptContext): string | undefined {
  const ssh = definition.hardening?.ssh;
  if (!ssh || ssh.enabled === false) return undefined;
  const lines = [
    ...HEADER(
      'sshd hardening (a drop-in; first value wins, so 10- precedes cloud-init 50-).',
      ctx.fingerprint,
    ),
  ];
  lines.push(
    "grep -Eqi '^[[:space:]]*Include[[:space:]]+/etc/ssh/sshd_config.d/' /etc/ssh/sshd_config ||",
    "  jb_fail 'sshd_config does not include /etc/ssh/sshd_config.d'",
    'install -d -m 0755 /etc/ssh/sshd_config.d',
    "cat > /etc/ssh/sshd_config.d/10-jumpbox-hardening.conf <<'JUMPBOX_CONF'",
    ...sshdSettings(definition).map(([k, v]) => `${k} ${v}`),
    'JUMPBOX_CONF',
    'chmod 0644 /etc/ssh/sshd_config.d/10-jumpbox-hardening.conf',
    'install -d -m 0755 /run/sshd',
    "sshd -t || jb_fail 'sshd rejects the hardened configuration'",
    "jb_log 'sshd hardening written'",
  );
  return lines.join('\n') + '\n';
}

/** The sshd settings of the drop-in, in order. */
export function sshdSettings(definition: JumpboxDefinition): Array<[string, string]> {
  const s = definition.hardening?.ssh ?? {};
  const yn = (v: boolean | undefined, dflt: boolean) => ((v ?? dflt) ? 'yes' : 'no');
  return [
    ['PasswordAuthentication', yn(s.passwordAuthentication, false)],
    ['KbdInteractiveAuthentication', yn(s.kbdInteractiveAuthentication, false)],
    ['PermitEmptyPasswords', 'no'],
    ['PubkeyAuthentication', 'yes'],
    ['PermitRootLogin', yn(s.permitRootLogin, false)],
    ['X11Forwarding', yn(s.x11Forwarding, false)],
    ['AllowAgentForwarding', yn(s.allowAgentForwarding, false)],
    ['AllowTcpForwarding', s.allowTcpForwarding ?? 'no'],
    ['MaxAuthTries', String(s.maxAuthTries ?? 6)],
    ['ClientAliveInterval', String(s.clientAliveInterval ?? 300)],
    ['ClientAliveCountMax', String(s.clientAliveCountMax ?? 2)],
    ['LoginGraceTime', String(s.loginGraceTime ?? 60)],
  ];
}

/** manifest.sh: measures every tool in the VM and prints the one-line JSON manifest between the markers. */
export function manifestScript(definition: JumpboxDefinition, ctx: ScriptContext): string {
  const lines = [...HEADER('Print the image manifest (measured in the VM).', ctx.fingerprint), ...MEASURE];
  lines.push(
    'jb_json() { if [[ "$1" =~ ^[A-Za-z0-9._+~:-]*$ ]]; then printf \'"%s"\' "$1"; else printf \'"unparseable"\'; fi; }',
    '# shellcheck source=/dev/null',
    '. "${JUMPBOX_ROOT}/etc/os-release"',
    'tools=""',
    'jb_add_tool() { tools="${tools:+${tools},}{\\"name\\":$(jb_json "$1"),\\"version\\":$(jb_json "$2")}"; }',
  );
  for (const t of definition.tools) {
    const c = checkCommand(t);
    lines.push(`jb_add_tool ${shq(t.name)} "$(jb_measure ${shq(c.pattern)} ${c.words.join(' ')})"`);
  }
  lines.push(
    'manifest="{\\"schemaVersion\\":1"',
    `manifest+=",\\"definitionFingerprint\\":$(jb_json ${shq(ctx.fingerprint)})"`,
    `manifest+=",\\"baseImageVersion\\":$(jb_json ${shq(ctx.baseImageVersion)})"`,
    'manifest+=",\\"os\\":{\\"id\\":$(jb_json "${ID:-}"),\\"versionId\\":$(jb_json "${VERSION_ID:-}"),\\"kernel\\":$(jb_json "$(uname -r)")}"',
    'manifest+=",\\"tools\\":[${tools}]}"',
    `printf '%s\\n' ${shq(MANIFEST_BEGIN)} "\${manifest}" ${shq(MANIFEST_END)}`,
  );
  return lines.join('\n') + '\n';
}

/** validate.sh: every tool runs and reports its pinned version; hardening is in effect. */
export function validateScript(definition: JumpboxDefinition, ctx: ScriptContext): string {
  const lines = [
    ...HEADER('Validate the image: pinned versions and hardening.', ctx.fingerprint),
    ...MEASURE,
  ];
  for (const t of definition.tools) lines.push(expectLine(t));
  const ssh = definition.hardening?.ssh;
  if (ssh && ssh.enabled !== false) {
    lines.push(
      'if [[ -z "${JUMPBOX_ROOT}" ]]; then',
      '  install -d -m 0755 /run/sshd',
      '  effective="$(sshd -T 2>/dev/null)"',
    );
    for (const [k, v] of sshdSettings(definition)) {
      const lk = k.toLowerCase();
      lines.push(
        `  grep -qx ${shq(`${lk} ${v}`)} <<< "\${effective}" || jb_fail ${shq(`sshd: ${k} is not ${v}`)}`,
      );
    }
    lines.push("  jb_log 'sshd settings in effect'", 'fi');
  }
  lines.push("jb_log 'validation passed'");
  return lines.join('\n') + '\n';
}

/** cleanup.sh: caches and build leftovers. */
export function cleanupScript(definition: JumpboxDefinition, ctx: ScriptContext): string | undefined {
  if (definition.hardening?.cleanCaches === false) return undefined;
  const lines = [...HEADER('Remove caches and build leftovers.', ctx.fingerprint), ...APT_OPTIONS];
  lines.push(
    'jb_apt autoremove --purge',
    'jb_apt clean',
    'rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /root/.cache /tmp/jumpbox',
    "jb_log 'caches cleaned'",
  );
  return lines.join('\n') + '\n';
}

/** A user step: run as root with strict mode. */
export function stepScript(step: StepDefinition, ctx: ScriptContext, title: string): string {
  return [...HEADER(title, ctx.fingerprint), step.run.replace(/\n+$/, '')].join('\n') + '\n';
}
