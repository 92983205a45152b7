export const id = 168;
export const ids = [168,545];
export const modules = {

/***/ 8168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qh: () => (/* reexport */ settings/* INPUT_NAMES */.Qh),
  GN: () => (/* reexport */ settings/* SettingsError */.GN),
  P_: () => (/* reexport */ preflight/* formatWhatIf */.P_),
  Mm: () => (/* reexport */ leastPrivilegeSetup),
  yQ: () => (/* reexport */ load.loadDefinition),
  wj: () => (/* reexport */ outdatedTools),
  P$: () => (/* reexport */ settings/* parseSettings */.P$),
  BQ: () => (/* reexport */ pinDefinition),
  b4: () => (/* reexport */ requirementsTable),
  ji: () => (/* reexport */ setupMarkdown)
});

// UNUSED EXPORTS: ASSIGN, BLOB_DATA_READER, BLOB_DATA_READER_ID, BLOB_READ, CLOUD_NAMES, DEFAULTS, LIST_KEYS, LIVE_LOG_GROUP, NOT_SUPPORTED_YET, OUTPUTS, PREFLIGHT_CHECKS, RBAC_ADMIN, RBAC_ADMIN_ID, RG_READ, UNASSIGN, assignedRoleGuids, callerRequirements, callerScopes, cancelTemplateBuild, delegationCondition, distributionOutputs, downloadLogs, finishAfterCancel, formatPreflight, groupedLogger, logPreflight, outputNames, outputValues, postStepWork, resolveCloud, runBuild, runPostStep, runPreflight, runStep, stepOutcome, templateStatus, whatIf

// EXTERNAL MODULE: ./src/core/settings.ts + 1 modules
var settings = __webpack_require__(5984);
// EXTERNAL MODULE: ./src/core/cloud.ts
var cloud = __webpack_require__(7858);
// EXTERNAL MODULE: ./src/core/run/run.ts + 26 modules
var run = __webpack_require__(5267);
// EXTERNAL MODULE: ./src/core/run/post.ts
var post = __webpack_require__(7259);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/failure.ts
/**
 * Failures explained: the customizer or validation step that failed (from the Packer log), its exit code and the
 * last lines of its own output, and hints for known Image Builder and Packer failure signatures. Platform-free;
 * the summary renders what `explainFailure` returns. Every hint's fix names a setting (an input) or a role.
 */
const FAILURE_SIGNATURES = [
    {
        id: 'apt-lock',
        title: 'apt/dpkg was locked by another process',
        pattern: /Could not get lock \/var\/lib\/(?:dpkg|apt)|dpkg frontend lock|dpkg was interrupted/i,
        fix: 'Usually unattended-upgrades on first boot. Make the custom steps of your `definition` wait for the lock (`apt-get -o DPkg::Lock::Timeout=600`), as the default steps do, and run again.',
    },
    {
        id: 'download-404',
        title: 'a download returned 404',
        pattern: /\b404\b[^\n]*(?:Not Found|error)|returned error: 404|ERROR 404/i,
        fix: 'The pinned version or URL no longer exists upstream: update the tool versions in your `definition` (`aks-jumpbox-image definition pin`), or pin `base-image` to a version that still exists.',
    },
    {
        id: 'checksum-mismatch',
        title: 'a download did not match its checksum',
        pattern: /checksum (?:mismatch|did not match)|computed checksum did NOT match|Hash Sum mismatch|sha256sum: WARNING/i,
        fix: 'The file changed upstream or a proxy rewrote it: re-pin the tool in your `definition` (`aks-jumpbox-image definition pin`) and check the egress path of `build-subnet-id`.',
    },
    {
        id: 'subnet-join',
        title: 'Image Builder could not join the build subnet',
        pattern: /subnets\/join\/action|LinkedAuthorizationFailed/i,
        fix: 'The build identity needs the network role on the build VNet: `network-role-id` (default Network Contributor) at the VNet of `build-subnet-id`; keep `revoke-roles` at `image` or `none` while builds run.',
    },
    {
        id: 'authorization-distribution',
        title: 'the build identity may not write the image (AuthorizationFailed at distribution)',
        pattern: /AuthorizationFailed[\s\S]*(?:distribut|Microsoft\.Compute\/(?:images|galleries))|distribut[\s\S]*AuthorizationFailed/i,
        fix: 'Grant the image role (`image-role-id`, default Contributor) on `image-resource-group`; a role assigned seconds before the build can take minutes to apply, so run again if it was just granted.',
    },
    {
        id: 'ssh-timeout',
        title: 'the builder could not reach the build VM over SSH',
        pattern: /Timeout waiting for SSH|ssh: handshake failed|:22: i\/o timeout|waiting for SSH[^\n]*timeout/i,
        fix: 'Allow the proxy VM to reach the build VM on TCP 22 in the NSG of `build-subnet-id` (and inbound 60000-60001 from AzureLoadBalancer for the private link), keep its privateLinkServiceNetworkPolicies Disabled, or use `container-instance-subnet-id`.',
    },
    {
        id: 'build-timeout',
        title: 'the build timeout was reached',
        pattern: /timeout of \d+ minutes reached|context deadline exceeded|Build was cancelled: timeout/i,
        fix: 'Raise `build-timeout-minutes` (and `wait-timeout-minutes`), or use a larger `vm-size`.',
    },
    {
        id: 'disk-full',
        title: 'the build VM ran out of disk space',
        pattern: /No space left on device|ENOSPC|not enough free (?:disk )?space/i,
        fix: 'Set `os-disk-size-gb` above the base image size (for example 64).',
    },
    {
        id: 'gallery-generation',
        title: 'the image generation does not match the gallery image definition',
        pattern: /Hyper-?V ?generation|generation of the (?:source )?image[^\n]*does not match/i,
        fix: "Use a `base-image` of the gallery definition's generation (V2 for the default Ubuntu 24.04 Gen2), or a `gallery-image-id` whose definition has that generation.",
    },
    {
        id: 'internal-error',
        title: 'Image Builder failed internally',
        pattern: /InternalOperationError|InternalServerError|\bInternalError\b/,
        fix: "Run again: a failed template is replaced, and with `force-rebuild` a new build starts. If it repeats, open a support case with the run's operation id; set `cleanup-template` to `never` to keep the logs.",
    },
];
const STEP_START = /==> azure-arm: (?:Provisioning with (?:[\w-]+ )?(?:script|shell|powershell|file)[^:]*: (.+)|Running validation (.+?)(?: \.\.\.)?$)/;
const EXIT = /non-zero exit status: (\d+)|exit status (\d+)/;
const PACKER_PREFIX = /^(?:\[[^\]]*\] )?PACKER (?:OUT|ERR) /;
/** Strips Image Builder's `[<operation>] PACKER OUT` and Packer's `azure-arm:` prefixes. */
function stepOutputLine(line) {
    const packer = line.replace(PACKER_PREFIX, '');
    const own = /^\s+azure-arm: ?(.*)$/.exec(packer);
    return own ? own[1] : undefined;
}
/** The last step started in `lines`, its exit code and its own output (at most `maxLines`). */
function failedStep(lines, maxLines = 15) {
    let start = -1;
    let match = null;
    for (let i = lines.length - 1; i >= 0 && start < 0; i--) {
        match = STEP_START.exec(lines[i].replace(PACKER_PREFIX, ''));
        if (match)
            start = i;
    }
    if (start < 0 || !match)
        return undefined;
    const after = lines.slice(start + 1);
    const exit = after.map((l) => EXIT.exec(l)).find((m) => m);
    const output = after.map(stepOutputLine).filter((l) => l !== undefined);
    return {
        name: (match[1] ?? match[2] ?? '').trim(),
        kind: match[2] ? 'validation' : 'customizer',
        ...(exit ? { exitCode: Number(exit[1] ?? exit[2]) } : {}),
        output: output.slice(-maxLines),
    };
}
/** The failing step and the matching known signatures, from the log lines and the run's message. */
function failure_explainFailure(lines, message = '') {
    const text = `${lines.join('\n')}\n${message}`;
    const step = failedStep(lines);
    return { ...(step ? { step } : {}), hints: FAILURE_SIGNATURES.filter((s) => s.pattern.test(text)) };
}
/** Image Builder's generic advice, appended to most failure messages. The summary shows it once at most. */
const failure_PACKERIZER_GENERIC = /\s*During the image build,? a failure has occurred,? please review the build log to identify which build\/customization step failed\.\s*For more troubleshooting steps go to https:\/\/aka\.ms\/azvmimagebuilderts\.?/i;

// EXTERNAL MODULE: ./src/core/timeline.ts
var timeline = __webpack_require__(1516);
;// CONCATENATED MODULE: ./src/core/summary-sections.ts
/**
 * Sections of the run summary (`summary.ts`): the Image Builder timeline (table and Mermaid gantt), roles with their
 * names, portal links, per-region replication and the failure explanation. Platform-free Markdown.
 */


/** Escapes text for a table cell or inline use: HTML, pipes and line breaks. */
function summary_sections_cell(value) {
    if (value === undefined || value === null || value === '')
        return '—';
    return String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
const summary_sections_code = (value) => value === undefined || value === null || value === '' ? '—' : `<code>${summary_sections_cell(value)}</code>`;
/** A fenced block whose fence is longer than any backtick run inside (so log text cannot close it). */
function summary_sections_fenced(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
}
function summary_sections_formatDuration(seconds) {
    const s = Math.max(0, Math.round(seconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const r = s % 60;
    if (h)
        return `${h}h ${m}m ${r}s`;
    if (m)
        return `${m}m ${r}s`;
    return `${r}s`;
}
/** A Markdown table; always with a header row that names its columns. */
function summary_sections_table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
}
/** Built-in roles the product assigns or documents, by definition GUID. */
const BUILT_IN_ROLE_NAMES = {
    '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
    'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
    'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
    '4d97b98b-1d4f-4787-a291-c67834d212e7': 'Network Contributor',
    '9980e02c-c2be-4d73-94e8-173b1dc7cf3c': 'Virtual Machine Contributor',
    'f1a07417-d97a-45cb-824c-7a7467783830': 'Managed Identity Operator',
    '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1': 'Storage Blob Data Reader',
    'ba92f5b4-2d11-453d-a403-e96b0029c9fe': 'Storage Blob Data Contributor',
    '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
    'f58310d9-a9f6-439a-9e8d-f62e7b41a168': 'Role Based Access Control Administrator',
};
function roleLabel(record) {
    const guid = record.roleDefinitionId.split('/').pop() ?? '';
    const name = record.roleName ?? BUILT_IN_ROLE_NAMES[guid.toLowerCase()] ?? 'custom role';
    return `${summary_sections_cell(name)} (${summary_sections_code(guid)})`;
}
function summary_sections_rolesTable(roles) {
    return summary_sections_table(['Purpose', 'Scope', 'Role', 'Created by this run'], roles.map((r) => [summary_sections_cell(r.purpose), summary_sections_code(r.scope), roleLabel(r), r.created ? 'yes' : 'no (existed)']));
}
/** A resource id with a link to it in the Azure portal of `portal`. */
function summary_sections_resourceCell(id, portal) {
    if (!portal || !id?.startsWith('/subscriptions/'))
        return summary_sections_code(id);
    return `${summary_sections_code(id)} · [portal](${portal.replace(/\/+$/, '')}/#@/resource${encodeURI(id)})`;
}
/** Portal hosts of the named clouds (custom clouds pass theirs). */
const summary_sections_PORTALS = {
    AzureCloud: 'https://portal.azure.com',
    AzureUSGovernment: 'https://portal.azure.us',
    AzureChinaCloud: 'https://portal.azure.cn',
};
const mermaidLabel = (s) => s.replace(/[:#;]/g, ' ');
/** The timeline as a table and, when `mermaid`, a gantt chart (GitHub renders it; Azure Pipelines does not). */
function summary_sections_timelineSection(timeline, mermaid) {
    const total = timeline.reduce((n, e) => n + e.durationMs, 0);
    const rows = timeline.map((e) => [
        summary_sections_cell(timelineLabel(e)),
        summary_sections_code(e.startedAt.replace(/\.\d+Z$/, 'Z')),
        summary_sections_formatDuration(e.durationMs / 1000),
        total ? `${Math.round((100 * e.durationMs) / total)}%` : '—',
    ]);
    const out = ['### Image Builder timeline', summary_sections_table(['Stage', 'Started', 'Duration', 'Share'], rows)];
    if (mermaid) {
        const bars = timeline.map((e, i) => {
            const start = Date.parse(e.startedAt);
            const label = `${mermaidLabel(timelineLabel(e))} (${summary_sections_formatDuration(e.durationMs / 1000)})`;
            return `  ${label} :s${i}, ${start}, ${start + Math.max(1000, e.durationMs)}`;
        });
        out.push(['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %H:%M', '  section Build', ...bars, '```'].join('\n'));
    }
    return out;
}
function summary_sections_replicationSection(replication) {
    const done = replication.filter((r) => /^(Completed|Succeeded)$/i.test(r.state)).length;
    return [
        `### Replication (${done} of ${replication.length} regions)`,
        summary_sections_table(['Region', 'State', 'Message'], replication.map((r) => [summary_sections_cell(r.region), summary_sections_cell(r.state), summary_sections_cell(r.message)])),
    ];
}
/** The failing step first, its exit code and own output, then the hints of the matching known signatures. */
function summary_sections_failureSection(explanation) {
    const out = ['### Why it failed'];
    const { step, hints } = explanation;
    if (step) {
        const exit = step.exitCode === undefined ? '' : `, exit code **${step.exitCode}**`;
        out.push(`The ${step.kind} step ${summary_sections_code(step.name)} failed${exit}.`);
        if (step.output.length)
            out.push(`Its last ${step.output.length} lines of output:\n\n${summary_sections_fenced(step.output.join('\n'), 'text')}`);
    }
    for (const h of hints)
        out.push(`**Likely cause: ${summary_sections_cell(h.title)}.** ${h.fix}`);
    return out.length > 1 ? out : [];
}
/** Image Builder's message with its generic troubleshooting paragraph replaced by one short pointer. */
function summary_sections_condensedMessage(message) {
    return PACKERIZER_GENERIC.test(message)
        ? `${message
            .replace(PACKERIZER_GENERIC, ' ')
            .replace(/\s{2,}/g, ' ')
            .trim()} (Image Builder's troubleshooting guide: https://aka.ms/azvmimagebuilderts)`
        : message;
}

;// CONCATENATED MODULE: ./src/core/summary-preflight.ts
/** Summary sections of the preflight checklist and the dry run's what-if (`summary.ts`). */

const CHECK_ICON = {
    pass: '✅ pass',
    warn: '⚠️ warn',
    fail: '❌ fail',
};
/** The preflight checklist: status, check, one-line reason. */
function preflightTable(checks) {
    return table(['Status', 'Check', 'Reason'], checks.map((c) => [CHECK_ICON[c.status], cell(c.title), cell(c.reason)]));
}
const CHANGE = {
    unchanged: 'exists, unchanged',
    create: 'will create',
    replace: 'will replace',
    delete: 'will delete',
};
function whatIfTable(items) {
    return table(['Change', 'Resource', 'Name', 'Note'], items.map((i) => [CHANGE[i.change], cell(i.kind), code(i.name), cell(i.note)]));
}
/** The preflight checklist and, for a dry run, the what-if. */
function summary_preflight_preflightSections(result) {
    const out = [];
    if (result.preflight?.length) {
        const failed = result.preflight.some((c) => c.status === 'fail');
        out.push(`### Preflight${failed ? ' (failed: nothing was changed)' : ''}`, preflightTable(result.preflight));
    }
    if (result.whatIf?.length)
        out.push('### Plan (what-if)', whatIfTable(result.whatIf));
    return out;
}

;// CONCATENATED MODULE: ./src/core/summary.ts
/**
 * The run report as GitHub-flavoured Markdown: shared by the GitHub step summary, the Azure Pipelines summary tab
 * and the CLI. Platform-free: callers pass what they know about artifacts, errors and what their renderer supports
 * (Mermaid: GitHub yes, the Azure Pipelines summary tab no). Sections live in `summary-sections.ts`.
 */





/** Summaries are capped by the platforms (GitHub: 1 MiB); stay well under it. */
const MAX_BYTES = 900_000;
const ICON = {
    Succeeded: '✅',
    PartiallySucceeded: '⚠️',
    Failed: '❌',
    Canceled: '🚫',
    Skipped: '⏭️',
    Running: '⏳',
};
const FAILED = new Set(['Failed', 'Canceled', 'PartiallySucceeded']);
function stateNote(result) {
    switch (result.state) {
        case 'Skipped':
            return 'An image with this fingerprint already exists, so no build ran. Set `force-rebuild` to build anyway.';
        case 'Running':
            return 'The build continues in Azure (`wait: false`). Its roles were kept: revoking them would break the build.';
        case 'PartiallySucceeded':
            return 'The build finished with errors in some steps; the image was distributed. Check the log.';
        case 'Canceled':
            return 'The run was canceled; the build was asked to stop.';
        default:
            return undefined;
    }
}
function resourcesTable(result, portal) {
    const image = result.imageId ?? (result.dryRun ? `${result.imageName} (not built: dry run)` : undefined);
    return table(['Resource', 'Value'], [
        ['Image', resourceCell(image, portal)],
        ['Image name', code(result.imageName)],
        ['Template', result.templateId ? resourceCell(result.templateId, portal) : code(result.templateName)],
        ['Fingerprint', code(result.fingerprint)],
        ['Base image version', code(result.baseImageVersion)],
        ['Identity', resourceCell(result.identityId, portal)],
        ['Staging resource group', resourceCell(result.stagingResourceGroup, portal)],
        ['Duration', formatDuration(result.durationSeconds)],
    ]);
}
/** What retention (`keep-versions` / `keep-images`) deleted, would delete (dry run) or could not delete. */
function retentionSection(retention) {
    const rows = [
        ...retention.deleted.map((id) => [code(id), retention.dryRun ? 'would be deleted (dry run)' : 'deleted']),
        ...(retention.failed ?? []).map((id) => [code(id), 'could not be deleted']),
    ];
    if (!rows.length)
        return [];
    return ['### Retention', table(['Artifact', 'Outcome'], rows)];
}
/** The boot test's verdict and the last lines of what the validation printed in the test VM. */
function bootTestSection(result) {
    const icon = result.testResult === 'passed' ? '✅' : result.testResult === 'failed' ? '❌' : '⏭️';
    const lines = (result.testOutput ?? '').split('\n').slice(-40);
    return [
        '### Boot test',
        `${icon} **${result.testResult}**${result.testMessage ? `: ${cell(result.testMessage)}` : ''}`,
        ...(lines.some(Boolean)
            ? [
                `<details><summary>Run Command output</summary>\n\n${fenced(lines.join('\n'), 'text')}\n\n</details>`,
            ]
            : []),
    ];
}
function headline(result, options) {
    const state = result?.state ?? 'Failed';
    const out = [
        `## ${options.title ?? 'AKS jump box image'}: ${ICON[state]} ${state}${result?.dryRun ? ' (dry run)' : ''}`,
    ];
    const message = result?.message && (FAILED.has(state) || state === 'Running') ? result.message : undefined;
    // The adapters often pass the run's message as the error too: say it once.
    if (options.error && !(message && options.error.includes(message)))
        out.push(`> [!CAUTION]\n> ${cell(condensedMessage(options.error))}`);
    if (!result)
        return out;
    const note = stateNote(result);
    if (note)
        out.push(`> [!NOTE]\n> ${note}`);
    if (message)
        out.push(`**Message:** ${cell(condensedMessage(message))}`);
    if (state === 'Failed' || state === 'PartiallySucceeded')
        out.push(...failureSection(explainFailure(result.logTail ?? [], result.message)));
    return out;
}
function details(result, options) {
    const out = [...preflightSections(result)];
    if (result.timeline?.length)
        out.push(...timelineSection(result.timeline, options.mermaid ?? false));
    if (result.replication?.length)
        out.push(...replicationSection(result.replication));
    if (result.retention)
        out.push(...retentionSection(result.retention));
    if (result.phases.length) {
        out.push('### Phases', table(['Phase', 'Duration'], result.phases.map((p) => [cell(p.name), formatDuration(p.durationMs / 1000)])));
    }
    const reported = Boolean(result.manifest?.tools?.length);
    const tools = reported ? result.manifest.tools : result.tools;
    if (tools.length) {
        out.push(`### Tools${reported ? ' (as reported by the build)' : ' (pinned by the definition)'}`, table(['Tool', 'Version'], tools.map((t) => [cell(t.name), code(t.version)])));
    }
    if (result.testResult)
        out.push(...bootTestSection(result));
    if (result.rolesGranted.length || result.rolesRevoked.length) {
        out.push('### Roles');
        if (result.rolesGranted.length)
            out.push('Granted to the build identity:', rolesTable(result.rolesGranted));
        if (result.rolesRevoked.length)
            out.push('Revoked after the build:', rolesTable(result.rolesRevoked));
        else if (result.state === 'Running')
            out.push('None revoked: the build is still running.');
    }
    if (result.egress.length) {
        out.push('<details><summary>Outbound connections the build needs</summary>\n', table(['Host', 'Port', 'Protocol', 'Purpose'], result.egress.map((e) => [code(e.host), String(e.port), cell(e.protocol), cell(e.purpose)])), '\n</details>');
    }
    return out;
}
function logSection(result, options) {
    const out = ['### Log'];
    if (options.artifact) {
        const { name, id, url } = options.artifact;
        const label = `${cell(name)}${id !== undefined ? ` (artifact ${cell(id)})` : ''}`;
        out.push(`Customization log uploaded as ${url ? `[${label}](${url})` : `**${label}**`}.`);
    }
    else {
        out.push(options.artifactNote ? cell(options.artifactNote) : 'No log artifact.');
    }
    if (result?.logAccess)
        out.push(`> **Build log unreadable:** ${cell(result.logAccess)}`);
    const tail = result?.logTail ?? [];
    if (tail.length && FAILED.has(result.state)) {
        const n = options.tailLines ?? 60;
        const lines = tail.slice(-n).map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l));
        out.push(`<details><summary>Last ${lines.length} lines of the customization log</summary>\n\n${fenced(lines.join('\n'), 'text')}\n\n</details>`);
    }
    return out;
}
function summary_renderSummary(result, options = {}) {
    // A custom cloud's portal is unknown: its resources get no links (a portal URL can be passed instead).
    const name = options.portal ?? 'AzureCloud';
    const portal = PORTALS[name] ?? (/^https:\/\//.test(name) ? name : undefined);
    const out = [
        ...headline(result, options),
        ...(result ? [resourcesTable(result, portal), ...details(result, options)] : []),
        ...logSection(result, options),
    ];
    if (result?.dryRun && result.template) {
        out.push(`<details><summary>Image template (dry run)</summary>\n\n${fenced(JSON.stringify(result.template, null, 2), 'json')}\n\n</details>`);
    }
    let md = `${out.join('\n\n')}\n`;
    if (Buffer.byteLength(md) > MAX_BYTES)
        md = `${md.slice(0, MAX_BYTES / 4)}\n\n…(summary truncated)\n`;
    return md;
}

;// CONCATENATED MODULE: ./src/core/gallery/outputs.ts
function distributionOutputs(result) {
    const regions = (state) => (result?.replication ?? [])
        .filter((r) => state(r.state))
        .map((r) => r.region)
        .join(',');
    return {
        galleryImageVersion: result?.galleryImageVersion ?? '',
        replicatedRegions: regions((s) => s === 'Completed'),
        failedRegions: regions((s) => s === 'Failed'),
        retentionDeleted: (result?.retention?.deleted ?? []).join(','),
    };
}

;// CONCATENATED MODULE: ./src/core/step/outputs.ts
/**
 * The step's outputs, once for both CI platforms: kebab-case names for the action (action.yml `outputs`), camelCase
 * for the task (task.json `outputVariables`). Every output is always written (empty when unknown).
 */

const OUTPUTS = [
    { name: 'image-id', value: (r) => r?.imageId },
    { name: 'image-name', value: (r) => r?.imageName },
    { name: 'template-name', value: (r) => r?.templateName },
    { name: 'template-id', value: (r) => r?.templateId },
    { name: 'identity-id', value: (r) => r?.identityId },
    { name: 'identity-principal-id', value: (r) => r?.identityPrincipalId },
    { name: 'run-state', value: (r, x) => x.state ?? r?.state },
    { name: 'build-skipped', value: (r) => (r ? r.buildSkipped : false) },
    { name: 'fingerprint', value: (r) => r?.fingerprint },
    { name: 'base-image-version', value: (r) => r?.baseImageVersion },
    { name: 'staging-resource-group', value: (r) => r?.stagingResourceGroup },
    { name: 'log-file', value: (r) => r?.logFile },
    { name: 'test-result', value: (r) => r?.testResult ?? (r ? 'skipped' : undefined) },
    { name: 'sbom-file', value: (r) => r?.sbomFile },
    // Azure Pipelines artifacts have no id a later step could use.
    { name: 'log-artifact-id', only: 'action', value: (_r, x) => x.logArtifactId },
    { name: 'log-artifact-url', only: 'action', value: (_r, x) => x.logArtifactUrl },
    { name: 'duration-seconds', value: (r) => (r ? Math.round(r.durationSeconds) : undefined) },
    { name: 'gallery-image-version', value: (r) => distributionOutputs(r).galleryImageVersion },
    { name: 'replicated-regions', value: (r) => distributionOutputs(r).replicatedRegions },
    { name: 'failed-regions', value: (r) => distributionOutputs(r).failedRegions },
    { name: 'retention-deleted', value: (r) => distributionOutputs(r).retentionDeleted },
];
const camel = (name) => name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
/** The output names a platform declares, in order. */
function outputNames(style) {
    return OUTPUTS.filter((o) => !o.only || o.only === style).map((o) => style === 'task' ? camel(o.name) : o.name);
}
/** The values to write, keyed by the platform's names; undefined becomes an empty string. */
function outputs_outputValues(style, result, extra = {}) {
    const values = {};
    for (const o of OUTPUTS) {
        if (o.only && o.only !== style)
            continue;
        const v = o.value(result, extra);
        values[style === 'task' ? camel(o.name) : o.name] = v === undefined || v === null ? '' : String(v);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/core/step/step.ts
/**
 * One step flow for both CI platforms: inputs -> settings -> sign-in -> run -> log artifact -> outputs -> summary ->
 * result; and the post step, which finishes what the checkpoint says the main step owes.
 */






const errorMessage = (e) => (e instanceof Error ? e.message : String(e));
async function runStep(host, options = {}) {
    let settings;
    let result;
    let failure;
    let portal;
    try {
        settings = parseSettings(host.readInputs(), { nameOf: (n) => host.nameOf(n) });
        const auth = await host.signIn(settings);
        portal = auth.cloud.name;
        // The sign-in's round trips (OIDC ID token, Entra) overlap loading the run's modules (docs/performance.md).
        prefetchToken(auth.credential, auth.cloud.armScope);
        // Loaded once the inputs are valid: a run that fails validation never loads the SDKs (docs/performance.md).
        const { runBuild } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5267));
        result = await runBuild(settings, {
            ...auth,
            logger: host.logger,
            signal: options.signal,
            workDir: host.workDir(),
            provenanceTags: host.provenanceTags(),
            onCheckpoint: (checkpoint) => host.saveState(encodeCheckpoint(checkpoint)),
            userAgentPrefix: host.userAgent,
            postStep: true,
            nameOf: (n) => host.nameOf(n),
        });
    }
    catch (e) {
        failure = e instanceof SettingsError ? `Invalid input: ${e.message}` : errorMessage(e);
        // A run that failed after its finish path still has a result: its logs, roles and ids.
        result = e.result;
    }
    const state = failure ? (options.signal?.aborted ? 'Canceled' : 'Failed') : result.state;
    const upload = settings && result ? await uploadLog(host, settings, result, state) : {};
    host.writeOutputs(outputValues(host.outputStyle, result, {
        state,
        logArtifactId: upload.artifact?.id,
        logArtifactUrl: upload.artifact?.url,
    }));
    await host.writeSummary(renderSummary(result && { ...result, state }, {
        error: failure,
        artifact: upload.artifact,
        artifactNote: upload.note,
        mermaid: host.summaryMermaid ?? false,
        portal,
    }));
    const outcome = stepOutcome(result, state, failure);
    host.setResult(outcome.status, outcome.message);
    return state;
}
async function uploadLog(host, settings, result, state) {
    if (result.dryRun)
        return {};
    if (state === 'Skipped')
        return { note: 'No build ran.' };
    if (state === 'Running')
        return { note: 'The build is still running; its log is in the staging storage account.' };
    if (!settings.uploadLog)
        return { note: `Not uploaded: \`${host.nameOf('upload-log')}\` is false.` };
    const files = [result.logFile, result.validationLogFile, result.manifestFile, result.sbomFile].filter((f) => !!f && existsSync(f));
    if (!files.length)
        return { note: 'No customization log was available to upload.' };
    try {
        return await host.uploadLog(settings.logArtifactName, files, {
            logRetentionDays: settings.logRetentionDays,
        });
    }
    catch (e) {
        host.logger.warning(`Could not upload the customization log: ${errorMessage(e)}`);
        return { note: `Upload failed: ${errorMessage(e)}` };
    }
}
/** The step's result and its one-line message, the same on both platforms. */
function stepOutcome(result, state, failure) {
    if (failure)
        return { status: state === 'Canceled' ? 'canceled' : 'failed', message: failure };
    const r = result;
    const detail = r.message ? `: ${r.message}` : '.';
    if (state === 'Failed')
        return { status: 'failed', message: `Image build failed${detail}` };
    if (state === 'Canceled')
        return { status: 'canceled', message: `Image build canceled${detail}` };
    if (r.testResult === 'failed')
        return {
            status: 'failed',
            message: `The image was built but failed its boot test: ${r.testMessage ?? ''}`,
        };
    // wait was true: later steps expect the image, which does not exist yet.
    if (r.timedOut)
        return { status: 'failed', message: r.message ?? 'Stopped waiting for the build.' };
    if (state === 'PartiallySucceeded')
        return { status: 'succeededWithIssues', message: `Image build partially succeeded${detail}` };
    if (r.dryRun)
        return {
            status: 'succeeded',
            message: `Dry run: planned image ${r.imageName} (template ${r.templateName}); nothing was changed in Azure.`,
        };
    if (state === 'Skipped')
        return {
            status: 'succeeded',
            message: `An image with fingerprint ${r.fingerprint} exists: ${r.imageId ?? ''}`,
        };
    if (state === 'Running')
        return { status: 'succeeded', message: `The build continues in Azure: ${r.templateId}` };
    return { status: 'succeeded', message: `Image ${r.imageId ?? r.imageName} built.` };
}
/** The post step: never fails the job; it reports what it did and what is left. */
async function runPostStep(host, options = {}) {
    try {
        const checkpoint = decodeCheckpoint(host.loadState());
        if (checkpoint === 'unreadable') {
            host.postProblem('The state the main step saved is unreadable, so nothing was cleaned up. Check for a running build and for role assignments of the build identity.');
            return;
        }
        const { postStepWork, finishAfterCancel } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7259));
        const work = postStepWork(checkpoint);
        if (work.nothingBecause) {
            host.logger.info(`Nothing to clean up: ${work.nothingBecause}.`);
            return;
        }
        const auth = await host.signIn();
        const outcome = await finishAfterCancel(checkpoint, {
            ...auth,
            logger: host.logger,
            signal: options.signal,
            ...(work.copyLog ? { workDir: host.workDir() } : {}),
        }, work);
        const uploaded = work.copyLog ? await uploadOwedLog(host, work.copyLog, outcome.logFiles) : undefined;
        const done = [
            outcome.canceled ? 'canceled the build left running' : undefined,
            outcome.revoked.length
                ? `revoked ${outcome.revoked.length} role assignment(s): ${outcome.revoked.join(', ')}`
                : undefined,
            outcome.deletedTemplate ? 'deleted the template (cleanup-template)' : undefined,
            uploaded,
        ].filter(Boolean);
        host.logger.info(done.length ? `Cleaned up after the main step: ${done.join('; ')}.` : 'Nothing was left to clean up.');
        if (outcome.left.length)
            host.postProblem(`Role assignment(s) not revoked; remove them by hand: ${outcome.left.join(', ')}`);
    }
    catch (e) {
        host.postProblem(`Cleanup after the main step did not complete: ${errorMessage(e)}. Check for a running build and for role assignments of the build identity.`);
    }
}
/** The log the main step owed, copied by the post step: uploaded as the artifact the main step would have. */
async function uploadOwedLog(host, owed, files) {
    if (!files?.length) {
        host.logger.info('No customization log was found to upload.');
        return undefined;
    }
    try {
        const upload = await host.uploadLog(owed.artifactName, files, { logRetentionDays: owed.retentionDays });
        return `uploaded the customization log (${upload.artifact ? `artifact ${upload.artifact.name}` : upload.note})`;
    }
    catch (e) {
        host.postProblem(`Could not upload the customization log: ${errorMessage(e)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/step/index.ts
/** The step flow both CI adapters run (see step.ts) and the port they implement (host.ts). */



// EXTERNAL MODULE: ./src/core/operations.ts
var operations = __webpack_require__(6545);
// EXTERNAL MODULE: ./src/core/definition/load.ts + 6 modules
var load = __webpack_require__(9162);
// EXTERNAL MODULE: ./src/core/definition/render.ts + 2 modules
var render = __webpack_require__(9764);
// EXTERNAL MODULE: ./src/core/definition/sbom.ts
var sbom = __webpack_require__(3444);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/definition/embedded.ts
const OPEN = 'String.raw`';
function splitEmbedded(source, label) {
    const start = source.indexOf(OPEN);
    const end = start < 0 ? -1 : source.indexOf('`', start + OPEN.length);
    if (start < 0 || end < 0)
        throw new Error(`${label}: no definition embedded as String.raw\`...\``);
    const body = source.slice(start + OPEN.length, end);
    const lead = /^\s*/.exec(body)[0];
    const from = start + OPEN.length + lead.length;
    return { before: source.slice(0, from), yaml: source.slice(from, end), after: source.slice(end) };
}
function joinEmbedded(parts, yaml, label) {
    if (yaml.includes('`') || yaml.includes('${'))
        throw new Error(`${label}: the updated definition cannot be embedded (it contains \` or \${)`);
    return `${parts.before}${yaml}${parts.after}`;
}

// EXTERNAL MODULE: ./src/core/util.ts + 8 modules
var util = __webpack_require__(4682);
;// CONCATENATED MODULE: ./src/core/definition/releases.ts
/**
 * Where a tool's releases are listed, derived from its download URLs (the same hosts `definition pin` downloads
 * from): GitHub releases (`<github>/<owner>/<repo>/releases/download/<tag>/...`), Kubernetes
 * (`<kubernetes>/release/v{version}/...`, stable-<minor>.txt) and HashiCorp (`<hashicorp>/<product>/{version}/...`,
 * index.json). Every base URL can be overridden (tests point them at a loopback release server).
 *
 * Update policy: a tool moves to the newest stable release of its current major version; kubectl (the
 * Kubernetes source) stays on its minor, because kubectl is only supported within one minor of the cluster.
 */

const DEFAULT_RELEASE_SOURCES = {
    github: 'https://github.com',
    githubApi: 'https://api.github.com',
    kubernetes: 'https://dl.k8s.io',
    hashicorp: 'https://releases.hashicorp.com',
};
const esc = (s) => s.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function sourcesOf(options) {
    return { ...DEFAULT_RELEASE_SOURCES, ...(options.sources ?? {}) };
}
/** The release source of a download tool, from its URL, checksum URL or signature URL; undefined when unknown. */
function releaseSourceOf(tool, sources) {
    const d = tool.download;
    if (!d)
        return undefined;
    const templates = [d.url, d.checksum?.url, d.signature?.url].filter((u) => !!u);
    const github = new RegExp(`^${esc(sources.github)}/([^/]+/[^/]+)/releases/download/([^/{]*)\\{version\\}([^/{]*)/`);
    const kubernetes = new RegExp(`^${esc(sources.kubernetes)}/release/v\\{version\\}/`);
    const hashicorp = new RegExp(`^${esc(sources.hashicorp)}/([^/]+)/\\{version\\}/`);
    for (const t of templates) {
        const g = github.exec(t);
        if (g)
            return { kind: 'github', repo: g[1], tagPrefix: g[2], tagSuffix: g[3] };
        if (kubernetes.test(t))
            return { kind: 'kubernetes' };
        const h = hashicorp.exec(t);
        if (h)
            return { kind: 'hashicorp', product: h[1] };
    }
    return undefined;
}
function describeSource(source) {
    if (source.kind === 'github')
        return `GitHub releases ${source.repo}`;
    if (source.kind === 'kubernetes')
        return 'Kubernetes stable release markers';
    return `HashiCorp releases ${source.product}`;
}
const STABLE = /^\d+(\.\d+){1,3}$/;
async function get(url, options, headers = {}) {
    const f = options.fetch ?? fetch;
    const res = await f(url, {
        headers,
        redirect: 'follow',
        ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!res.ok)
        throw new Error(`GET ${url}: HTTP ${res.status}`);
    return res;
}
async function githubVersions(source, s, options) {
    const headers = { accept: 'application/vnd.github+json' };
    if (s.githubToken)
        headers.authorization = `Bearer ${s.githubToken}`;
    const url = `${s.githubApi.replace(/\/+$/, '')}/repos/${source.repo}/releases?per_page=100`;
    const releases = (await (await get(url, options, headers)).json());
    const out = [];
    for (const r of releases) {
        const tag = r.tag_name ?? '';
        if (r.draft || r.prerelease || !tag.startsWith(source.tagPrefix) || !tag.endsWith(source.tagSuffix))
            continue;
        out.push(tag.slice(source.tagPrefix.length, tag.length - source.tagSuffix.length));
    }
    return out;
}
async function sourceVersions(source, current, s, options) {
    if (source.kind === 'github')
        return githubVersions(source, s, options);
    if (source.kind === 'kubernetes') {
        const [major, minor] = current.split('.');
        const url = `${s.kubernetes.replace(/\/+$/, '')}/release/stable-${major}.${minor}.txt`;
        return [(await (await get(url, options)).text()).trim().replace(/^v/, '')];
    }
    const url = `${s.hashicorp.replace(/\/+$/, '')}/${source.product}/index.json`;
    const index = (await (await get(url, options)).json());
    return Object.keys(index.versions ?? {});
}
/** Reads the tool's releases from its release source. Never throws for a lookup failure (see `error`). */
async function lookupReleases(tool, options = {}) {
    const s = sourcesOf(options);
    const source = releaseSourceOf(tool, s);
    if (!source) {
        const how = tool.apt
            ? 'an apt package (see apt-cache madison)'
            : tool.azureCliExtension
                ? 'an Azure CLI extension (see az extension list-available)'
                : 'no known release source for its URLs';
        return { newer: [], error: `not checked: ${how}` };
    }
    try {
        const major = tool.version.split('.')[0];
        const onTrack = (await sourceVersions(source, tool.version, s, options))
            .filter((v) => STABLE.test(v) && v.split('.')[0] === major)
            .sort((a, b) => (0,util/* compareVersions */.Zy)(b, a));
        const latest = onTrack[0];
        const newer = STABLE.test(tool.version)
            ? [...new Set(onTrack.filter((v) => (0,util/* compareVersions */.Zy)(v, tool.version) > 0))]
            : [];
        return { source: describeSource(source), ...(latest ? { latest } : {}), newer };
    }
    catch (e) {
        if (options.signal?.aborted)
            throw e;
        return { source: describeSource(source), newer: [], error: e.message };
    }
}
/** For every tool of a resolved definition: the pinned version and the newest release on its track. */
async function outdatedTools(definition, options = {}) {
    const out = [];
    for (const tool of definition.tools) {
        const r = await lookupReleases(tool, options);
        const status = r.error || !r.latest ? 'unknown' : r.newer.length ? 'outdated' : 'current';
        out.push({
            name: tool.name,
            pinned: tool.version,
            status,
            ...(r.latest ? { latest: r.latest } : {}),
            ...(r.source ? { source: r.source } : {}),
            ...(r.error ? { note: r.error } : !r.latest ? { note: 'no stable release on its track' } : {}),
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/definition/bash.ts
var bash = __webpack_require__(6287);
;// CONCATENATED MODULE: ./src/core/definition/pin.ts
/**
 * `definition pin`: downloads each tool of a definition file and records its sha256, so builds check a
 * pinned hash in addition to the upstream checksum file. With `update`, each tool first moves to its newest
 * release (see releases.ts) that passes verification. Needs network access to the download hosts.
 */







async function download(url, f, signal) {
    const res = await f(url, { redirect: 'follow', ...(signal ? { signal } : {}) });
    if (!res.ok)
        throw new Error(`GET ${url}: HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
}
function checksumFor(text, name) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    for (const line of lines) {
        const [hash, file] = line.trim().split(/\s+/);
        if (file && file.replace(/^\*/, '').replace(/^.*\//, '') === name)
            return hash.toLowerCase();
    }
    if (lines.length === 1 && /^[0-9a-fA-F]{64}$/.test(lines[0].trim()))
        return lines[0].trim().toLowerCase();
    return undefined;
}
/**
 * Downloads the tool for each architecture and returns its sha256 values. A download that disagrees with the
 * upstream checksum file is refused; with `strict` (a new version), the checksum file must exist and list it.
 */
async function verifiedHashes(tool, arches, ctx) {
    const out = {};
    for (const arch of arches) {
        const urls = (0,bash/* toolUrls */.LX)(tool, arch);
        if (ctx.strict && !urls.checksum)
            throw new Error('no upstream checksum file to verify a new release against');
        const body = await download(urls.url, ctx.f, ctx.signal);
        const hash = (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex');
        if (urls.checksum) {
            const sums = (await download(urls.checksum, ctx.f, ctx.signal)).toString('utf8');
            const file = urls.url.split('/').pop();
            const expected = checksumFor(sums, file);
            if (ctx.strict && !expected)
                throw new Error(`${urls.checksum} has no sha256 for ${file}`);
            if (expected && expected !== hash) {
                throw new Error(`${ctx.label}: ${tool.name} ${arch}: ${urls.url} has sha256 ${hash}, but ${urls.checksum} says ${expected}`);
            }
        }
        out[arch] = hash;
    }
    return out;
}
/** Writes `hashes` as tools[i].download.sha256 (and `version` when given); returns how many values changed. */
function applyPins(doc, i, hashes, version) {
    let changed = 0;
    if (version !== undefined && doc.getIn(['tools', i, 'version']) !== version) {
        doc.setIn(['tools', i, 'version'], version);
        changed++;
    }
    if (!doc.hasIn(['tools', i, 'download']))
        doc.setIn(['tools', i, 'download'], doc.createNode({}));
    const shaPath = ['tools', i, 'download', 'sha256'];
    if (version !== undefined) {
        // Pins belong to one version: drop those of architectures not verified for the new one.
        const old = doc.getIn(shaPath)?.toJSON?.() ?? {};
        for (const arch of Object.keys(old))
            if (!(arch in hashes))
                doc.deleteIn([...shaPath, arch]);
    }
    if (!doc.hasIn(shaPath))
        doc.setIn(shaPath, doc.createNode({}));
    for (const [arch, hash] of Object.entries(hashes)) {
        if (doc.getIn([...shaPath, arch]) !== hash) {
            doc.setIn([...shaPath, arch], hash);
            changed++;
        }
    }
    return changed;
}
/** Tries the newer releases newest first; returns the first that passes verification. */
async function tryNewer(tool, arches, change, ctx) {
    const lookup = await lookupReleases(tool, {
        fetch: ctx.f,
        ...(ctx.options.sources ? { sources: ctx.options.sources } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    if (lookup.error)
        change.reasons.push(lookup.error);
    for (const candidate of lookup.newer.slice(0, ctx.options.maxCandidates ?? 3)) {
        try {
            const hashes = await verifiedHashes({ ...tool, version: candidate }, arches, { ...ctx, strict: true });
            change.to = candidate;
            change.status = 'updated';
            return hashes;
        }
        catch (e) {
            if (ctx.signal?.aborted)
                throw e;
            change.reasons.push(`${candidate} refused: ${e.message}`);
        }
    }
    if (lookup.error || lookup.newer.length)
        change.status = 'kept';
    return undefined;
}
async function pinTool(doc, i, tool, arches, ctx) {
    const update = ctx.options.update === true;
    const change = {
        tool: tool.name,
        from: tool.version,
        to: tool.version,
        status: update ? 'current' : 'pinned',
        sha256: {},
        reasons: [],
    };
    const newer = update ? await tryNewer(tool, arches, change, ctx) : undefined;
    if (newer) {
        change.sha256 = newer;
        return { change, changed: applyPins(doc, i, newer, change.to) };
    }
    try {
        change.sha256 = await verifiedHashes(tool, arches, { ...ctx, strict: false });
    }
    catch (e) {
        if (!update || ctx.signal?.aborted)
            throw e;
        change.status = 'kept';
        change.reasons.push(`${tool.version} not re-pinned: ${e.message}`);
        return { change, changed: 0 };
    }
    return { change, changed: applyPins(doc, i, change.sha256) };
}
/** The serializer settings that keep a hand-written file's layout (the built-in default round-trips exactly). */
function serializeDefinition(doc) {
    return doc.toString({ lineWidth: 120, flowCollectionPadding: false });
}
/** pinDefinition on YAML text. */
async function pinDefinitionText(text, label, options) {
    const definition = (0,load.parseDefinition)(text, label);
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const fileTools = doc.toJS().tools ?? [];
    const ctx = { label, f: options.fetch ?? fetch, signal: options.signal, options };
    let updated = 0;
    const changes = [];
    for (const [i, entry] of fileTools.entries()) {
        const tool = definition.tools.find((t) => t.name === entry.name);
        if (!tool?.download)
            continue;
        const arches = [
            ...new Set([
                definition.architecture,
                ...Object.keys(tool.download.sha256 ?? {}),
            ]),
        ].sort();
        const r = await pinTool(doc, i, tool, arches, ctx);
        changes.push(r.change);
        updated += r.changed;
    }
    const out = updated ? serializeDefinition(doc) : text;
    (0,load.parseDefinition)(out, label);
    return { updated, text: out, changes };
}
/**
 * Fills `download.sha256.<arch>` for every tool the file itself lists (tools inherited through
 * `extends: default` are pinned in the default). A download that disagrees with the upstream checksum
 * file is refused. Returns the new text and how many values changed; comments and layout are kept.
 */
async function pinDefinition(options) {
    const raw = await (0,promises_.readFile)(options.path, 'utf8');
    const embedded = options.path.endsWith('.ts') ? splitEmbedded(raw, options.path) : undefined;
    const outcome = await pinDefinitionText(embedded ? embedded.yaml : raw, options.path, options);
    const text = embedded ? joinEmbedded(embedded, outcome.text, options.path) : outcome.text;
    if (options.write && outcome.updated)
        await (0,promises_.writeFile)(options.path, text, 'utf8');
    return { ...outcome, text };
}

// EXTERNAL MODULE: ./src/core/definition/default-definition.ts
var default_definition = __webpack_require__(1520);
;// CONCATENATED MODULE: ./src/core/definition/index.ts









// EXTERNAL MODULE: ./src/core/preflight/index.ts + 11 modules
var preflight = __webpack_require__(9179);
// EXTERNAL MODULE: ./src/core/permissions/requirements.ts
var permissions_requirements = __webpack_require__(966);
// EXTERNAL MODULE: ./src/core/roles.ts
var core_roles = __webpack_require__(3782);
;// CONCATENATED MODULE: ./src/core/permissions/setup.ts
/**
 * The least-privilege setup for the CI principal, from the requirements: per scope, a custom role with the actions
 * the run performs there, the built-in Role Based Access Control Administrator role constrained by an ABAC condition
 * (only the role definitions the run assigns, only to service principals) where the run assigns roles, and Storage
 * Blob Data Reader where it reads the build log. As JSON and as `az` commands.
 */



const ASSIGNEE_PLACEHOLDER = '<ci-principal-object-id>';
/** ABAC condition: assign/delete only these role definitions, only for principals of type ServicePrincipal. */
function delegationCondition(roleGuids) {
    const list = `{${roleGuids.join(', ')}}`;
    const attr = (source, name) => `@${source}[Microsoft.Authorization/roleAssignments:${name}]`;
    const clause = (action, source) => `((!(ActionMatches{'${action}'})) OR (${attr(source, 'RoleDefinitionId')} ForAnyOfAnyValues:GuidEquals ${list} AND ${attr(source, 'PrincipalType')} StringEqualsIgnoreCase 'ServicePrincipal'))`;
    return `${clause(permissions_requirements/* ASSIGN */.uW, 'Request')} AND ${clause(permissions_requirements/* UNASSIGN */.ZH, 'Resource')}`;
}
/** Actions the conditioned RBAC Administrator role grants anyway (its `*\/read` and the role assignments). */
const coveredByRbacAdmin = (r) => r.action === permissions_requirements/* ASSIGN */.uW || r.action === permissions_requirements/* UNASSIGN */.ZH || /\/read$/i.test(r.action);
function customRoleName(scope) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(scope.id.toLowerCase()).digest('hex').slice(0, 8);
    return `aks-jumpbox-image CI ${scope.kind} (${hash})`;
}
function byScope(requirements) {
    const map = new Map();
    for (const r of requirements) {
        const key = r.scope.id.toLowerCase();
        map.set(key, [...(map.get(key) ?? []), r]);
    }
    return map;
}
/** The roles and assignments at one scope. */
function scopeSetup(s, needs) {
    const scope = needs[0].scope;
    const base = { scope: scope.id, scopeLabel: scope.label };
    const assignments = [];
    const delegates = needs.some((n) => n.action === permissions_requirements/* ASSIGN */.uW);
    if (delegates) {
        const custom = s.createCustomRoles ? customGuids(s) : undefined;
        assignments.push({
            ...base,
            role: permissions_requirements/* RBAC_ADMIN */.$$,
            roleDefinitionGuid: permissions_requirements/* RBAC_ADMIN_ID */.vo,
            condition: delegationCondition((0,permissions_requirements/* assignedRoleGuids */.XN)(s, scope.kind, custom)),
            conditionVersion: '2.0',
            why: 'assign (and revoke) only the build identity roles, only to service principals; read',
        });
    }
    if (needs.some((n) => n.data))
        assignments.push({
            ...base,
            role: permissions_requirements/* BLOB_DATA_READER */.z0,
            roleDefinitionGuid: permissions_requirements/* BLOB_DATA_READER_ID */.jh,
            why: 'read the build log (data plane, no account key)',
        });
    const actions = [
        ...new Set(needs.filter((n) => !n.data && !(delegates && coveredByRbacAdmin(n))).map((n) => n.action)),
    ];
    if (!actions.length)
        return { assignments };
    const role = {
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
function customGuids(s) {
    const roles = (0,core_roles/* customRoleDefinitions */.yo)(s.subscriptionId, Boolean(s.gallery));
    return { network: roles.network.guid, image: roles.image.guid };
}
/** Shell quoting: double quotes when nothing inside expands (the conditions), else single quotes (the JSON). */
const quote = (text) => (/["$`\\!]/.test(text) ? `'${text.replace(/'/g, `'\\''`)}'` : `"${text}"`);
function commands(setup, assignee) {
    return [
        ...setup.customRoles.map((r) => `az role definition create --role-definition ${quote(JSON.stringify(r))}`),
        ...setup.assignments.map((a) => [
            `az role assignment create --assignee-object-id ${assignee} --assignee-principal-type ServicePrincipal`,
            `--role ${quote(a.roleDefinitionGuid ?? a.role)} --scope ${a.scope}`,
            ...(a.condition
                ? [`--condition ${quote(a.condition)} --condition-version ${a.conditionVersion}`]
                : []),
        ].join(' ')),
    ];
}
function leastPrivilegeSetup(s, assignee = ASSIGNEE_PLACEHOLDER) {
    const requirements = (0,permissions_requirements/* callerRequirements */.IU)(s);
    const customRoles = [];
    const assignments = [];
    for (const needs of byScope(requirements).values()) {
        const one = scopeSetup(s, needs);
        if (one.role)
            customRoles.push(one.role);
        assignments.push(...one.assignments);
    }
    const setup = { requirements, customRoles, assignments };
    return { ...setup, commands: commands(setup, assignee) };
}

;// CONCATENATED MODULE: ./src/core/permissions/markdown.ts
const markdown_code = (s) => `\`${s}\``;
/** One row per action: feature, scope, action, a built-in role that grants it, why. */
function requirementsTable(requirements, scopeOf = (r) => r.scope.label) {
    return [
        '| feature | scope | action | granted by (built-in) | why |',
        '|---|---|---|---|---|',
        ...requirements.map((r) => `| ${r.feature} | ${scopeOf(r)} | ${markdown_code(r.action)}${r.data ? ' (data action)' : ''} | ${r.role} | ${r.why} |`),
    ];
}
/** The custom roles, the assignments (with their conditions) and the az commands. */
function setupMarkdown(setup) {
    const out = ['### Role assignments for the CI principal', ''];
    out.push('| scope | role | condition | why |', '|---|---|---|---|');
    for (const a of setup.assignments)
        out.push(`| ${a.scopeLabel} | ${a.role} | ${a.condition ? 'only the build identity roles, only to service principals (below)' : ''} | ${a.why} |`);
    out.push('', '### Custom role definitions', '');
    for (const r of setup.customRoles)
        out.push('```json', JSON.stringify(r, null, 2), '```', '');
    const conditions = [...new Set(setup.assignments.map((a) => a.condition).filter((c) => !!c))];
    if (conditions.length) {
        out.push('### Conditions (conditionVersion 2.0)', '');
        for (const c of conditions)
            out.push('```text', c, '```', '');
    }
    out.push('### Azure CLI', '', '```bash', ...setup.commands, '```');
    return out;
}

;// CONCATENATED MODULE: ./src/core/permissions/index.ts




;// CONCATENATED MODULE: ./src/core/index.ts
/** The platform-free engine: everything an adapter needs, nothing about any CI platform. */













/***/ }),

/***/ 6545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cancelTemplateBuild: () => (/* binding */ cancelTemplateBuild),
/* harmony export */   downloadLogs: () => (/* binding */ downloadLogs),
/* harmony export */   templateStatus: () => (/* binding */ templateStatus)
/* harmony export */ });
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8543);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9467);
/* harmony import */ var _run_cancel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4571);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9153);




/** One set of clients and one read of the template, shared by every operation below. */
async function readTemplate(ref, options) {
    await (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .loadClientSdks */ .$6)();
    const clients = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createClients */ .hP)({
        credential: options.credential,
        cloud: options.cloud,
        subscriptionId: ref.subscriptionId,
    });
    try {
        const template = await clients.imageBuilder.virtualMachineImageTemplates.get(ref.resourceGroup, ref.templateName, { abortSignal: options.signal });
        return { clients, template };
    }
    catch (e) {
        throw (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAzureError */ .pv)(e, `Reading image template ${ref.templateName}`);
    }
}
async function templateStatus(ref, options) {
    const { template: t } = await readTemplate(ref, options);
    const running = t.lastRunStatus?.runState === 'Running' || t.lastRunStatus?.runState === 'Canceling';
    return {
        templateId: t.id,
        provisioningState: t.provisioningState,
        runState: t.lastRunStatus?.runState,
        runSubState: t.lastRunStatus?.runSubState,
        message: t.lastRunStatus?.message || undefined,
        startTime: t.lastRunStatus?.startTime?.toISOString(),
        endTime: running ? undefined : t.lastRunStatus?.endTime?.toISOString(),
        stagingResourceGroup: t.exactStagingResourceGroup,
        imageId: t.distribute?.[0]?.imageId,
        fingerprint: t.tags?.[_template_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.fingerprint],
    };
}
async function downloadLogs(ref, workDir, options) {
    const { clients, template } = await readTemplate(ref, options);
    if (!template.exactStagingResourceGroup)
        throw new Error(`Image template ${ref.templateName} has no staging resource group (has it been provisioned?).`);
    const logs = new _logs_js__WEBPACK_IMPORTED_MODULE_1__/* .BuildLogs */ .q4({
        clients,
        credential: options.credential,
        cloud: options.cloud,
        stagingResourceGroupId: template.exactStagingResourceGroup,
        logger: options.logger,
    });
    return logs.copyTo(workDir, options.signal);
}
async function cancelTemplateBuild(ref, options) {
    const { clients, template } = await readTemplate(ref, options);
    const runState = template.lastRunStatus?.runState;
    if (runState !== 'Running') {
        options.logger.info(`No build is running on ${ref.templateName} (last run: ${runState ?? 'none'}).`);
        return false;
    }
    return (0,_run_cancel_js__WEBPACK_IMPORTED_MODULE_2__/* .cancelBuild */ .l)(clients, ref.resourceGroup, ref.templateName, options.logger, template);
}


/***/ }),

/***/ 7259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   finishAfterCancel: () => (/* binding */ finishAfterCancel),
/* harmony export */   postStepWork: () => (/* binding */ postStepWork)
/* harmony export */ });
/* harmony import */ var _azure_ids_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7135);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8543);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3782);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9153);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9467);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4571);
/* harmony import */ var _shared_roles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7880);







function postStepWork(checkpoint) {
    if (!checkpoint)
        return { cancel: false, revoke: [], nothingBecause: 'the main step saved no state' };
    if (checkpoint.finished && (checkpoint.buildStarted || checkpoint.leftRunning)) {
        // wait: false or a wait timeout: the build runs on in Azure on purpose and needs its roles.
        return {
            cancel: false,
            revoke: [],
            nothingBecause: 'the main step left the build running in Azure on purpose (its roles stay until it ends)',
        };
    }
    const cancel = !checkpoint.finished && Boolean(checkpoint.buildStarted && checkpoint.templateId);
    const revoke = [...checkpoint.revoke];
    // Owed by a finished main step that could not delete it, or by one killed before its finish path (always).
    const deleteTemplate = Boolean(checkpoint.deleteTemplate && checkpoint.templateId);
    const copyLog = checkpoint.log;
    if (!cancel && !revoke.length && !deleteTemplate && !copyLog)
        return {
            cancel,
            revoke,
            nothingBecause: checkpoint.finished ? 'the main step finished its own cleanup' : 'nothing was created',
        };
    return { cancel, revoke, ...(deleteTemplate ? { deleteTemplate } : {}), ...(copyLog ? { copyLog } : {}) };
}
/** The whole of a checkpoint: cancel its build if it runs, remove every listed assignment. */
const everything = (checkpoint) => ({
    cancel: Boolean(checkpoint.buildStarted && checkpoint.templateId),
    revoke: [...checkpoint.revoke],
    deleteTemplate: Boolean(checkpoint.deleteTemplate),
    ...(checkpoint.log ? { copyLog: checkpoint.log } : {}),
});
/**
 * Cancels the checkpoint's build if it is running and removes its role assignments; the post step passes the work
 * `postStepWork` decided (which leaves a build started with `wait: false` alone).
 */
async function finishAfterCancel(checkpoint, options, work = everything(checkpoint)) {
    await (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .loadClientSdks */ .$6)(['imageBuilder', 'authorization', ...(work.copyLog ? ['storage'] : [])]);
    const clients = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createClients */ .hP)({ ...options, subscriptionId: checkpoint.subscriptionId });
    const template = work.cancel && checkpoint.templateId ? (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_6__/* .parseImageTemplateId */ .iL)(checkpoint.templateId) : undefined;
    const canceled = template ? await cancelIfRunning(clients, template, options) : false;
    const owner = checkpoint.templateId ? (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_6__/* .parseImageTemplateId */ .iL)(checkpoint.templateId) : undefined;
    const revocation = await revokeOwed(clients, checkpoint, work.revoke, options);
    // After the cancel: the log holds what the build wrote until then.
    const logFiles = work.copyLog && options.workDir ? await copyOwedLog(clients, work.copyLog, options) : [];
    const deletedTemplate = work.deleteTemplate && owner ? await deleteOwedTemplate(clients, owner, options) : false;
    return {
        canceled,
        ...revocation,
        ...(deletedTemplate ? { deletedTemplate } : {}),
        ...(logFiles.length ? { logFiles } : {}),
    };
}
/** Cancels the build when it still runs (or has no status yet: killed right after Image Builder accepted it). */
async function cancelIfRunning(clients, template, options) {
    const ib = clients.imageBuilder.virtualMachineImageTemplates;
    try {
        const t = await ib.get(template.resourceGroup, template.name, { abortSignal: options.signal });
        const runState = t.lastRunStatus?.runState;
        if (runState && runState !== 'Running')
            return false;
        return await (0,_cancel_js__WEBPACK_IMPORTED_MODULE_4__/* .cancelBuild */ .l)(clients, template.resourceGroup, template.name, options.logger, t);
    }
    catch (e) {
        options.logger.warning(`Could not check the build on ${template.name}: ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e).message}`);
        return false;
    }
}
/** Removes the owed assignments, unless another build of the identity still runs (its run revokes them). */
async function revokeOwed(clients, checkpoint, ids, options) {
    const revoked = [];
    const owner = checkpoint.templateId ? (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_6__/* .parseImageTemplateId */ .iL)(checkpoint.templateId) : undefined;
    const scope = owner && checkpoint.identityId && ids.length
        ? { resourceGroup: owner.resourceGroup, identityId: checkpoint.identityId, ownTemplate: owner.name }
        : undefined;
    if (scope && !(await (0,_shared_roles_js__WEBPACK_IMPORTED_MODULE_5__/* .mayRevoke */ .M)(clients, scope, options.logger, options.signal)))
        return { revoked, left: [], kept: ids };
    for (const id of ids) {
        try {
            await (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .removeRoleAssignment */ .aM)(clients, id, { logger: options.logger, signal: options.signal });
            revoked.push(id);
        }
        catch (e) {
            options.logger.warning(e.message);
        }
    }
    return { revoked, left: ids.filter((id) => !revoked.some((r) => (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_6__/* .sameId */ .s)(r, id))) };
}
/**
 * The deletion cleanup-template asked for (the main step could not do it, or was killed first): once no build runs
 * on the template (after the cancel above); a build still running or canceling keeps it, with the command.
 */
async function deleteOwedTemplate(clients, template, options) {
    const byHand = `az image builder delete -g ${template.resourceGroup} -n ${template.name}`;
    const ib = clients.imageBuilder.virtualMachineImageTemplates;
    try {
        const now = await ib
            .get(template.resourceGroup, template.name, { abortSignal: options.signal })
            .catch((e) => {
            throw (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e) ? e : (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAzureError */ .pv)(e, `Reading image template ${template.name}`);
        });
        const runState = now.lastRunStatus?.runState;
        if (runState === 'Running' || runState === 'Canceling') {
            options.logger.warning(`Image template ${template.name} is kept for now: its build is ${runState}. Delete it once the build has ended: ${byHand}`);
            return false;
        }
        await (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteTemplate */ .I7)(clients, {
            ...template,
            logger: options.logger,
            signal: options.signal,
            pollIntervalMs: 1000,
        });
        return true;
    }
    catch (e) {
        if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e))
            return false;
        options.logger.warning(`${e.message} Delete it by hand: ${byHand}`);
        return false;
    }
}
/** Copies the build log the main step owed (after the cancel: the lines written so far) to the work directory. */
async function copyOwedLog(clients, owed, options) {
    const logs = new _logs_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLogs */ .q4({
        clients,
        credential: options.credential,
        cloud: options.cloud,
        logger: options.logger,
        stagingResourceGroupId: owed.stagingResourceGroupId,
        ...(owed.folder ? { folder: owed.folder } : { ignoreFolders: new Set(owed.before ?? []) }),
    });
    try {
        const copied = await logs.copyTo(options.workDir, options.signal);
        return [copied.logFile, copied.validationLogFile].filter((f) => !!f);
    }
    catch (e) {
        options.logger.warning(`Could not copy the customization log: ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e).message}`);
        return [];
    }
}


/***/ })

};
