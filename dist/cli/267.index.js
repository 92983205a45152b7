export const id = 267;
export const ids = [267];
export const modules = {

/***/ 8736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ createArmRest),
/* harmony export */   d1: () => (/* binding */ resourceGroupPath),
/* harmony export */   g$: () => (/* binding */ platformImagePath),
/* harmony export */   mG: () => (/* binding */ API_VERSION),
/* harmony export */   m_: () => (/* binding */ flattenProperties),
/* harmony export */   sO: () => (/* binding */ armPath)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(690);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8543);
/**
 * Plain ARM reads over the Azure SDK's own HTTP pipeline (@azure/core-rest-pipeline): the bearer token policy, the
 * retries on 429 and 5xx (honouring Retry-After), the user agent and the request id, as the generated clients send
 * them, without loading a whole generated SDK for a few GETs. An unchanged re-run reads only through this (the VNet,
 * the base image versions, the image lookup), and so do the preflight's network, image and provider reads: see
 * docs/performance.md. Errors are the pipeline's RestError with the ARM error's code, the status and the response
 * (its correlation id), so `describeAzureError` names them all.
 */


/**
 * The api-versions of the plain reads: those the generated clients in package.json send for the same operations
 * (@azure/arm-network 39, @azure/arm-compute 25, @azure/arm-resources 8), so the requests are the same.
 */
const API_VERSION = { network: '2026-01-01', compute: '2026-04-01', resources: '2025-04-01' };
/** An ARM path from its segments: literal and value segments alternate; values are encoded as the generated clients do. */
const armPath = (...segments) => segments.map((s, i) => (i % 2 ? encodeURIComponent(s) : s)).join('/');
/**
 * A resource in a resource group (`type` as `Microsoft.Network/virtualNetworks`), or without `name` the list of that
 * type in the group: the paths the generated clients use.
 */
const resourceGroupPath = (subscriptionId, group, type, name) => armPath('/subscriptions', subscriptionId, 'resourceGroups', group, `providers/${type}`, ...(name === undefined ? [] : [name]));
/**
 * A Marketplace image's versions in a region (the compute SDK's virtualMachineImages.list path), or with `version`
 * that one version (virtualMachineImages.get).
 */
function platformImagePath(subscriptionId, location, image, version) {
    const versions = armPath('/subscriptions', subscriptionId, 'providers/Microsoft.Compute/locations', location, 'publishers', image.publisher, 'artifacttypes/vmimage/offers', image.offer, 'skus', image.sku, 'versions');
    return version === undefined ? versions : `${versions}/${encodeURIComponent(version)}`;
}
function createArmRest(options) {
    const endpoint = options.cloud.resourceManagerEndpoint.replace(/\/$/, '');
    let pipeline;
    const http = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createDefaultHttpClient */ .fl)();
    const send = async (url, signal) => {
        pipeline ??= armPipeline(options);
        const request = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineRequest */ .G6)({ url, method: 'GET', abortSignal: signal });
        request.headers.set('accept', 'application/json');
        const response = await pipeline.sendRequest(http, request);
        const body = parseJson(response.bodyAsText ?? undefined);
        if (response.status >= 400) {
            const error = body?.error;
            throw new _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .RestError */ .pj(error?.message ?? `HTTP ${response.status}`, {
                code: error?.code,
                statusCode: response.status,
                request,
                response,
            });
        }
        return body;
    };
    const url = (path, apiVersion) => `${endpoint}${path}?api-version=${encodeURIComponent(apiVersion)}`;
    return {
        get: async (path, apiVersion, signal) => (await send(url(path, apiVersion), signal)),
        async list(path, apiVersion, signal, onPage) {
            const items = [];
            let next = url(path, apiVersion);
            while (next) {
                onPage?.();
                const page = (await send(next, signal));
                if (Array.isArray(page))
                    return [...items, ...page];
                items.push(...(page?.value ?? []));
                next = page?.nextLink ?? undefined;
            }
            return items;
        },
    };
}
/** The pipeline the generated clients build: default policies (retry, user agent, request id) and a bearer token. */
function armPipeline(options) {
    const pipeline = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineFromOptions */ .Fp)({
        userAgentOptions: { userAgentPrefix: (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .userAgentPrefixOf */ .uz)(options) },
        ...(options.retry ? { retryOptions: options.retry } : {}),
    });
    pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .bearerTokenAuthenticationPolicy */ .N$)({ credential: options.credential, scopes: options.cloud.armScope }));
    return pipeline;
}
function parseJson(text) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * An ARM resource as the generated clients return it: each `properties` object merged into its owner, all the way
 * down (a VNet's subnets, their delegations). The generated deserializers do the same for the models read here.
 */
function flattenProperties(value) {
    if (Array.isArray(value))
        return value.map((v) => flattenProperties(v));
    if (!value || typeof value !== 'object')
        return value;
    const { properties, ...rest } = value;
    const merged = properties && typeof properties === 'object' && !Array.isArray(properties)
        ? { ...rest, ...properties }
        : { ...rest, ...(properties === undefined ? {} : { properties }) };
    return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, flattenProperties(v)]));
}


/***/ }),

/***/ 6287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ MANIFEST_END),
/* harmony export */   El: () => (/* binding */ HEADER),
/* harmony export */   LX: () => (/* binding */ toolUrls),
/* harmony export */   Y6: () => (/* binding */ MANIFEST_BEGIN),
/* harmony export */   hi: () => (/* binding */ shq),
/* harmony export */   v4: () => (/* binding */ WORKDIR)
/* harmony export */ });
/* unused harmony exports expandTemplate, toolArchName */
const MANIFEST_BEGIN = '### AKS-JUMPBOX-MANIFEST BEGIN ###';
const MANIFEST_END = '### AKS-JUMPBOX-MANIFEST END ###';
/** Quotes a string for bash (single quotes). */
function shq(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function expandTemplate(template, values) {
    return template.replace(/\{([a-z]+)\}/g, (whole, key) => values[key] ?? whole);
}
function toolArchName(tool, arch) {
    return tool.download?.archNames?.[arch] ?? arch;
}
/** The tool's URLs with {version} and {arch} filled in. */
function toolUrls(tool, arch) {
    const d = tool.download;
    const values = { version: tool.version, arch: toolArchName(tool, arch) };
    return {
        url: expandTemplate(d.url, values),
        ...(d.checksum ? { checksum: expandTemplate(d.checksum.url, values) } : {}),
        ...(d.signature ? { signature: expandTemplate(d.signature.url, values) } : {}),
        ...(d.member ? { member: expandTemplate(d.member, values) } : {}),
    };
}
const HEADER = (title, fingerprint) => [
    '#!/usr/bin/env bash',
    `# ${title}`,
    `# Generated by aks-jumpbox-image from definition ${fingerprint}. Do not edit.`,
    'set -euo pipefail',
    'umask 022',
    'export DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=l CHECKPOINT_DISABLE=1',
    'export AZURE_CORE_COLLECT_TELEMETRY=false AZURE_CORE_NO_COLOR=true',
    'JUMPBOX_ROOT="${JUMPBOX_ROOT:-}"',
    'jb_log() { printf \'jumpbox: %s\\n\' "$*"; }',
    'jb_fail() { printf \'jumpbox: ERROR: %s\\n\' "$*" >&2; exit 1; }',
];
const WORKDIR = [
    'jb_work="$(mktemp -d "${TMPDIR:-/tmp}/jumpbox.XXXXXX")"',
    'trap \'rm -rf "${jb_work}"\' EXIT',
];


/***/ }),

/***/ 8042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** JSON with object keys sorted recursively (arrays keep their order); undefined members are dropped. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}


/***/ }),

/***/ 6161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ defaultDefinition),
  F: () => (/* binding */ definitionOf)
});

;// CONCATENATED MODULE: ./src/core/definition/default-definition.resolved.ts
const RESOLVED_DEFAULT_DEFINITION = {
    "baseImage": {
        "publisher": "Canonical",
        "offer": "ubuntu-24_04-lts",
        "sku": "server",
        "version": "latest"
    },
    "architecture": "amd64",
    "apt": {
        "repositories": [
            {
                "name": "microsoft-azure-cli",
                "url": "https://packages.microsoft.com/repos/azure-cli/",
                "suite": "{codename}",
                "components": [
                    "main"
                ],
                "key": "microsoft"
            }
        ],
        "packages": [
            "ca-certificates",
            "curl",
            "gnupg",
            "unzip",
            "unattended-upgrades"
        ]
    },
    "tools": [
        {
            "name": "azure-cli",
            "description": "Azure CLI, from Microsoft's signed apt repository",
            "version": "2.90.0",
            "apt": {
                "package": "azure-cli",
                "version": "{version}-1~{codename}"
            },
            "check": {
                "command": "az",
                "args": [
                    "version",
                    "--output",
                    "json"
                ],
                "pattern": "\"azure-cli\": \"([0-9][^\"]*)\""
            }
        },
        {
            "name": "aks-preview",
            "description": "Azure CLI aks-preview extension (installed system-wide)",
            "version": "22.0.0b4",
            "azureCliExtension": {}
        },
        {
            "name": "kubectl",
            "description": "Kubernetes CLI",
            "version": "1.36.5",
            "installPath": "/usr/local/bin/kubectl",
            "download": {
                "url": "https://dl.k8s.io/release/v{version}/bin/linux/{arch}/kubectl",
                "archive": "binary",
                "checksum": {
                    "url": "https://dl.k8s.io/release/v{version}/bin/linux/{arch}/kubectl.sha256"
                }
            },
            "check": {
                "args": [
                    "version",
                    "--client"
                ],
                "pattern": "Client Version: v([0-9]+\\.[0-9]+\\.[0-9]+)"
            }
        },
        {
            "name": "kubelogin",
            "description": "Azure kubelogin (Microsoft Entra ID credential plugin for kubectl)",
            "version": "0.2.20",
            "installPath": "/usr/local/bin/kubelogin",
            "download": {
                "url": "https://github.com/Azure/kubelogin/releases/download/v{version}/kubelogin-linux-{arch}.zip",
                "archive": "zip",
                "member": "bin/linux_{arch}/kubelogin",
                "checksum": {
                    "url": "https://github.com/Azure/kubelogin/releases/download/v{version}/kubelogin-linux-{arch}.zip.sha256"
                }
            },
            "check": {
                "args": [
                    "--version"
                ],
                "pattern": "git hash: v([0-9]+\\.[0-9]+\\.[0-9]+)"
            }
        },
        {
            "name": "helm",
            "description": "Helm 3",
            "version": "3.22.0",
            "installPath": "/usr/local/bin/helm",
            "download": {
                "url": "https://get.helm.sh/helm-v{version}-linux-{arch}.tar.gz",
                "archive": "tar.gz",
                "member": "linux-{arch}/helm",
                "checksum": {
                    "url": "https://get.helm.sh/helm-v{version}-linux-{arch}.tar.gz.sha256sum"
                },
                "signature": {
                    "url": "https://github.com/helm/helm/releases/download/v{version}/helm-v{version}-linux-{arch}.tar.gz.asc",
                    "of": "artifact",
                    "key": "helm"
                }
            },
            "check": {
                "args": [
                    "version",
                    "--short"
                ],
                "pattern": "^v([0-9]+\\.[0-9]+\\.[0-9]+)"
            }
        },
        {
            "name": "azwi",
            "description": "Azure AD Workload Identity CLI",
            "version": "1.5.1",
            "installPath": "/usr/local/bin/azwi",
            "download": {
                "url": "https://github.com/Azure/azure-workload-identity/releases/download/v{version}/azwi-v{version}-linux-{arch}.tar.gz",
                "archive": "tar.gz",
                "member": "azwi",
                "checksum": {
                    "url": "https://github.com/Azure/azure-workload-identity/releases/download/v{version}/sha256sums.txt"
                }
            },
            "check": {
                "args": [
                    "version"
                ],
                "pattern": "Version: v([0-9]+\\.[0-9]+\\.[0-9]+)"
            }
        },
        {
            "name": "terraform",
            "description": "HashiCorp Terraform",
            "version": "1.16.4",
            "installPath": "/usr/local/bin/terraform",
            "download": {
                "url": "https://releases.hashicorp.com/terraform/{version}/terraform_{version}_linux_{arch}.zip",
                "archive": "zip",
                "member": "terraform",
                "checksum": {
                    "url": "https://releases.hashicorp.com/terraform/{version}/terraform_{version}_SHA256SUMS"
                },
                "signature": {
                    "url": "https://releases.hashicorp.com/terraform/{version}/terraform_{version}_SHA256SUMS.72D7468F.sig",
                    "of": "checksum",
                    "key": "hashicorp"
                }
            },
            "check": {
                "args": [
                    "version"
                ],
                "pattern": "^Terraform v([0-9]+\\.[0-9]+\\.[0-9]+)"
            }
        },
        {
            "name": "jq",
            "description": "jq JSON processor",
            "version": "1.8.2",
            "installPath": "/usr/local/bin/jq",
            "download": {
                "url": "https://github.com/jqlang/jq/releases/download/jq-{version}/jq-linux-{arch}",
                "archive": "binary",
                "checksum": {
                    "url": "https://github.com/jqlang/jq/releases/download/jq-{version}/sha256sum.txt"
                }
            },
            "check": {
                "args": [
                    "--version"
                ],
                "pattern": "^jq-([0-9]+\\.[0-9]+(\\.[0-9]+)?)"
            }
        }
    ],
    "hardening": {
        "osUpgrade": true,
        "unattendedUpgrades": true,
        "cleanCaches": true,
        "ssh": {
            "enabled": true,
            "passwordAuthentication": false,
            "kbdInteractiveAuthentication": false,
            "permitRootLogin": false,
            "x11Forwarding": false,
            "allowAgentForwarding": false,
            "allowTcpForwarding": "no",
            "maxAuthTries": 6,
            "clientAliveInterval": 300,
            "clientAliveCountMax": 2,
            "loginGraceTime": 60
        }
    },
    "validation": {
        "continueDistributeOnFailure": false,
        "sourceValidationOnly": false
    },
    "egress": [
        {
            "host": "azure.archive.ubuntu.com",
            "port": 80,
            "protocol": "http",
            "purpose": "Ubuntu packages and security updates (the Azure Ubuntu images' apt mirror)"
        }
    ],
    "tags": {
        "workload": "aks-jumpbox"
    },
    "keys": {
        "microsoft": {
            "description": "Microsoft (Release signing) <gpgsecurity@microsoft.com>, signs packages.microsoft.com",
            "fingerprints": [
                "BC528686B50D79E339D3721CEB3E94ADBE1229CF"
            ],
            "armored": "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQENBFYxWIwBCADAKoZhZlJxGNGWzqV+1OG1xiQeoowKhssGAKvd+buXCGISZJwT\nLXZqIcIiLP7pqdcZWtE9bSc7yBY2MalDp9Liu0KekywQ6VVX1T72NPf5Ev6x6DLV\n7aVWsCzUAF+eb7DC9fPuFLEdxmOEYoPjzrQ7cCnSV4JQxAqhU4T6OjbvRazGl3ag\nOeizPXmRljMtUUttHQZnRhtlzkmwIrUivbfFPD+fEoHJ1+uIdfOzZX8/oKHKLe2j\nH632kvsNzJFlROVvGLYAk2WRcLu+RjjggixhwiB+Mu/A8Tf4V6b+YppS44q8EvVr\nM+QvY7LNSOffSO6Slsy9oisGTdfE39nC7pVRABEBAAG0N01pY3Jvc29mdCAoUmVs\nZWFzZSBzaWduaW5nKSA8Z3Bnc2VjdXJpdHlAbWljcm9zb2Z0LmNvbT6JATQEEwEI\nAB4FAlYxWIwCGwMGCwkIBwMCAxUIAwMWAgECHgECF4AACgkQ6z6Urb4SKc+P9gf/\ndiY2900wvWEgV7iMgrtGzx79W/PbwWiOkKoD9sdzhARXWiP8Q5teL/t5TUH6TZ3B\nENboDjwr705jLLPwuEDtPI9jz4kvdT86JwwG6N8gnWM8Ldi56SdJEtXrzwtlB/Fe\n6tyfMT1E/PrJfgALUG9MWTIJkc0GhRJoyPpGZ6YWSLGXnk4c0HltYKDFR7q4wtI8\n4cBu4mjZHZbxIO6r8Cci+xxuJkpOTIpr4pdpQKpECM6x5SaT2gVnscbN0PE19KK9\nnPsBxyK4wW0AvAhed2qldBPTipgzPhqB2gu0jSryil95bKrSmlYJd1Y1XfNHno5D\nxfn5JwgySBIdWWvtOI05gw==\n=zPfd\n-----END PGP PUBLIC KEY BLOCK-----\n"
        },
        "hashicorp": {
            "description": "HashiCorp Security <security@hashicorp.com>, signs releases.hashicorp.com SHA256SUMS",
            "fingerprints": [
                "C874011F0AB405110D02105534365D9472D7468F"
            ],
            "armored": "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGB9+xkBEACabYZOWKmgZsHTdRDiyPJxhbuUiKX65GUWkyRMJKi/1dviVxOX\nPG6hBPtF48IFnVgxKpIb7G6NjBousAV+CuLlv5yqFKpOZEGC6sBV+Gx8Vu1CICpl\nZm+HpQPcIzwBpN+Ar4l/exCG/f/MZq/oxGgH+TyRF3XcYDjG8dbJCpHO5nQ5Cy9h\nQIp3/Bh09kET6lk+4QlofNgHKVT2epV8iK1cXlbQe2tZtfCUtxk+pxvU0UHXp+AB\n0xc3/gIhjZp/dePmCOyQyGPJbp5bpO4UeAJ6frqhexmNlaw9Z897ltZmRLGq1p4a\nRnWL8FPkBz9SCSKXS8uNyV5oMNVn4G1obCkc106iWuKBTibffYQzq5TG8FYVJKrh\nRwWB6piacEB8hl20IIWSxIM3J9tT7CPSnk5RYYCTRHgA5OOrqZhC7JefudrP8n+M\npxkDgNORDu7GCfAuisrf7dXYjLsxG4tu22DBJJC0c/IpRpXDnOuJN1Q5e/3VUKKW\nmypNumuQpP5lc1ZFG64TRzb1HR6oIdHfbrVQfdiQXpvdcFx+Fl57WuUraXRV6qfb\n4ZmKHX1JEwM/7tu21QE4F1dz0jroLSricZxfaCTHHWNfvGJoZ30/MZUrpSC0IfB3\niQutxbZrwIlTBt+fGLtm3vDtwMFNWM+Rb1lrOxEQd2eijdxhvBOHtlIcswARAQAB\ntERIYXNoaUNvcnAgU2VjdXJpdHkgKGhhc2hpY29ycC5jb20vc2VjdXJpdHkpIDxz\nZWN1cml0eUBoYXNoaWNvcnAuY29tPokCVAQTAQoAPgIbAwULCQgHAgYVCgkICwIE\nFgIDAQIeAQIXgBYhBMh0AR8KtAURDQIQVTQ2XZRy10aPBQJplkfQBQkQrOy3AAoJ\nEDQ2XZRy10aPw6gP/3GUEMUa6mCRuuSOT9UnziPIvXYd63mcN6A6Jwmwj8JaB2qu\nOCijvJkw56UbZK3x1FZIbe0hA6VUAwNSNmSIxVJkilgwIYYFO0tnL79XhIeP7jYF\nydXLZ4rTi1FDl8lltAujTNARdY8UGg4hGlcM9OrEeXEFLWugJNiChL15FVoxZqIS\njeduaEqyxGfJnyVwy8z3pZfgODeFr7xs2NkUIMSfuRg24VcL4aW8Frt3jW8P45y3\no/5fsi6Aw2tZ0wD9NSgkVc8VD1NRV9eSZ95Bv+Awf9IXa+Cn5OCjc8Jc+XF+nLfB\noPswOO7E8dLiuBUw6/GzSLMbVs8qf8BNXB92dOe1VccVTqjCxK2sEpVaHh7e+co8\nd8lDGBIWMGh7NS6XlGORpFb/T6gxjjOYUV3SKd4QDebUUG8kMkb5juLljOoq+YOP\nvgNLDZLZteFpmH+zB9DpOY1YtHZB/OD+DtzLMaSl6VPF2Ln0j5aQGwNDt7sheyAe\nsXbu0qn2H5FxojSfvhT0kUDKZ0mgg5y3Oflg49MiAOhjLGY0JocFpBeMILw27fbw\nfpIBP7siQWFTFJ1O+l2NQiWAwC2x5fX2EakyCBJmrkPV2hr4nEogNqg9/RDskIUq\ncpcOOd/0BntiXMyUCCH2AoCt5acaTQ0WU6CAosZPojOYhtGGgOgeQSdflpMSuQIN\nBGCAXCYBEADW6RNrZVGNXvHVBqSiOWaxl1XOiEoiHPt50Aijt25yXbG+0kHIFSoR\n+1g6Lh20JTCChgfQkGGjzQvEuG1HTw07YhsvLc0pkjNMfu6gJqFox/ogc53mz69O\nxXauzUQ/TZ27GDVpUBu+EhDKt1s3OtA6Bjz/csop/Um7gT0+ivHyvJ/jGdnPEZv8\ntNuSE/Uo+hn/Q9hg8SbveZzo3C+U4KcabCESEFl8Gq6aRi9vAfa65oxD5jKaIz7c\ny+pwb0lizqlW7H9tQlr3dBfdIcdzgR55hTFC5/XrcwJ6/nHVH/xGskEasnfCQX8R\nYKMuy0UADJy72TkZbYaCx+XXIcVB8GTOmJVoAhrTSSVLAZspfCnjwnSxisDn3Zzs\nYrq3cV6sU8b+QlIX7VAjurE+5cZiVlaxgCjyhKqlGgmonnReWOBacCgL/UvuwMmM\np5TTLmiLXLT7uxeGojEyoCk4sMrqrU1jevHyGlDJH9Taux15GILDwnYFfAvPF9WC\nid4UZ4Ouwjcaxfys3LxNiZIlUsXNKwS3mhiMRL4TRsbs4k4QE+LIMOsauIvcvm8/\nfrydvQ/kUwIhVTH80XGOH909bYtJvY3fudK7ShIwm7ZFTduBJUG473E/Fn3VkhTm\nBX6+PjOC50HR/HybwaRCzfDruMe3TAcE/tSP5CUOb9C7+P+hPzQcDwARAQABiQRy\nBBgBCgAmAhsCFiEEyHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWSAoFCRCqi+QCQMF0\nIAQZAQoAHRYhBDdOx1tIWRNgSoMcx8ggxtXNJ6uHBQJggFwmAAoJEMggxtXNJ6uH\nRfAP/2CGdSyg0K7U66Vygl0dugxrMm8O3/Oe211BKdQsFUSWAznOTRTK/zvMUHO4\nLJAlYvdtZ6xDa4XHl9FYQ8MR9ZV0OuOlAZvU4IJDLPVCU09X/UzX/GEoZL0R5esv\nwPAXopMaRHCfXJeI/gEaB94UhAeYlwpcRn0eSuk1vyZx7GRE6/hog8DCf4hoT40d\nW20gGe58xcvJ+mRYlC0lr16WH08wuUcee6+dgu+4Cg6SG6+zt9cMyl8VnTUL5BK/\nV3MebnYZJK0RFDNnnXDhzStgOd5gOeIL+xBPXHd0/ld/rDM74SFExpuS+hNsyo+x\nMQ/HJavak21MFinul9COwfGEmlAXTGMY30Lf3Pt/eAkbwgmGc966VSoRmOFEXJVl\nDr+yJR6ru+7j50z8lAv6Lsop7sun1Qysbo0swf6W1qgPf6VWbx91NTFLkw0+gD8j\nxwrU5ZMkeSuntX9dpjuZS29CflXXIRPlvhuiDPicwTpYuIUx37vHveAH5gnowZg2\n47x780Urrsx8duTX8CI9MAnqzm4dFAiRlwE8bvLk+l9wekiXA9gIMZiVNqNlduXI\nqvAG21Wdgq8qyeXKy/XWCVKDQOmEbFAltfNam8E3KEw0fl199x+93d5ckDGcPzUY\nPbNkCuIwngC/ZN96pDafF3Z12fSNfhZUe0C8td8KAszYa96GCRA0Nl2UctdGj1gK\nD/4jOGhEGTg88VyuPVjeK+zkwrTIZSvHdUHfTt/+rTLSNb/RQiBCUQuEZvafj6Fr\nntS7bAEhccGqH894T3St5K0AXWkvsLd6K+cbIQdlnFA2zb6geJUCk6qx5NgWpRc3\ni0DS7CheGwl+Bwu7+n9pNjNjiHV+rYDgqbQXG0dtGysB0/3qIRgEDHFO0HJu/dct\ne4oXrQIqrZrpOwe8WxqFqdU918JpSUcc8coiFp9YtwpgqQNxGVZ+rhgnTGdZzk1f\n/Yhhimh+2B0ReaFvk3UzVBj3HQ9C6+Ot3MyDEhSgdhjr9e25Tm9S5YfhwtWmghRw\n9RKPyLMSXSxm/Uc0mK1NucAp8TQBwKqKzNpCk5IdrBSWRUbjOoOFyzyCsY6gS285\nGCpSIzI39hTf+3gdwYPlE6fj+F2TZzdhx62DPnzBzBHnByYTVdJ649bx0FFp4Q+5\nTbIWtxu/AQkRDxmWNQfE+6GgeshlrhXWsh6+PGDzt+2raG6zUT913sdz7Ctw4fLj\nmsKOTdTz3Xa9pr8lxfI/JuukSgt9o/n3GirhTB3zE1w/I/Xt6k7oASiP3zQSuHtB\n/CYKYHDtOCWwjo7JPEGtb/FkreKNxsk/p20jnlrB8WZxxswdr2Vri9NmFeyMDVX7\nqF3WqT+8aCV9GtS1GCHx/5nGBdDwoxEsXqpI3IUqPb6FDg==\n=bov7\n-----END PGP PUBLIC KEY BLOCK-----\n"
        },
        "helm": {
            "description": "Helm release managers from helm/helm KEYS (Matt Farina, Scott Rigby, Robert Sirchia, George Jenkins); releases are signed by whichever of them cuts the release",
            "fingerprints": [
                "672C657BE06B4B30969C4A57461449C25E36B98E",
                "208DD36ED5BB3745A16743A4C7C6FBB5B91C1155",
                "7FEC81FACC7FFB2A010ADD13C2D40F4D8196E874",
                "BF888333D96A1C18E2682AAED79D67C9EC016739"
            ],
            "armored": "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBFoFERgBEADdhgM8EPo9fxnu2iW75r4uha2TrhWaO3EJIo53sa6U9nePIeWc\noWqjDZqYvIMJcylfocrVi4m6HdNcPrWo5pSWeKd8J9X8d4BUhoKFmJdHqWzgokwW\nRk06Doro2FHFyHoPPrI3a1HGVWA0xFhBYqSbim4j/Q0FouS566MofeRGnnacJ88z\nZ7yErN5Gy4jk7pOgwvMewoGpEd8FMcyYSJfSjeoqdIZYp89EKTLbgQZuOJ9yVZnY\nc0mtpH57UbkrkGv8hRuViWSO99q/mpMQyWQGYVoTV4QM/0q4jUbkRazaeY3N4hGC\nI6Xf4ilWyNmmVODI6JcvWY+vXPtxIKjEjYiomVCF6jCYWWCA7cf3+kqJ+T4sc0NF\nfseR/TAOkDV/XsZ1ufbSHBEiZTIjLvoAGJ+u+3go+UysVVCw4L1NSGFeDrZ97KSe\nw0MeuV2SYfdZ4so7k4YDNbBLTVx0V/wl+laFtdjo167D18AYw54HIv3snHkjABfY\n7Q06Ye7FuuKzdrj9KpmzUYnN3hRGqe84GIcM3D5+vElj0vyg8th32Dig5Xi38s0M\nsz7hPg+oFk7csslMVAnLtWYvsv2FMSKB9FUHYv9AJ6yjYfyLlQgjjda0z6Sq5zpu\nqVZqTNSxEIZFDKfTgQV6rocIK5VKP063KS6qwpHzPxKADaLTUPOWeum9/wARAQAB\ntCRNYXR0aGV3IEZhcmluYSA8bWF0dEBtYXR0ZmFyaW5hLmNvbT6JAk4EEwEIADgW\nIQRnLGV74GtLMJacSldGFEnCXja5jgUCWgURGAIbAwULCQgHAwUVCgkICwUWAwIB\nAAIeAQIXgAAKCRBGFEnCXja5jjtQEADJvSx67Qz8gTxvUH3HaMsXaeb6BG3zLJXj\n34pqAGNkKB4/ZgpFVYE1R0QuvYn9CbFpD1UcSank3L3xBroeOEUN3kvOg3D6Bv8f\nmtwtW1TDjaWDTa0mZ8icanjXVNfK3K8pAwni2FPrW/tesEt/8GI48ZxPMzHk1qrL\n8mETLRn1EBL3vq5qPDIK87XhhW9WAgwsadn6BQKSTSVVUACBAlV7EbqE4DHqhwYz\nD1HrEIAtXkkb9JJejUnAbiOqPmm9s6iWC13K1P27FB8EEYiKxL8kb7xv5xW7+Pmg\nkb03OqZtZYu9Fl1MF1zVQe4mXVflcbj7mYU1kb8vepD6bOUA89z8FggU2Q38cxkD\nTYQsxpGwWz3nvEu29KbHmjQja1+G5D8kQ8bv1mNdiXQbOz51v2+7vowKKUoPQfp9\nn8Ez4dxWVrFtf218Mtt8wbYmmVYijLIBDArYKDeVqNNua8YC9641DcvRdCCvaYEx\nQ9vWKjpAWmXKy2bb7TQ2TjGRh+Ly47z+PTluqUeYuBREAN4Hd4xwiClRbhb3I9To\nYTJkPOkaOR967zBho5orA8xww4hcsufhjqsoU0/MGbG6jvJihHFR9Jq+0gVzakca\nK8tGRSA8l5xdjow5dVOPzeXuKDPuvHEwa63TWsH5H8s6iembNT1H9bate8wQT1TN\n9PH/6sthz4kCMwQQAQgAHRYhBFER2nPfEtjoEspGLyzbv7s3roIqBQJcET6LAAoJ\nECzbv7s3roIqozgQAIG5IqJ7hYjndCLW2MBLEa9oA04QSgF9qcqfiG00tjhBVwEK\nYE6r7BUgC7r7dP1xVa/+5lVRATfiJ+Raq7udm/RQsamyp9Q8xBOuavPcJDZMX5m7\nOqPZMs+TDFPYM914GIWPAQf9ehaHHnmCNZXExxYlnZBPFsOcLYSNGH/xQeiA+q3F\ntCOdRhjcpbt4rcx+Jq/l6X3cxstFwcYeljhvebblpwcVNJVArVrWZmosFl3rz3bs\nPKfZKAvjV65knRkra73ZjN+YEYMMr6MzvVh/cnigk9XHgu5Y7imLv9qf1leyFCaa\noJoQDAcHIfs/eQmaEbYUyw/jX53/PyGqXlmkW7D3wqAGH5yx+ske7otCiaHHoTK0\nvHsEvO9b4dLtr0uMMNRO7St+3EtMa070s537XymG1HSeW8QbVEg/+w2YW5DyTe5p\nWaNJS6WUc7UuIgEWvgitVxhUheZRumh5/EW673yI8iUchGslAuL1W5R1rXQfMPVA\nBsI8D8pWs9EKjP4Lpu1Wgoxm0O4kaAxRbbHjrIYLtoRRrakr+kfqjZ/rJM89JQpl\nNWNBZ61IDKROj7U2kLAxCJSB3RfAuqinyFGjxod7ENW7u6z0SCdupybbmylAfD+T\nt3Z2DBB9tjxNnsgb2pbcm8cDGrJOZhIDdcVChvMXnHNxEmXbHvTKocci0t4viQIz\nBBABCgAdFiEESdCchsPcjaPwoHYiHvYSNH+KmVgFAlwRP38ACgkQHvYSNH+KmVgP\nrxAAkhggTXggRwpWzgU7PRsj347DqtH3f/2EfTOhAi6PGOiw2EFocTrx47WHAjs6\nXFT+c0yHCv58fGHKrrfeOT1VCjk2xf0NSdf00CTHO+DqepNiXzFYCJ0fUTL3w2JC\nugrfhwEdVH3TYJffFlmi0VZVCrGT3ZU1H+N/mVcd4FniOPWaGYoSG15iift4cAO/\nCynMFUbl5NYCuE/z9lR8o/3KSu7vuffLsvXdkxCX6fjxkSWcBKgH7ts7OWyPv9H1\nr/I295CoG9ZmeKVtScY7lamb+vOw9ryHbTACo0aprPQ1kCjr+3JIJdodNkRQvzZX\nAyxmc/zWSmPlJ7zjVkmoLaU7YmN7dPaVpQiELQGKhm/TyH++ZxoA4Rw4dwtqqk86\n+F5ncsqJ107IW7ce6lnZVEvUBD4DHkMRQQZOA9hWBxVeDznjXzfpNNTB07mtzArG\nnrbbnNu3epUPthZlhQ8C+dZeBOfGzyr3Aj6CQqKMziiL2Tf4Coa7PhHRBs6rf1PD\nxNhnnybCvaMJEMSyX6b/lqb967yVI6g3TXQvi0cGGvYmwEBOiKkXSRHtQBjC1Ocq\nqUjzg1dvyfJu84S0kSt2oEHL5n1TAvIrwqNNOwS6CL0x2pSLOVhZmpummSqybvsF\nYJjctDJvBA7URB9asMOK3CS6UsJaVzUFkybxaYIdUPylh1mJAjMEEAEKAB0WIQSr\nolKVmPZibEINM1ti9J50fZEbYAUCXBE1mgAKCRBi9J50fZEbYEcVEACOTG1qO0m/\n+8T2S8rskKDrgoXMi22x3n4SqdKIA5TwWdWp18nVyXIxUWvI1cS73WupHNtEKTLc\n+yObvNo1N3syj/5c14RcRLUcWTFKs596TcUP5/xNH33j0nFplKplBP4MegnduXsB\nHibxiEycpkTFVxc3xbW9KeWSzqEHxxOXE1okL0SDWTj/oNRToaDc4zdm26veZd25\nycxqRkksZZCPuczqb2SB/mDqHx1jl4z2B6CzN3OUzMk40a77xwZXKNGTO4+fMEOJ\nFlch8YQXh+gPbS1F/Q7qCrQOkhoV3nI/0CxNgWNcPrUd52xtGHzgxbdrgT7L0XMO\n/KmIu1O8E+znjOxcSAklwh1xLsT01193vbVyW2pcmmtqo1ku0taLlw4T7VHQNb88\nuOKucXlA10L2lFFnqBWLOuZDcVpgywMjIrKTPoEpDcVPaBUDQCFBZE9ogA/Edhlo\nmxGxhtzG/O6wwFcLoleMH1Lf6zMxhwOAIvkWVjsuQ312uVy1RNY7b3UFrxOw8/qq\nUBy6AFE/dp9PF8BIQ37NHKeAlvCexEedwJi4RwH0hUQkBhxBeNrTOEE7cCaZ9Shz\nIWhPKxSRKKblYY4fpDzl2uMBwdetk9jfZF2ofoSOKXTVh+YJ8PzncD6xJVesbMIW\n0aPkERdmz8JeGBclBR0miED+zidofWCgD7kCDQRaBREYARAAqiqhYIA3ci/sJ7y3\nmJaQ/lsL2nsy+RgW52ETpLp3tIO2r3rxNn7CB/kJhPimDIo4OJSV2bl3Sr2llgwX\nPrBQ+Z5bCUV70uc1U0vvJEW/r9tkyOu3YV7VXWXtaQWkCgxIqWgNJvU5A/9/6vz9\nu1RdMZwxpjy/4HuWvHYRXlJmeeca/BEoaYWMRlECuJjIBcAzuVJTlKBT7x7U4Ptc\nqqZGbzr0+zU39y1kMXu/ayldlsF3k6DKYZYNaa8cKNqorV0FqBVm1JZSjiAAWqGp\ntmYxUmv/riY6cP28tP3G6noH1XqzEvZ3fdYIsGM29YQ1Y1vrVrrBVju/aMzss498\nczxMtp8e0sudHt+ommUDkA2WBEPuqJPIcOj+7bvFiv6smyxcU8VmsyEapknq+Dq8\nwG0w3fGsRdy8puc5COz/3xuiFlHQ97wtnnmyWbmdQmx7EfZcGWFfnK6HwEXAbcjO\naaFwSISK8ROgqoKfTss6/8Go+vbmtKJQH2w1fQArnPHGu9qFM/sBNhZ+ieiZ6x1H\nCdU3qvuycFZMSsMhk4ER2vJdeJ8tu2jUhMOIuA/VUgUblCJkAaBE9wXaiibCZ/XT\nXBXVb81v+EpLsoc5G/wrg35D5U/Gqqc+KAABK2zHa4L7rIs6jb2daeRrUBytsWm2\nExq5sE1Uf5mioHtZpbr6rKIGzT0AEQEAAYkCNgQYAQgAIBYhBGcsZXvga0swlpxK\nV0YUScJeNrmOBQJaBREYAhsMAAoJEEYUScJeNrmOb2oQALYcLV3wFFR5v9zpEPdS\nhaOIpYyuFBkN0FoID+w7Hb7R3pyl7c6nLI9tyFEkJBM1faGke8vKj6HZSfcyX1Lo\n2rBL+yW7Gu8z3uEbkTnPFew9LnutGFuFTnbpVdLcpsbm2lG5yhdmjvJBKI4CfX4Z\nUFlhyGtwqsl+1lpUgvOuMI2HjyHcFbzkhiSRDQvtXCgJu6orjzEvqiKNM4MM7PMJ\nAwU0Lf3NV/p1H2mFllfotmXVZ/TjXuGcOYH56gcf4XpkuD5Vb2Qhu7IbR6TneC5j\nyPdC0yQYcXqrpYhNBmlbXIoEL1m0xXhrFVPxS3QeMfkhQOqjvhaxBGCt29YJaTfQ\nugN7I1YfEJIxTap8xzEdJ+80YL3iNCIzaWSsd/xUKpobHSsu4RU1cv//S+5qD3WZ\nNfcUoBgmfPC7NXCoKrEVXk5QKh3efKnAkMQrxdWRiwSuenf4Yk4fWXcTyCXsMPVB\nqjcZRuOpow7tU9AuBoMyJ1XrznHoubdnc29iGN51Hrhvp/uNxjsCgPgQtpL/8znk\ndgfzXU5CYJDYHa6fubUTHVZfLKbzBEI2XY1nqVu+QEO86tkY9Ef4PFMknThTAJDC\nph3xIx/sBb5s3c/XH9JgWEiyO3rMEzZecgF34OJgwnc5gl63a4k1cF0cxzkCZYi3\nk6XI/RkkRzdN1CSdCapbDJDvuQINBFoFEeUBEAChZUqlI7FLQIY6GEo0bhJ4oMp2\njQi22zb9ZmqqcmRbWfNKfCfm/cXNDabccqzPRTWezq6hVYYPz6cSnzXpxPBIQufZ\nIoMVLKDbTS0RTFVwQsYu9qGdZ52J2bq6qMWK0I2n6lECNkbOB0bZ3aPxe3yw4McP\n6u+SU+b0ArMvIGqq1cmKSpkAQB0kBK/gGzEj26d30jMSN393BZ/ESEs7PZyaie3O\nCdT71Cmh6xNxv0IwmgbUo54diXL9hEYTrI3hPyCKFeAoiTjlpz9ah7DPoOHgd9lD\nRd4a6VdMrdz7m5aFWo/NVuoty9spGYLG0p9N7zSaUAdO/96mn+W18hbL7EkU7/Db\nUbt5ZP34YOI46aI8YRZKiTq6NI4WglZDxu9PFGoCx4lyvhgKOwcQHySverAyb0Y1\nqeNCL9uk6oBHB2bXlAhBBOORtL5rGD+ICCuCV4g1ZEoN7sJBMxNMXORzRZ1crdlr\n10lld/Mg0udl2Hgatfx+i+Y0ae/W0Ibr417H5q7iHr85ivTQ6mRU3hMuzQSoWZK8\nvixjvOK401Gre22q5jq1IPinACcu6VUto9Wbo8C1msSsWgHrqLRFeqp18BoIVY5s\nQCvcsGlyD7MdJQohpmJ7al/kNVOidhGf7TtcSolWF7gLZacMRYbGWhbDhpOIhIpl\njiWTg8oWRl9KPbwzBQARAQABiQRyBBgBCAAmFiEEZyxle+BrSzCWnEpXRhRJwl42\nuY4FAloFEeUCGwIFCQlmAYACQAkQRhRJwl42uY7BdCAEGQEIAB0WIQRxHyjVEOHg\nvL1fa/6UNugL+6RpCQUCWgUR5QAKCRCUNugL+6RpCSgsD/40XzObgPRpbIRQaJL1\nFgynrXUh3dJHdqB5Yi/pYshFuI+nnjpAGTyYyk75WlfvUmzY4HgNmh9yCjWketc0\nSdulPkWQ093Y38bQ9WGVQ7NLnZ47AUTuImqEdKcR4wu9F3nGD+cyNWE5fao62tYd\nhlzrP1rLz8kALtswc9PVYLEKnqNCBtlGoWdeW7K1lYVG4666/uYvHzOzsUQ0MqVT\nHDjpvxEcVRA0EW47m2TVj6IYAsM+0J93aFRr4OKXf4bu1ejxRz4Pdx73QsjeZwlN\n5F4FpnmegdUbNR3azeGcF0qiOjPCNu3xi5lDFPKCRZLnCAqMsvv92Z/GWryNAuDj\nH9tsmbDUwYXc1QUbdsu+p2jVm79yPgJUIvcy/kwOd0/GYUDOme2NvhF252aOO6Mt\nOnTCrQoX0mIY/IisIjwi+2LEpQVyNDu7AGu581LYFGhBDUqiy5CyQ2neHS+k9iq2\n06dVdqETpiybizUZm2aQ8FlRV0j6PVKrqAzi0cMYJC+Gh/fNvx61goJ1tEDdh+LK\nMw0Js7OCtH7Wu1D0U/qDl3137PIBSv10BZ3SkbZDqivV5YhyGhvEewiXsbamE6VZ\nAHGZ5pfd/0tkqAW9UQqw1AdqYBsAtE4yeU63xPcz7B4VyyIdRNxnjQiEg+SEpDyy\nGl2kGtt+cIbEYZovTrrW2cM0FzGhD/4rRIDfd+IvhZ86BbYoIv4oreiZVjIhFAYI\n7e0DfVliBXNOHFErghu3FisUrfTM5g7RHA0Snk8OGO/Yu2mSXYKVvygIlfi3i+7B\n0eZxhZEOsHXgO3v4WtY5/67Q1XXF9J7MY9Ke9gqp0E8HRFsECfEoSCRdaaic5PIT\nveUEkHs6q6W+J5ULNTqdWsmSdgNWQh3Zbhh0Ih9m9nioAlZHaKnEZXGt8GsUimr7\nffRuYgxF+kuWT8UwQu0Tc47QrYgZIpxH4WI6Rc6qKAo/4DLK2Q3Y15kJFqi8He0t\nU7fWXMtrdQxxkz94WTFokISVVRZxSfZ8VkGjVHAgk6NVBgp+2zjiwfwS16qbOUOY\nikR3WTCbyStdePLaXgAFxA7g/pl5/f0IF3/IoGdTGjWoRqnBZG7NfP7bYF1CKe4f\na87Z47LriyL70BFosJqBNMJUEorS9w8sBbnmMUdpGMyk7PH386W95ib7AEOtRttL\nuzYetY4LljxgMsloRgYX+Kg5i6fkntG6rod8LNYg7jWObWaIqlPoTo1RNoujYAnE\nqdCDQHoUOgtZ4v6+QaxI3WV1KPBsPb7SAjuphubIQVK/6qHse9OoWVwWAABXHFqX\n2qV4dyq6mq87ohTcRrZqt64ekD8H3Qe4xkYSzsWZTc0qovhs+G+dSTJ709xuV2EP\n+YMbPW0/IZkCDQRcDFAHARAA6ZUPprFC2eJLdNW1w72eujElXuRYtXD6gGv+f2bW\nh2Vkiq3DeitHGnaaMyae+B0mczkS2Ff+dBBsF1PjhtXRXu9xW7EwoEMiwm4fzo0/\nhMaued4Ng/yAeP+v7wrPV14mHSqLdz9jbByOkanhqoFtiJBVbDFzti6tVyhU1kJ4\njuz4R1vJxk67m+x68UeovSh7VbcS7Pl6F2OyY9IAe1skZGIxy17YuFbb3AatFit6\nUoBCMuTMEVg3qZpXvJ/BCWa4d099t2DONTFyhk9NMAkijG0hyTu0LLIjnWvV5bgt\ne+Rw34oZt6uTildmWCGwobEMbic9WPe4cGeSpC5//1tqcU3ThJTnMpxaUDcew+G+\nlEz9gwgkXJ+NUogyMh4NuXFF1wJCVpWEQ9ZKBnywYqSQNA3CqpYd1vvMzX54GdD0\nscBbScEq3mceSObhwICjuZ0uIS8RmFDL/jLEihzGEeqpKhYNRGperU2uvGzxU288\nqQ5jFCl2U7GbWe/VqCFFPQ9zvhfmfa8cGkNw7+yePRXWyzwd86hDal+zlh2d/JuX\nbMHkxYUIvuAGgyxDIqjItu0nz5Bdf/iQ3NUjqC1aPUILpKoRZc+qhCG7ney1H6Xi\ngUTSbH3a+hxN3B/DFhyJ55SePQ3taC5eW8AMEnEIoOY5r+Q2cTeanU4OuL4KK3gS\n4LEAEQEAAbQcU2NvdHQgUmlnYnkgPHNjb3R0QHI2YnkuY29tPokCTgQTAQgAOBYh\nBCCN027VuzdFoWdDpMfG+7W5HBFVBQJcDFAHAhsDBQsJCAcCBhUKCQgLAgQWAgMB\nAh4BAheAAAoJEMfG+7W5HBFVCD4P/3CvM2gDlCBQpUN9U3kJ8B7CcHATHkUXoFI7\neHCGEo79xaDXuRECsYKcE/9YnoL0VEY8R24UhNKWkPcLIvE6+WILNAySw6eDyVWb\nVRyeagd101bgoqsm/dJCBvqJNZvBRwcKXlO6NmtOSJ2MCS1qMAUE7pYa0uFSs6z7\nNpDLuM+QJubG7O9H9IUS1FxphABVJ2ZvpaRePPzwjDUj68YGeq7TarV6vKAsjzb8\njvDrtd9Lb00qB8eU6G890Z0ng16YnQv2da0BquEqYvmtFsAvQQgKw77Tq0AaHkBY\nHacuTrBP7UH0DRH38i0S5QGYF3sDgvj3hfsa8/pLv6zAZbf4dIeVHDEt46FB00Wc\nkKAOXc1mYSvKTF2KaR1ybcZdHzUhtax9b7E7vjI8ZnfXgcGg8ZwRcMwTrpIsElIF\nta9g8me0vtuWVutpXM/xPfrIFlfzxkfmChm7A3Z62j3UBHPeZPDUJ2LF/+2Dv1ly\nXz+wnanfF3QAFVuv3RlKdouEKIBGJPhnic96ySStuFs4H9hSd9hbkh/LjkFB/d4e\nUGWyQA/qQ0dqmQGYwh2AIL0rqp5g5Xn7xveU8CFc8tzhVmy8KemMgXcma3aU2nxE\neM5Ne39BxcUt89yxtC7BFh0ocXHI846AFHqaQFNEKI2oN5Ci6AsL3mpmyHY1yMZY\nga/0tlUliQIzBBABCgAdFiEE5WGzTOdnP90TvOw+9UmC0hYIjuEFAlwv/PYACgkQ\n9UmC0hYIjuGHzBAAku//dFb8oW3EGAf9jenWGLlXeLTEaTO44Fjui6gw4dwvUtjS\nNm88MRhQUZ6lfTenw/si7oP3bQD6uQ+IuwF80ajwPF0NpMv9RCTr+RJjpejWJ1GW\nnxATAzGouhelzo4tiUe2+sZUQuxsM1HTEda5/HsgsbiaG4AfsDM33EgJ2g7B9alO\n2uaIRHsLUCIBHCy5oi2qQqjV5tJeaCGEEMqW0a6IMOHj8PCnCw63kbTwqT3SyE4a\nnX5Fy0OvWWcBndfj4OsYLuzCYIJzatkWKK7VvycfVlBbNCY/XPmM+aT3kJnNY4xe\nLh78X4tILcBai/m7vh38SPx4rnZM86d7/i5Zo5OkcqSaMCy5OXMTMb+1zHyt3Cyw\nzubsNKT4qpdX+LuD92HkS7+WBYfEka5Pz2nRKha9dJiDpq3gEqvS4ryZIRivXqkN\nF+80Hx5g6kt58OtqLrKpZhJXd/TCADJ9NgJPYvQg9jNxtjuYAgHL5xZVm5ceQjfT\n43OpDm+dlngzGIrFJipyJAoc7wJX4fD4b0Hy1KSjdQJs1DnFyaJKbtWMezhmqA53\n6V0h0vH3vKbtIzLBIZarDcTUusuTdLVo8Y2IOw9UKXqtzuKH7eB4jt2XzDyOFdbW\nrX3qIZ44nFCZKVbEuEWcm7vGqjRnPIv4IGoIlnOdKMnSvC6fdOl3znBHq7eJAjME\nEAEKAB0WIQSrolKVmPZibEINM1ti9J50fZEbYAUCXBfOSAAKCRBi9J50fZEbYNDj\nEACqqcRrQLmjJJ62cZ8bvsuBV161/1tky5RezbO9bqV4YrcElpNKVSYvjmVLyBo/\nvMgo9jBIOqOagST8qPE7sCIdWH8QWIoGOR5rf7lVWygTP1V8ig8cxq0rbPq+93MX\n9waT38gDQWvdC4yh7xb9HM7ubH4kTB1PRgjnoZwbpHWfT4TjnEblJR6B5Un9tcfZ\nMWtbVBT1SXnqFTjpzjQyug85ouhqBkU6t1/x2diY4XHWEp9+8/ysZmf0jYsGretI\nMOcyR04dGnTOeIcLHbKePP2r6RfAZU4F7KB+XVXW2jk8jRlwW0GqC9PRWNsdnl2h\nQj90WzFivE6VodCI7P9ySxSdtI672arJsZsCF9uU5gW+FKEdx0hBxWrGKCMb/5nu\nleKAew9UiRd6ubHD50c1dyOcAkZYyiXDR0GzW/3PV57eVFZyx0bZGVvzVMPdx+Qa\nteXZKuFOoqawtBII34lsthLHfU4hm+ZEbjdP3blGP3e3XsKdbSRg0WQAsFsB8mJD\n4jwOoM0HzfN8pNvXr2Xl9a0gbJZ10i87sIVSXNvCjWQnhHAtqNSZ4p6n6qGJ8qYE\nhTkuQSumRuWCQ9IJChV/iJgvDkirCCekMq88jgW+1MEXCuapb2GRmIK7fgfphQ6c\nVj5M4KXzHgrxNJ1AoCgzYNGL4a+cPSYSvuPUJ+k7kwAzCIkCMwQQAQgAHRYhBNqP\ncaPIrLHs+RQuHhNPwVVYVtpPBQJcEszGAAoJEBNPwVVYVtpPIxEP/3FePpHvHh4c\nMMQj2XfpQJr4M2pcEomWfB9BIAAdnCtC1xBXtO1xisXtrQ5H+RQyEHDZu7CJNDnC\n4Sc2F9KfTwO2cztrWbvELmZVKreFZwy+wd8Xltkod0kxJsPNMLm5IGrkUcrH5QBy\nMN3nXIZyF/R6ueTCwQQKZUBZKQP2O2q4NwZ/L//GEJVC3N9MUTvBKMsQ/s8pfiHP\nsRbRVMTXP9nZKpHY6tDoavPcExk8tI2kiPCDYWUxqkdHBGEDymQ/j11FMpv02jyi\nSl2oKsZrtl1wb+kD6eOmufL4gcTI+vn5dSSR9w8TRfWGPvu16fAnJAN0ygwPYcTi\nSusG608wwQwfrY3MEeH3/EC7/wld6bMpNn1/QhggXa9JNEgjEEhXBzPKSmoJMkox\nvhCdU3H5X1A2Niw9959gQSHQmkE7urvmXqqtnukd1F5v62l7hq8VMc7zkASIW+12\ngup4Xw7vJNO8jf048Kfq4B7faLh+KXxWxqb2iKJgSauqZEzpPcsA7R5UmraqFZG6\n2yqTc5sH/M+6bfiArSqgAFkEzxTw/N4enpT9uhipbMl8oU+xzZilB2lyJxG2g/iK\nAifsGPzt4oB1dg5+EJZUgUgYWJYZerrZj9c6sCSdKyN/Zj0vpzFzoRgfmyfBMwBf\n9zeSest0xhZzBCQ/KoHaQxIM7Yx1EgMtuQINBFwMUAcBEAC6mIpJJNFK+IJ/T48b\nY1uDsUuSeHv7tFMjrL/M5xTOwhvTXYWva0LP+3OzRH93viumu16ocwyrchgBVRZW\nQK8W3ul/HlFdTonTmh+Os9r5rVjiWByLqVx5V0vS3lzTvqSYwjRAM5h2xo6ZIxrT\nc+jqZeFGni6DBbm0VYl4bw/KQRe9nRlJafJvlOMnlydN/6tLEfeAHUwPtTsxndvt\nbOz7y+VwMQcF6sfYHHDGIazUT8gaP8kQPln+HsMJbiFQTIvXKUdbDReCEyGAh+It\n5n+DSb4Oz9LDwWNLPZNo7xxi6SDWxZOj5DLWkaapoMOvebM089ehqdI+NYUZxIey\npxp3hKfklOgPAPVBp4zPbqUf3defdSOYE9lPukNOQfEbSUFJndxwXhxAYH7Y4AUd\nLbLR/KnmnF3OFfNThpX97XWD/y1YICJb/FeXHUmeAXdwV2Fo9kyHNkZsFgNi1n+E\ngOiWL4RH6TsTs86YZYD7WRdJJ3hIFf2/w/ykKhJOzMmZd4DfizZPs1+1SdkQ3lIl\nJ6MWQxSRoo7G2Xe8qAy5GLxohZHEFzkbNs27nMHlV1ytRsrJI9HNyIeLMmGJiktF\niRzBKMyVJW/NaGu5EnNlxQK3AJz89nNchK383AgJYPxyJpGZgIFagH7kcsWeNuhe\nwmLnBwDnBDe26SKzpKhad7lG9wARAQABiQI2BBgBCAAgFiEEII3TbtW7N0WhZ0Ok\nx8b7tbkcEVUFAlwMUAcCGwwACgkQx8b7tbkcEVWxWg/9Hue6z9x/ta1KBoUTtKHi\nL3kKiHXfVSyl1GLsM6Ctxy4NwWFAxDdN0UtCsjTGJR6Z48hZeS9ibl6hoiXf3rto\nkVwsFDEW+0j7x+4MqWtTVCubXvOfmPCYVzjI8GZJct80tp0U8rx8TJ/RFezT5U/6\nBFbv8KD6zKO185jwobr55PKS1gVtOMIORuWrQ27ufkFWZXnDQq7UWCYPwnfGpSqS\nUnmV+8t3Mn3tj9tBr9FDoqSlmgBS+ecxS25rux1lbpmACrOk/l/6WapnHzGlcKHS\nAXkScUSL5T5KwcZY2oWhRjnYCehVZ5jt+LqGHKXdNfTRK/YGz6GhVpsN+4d053Ol\nObCwKLmleABEVpsATyFU4s2LdYfEI+KsgYSfkIGTIz5Uah1j2aIB3zFw0FeIMN44\nL1VkzFadWYA0IKxTW8NNgqj8ILRZ9eVTcAL/+L28k6EYXN6RueHt8cHQBTPEdrjP\nZRySrh2n1u2hVJO2gNtJPEhtgbGWpW+rWSxsYHGTsDHTt5ZyzD7tSOaDi5eHFaFC\nEWcbYJq20ETmhnVxiIDu3yQV16IDMY1BoTKJWvr+oqBUKWzpyUQK9gFFQQq6xIB6\nKHQLnxkw7p5N/AZIB4Nyx4wmwjRFZEitkzE+vQOfIsKWPVlEJaYbIs+FgaWn0j27\n/40pbJu7ikzVrWxRgUaSchKYMwRmjYLrFgkrBgEEAdpHDwEBB0DyQJZoj4WUJptx\nPDwRV6IySiTJYNqWCX8iducAJwY3V7Q3Um9iZXJ0IFNpcmNoaWEgKEkgbGlrZSB0\ndXJ0bGVzLikgPHJzaXJjaGlhQG91dGxvb2suY29tPoiTBBMWCgA7FiEEf+yB+sx/\n+yoBCt0TwtQPTYGW6HQFAmaNgusCGwMFCwkIBwICIgIGFQoJCAsCBBYCAwECHgcC\nF4AACgkQwtQPTYGW6HR3JgD+LtEHqbcxc0Dx6LsYPy5BWkt8JGAQWypJL8DMA67w\n0aEBAJvDWRYvcBSWXsoq2JBQT3qeEKT4eeRB5WRZhL4xnW0AuDgEZo2C6xIKKwYB\nBAGXVQEFAQEHQIIDoC7iSstiKdCr1oCzb18V5G7/J7c+pC7PmNnavVJwAwEIB4h4\nBBgWCgAgFiEEf+yB+sx/+yoBCt0TwtQPTYGW6HQFAmaNgusCGwwACgkQwtQPTYGW\n6HQofgEAxLAQgaShCXXQs3crpXTxWkWaeIQ2YIMeyFdirSAaJMMA/0WxeXZS2YVT\nnG5jEfh9EojGCbElEAUxYjy7dF27+z4NmDMEaYgDUBYJKwYBBAHaRw8BAQdAWKYk\nFrwgmfaY/hUq5Z2YpEy8WACKclo2eV/n1ausaEy0JEdlb3JnZSBKZW5raW5zIDxn\ndmplbmtpbnNAZ21haWwuY29tPoiTBBMWCgA7FiEEv4iDM9lqHBjiaCqu151nyewB\nZzkFAmmIA1ACGwMFCwkIBwICIgIGFQoJCAsCBBYCAwECHgcCF4AACgkQ151nyewB\nZzlP0gD/ZFhm9FikdlZO5pW7xWR4YnP4yFAuY32G9dNdFn1x1p4BALR8Rtpp68eC\n9R8bq3/r1dK8gwig8DMWirdYaf2ePKoLuDgEaYgDUBIKKwYBBAGXVQEFAQEHQJwM\n3R9CTypooHz/4w1waXAct8K2wA1bwi1ryfb6uMMKAwEIB4h4BBgWCgAgFiEEv4iD\nM9lqHBjiaCqu151nyewBZzkFAmmIA1ACGwwACgkQ151nyewBZzlgYAEAoVwYdoO6\nf3VwGukpv7RtKwF7PQC9AnBUx98TZZ6tIaoA/RR14NXYYcd0fCwN6sFPq58/NbNk\nRHBrfw1CntxiJcYD\n=tW82\n-----END PGP PUBLIC KEY BLOCK-----\n"
        }
    }
};

;// CONCATENATED MODULE: ./src/core/definition/default.ts
/**
 * The definition a run builds, without the file loader: the built-in one is resolved at build time
 * (scripts/resolved-definition.ts), so a run without a definition file never loads the YAML parser, the schema
 * validator and the file checks (load.ts, imported only when a file is given; docs/performance.md).
 */

/** The built-in definition (a fresh copy each call). */
function defaultDefinition() {
    return structuredClone(RESOLVED_DEFAULT_DEFINITION);
}
/** The definition file at `path`, loaded and checked (load.ts), or the built-in one when there is none. */
async function definitionOf(path) {
    if (path === undefined)
        return defaultDefinition();
    return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(162)]).then(__webpack_require__.bind(__webpack_require__, 9162))).loadDefinition({ path });
}


/***/ }),

/***/ 9764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q0: () => (/* binding */ renderDefinition)
});

// UNUSED EXPORTS: definitionFingerprint, egressOf, renderScripts, verificationOf

// EXTERNAL MODULE: ./src/core/definition/canonical-json.ts
var canonical_json = __webpack_require__(8042);
// EXTERNAL MODULE: ./src/core/definition/bash.ts
var bash = __webpack_require__(6287);
;// CONCATENATED MODULE: ./src/core/definition/bash-library.ts
/**
 * The bash function libraries the tool scripts embed: measuring versions, importing pinned OpenPGP keys and
 * verifying signatures, downloading and installing files; plus the lines that check one tool's version.
 */

const MEASURE = [
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
const KEYS = [
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
function keyLines(name, key) {
    const body = key.armored
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('-----BEGIN') && !/^[A-Za-z-]+: /.test(l));
    return [
        `jb_write_key ${(0,bash/* shq */.hi)(name)} <<'JUMPBOX_KEY'`,
        ...body,
        'JUMPBOX_KEY',
        `jb_import_key ${[name, ...key.fingerprints].map(bash/* shq */.hi).join(' ')}`,
    ];
}
function usedKeys(definition, names) {
    const out = [];
    for (const name of [...new Set(names)].sort()) {
        const key = definition.keys?.[name];
        if (key)
            out.push(...keyLines(name, key));
    }
    return out;
}
const INSTALL = [
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
function checkCommand(tool) {
    if (tool.azureCliExtension) {
        const name = tool.azureCliExtension.name ?? tool.name;
        return {
            pattern: tool.check?.pattern ?? '^([0-9][^[:space:]]*)',
            words: ['az', 'extension', 'show', '--name', name, '--query', 'version', '--output', 'tsv'].map(bash/* shq */.hi),
        };
    }
    const command = tool.check?.command ?? tool.installPath;
    const head = command.startsWith('/') ? `"\${JUMPBOX_ROOT}"${(0,bash/* shq */.hi)(command)}` : (0,bash/* shq */.hi)(command);
    return { pattern: tool.check.pattern, words: [head, ...(tool.check?.args ?? []).map(bash/* shq */.hi)] };
}
function expectLine(tool) {
    const c = checkCommand(tool);
    return `jb_expect_version ${(0,bash/* shq */.hi)(tool.name)} ${(0,bash/* shq */.hi)(tool.version)} ${(0,bash/* shq */.hi)(c.pattern)} ${c.words.join(' ')}`;
}

;// CONCATENATED MODULE: ./src/core/definition/scripts.ts
/**
 * Generation of the bash scripts that build and check the jump box. Every value from the definition is
 * single-quoted with shq(), and the scripts pass `shellcheck -s bash`.
 *
 * The tool scripts honour, for tests in a scratch root:
 *   JUMPBOX_ROOT              prefix for every install path and checked command (default: empty, i.e. /)
 *   JUMPBOX_DOWNLOAD_COMMAND  a program called as `<cmd> <url> <dest>` instead of curl
 */


/** install-tools.sh: downloads, verifies and installs every `download` tool. */
function toolsScript(definition, ctx) {
    const tools = definition.tools.filter((t) => t.download);
    if (!tools.length)
        return undefined;
    const keyNames = tools.map((t) => t.download.signature?.key).filter((k) => Boolean(k));
    const lines = [
        ...(0,bash/* HEADER */.El)('Install the downloaded tools, verifying every file.', ctx.fingerprint),
        ...bash/* WORKDIR */.v4,
        ...MEASURE,
    ];
    if (keyNames.length)
        lines.push(...KEYS, ...usedKeys(definition, keyNames));
    lines.push(...INSTALL);
    for (const tool of tools) {
        const d = tool.download;
        const u = (0,bash/* toolUrls */.LX)(tool, definition.architecture);
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
        lines.push('jb_install_tool \\', ...args.map((a) => `  ${(0,bash/* shq */.hi)(a)} \\`));
        lines.push(`  -- ${[tool.check.pattern, ...(tool.check?.args ?? [])].map(bash/* shq */.hi).join(' ')}`);
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
function osUpdateScript(definition, ctx) {
    const h = definition.hardening ?? {};
    const upgrade = h.osUpgrade ?? true;
    const unattended = h.unattendedUpgrades ?? true;
    const lines = [...(0,bash/* HEADER */.El)('Bring the OS up to date without prompts.', ctx.fingerprint), ...APT_OPTIONS];
    lines.push('if command -v cloud-init > /dev/null; then', "  jb_log 'waiting for cloud-init to finish'", '  cloud-init status --wait > /dev/null || true', 'fi', 'install -d -m 0755 /etc/needrestart/conf.d', "cat > /etc/needrestart/conf.d/90-jumpbox.conf <<'JUMPBOX_CONF'", '# Written by aks-jumpbox-image: list services to restart, never prompt (the image is captured anyway).', "$nrconf{restart} = 'l';", '$nrconf{kernelhints} = 0;', 'JUMPBOX_CONF', 'jb_apt update');
    if (upgrade)
        lines.push("jb_log 'upgrading all packages'", 'jb_apt upgrade --with-new-pkgs');
    if (unattended) {
        lines.push('jb_apt install unattended-upgrades', "cat > /etc/apt/apt.conf.d/20auto-upgrades <<'JUMPBOX_CONF'", 'APT::Periodic::Update-Package-Lists "1";', 'APT::Periodic::Unattended-Upgrade "1";', 'JUMPBOX_CONF', "jb_log 'unattended security upgrades enabled'");
    }
    return lines.join('\n') + '\n';
}
/** apt.sh: signed apt repositories, extra packages and apt-installed tools (pinned). */
function aptScript(definition, ctx) {
    const repos = definition.apt?.repositories ?? [];
    const packages = definition.apt?.packages ?? [];
    const aptTools = definition.tools.filter((t) => t.apt);
    if (!repos.length && !packages.length && !aptTools.length)
        return undefined;
    const lines = [
        ...(0,bash/* HEADER */.El)('apt repositories, packages and apt-installed tools.', ctx.fingerprint),
        ...(aptTools.length ? MEASURE : []),
        ...bash/* WORKDIR */.v4,
        ...APT_OPTIONS,
    ];
    lines.push('# shellcheck source=/dev/null', '. /etc/os-release', 'codename="${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}"');
    lines.push('jb_subst() { local s="$1"; printf \'%s\' "${s//\\{codename\\}/${codename}}"; }');
    if (repos.length) {
        lines.push(...KEYS, ...usedKeys(definition, repos.map((r) => r.key)));
        lines.push('# jb_apt_repository NAME URL SUITE COMPONENTS KEY', 'jb_apt_repository() {', '  install -d -m 0755 /etc/apt/keyrings', '  install -m 0644 "${jb_work}/keyring-$5.gpg" "/etc/apt/keyrings/jumpbox-$5.gpg"', "  printf 'Types: deb\\nURIs: %s\\nSuites: %s\\nComponents: %s\\nArchitectures: %s\\nSigned-By: %s\\n' \\", `    "$(jb_subst "$2")" "$(jb_subst "$3")" "$4" ${(0,bash/* shq */.hi)(definition.architecture)} "/etc/apt/keyrings/jumpbox-$5.gpg" \\`, '    > "/etc/apt/sources.list.d/jumpbox-$1.sources"', '  jb_log "apt repository $1 added (key $5)"', '}');
        for (const r of repos) {
            lines.push(`jb_apt_repository ${[r.name, r.url, r.suite, r.components.join(' '), r.key].map(bash/* shq */.hi).join(' ')}`);
        }
    }
    lines.push('jb_apt update');
    const specs = [
        ...packages.map((p) => (p.includes('=') ? `"$(jb_subst ${(0,bash/* shq */.hi)(p)})"` : (0,bash/* shq */.hi)(p))),
        ...aptTools.map((t) => `"$(jb_subst ${(0,bash/* shq */.hi)(`${t.apt.package}=${t.apt.version.replace(/\{version\}/g, t.version)}`)})"`),
    ];
    if (specs.length)
        lines.push('jb_apt install --no-install-recommends \\', `  ${specs.join(' \\\n  ')}`);
    for (const t of aptTools)
        lines.push(expectLine(t));
    return lines.join('\n') + '\n';
}
/** azure-cli-extensions.sh: pinned extensions, installed system-wide. */
function extensionsScript(definition, ctx) {
    const exts = definition.tools.filter((t) => t.azureCliExtension);
    if (!exts.length)
        return undefined;
    const lines = [...(0,bash/* HEADER */.El)('Azure CLI extensions (pinned, system-wide).', ctx.fingerprint), ...MEASURE];
    for (const t of exts) {
        const name = t.azureCliExtension.name ?? t.name;
        lines.push(`az extension add --system --yes --name ${(0,bash/* shq */.hi)(name)} --version ${(0,bash/* shq */.hi)(t.version)}`, expectLine(t));
    }
    return lines.join('\n') + '\n';
}
/** hardening.sh: the sshd drop-in. */
function hardeningScript(definition, ctx) {
    const ssh = definition.hardening?.ssh;
    if (!ssh || ssh.enabled === false)
        return undefined;
    const lines = [
        ...(0,bash/* HEADER */.El)('sshd hardening (a drop-in; first value wins, so 10- precedes cloud-init 50-).', ctx.fingerprint),
    ];
    lines.push("grep -Eqi '^[[:space:]]*Include[[:space:]]+/etc/ssh/sshd_config.d/' /etc/ssh/sshd_config ||", "  jb_fail 'sshd_config does not include /etc/ssh/sshd_config.d'", 'install -d -m 0755 /etc/ssh/sshd_config.d', "cat > /etc/ssh/sshd_config.d/10-jumpbox-hardening.conf <<'JUMPBOX_CONF'", ...sshdSettings(definition).map(([k, v]) => `${k} ${v}`), 'JUMPBOX_CONF', 'chmod 0644 /etc/ssh/sshd_config.d/10-jumpbox-hardening.conf', 'install -d -m 0755 /run/sshd', "sshd -t || jb_fail 'sshd rejects the hardened configuration'", "jb_log 'sshd hardening written'");
    return lines.join('\n') + '\n';
}
/** The sshd settings of the drop-in, in order. */
function sshdSettings(definition) {
    const s = definition.hardening?.ssh ?? {};
    const yn = (v, dflt) => ((v ?? dflt) ? 'yes' : 'no');
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
function manifestScript(definition, ctx) {
    const lines = [...(0,bash/* HEADER */.El)('Print the image manifest (measured in the VM).', ctx.fingerprint), ...MEASURE];
    lines.push('jb_json() { if [[ "$1" =~ ^[A-Za-z0-9._+~:-]*$ ]]; then printf \'"%s"\' "$1"; else printf \'"unparseable"\'; fi; }', '# shellcheck source=/dev/null', '. "${JUMPBOX_ROOT}/etc/os-release"', 'tools=""', 'jb_add_tool() { tools="${tools:+${tools},}{\\"name\\":$(jb_json "$1"),\\"version\\":$(jb_json "$2")}"; }');
    for (const t of definition.tools) {
        const c = checkCommand(t);
        lines.push(`jb_add_tool ${(0,bash/* shq */.hi)(t.name)} "$(jb_measure ${(0,bash/* shq */.hi)(c.pattern)} ${c.words.join(' ')})"`);
    }
    lines.push('manifest="{\\"schemaVersion\\":1"', `manifest+=",\\"definitionFingerprint\\":$(jb_json ${(0,bash/* shq */.hi)(ctx.fingerprint)})"`, `manifest+=",\\"baseImageVersion\\":$(jb_json ${(0,bash/* shq */.hi)(ctx.baseImageVersion)})"`, 'manifest+=",\\"os\\":{\\"id\\":$(jb_json "${ID:-}"),\\"versionId\\":$(jb_json "${VERSION_ID:-}"),\\"kernel\\":$(jb_json "$(uname -r)")}"', 'manifest+=",\\"tools\\":[${tools}]}"', `printf '%s\\n' ${(0,bash/* shq */.hi)(bash/* MANIFEST_BEGIN */.Y6)} "\${manifest}" ${(0,bash/* shq */.hi)(bash/* MANIFEST_END */.Eg)}`);
    return lines.join('\n') + '\n';
}
/** validate.sh: every tool runs and reports its pinned version; hardening is in effect. */
function validateScript(definition, ctx) {
    const lines = [
        ...(0,bash/* HEADER */.El)('Validate the image: pinned versions and hardening.', ctx.fingerprint),
        ...MEASURE,
    ];
    for (const t of definition.tools)
        lines.push(expectLine(t));
    const ssh = definition.hardening?.ssh;
    if (ssh && ssh.enabled !== false) {
        lines.push('if [[ -z "${JUMPBOX_ROOT}" ]]; then', '  install -d -m 0755 /run/sshd', '  effective="$(sshd -T 2>/dev/null)"');
        for (const [k, v] of sshdSettings(definition)) {
            const lk = k.toLowerCase();
            lines.push(`  grep -qx ${(0,bash/* shq */.hi)(`${lk} ${v}`)} <<< "\${effective}" || jb_fail ${(0,bash/* shq */.hi)(`sshd: ${k} is not ${v}`)}`);
        }
        lines.push("  jb_log 'sshd settings in effect'", 'fi');
    }
    lines.push("jb_log 'validation passed'");
    return lines.join('\n') + '\n';
}
/** cleanup.sh: caches and build leftovers. */
function cleanupScript(definition, ctx) {
    if (definition.hardening?.cleanCaches === false)
        return undefined;
    const lines = [...(0,bash/* HEADER */.El)('Remove caches and build leftovers.', ctx.fingerprint), ...APT_OPTIONS];
    lines.push('jb_apt autoremove --purge', 'jb_apt clean', 'rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /root/.cache /tmp/jumpbox', "jb_log 'caches cleaned'");
    return lines.join('\n') + '\n';
}
/** A user step: run as root with strict mode. */
function stepScript(step, ctx, title) {
    return [...(0,bash/* HEADER */.El)(title, ctx.fingerprint), step.run.replace(/\n+$/, '')].join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/definition/sbom.ts
var sbom = __webpack_require__(3444);
;// CONCATENATED MODULE: ./src/core/definition/render.ts
/**
 * Rendering a resolved definition into Image Builder `customize` and `validate` (2025-10-01 fields only),
 * plus the tool table, the egress allow-list and the fingerprint. Deterministic: same definition and
 * options give byte-identical output.
 */




const SCRIPT_DIR = '/tmp/jumpbox';
const HEREDOC = 'JUMPBOX_SCRIPT_EOF';
function definitionFingerprint(definition) {
    return (0,canonical_json/* sha256Hex */.f)((0,canonical_json/* canonicalJson */.d)(definition));
}
/** Every generated script, in execution order. */
function renderScripts(definition, options) {
    const ctx = {
        fingerprint: definitionFingerprint(definition),
        baseImageVersion: options.baseImageVersion,
    };
    const out = [];
    const add = (name, file, phase, script) => {
        if (script !== undefined)
            out.push({ name, file, phase, script });
    };
    add('jumpbox-os-update', 'os-update.sh', 'customize', osUpdateScript(definition, ctx));
    add('jumpbox-apt', 'apt.sh', 'customize', aptScript(definition, ctx));
    add('jumpbox-tools', 'install-tools.sh', 'customize', toolsScript(definition, ctx));
    add('jumpbox-azure-cli-extensions', 'azure-cli-extensions.sh', 'customize', extensionsScript(definition, ctx));
    for (const step of definition.steps ?? []) {
        add(`step-${step.name}`, `step-${step.name}.sh`, 'customize', stepScript(step, ctx, `Step ${step.name} (from the definition).`));
    }
    add('jumpbox-hardening', 'hardening.sh', 'customize', hardeningScript(definition, ctx));
    add('jumpbox-manifest', 'manifest.sh', 'customize', manifestScript(definition, ctx));
    add('jumpbox-cleanup', 'cleanup.sh', 'customize', cleanupScript(definition, ctx));
    add('jumpbox-sbom', 'sbom.sh', 'customize', (0,sbom/* sbomScript */.xd)(definition, ctx));
    if (!definition.validation?.sourceValidationOnly) {
        add('jumpbox-validate', 'validate.sh', 'validate', validateScript(definition, ctx));
    }
    for (const step of definition.validation?.steps ?? []) {
        add(`validate-${step.name}`, `validate-${step.name}.sh`, 'validate', stepScript(step, ctx, `Validation ${step.name} (from the definition).`));
    }
    return out;
}
/** A Shell customizer/validator that writes the script with a quoted here-document and runs it as root. */
function shellEntry(s) {
    const body = s.script.replace(/\n$/, '').split('\n');
    if (body.includes(HEREDOC))
        throw new Error(`${s.name}: the script must not contain a line "${HEREDOC}"`);
    const path = `${SCRIPT_DIR}/${s.file}`;
    return {
        type: 'Shell',
        name: s.name,
        inline: [
            `install -d -m 0700 ${SCRIPT_DIR}`,
            `cat > ${path} <<'${HEREDOC}'`,
            ...body,
            HEREDOC,
            `sudo bash ${path}`,
        ],
    };
}
function keyLabel(definition, name) {
    const fps = definition.keys?.[name]?.fingerprints ?? [];
    return `${name}${fps.length ? ` ${fps.join(', ')}` : ''}`;
}
function verificationOf(definition, tool) {
    if (tool.apt) {
        const repos = definition.apt?.repositories ?? [];
        const signed = repos.map((r) => `${r.name} (OpenPGP key ${keyLabel(definition, r.key)})`);
        return `apt package ${tool.apt.package} pinned to ${tool.apt.version.replace('{version}', tool.version)}, from signed apt repositories${signed.length ? `: ${signed.join('; ')}` : ''}`;
    }
    if (tool.azureCliExtension)
        return 'Azure CLI extension index: the wheel sha256 is checked by az extension add';
    const d = tool.download;
    const parts = [];
    if (d.sha256?.[definition.architecture])
        parts.push('pinned sha256');
    if (d.checksum)
        parts.push('sha256 from the upstream checksum file');
    if (d.signature) {
        parts.push(`${d.signature.of === 'checksum' ? 'checksum file' : 'download'} signature verified with OpenPGP key ${keyLabel(definition, d.signature.key)}`);
    }
    return parts.join('; ');
}
/** Hosts that the listed hosts redirect downloads to. */
const REDIRECTS = {
    'github.com': ['objects.githubusercontent.com', 'release-assets.githubusercontent.com'],
    'dl.k8s.io': ['cdn.dl.k8s.io'],
};
function egressOf(definition) {
    const rules = new Map();
    const add = (host, port, protocol, purpose) => {
        const k = `${host}:${port}:${protocol}`;
        const r = rules.get(k) ?? { entry: { host, port, protocol, purpose: '' }, purposes: [] };
        if (!r.purposes.includes(purpose))
            r.purposes.push(purpose);
        rules.set(k, r);
    };
    const addUrl = (raw, purpose) => {
        const u = new URL(raw);
        const protocol = u.protocol === 'http:' ? 'http' : 'https';
        const port = u.port ? Number(u.port) : protocol === 'http' ? 80 : 443;
        add(u.hostname, port, protocol, purpose);
        for (const to of REDIRECTS[u.hostname] ?? [])
            add(to, 443, 'https', `downloads redirected from ${u.hostname}`);
    };
    for (const r of definition.apt?.repositories ?? [])
        addUrl(r.url.replace(/\{codename\}/g, 'codename'), `apt repository ${r.name}`);
    for (const t of definition.tools) {
        if (t.download) {
            const u = (0,bash/* toolUrls */.LX)(t, definition.architecture);
            addUrl(u.url, `${t.name} download`);
            if (u.checksum)
                addUrl(u.checksum, `${t.name} checksum file`);
            if (u.signature)
                addUrl(u.signature, `${t.name} signature`);
        }
        if (t.azureCliExtension) {
            add('azcliextensionsync.blob.core.windows.net', 443, 'https', 'Azure CLI extension index');
            add('azcliprod.blob.core.windows.net', 443, 'https', `${t.name} extension wheel`);
        }
    }
    for (const e of definition.egress ?? [])
        add(e.host, e.port, e.protocol, e.purpose);
    return [...rules.values()]
        .map((r) => ({ ...r.entry, purpose: r.purposes.join('; ') }))
        .sort((a, b) => (a.host === b.host ? a.port - b.port : a.host < b.host ? -1 : 1));
}
function renderDefinition(definition, options) {
    const scripts = renderScripts(definition, options);
    const customize = scripts.filter((s) => s.phase === 'customize').map(shellEntry);
    const inVMValidations = scripts.filter((s) => s.phase === 'validate').map(shellEntry);
    const v = definition.validation ?? {};
    return {
        baseImage: { ...definition.baseImage },
        customize,
        validate: {
            continueDistributeOnFailure: v.continueDistributeOnFailure ?? false,
            sourceValidationOnly: v.sourceValidationOnly ?? false,
            inVMValidations,
        },
        tools: definition.tools.map((t) => ({
            name: t.name,
            version: t.version,
            verification: verificationOf(definition, t),
        })),
        egress: egressOf(definition),
        tags: { ...(definition.tags ?? {}) },
        definitionFingerprint: definitionFingerprint(definition),
    };
}


/***/ }),

/***/ 3444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   co: () => (/* binding */ SBOM_END),
/* harmony export */   rl: () => (/* binding */ parseSbom),
/* harmony export */   uf: () => (/* binding */ SBOM_BEGIN),
/* harmony export */   xd: () => (/* binding */ sbomScript)
/* harmony export */ });
/* unused harmony exports SBOM_LINE_TAG, STATE_DIR */
/* harmony import */ var _bash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6287);
/**
 * The image's SBOM: an SPDX 2.3 JSON document of every installed dpkg package (dpkg-query) and every tool of
 * the definition (version, download location, the sha256 the install script verified). A customize step
 * after cleanup writes it to /var/lib/aks-jumpbox-image/sbom.spdx.json in the image and prints it between
 * SBOM_BEGIN and SBOM_END, one tagged line per package, so the core can take it from the customization log.
 */

const SBOM_BEGIN = '### AKS-JUMPBOX-SBOM BEGIN ###';
const SBOM_END = '### AKS-JUMPBOX-SBOM END ###';
/** Every line of the document carries this tag, so Packer's line prefixes and stray lines are told apart. */
const SBOM_LINE_TAG = 'jumpbox-sbom: ';
/** Where the install script records verified downloads and the SBOM is kept, in the image. */
const STATE_DIR = '/var/lib/aks-jumpbox-image';
function toolRow(definition, tool) {
    if (tool.download) {
        const pinned = tool.download.sha256?.[definition.architecture] ?? '-';
        return [tool.name, tool.version, (0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .toolUrls */ .LX)(tool, definition.architecture).url, pinned, 'download'].join('\t');
    }
    const location = tool.apt ? (definition.apt?.repositories?.[0]?.url ?? 'NOASSERTION') : 'NOASSERTION';
    return [tool.name, tool.version, location, '-', tool.apt ? 'apt' : 'azure-cli-extension'].join('\t');
}
/** mawk program turning tagged rows (T: tool, D: dpkg package) into the SPDX document, one element a line. */
const AWK = String.raw `
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
function sbomScript(definition, ctx) {
    const base = `${definition.baseImage.publisher}:${definition.baseImage.offer}:${definition.baseImage.sku}:${ctx.baseImageVersion}`;
    const lines = [
        ...(0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADER */ .El)('Print the SPDX 2.3 SBOM of the image (dpkg packages and the definition tools).', ctx.fingerprint),
        ..._bash_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKDIR */ .v4,
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
        `  -v fp=${(0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .shq */ .hi)(ctx.fingerprint)} -v base=${(0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .shq */ .hi)(base)} -v uuid="\${uuid}" \\`,
        '  -v os="${ID:-unknown}-${VERSION_ID:-unknown}" -v vendor="${ID:-ubuntu}" -v distro="${ID:-ubuntu}-${VERSION_ID:-unknown}" \\',
        "  \"$(cat <<'JUMPBOX_AWK'",
        ...AWK.split('\n'),
        'JUMPBOX_AWK',
        ')" > "${state}/sbom.spdx.json"',
        'chmod 0644 "${state}/sbom.spdx.json"',
        `printf '%s\\n' ${(0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .shq */ .hi)(SBOM_BEGIN)}`,
        `sed 's/^/${SBOM_LINE_TAG}/' "\${state}/sbom.spdx.json"`,
        `printf '%s\\n' ${(0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .shq */ .hi)(SBOM_END)}`,
        `jb_log "SBOM: $(grep -c '^,{"SPDXID":"SPDXRef-deb-' "\${state}/sbom.spdx.json") dpkg packages, ${definition.tools.length} tools (${STATE_DIR}/sbom.spdx.json)"`,
    ];
    if (definition.hardening?.cleanCaches !== false)
        lines.push('if [[ -z "${JUMPBOX_ROOT}" ]]; then rm -rf /tmp/jumpbox; fi');
    return lines.join('\n') + '\n';
}
/** Collects the tagged lines between the SBOM markers; the last complete, parseable document wins. */
function parseSbom(logText) {
    let found;
    let body;
    for (const line of logText.split(/\r?\n/)) {
        if (line.includes(SBOM_BEGIN)) {
            body = [];
            continue;
        }
        if (!body)
            continue;
        if (line.includes(SBOM_END)) {
            try {
                const doc = JSON.parse(body.join('\n'));
                if (doc?.spdxVersion === 'SPDX-2.3' && Array.isArray(doc.packages))
                    found = doc;
            }
            catch {
                // truncated or interleaved: not a document
            }
            body = undefined;
            continue;
        }
        const at = line.indexOf(SBOM_LINE_TAG);
        if (at >= 0)
            body.push(line.slice(at + SBOM_LINE_TAG.length));
    }
    return found;
}


/***/ }),

/***/ 966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ RBAC_ADMIN),
/* harmony export */   IU: () => (/* binding */ callerRequirements),
/* harmony export */   XN: () => (/* binding */ assignedRoleGuids),
/* harmony export */   ZH: () => (/* binding */ UNASSIGN),
/* harmony export */   jh: () => (/* binding */ BLOB_DATA_READER_ID),
/* harmony export */   uW: () => (/* binding */ ASSIGN),
/* harmony export */   vo: () => (/* binding */ RBAC_ADMIN_ID),
/* harmony export */   z0: () => (/* binding */ BLOB_DATA_READER)
/* harmony export */ });
/* unused harmony exports BLOB_READ, LIST_KEYS, RG_READ, callerScopes */
/* harmony import */ var _gallery_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5121);
/**
 * One source of truth for what the identity running this tool (the CI principal) must be allowed to do: each ARM
 * action (and data action) the run performs, per feature and per scope, computed from the settings (only the
 * enabled features). Preflight checks it with the Authorization permissions API, `aks-jumpbox-image permissions`
 * turns it into a least-privilege setup, and docs/permissions.md is generated from it.
 */

const RBAC_ADMIN = 'Role Based Access Control Administrator';
const RBAC_ADMIN_ID = 'f58310d9-a9f6-439a-9e8d-f62e7b41a168';
const BLOB_DATA_READER = 'Storage Blob Data Reader';
const BLOB_DATA_READER_ID = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1';
const BLOB_READ = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read';
const LIST_KEYS = 'Microsoft.Storage/storageAccounts/listKeys/action';
const ASSIGN = 'Microsoft.Authorization/roleAssignments/write';
const UNASSIGN = 'Microsoft.Authorization/roleAssignments/delete';
const RG_READ = 'Microsoft.Resources/subscriptions/resourceGroups/read';
const rg = (s, name) => `/subscriptions/${s.subscriptionId}/resourceGroups/${name}`;
/** The scopes the run touches with the enabled features. */
function callerScopes(s) {
    const out = {
        builder: {
            kind: 'builder',
            id: rg(s, s.builderResourceGroup),
            label: `builder-resource-group ${s.builderResourceGroup}`,
        },
        vnet: { kind: 'vnet', id: s.buildSubnet.vnetId, label: `the build VNet ${s.buildSubnet.vnetName}` },
        subscription: {
            kind: 'subscription',
            id: `/subscriptions/${s.subscriptionId}`,
            label: `subscription ${s.subscriptionId}`,
        },
    };
    if (s.imageResourceGroup)
        out.image = {
            kind: 'image',
            id: rg(s, s.imageResourceGroup),
            label: `image-resource-group ${s.imageResourceGroup}`,
        };
    if (s.gallery)
        out.gallery = { kind: 'gallery', id: (0,_gallery_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .definitionId */ .b)(s.gallery), label: 'the gallery image definition' };
    if (s.stagingResourceGroup)
        out.staging = {
            kind: 'staging',
            id: s.stagingResourceGroup,
            label: `staging-resource-group ${s.stagingResourceGroup.split('/').pop()}`,
        };
    const test = s.bootTest
        ? /^(.*\/virtualNetworks\/[^/]+)\/subnets\/[^/]+$/i.exec(s.bootTest.subnetId)
        : null;
    if (test && test[1].toLowerCase() !== s.buildSubnet.vnetId.toLowerCase())
        out['test-vnet'] = { kind: 'test-vnet', id: test[1], label: 'the boot-test VNet' };
    return out;
}
const need = (feature, at, action, role, why) => ({
    feature,
    at,
    action,
    role,
    why,
});
function builderNeeds(s) {
    const mi = 'Microsoft.ManagedIdentity/userAssignedIdentities';
    const ib = 'Microsoft.VirtualMachineImages/imageTemplates';
    const list = [
        need('identity', 'builder', RG_READ, 'Reader', 'check that the builder group exists'),
        need('identity', 'builder', `${mi}/read`, 'Reader', 'read the build identity'),
        need('identity', 'builder', `${mi}/write`, 'Managed Identity Contributor', 'create the build identity'),
        need('identity', 'builder', `${mi}/assign/action`, 'Managed Identity Operator', 'attach it to the template'),
        need('template', 'builder', `${ib}/read`, 'Reader', 'read the template and its run status'),
        need('template', 'builder', `${ib}/write`, 'Contributor', 'create the image template'),
        need('template', 'builder', `${ib}/delete`, 'Contributor', 'replace a failed template, cleanup-template'),
        need('build', 'builder', `${ib}/run/action`, 'Contributor', 'start the build'),
        need('build', 'builder', `${ib}/cancel/action`, 'Contributor', 'cancel the build when the job is canceled'),
        need('build', 'builder', `${ib}/runOutputs/read`, 'Reader', 'read the image id from the run output'),
    ];
    if (s.bootTest) {
        const vm = 'Microsoft.Compute/virtualMachines';
        const nic = 'Microsoft.Network/networkInterfaces';
        for (const [action, why] of [
            [`${vm}/read`, 'read the boot-test VM'],
            [`${vm}/write`, 'create the boot-test VM'],
            [`${vm}/delete`, 'delete the boot-test VM'],
            [`${vm}/runCommands/read`, 'read the validation Run Command'],
            [`${vm}/runCommands/write`, 'run the validation'],
            [`${nic}/read`, 'read the boot-test NIC'],
            [`${nic}/write`, 'create the boot-test NIC'],
            [`${nic}/delete`, 'delete the boot-test NIC'],
            [`${nic}/join/action`, 'attach the NIC to the VM'],
            ['Microsoft.Compute/disks/delete', 'delete the boot-test OS disk'],
        ])
            list.push(need('boot-test', 'builder', action, 'Virtual Machine Contributor', why));
    }
    return list;
}
function accessNeeds(s) {
    const list = [
        need('roles', 'vnet', 'Microsoft.Network/virtualNetworks/read', 'Reader', 'read the build subnet'),
        need('roles', 'vnet', ASSIGN, RBAC_ADMIN, 'assign the network role to the build identity'),
    ];
    if (s.revokeRoles === 'all')
        list.push(need('roles', 'vnet', UNASSIGN, RBAC_ADMIN, 'revoke-roles: all'));
    const imageAt = [
        s.managedImage && s.imageResourceGroup ? 'image' : undefined,
        s.gallery ? 'gallery' : undefined,
    ].filter((x) => !!x);
    for (const at of imageAt) {
        list.push(need('roles', at, ASSIGN, RBAC_ADMIN, 'assign the image role to the build identity'));
        if (s.revokeRoles !== 'none')
            list.push(need('roles', at, UNASSIGN, RBAC_ADMIN, 'revoke the image role'));
    }
    if (s.imageResourceGroup) {
        list.push(need('template', 'image', RG_READ, 'Reader', 'check that the image group exists'));
        list.push(need('template', 'image', 'Microsoft.Compute/images/read', 'Reader', 'skip an unchanged image'));
    }
    if (s.keepImages)
        list.push(need('retention', 'image', 'Microsoft.Compute/images/delete', 'Contributor', 'keep-images'));
    if (s.gallery) {
        const g = 'Microsoft.Compute/galleries/images';
        list.push(need('gallery', 'gallery', `${g}/read`, 'Reader', 'check the image definition'));
        list.push(need('gallery', 'gallery', `${g}/versions/read`, 'Reader', 'skip an unchanged version'));
        if (s.keepVersions)
            list.push(need('retention', 'gallery', `${g}/versions/delete`, 'Contributor', 'keep-versions'));
    }
    if (s.createCustomRoles) {
        const why = 'create-custom-roles';
        list.push(need('custom-roles', 'subscription', 'Microsoft.Authorization/roleDefinitions/read', 'Reader', why));
        list.push(need('custom-roles', 'subscription', 'Microsoft.Authorization/roleDefinitions/write', 'User Access Administrator', why));
    }
    if (s.bootTest)
        list.push(need('boot-test', callerScopesHasTestVnet(s) ? 'test-vnet' : 'vnet', 'Microsoft.Network/virtualNetworks/subnets/join/action', 'Network Contributor', 'join the boot-test VM to test-subnet-id'));
    return list;
}
const callerScopesHasTestVnet = (s) => Boolean(callerScopes(s)['test-vnet']);
function stagingNeeds(s) {
    if (!s.stagingResourceGroup)
        return [];
    const list = [
        need('staging-group', 'staging', RG_READ, 'Reader', 'check that the staging group is empty'),
        need('staging-group', 'staging', 'Microsoft.Resources/subscriptions/resourceGroups/resources/read', 'Reader', 'list what the staging group holds'),
        need('staging-group', 'staging', ASSIGN, RBAC_ADMIN, 'assign Contributor to the build identity there'),
    ];
    if (s.revokeRoles === 'all')
        list.push(need('staging-group', 'staging', UNASSIGN, RBAC_ADMIN, 'revoke-roles: all'));
    if (s.streamLog || s.uploadLog) {
        const optional = !s.requireLog;
        const find = need('logs', 'staging', 'Microsoft.Storage/storageAccounts/read', 'Reader', 'find the log account');
        const read = need('logs', 'staging', BLOB_READ, BLOB_DATA_READER, 'read the build log with an Entra token');
        list.push({ ...find, optional }, { ...read, data: true, alternative: LIST_KEYS, optional });
    }
    return list;
}
/** Every permission the run needs for these settings, each at its scope. */
function callerRequirements(s) {
    const scopes = callerScopes(s);
    return [...builderNeeds(s), ...accessNeeds(s), ...stagingNeeds(s)].flatMap(({ at, ...n }) => {
        const scope = scopes[at];
        return scope ? [{ ...n, scope }] : [];
    });
}
/** The role definition GUIDs the run assigns at a scope (what a constrained delegation must allow there). */
function assignedRoleGuids(s, kind, custom) {
    const guid = (id) => id.split('/').pop().toLowerCase();
    const network = custom?.network ?? s.networkRole.guid;
    const image = custom?.image ?? s.imageRole.guid;
    if (kind === 'vnet')
        return [guid(network)];
    if (kind === 'image' || kind === 'gallery')
        return [guid(image)];
    if (kind === 'staging')
        return ['b24988ac-6180-42a0-ab88-20f7382dd24c'];
    return [];
}


/***/ }),

/***/ 9179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  df: () => (/* reexport */ describePlan),
  P_: () => (/* reexport */ formatWhatIf),
  Rf: () => (/* reexport */ preflightGate)
});

// UNUSED EXPORTS: DEFAULT_RULES, PREFLIGHT_CHECKS, evaluateChecks, evaluateFlow, formatPreflight, logPreflight, runPreflight, whatIf, whatIfAssignments

// EXTERNAL MODULE: ./src/core/clients.ts + 1 modules
var clients = __webpack_require__(8543);
// EXTERNAL MODULE: ./src/core/azure-ids.ts
var azure_ids = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/gallery/settings.ts
var settings = __webpack_require__(5121);
// EXTERNAL MODULE: ./src/core/arm-rest.ts
var arm_rest = __webpack_require__(8736);
// EXTERNAL MODULE: ./src/core/settings.ts + 1 modules
var core_settings = __webpack_require__(5984);
;// CONCATENATED MODULE: ./src/core/preflight/fetch.ts
/**
 * Reads everything the preflight checks look at, in at most ten requests (eleven with a staging group): the VNet (its subnets come with it,
 * skipped when the caller already read it), one GET per NSG and per route table on the subnets, the provider list
 * (resource types and their locations included), the role definitions, the caller's permissions at each scope and
 * the base image version. Independent reads run together. The network, image and provider reads are plain ARM GETs
 * (arm-rest.ts: same paths and api-versions as the generated clients, their model shape): a full build loads neither
 * the network, the compute nor the resources SDK for them.
 */





async function fetched(read) {
    try {
        return { value: await read() };
    }
    catch (e) {
        if ((0,clients/* isNotFound */.c4)(e))
            return { notFound: true, error: (0,clients/* armError */.Tr)(e).message };
        return { error: `${(0,clients/* armError */.Tr)(e).code ?? 'error'}: ${(0,clients/* armError */.Tr)(e).message}` };
    }
}
/** The subnet a subnet reference names, in a VNet that was read. */
function findSubnet(vnet, name) {
    return vnet?.subnets?.find((s) => s.name?.toLowerCase() === name.toLowerCase());
}
/** Scopes whose caller permissions matter: builder and image groups, the build VNet, a custom staging group. */
function permissionScopes(input) {
    const s = input.settings;
    const rg = (name) => `/subscriptions/${s.subscriptionId}/resourceGroups/${name}`;
    const image = s.imageResourceGroup
        ? rg(s.imageResourceGroup)
        : s.gallery
            ? (0,settings/* definitionId */.b)(s.gallery)
            : undefined;
    const scopes = [rg(s.builderResourceGroup), image, s.buildSubnet.vnetId, s.stagingResourceGroup].filter((x) => !!x);
    return [...new Map(scopes.map((x) => [(0,azure_ids/* normalizeId */.XB)(x), x])).values()];
}
/** Built-in roles whose ids are the same in every subscription (the defaults): nothing to read. */
const WELL_KNOWN_ROLES = new Set([core_settings/* DEFAULTS */.zY.networkRole, core_settings/* DEFAULTS */.zY.imageRole]);
/** Role definitions to read (none when the run creates its own custom roles, nor for well-known built-ins). */
function roleDefinitionIds(input) {
    const s = input.settings;
    if (s.createCustomRoles)
        return [];
    return [
        ...new Set([s.networkRole, s.imageRole].filter((r) => !WELL_KNOWN_ROLES.has(r.guid)).map((r) => r.id)),
    ];
}
/** The caller's permissions at a resource group or a resource (one request; ARM rarely pages them). */
async function readCallerPermissions(clients, scope, signal) {
    const auth = clients.authorization.permissions;
    const options = { abortSignal: signal };
    const m = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)(?:\/providers\/([^/]+)\/([^/]+)\/([^/]+))?$/i.exec(scope);
    if (!m)
        throw new Error(`Unexpected scope ${scope}`);
    const pages = m[2]
        ? auth.listForResource(m[1], m[2], '', m[3], m[4], options)
        : auth.listForResourceGroup(m[1], options);
    const out = [];
    for await (const p of pages)
        out.push({
            actions: p.actions ?? [],
            notActions: p.notActions ?? [],
            dataActions: p.dataActions ?? [],
            notDataActions: p.notDataActions ?? [],
        });
    return out;
}
/** One request for every provider with its resource types and their locations (a second only if ARM pages). */
function readProviders(input, count) {
    const path = (0,arm_rest/* armPath */.sO)('/subscriptions', input.settings.subscriptionId, 'providers');
    // As the resources SDK returns them: no `properties` to merge (a resource type's own `properties` stays).
    return input.rest.list(path, arm_rest/* API_VERSION */.mG.resources, input.signal, count);
}
/** The base image's plan (Marketplace terms), from the image version's `properties` as the compute SDK has it. */
async function readBaseImagePlan(input) {
    const base = input.baseImage;
    const path = (0,arm_rest/* platformImagePath */.g$)(input.settings.subscriptionId, input.location, base, base.version);
    const image = await input.rest.get(path, arm_rest/* API_VERSION */.mG.compute, input.signal);
    return { plan: image?.properties?.plan };
}
async function fetchPreflightData(input) {
    const { clients, settings, signal } = input;
    let requests = 0;
    const count = () => void requests++;
    const subnetRef = settings.buildSubnet;
    const vnetRead = input.vnet
        ? Promise.resolve({ value: input.vnet })
        : fetched(async () => {
            count();
            const path = (0,arm_rest/* resourceGroupPath */.d1)(settings.subscriptionId, subnetRef.resourceGroup, 'Microsoft.Network/virtualNetworks', subnetRef.vnetName);
            return (0,arm_rest/* flattenProperties */.m_)(await input.rest.get(path, arm_rest/* API_VERSION */.mG.network, signal));
        });
    const scopes = permissionScopes(input);
    const roles = roleDefinitionIds(input);
    const [vnet, providers, permissionList, roleList, baseImage] = await Promise.all([
        vnetRead,
        fetched(() => readProviders(input, count)),
        Promise.all(scopes.map((scope) => fetched(() => (count(), readCallerPermissions(clients, scope, signal))))),
        Promise.all(roles.map((id) => fetched(async () => {
            count();
            const [, scope, guid] = /^(.*)\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/i.exec(id);
            await clients.authorization.roleDefinitions.get(scope, guid, { abortSignal: signal });
            return true;
        }))),
        fetched(() => (count(), readBaseImagePlan(input))),
    ]);
    const { nsgs, routeTables } = await readSubnetAttachments(input, vnet.value, count);
    return {
        vnet,
        nsgs,
        routeTables,
        providers,
        roleDefinitions: new Map(roles.map((id, i) => [id, roleList[i]])),
        permissions: new Map(scopes.map((scope, i) => [(0,azure_ids/* normalizeId */.XB)(scope), permissionList[i]])),
        baseImage,
        requests,
    };
}
/** One GET per distinct NSG and route table attached to the build (and container instance) subnets. */
async function readSubnetAttachments(input, vnet, count) {
    const { settings } = input;
    const subnets = [settings.buildSubnet, settings.containerInstanceSubnet]
        .filter((s) => s !== undefined)
        .map((ref) => findSubnet(vnet, ref.subnetName))
        .filter((s) => s !== undefined);
    const ids = (pick) => [
        ...new Set(subnets
            .map(pick)
            .filter((x) => Boolean(x))
            .map(azure_ids/* normalizeId */.XB)),
    ];
    const parts = (id) => /\/resourcegroups\/([^/]+)\/providers\/[^/]+\/[^/]+\/([^/]+)$/i.exec(id);
    const nsgIds = ids((s) => s.networkSecurityGroup?.id);
    const routeIds = ids((s) => s.routeTable?.id);
    // Read in the run's subscription (a subnet's NSG and route table are in its VNet's), by lower-case group and name.
    const read = (type, id) => fetched(async () => {
        count();
        const [, group, name] = parts(id);
        return (0,arm_rest/* flattenProperties */.m_)(await input.rest.get((0,arm_rest/* resourceGroupPath */.d1)(input.settings.subscriptionId, group, type, name), arm_rest/* API_VERSION */.mG.network, input.signal));
    });
    const [nsgList, routeList] = await Promise.all([
        Promise.all(nsgIds.map((id) => read('Microsoft.Network/networkSecurityGroups', id))),
        Promise.all(routeIds.map((id) => read('Microsoft.Network/routeTables', id))),
    ]);
    return {
        nsgs: new Map(nsgIds.map((id, i) => [id, nsgList[i]])),
        routeTables: new Map(routeIds.map((id, i) => [id, routeList[i]])),
    };
}

;// CONCATENATED MODULE: ./src/core/preflight/types.ts
const pass = (id, title, reason) => ({
    id,
    title,
    status: 'pass',
    reason,
});
const warn = (id, title, reason) => ({
    id,
    title,
    status: 'warn',
    reason,
});
const fail = (id, title, reason) => ({
    id,
    title,
    status: 'fail',
    reason,
});

;// CONCATENATED MODULE: ./src/core/preflight/access-checks.ts
/** Region, resource providers, resource groups, role definitions, the caller's permissions and the base image. */



const IMAGE_BUILDER = 'Microsoft.VirtualMachineImages';
function requiredProviders(settings) {
    const list = [
        IMAGE_BUILDER,
        'Microsoft.Compute',
        'Microsoft.Storage',
        'Microsoft.Network',
        'Microsoft.ManagedIdentity',
    ];
    if (settings.containerInstanceSubnet)
        list.push('Microsoft.ContainerInstance');
    return list;
}
const sameRegion = (a, b) => a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();
function actionMatches(pattern, action) {
    const source = pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${source}$`, 'i').test(action);
}
/** Whether any of the caller's role assignments grants the action (its NotActions subtracted per role). */
function permits(permissions, action) {
    return permissions.some((p) => p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((a) => actionMatches(a, action)));
}
/** Whether any of the caller's role assignments grants the data action (its NotDataActions subtracted per role). */
function permitsData(permissions, action) {
    return permissions.some((p) => (p.dataActions ?? []).some((a) => actionMatches(a, action)) &&
        !(p.notDataActions ?? []).some((a) => actionMatches(a, action)));
}
const rgScope = (s, name) => `/subscriptions/${s.subscriptionId}/resourceGroups/${name}`;
function checkRegion(c) {
    const id = 'region';
    const title = 'Region offers Image Builder';
    const providers = c.data.providers;
    if (!providers.value)
        return warn(id, title, `Could not read the resource providers (${providers.error}); cannot tell whether ${c.location} offers Image Builder.`);
    const vmi = providers.value.find((p) => p.namespace?.toLowerCase() === IMAGE_BUILDER.toLowerCase());
    const type = vmi?.resourceTypes?.find((t) => t.resourceType?.toLowerCase() === 'imagetemplates');
    if (!type)
        return fail(id, title, `The subscription lists no ${IMAGE_BUILDER}/imageTemplates resource type: Image Builder is not available to it.`);
    const regions = type.locations ?? [];
    if (!regions.some((l) => sameRegion(l, c.location)))
        return fail(id, title, `Image Builder is not offered in ${c.location}; set location to one of: ${regions.join(', ')}.`);
    return pass(id, title, `${IMAGE_BUILDER}/imageTemplates is offered in ${c.location}.`);
}
/** Providers not registered; the caller may register them when it holds `<namespace>/register/action`. */
function unregisteredProviders(c) {
    const list = c.data.providers.value ?? [];
    return requiredProviders(c.settings).filter((ns) => {
        const p = list.find((x) => x.namespace?.toLowerCase() === ns.toLowerCase());
        return p?.registrationState !== 'Registered';
    });
}
function mayRegister(c, namespace) {
    const perms = c.data.permissions.get((0,azure_ids/* normalizeId */.XB)(rgScope(c.settings, c.settings.builderResourceGroup)))?.value;
    return Boolean(perms && permits(perms, `${namespace}/register/action`));
}
function checkProviders(c) {
    const id = 'providers';
    const title = 'Resource providers registered';
    if (!c.data.providers.value)
        return warn(id, title, `Could not read the resource providers (${c.data.providers.error}).`);
    const missing = unregisteredProviders(c);
    if (!missing.length)
        return pass(id, title, `${requiredProviders(c.settings).join(', ')} are registered.`);
    const denied = missing.filter((ns) => !mayRegister(c, ns));
    if (denied.length)
        return fail(id, title, `Not registered: ${missing.join(', ')}; the caller lacks ${denied[0]}/register/action: ask a subscription Contributor to run ${denied.map((ns) => `az provider register --namespace ${ns}`).join(' && ')}.`);
    return warn(id, title, `Not registered: ${missing.join(', ')}; ${c.settings.dryRun ? 'a build registers them' : 'registering them now'} (az provider register --namespace <name>).`);
}
function checkResourceGroups(c) {
    const id = 'resource-groups';
    const title = 'Resource groups exist';
    const s = c.settings;
    const names = [...new Set([s.builderResourceGroup, s.imageResourceGroup].filter((n) => !!n))];
    const reads = names.map((n) => c.data.permissions.get((0,azure_ids/* normalizeId */.XB)(rgScope(s, n))));
    const missing = names.filter((_, i) => reads[i]?.notFound);
    if (missing.length)
        return fail(id, title, `Resource group ${missing.join(' and ')} does not exist in subscription ${s.subscriptionId}: create it (az group create -n ${missing[0]} -l ${c.location}); builder-resource-group and image-resource-group must exist.`);
    const unknown = names.filter((_, i) => !reads[i]?.value);
    if (unknown.length)
        return warn(id, title, `Could not tell whether ${unknown.join(' and ')} exist (${reads.find((r) => r?.error)?.error ?? 'not read'}).`);
    return pass(id, title, `${names.join(' and ')} exist.`);
}
function checkRoleDefinitions(c) {
    const id = 'role-definitions';
    const title = 'Role definitions exist';
    const s = c.settings;
    if (s.createCustomRoles)
        return pass(id, title, 'create-custom-roles: the run creates or reuses its custom roles.');
    const named = [
        ['network-role-id', s.networkRole.id],
        ['image-role-id', s.imageRole.id],
    ];
    for (const [input, roleId] of named) {
        if (WELL_KNOWN_ROLES.has(roleId.split('/').pop()))
            continue;
        const read = c.data.roleDefinitions.get(roleId);
        if (read?.notFound)
            return fail(id, title, `Role definition ${roleId.split('/').pop()} (${input}) does not exist in this subscription: check ${input}.`);
        if (!read?.value)
            return warn(id, title, `Could not read role definition ${roleId.split('/').pop()} (${input}): ${read?.error ?? 'not read'}.`);
    }
    return pass(id, title, `network-role-id ${s.networkRole.guid} and image-role-id ${s.imageRole.guid} exist${named.every(([, r]) => WELL_KNOWN_ROLES.has(r.split('/').pop())) ? ' (built-in roles: the same id everywhere)' : ''}.`);
}
function checkBaseImage(c) {
    const id = 'base-image';
    const title = 'Base image';
    const b = c.baseImage;
    const ref = `${b.publisher}:${b.offer}:${b.sku}:${b.version}`;
    const read = c.data.baseImage;
    if (read.notFound)
        return fail(id, title, `Base image ${ref} is not offered in ${c.location}: check base-image (az vm image list -l ${c.location} -p ${b.publisher} -f ${b.offer} -s ${b.sku} --all).`);
    if (!read.value)
        return warn(id, title, `Could not read base image ${ref}: ${read.error}.`);
    const plan = read.value.plan;
    if (plan?.name)
        return fail(id, title, `Base image ${ref} has a Marketplace purchase plan (${plan.publisher}/${plan.product}/${plan.name}) whose terms must be accepted (az vm image terms accept --urn ${ref}) and which this tool does not pass to Image Builder (planInfo): choose an image without a plan.`);
    return pass(id, title, `${ref} exists in ${c.location} (no purchase plan).`);
}

;// CONCATENATED MODULE: ./src/core/preflight/cidr.ts
/** IPv4 prefixes as integer ranges: parsing, size, containment and overlap (pure). */
/** Parses `a.b.c.d` or `a.b.c.d/n`; undefined for anything else (IPv6, service tags, `*`). */
function parseIpv4Prefix(text) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(text.trim());
    if (!m)
        return undefined;
    const octets = m.slice(1, 5).map(Number);
    const bits = m[5] === undefined ? 32 : Number(m[5]);
    if (octets.some((o) => o > 255) || bits > 32)
        return undefined;
    const address = octets.reduce((acc, o) => acc * 256 + o, 0);
    const size = 2 ** (32 - bits);
    const start = address - (address % size);
    return { start, end: start + size - 1, bits };
}
const isIpv6 = (text) => text.includes(':');
const contains = (outer, inner) => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a, b) => a.start <= b.end && b.start <= a.end;
const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map((p) => parseIpv4Prefix(p));
/** Whether every address of the range is private (RFC 1918 or shared address space). */
const isPrivate = (r) => PRIVATE.some((p) => contains(p, r));

;// CONCATENATED MODULE: ./src/core/preflight/nsg.ts
/**
 * Network security group evaluation as Azure does it, for one flow at a time (pure: no I/O).
 * Rules of the flow's direction are read in priority order (lowest number first), the default rules last;
 * the first rule that matches the whole flow decides. A rule that matches only part of it (a public prefix for
 * "Internet", a source port range, an unknown service tag) cannot decide: a Deny of that kind is reported as a
 * partial block and evaluation goes on.
 */

/** Azure's default rules (present on every NSG; `defaultSecurityRules` in the API). */
const DEFAULT_RULES = [
    rule('AllowVnetInBound', 65000, 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
    rule('AllowAzureLoadBalancerInBound', 65001, 'Inbound', 'Allow', 'AzureLoadBalancer', '*'),
    rule('DenyAllInBound', 65500, 'Inbound', 'Deny', '*', '*'),
    rule('AllowVnetOutBound', 65000, 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
    rule('AllowInternetOutBound', 65001, 'Outbound', 'Allow', '*', 'Internet'),
    rule('DenyAllOutBound', 65500, 'Outbound', 'Deny', '*', '*'),
];
function rule(name, priority, direction, access, source, destination) {
    return {
        name,
        priority,
        direction,
        access,
        protocol: '*',
        sourceAddressPrefix: source,
        destinationAddressPrefix: destination,
        sourcePortRange: '*',
        destinationPortRange: '*',
    };
}
const ANY = new Set(['*', 'any', '0.0.0.0/0']);
function matchProtocol(protocol, flow) {
    const p = (protocol ?? '*').toLowerCase();
    return ANY.has(p) || p === flow.protocol.toLowerCase() ? 2 : 0;
}
function portMatch(range, port) {
    const r = range.trim();
    if (ANY.has(r.toLowerCase()))
        return true;
    const m = /^(\d+)\s*-\s*(\d+)$/.exec(r);
    if (m)
        return Number(m[1]) <= port && port <= Number(m[2]);
    return Number(r) === port;
}
const listOf = (one, many) => many?.length ? many : one !== undefined && one !== '' ? [one] : [];
function matchDestinationPort(r, port) {
    const ranges = listOf(r.destinationPortRange, r.destinationPortRanges);
    return ranges.length === 0 || ranges.some((x) => portMatch(x, port)) ? 2 : 0;
}
/** The flow's source port is ephemeral: only "any" covers all of it. */
function matchSourcePort(r) {
    const ranges = listOf(r.sourcePortRange, r.sourcePortRanges);
    return ranges.length === 0 || ranges.some((x) => ANY.has(x.trim().toLowerCase())) ? 2 : 1;
}
function matchPrefix(prefix, endpoint) {
    const p = prefix.trim();
    if (ANY.has(p.toLowerCase()))
        return 2;
    const cidr = parseIpv4Prefix(p);
    if (!cidr) {
        if (p.includes(':'))
            return 0; // IPv6: the build is IPv4
        const tag = p.split('.')[0].toLowerCase();
        if (endpoint.tags.some((t) => t.toLowerCase() === tag))
            return 2;
        // Another service tag (Storage, AzureCloud, ...) covers part of the Internet, nothing of the VNet.
        return endpoint.tags.includes('Internet') ? 1 : 0;
    }
    if (!endpoint.ranges.length)
        return isPrivate(cidr) ? 0 : 1;
    if (endpoint.ranges.every((r) => contains(cidr, r)))
        return 2;
    return endpoint.ranges.some((r) => overlaps(cidr, r)) ? 1 : 0;
}
function matchAddresses(one, many, asgs, e) {
    // Image Builder's VMs are never members of an application security group.
    if (asgs?.length)
        return 0;
    const prefixes = listOf(one, many);
    if (!prefixes.length)
        return 0;
    return Math.max(...prefixes.map((p) => matchPrefix(p, e)));
}
function ruleMatch(r, flow) {
    return Math.min(matchProtocol(r.protocol, flow), matchDestinationPort(r, flow.port), matchSourcePort(r), matchAddresses(r.sourceAddressPrefix, r.sourceAddressPrefixes, r.sourceApplicationSecurityGroups, flow.source), matchAddresses(r.destinationAddressPrefix, r.destinationAddressPrefixes, r.destinationApplicationSecurityGroups, flow.destination));
}
/** Evaluates a flow against an NSG's rules; default rules are added when the list has none of its own. */
function evaluateFlow(rules, flow, defaults = DEFAULT_RULES) {
    const ordered = [...rules, ...defaults]
        .filter((r) => r.direction.toLowerCase() === flow.direction.toLowerCase())
        .sort((a, b) => a.priority - b.priority);
    const partialDenies = [];
    for (const r of ordered) {
        const m = ruleMatch(r, flow);
        if (m === 0)
            continue;
        const ref = { name: r.name, priority: r.priority };
        const deny = r.access.toLowerCase() === 'deny';
        if (m === 2)
            return { access: deny ? 'Deny' : 'Allow', decidedBy: ref, partialDenies };
        if (deny)
            partialDenies.push(ref);
    }
    return { access: 'Deny', partialDenies };
}
const describeFlow = (f) => `${f.direction.toLowerCase()} ${f.protocol.toUpperCase()} ${f.port} from ${f.source.label} to ${f.destination.label}`;

;// CONCATENATED MODULE: ./src/core/preflight/subnet-checks.ts




/** Addresses Azure reserves in every subnet. */
const RESERVED = 5;
/** Proxy topology: load balancer, proxy VM, private link service, build VM. */
const PROXY_ADDRESSES = 4;
const ACI_DELEGATION = 'Microsoft.ContainerInstance/containerGroups';
const subnetPrefixes = (s) => s.addressPrefixes?.length ? s.addressPrefixes : s.addressPrefix ? [s.addressPrefix] : [];
function ipv4Ranges(s) {
    return subnetPrefixes(s)
        .map(parseIpv4Prefix)
        .filter((r) => r !== undefined);
}
/** The subnet, or a failed check saying why it cannot be looked at. */
function lookup(c, ref, id, title, input) {
    const vnet = c.data.vnet;
    if (vnet.notFound)
        return fail(id, title, `Virtual network ${ref.vnetId} was not found: check ${input}.`);
    if (vnet.error)
        return fail(id, title, `Could not read virtual network ${ref.vnetName}: ${vnet.error}`);
    const subnet = findSubnet(vnet.value, ref.subnetName);
    if (!subnet)
        return fail(id, title, `Subnet ${ref.subnetName} does not exist in virtual network ${ref.vnetName}: check ${input}.`);
    return subnet;
}
function sizeCheck(id, title, ref, subnet, needed, input) {
    const ranges = ipv4Ranges(subnet);
    if (!ranges.length)
        return fail(id, title, `Subnet ${ref.subnetName} has no IPv4 prefix (${subnetPrefixes(subnet).join(', ') || 'none'}); Image Builder needs an IPv4 subnet: choose another ${input}.`);
    const largest = ranges.reduce((a, b) => (a.bits <= b.bits ? a : b));
    if (largest.bits > 28)
        return fail(id, title, `Subnet ${ref.subnetName} is a /${largest.bits}; Image Builder needs at least a /28: use a larger subnet for ${input}.`);
    const used = subnet.ipConfigurations?.length ?? 0;
    const free = ranges.reduce((n, r) => n + (r.end - r.start + 1 - RESERVED), 0) - used;
    if (free < needed)
        return fail(id, title, `Subnet ${ref.subnetName} has ${free} free addresses (${used} IP configurations in use); the build needs ${needed}: free addresses or use a larger subnet for ${input}.`);
    return pass(id, title, `Subnet ${ref.subnetName} (/${largest.bits}, IPv4) has ${free} free addresses; ${needed} needed.`);
}
function checkSubnet(c) {
    const id = 'subnet';
    const title = 'Build subnet';
    const ref = c.settings.buildSubnet;
    if (ref.subscriptionId.toLowerCase() !== c.settings.subscriptionId.toLowerCase())
        return fail(id, title, `build-subnet-id is in subscription ${ref.subscriptionId}, not ${c.settings.subscriptionId}: Image Builder needs the subnet in the template's subscription.`);
    const subnet = lookup(c, ref, id, title, 'build-subnet-id');
    if ('status' in subnet)
        return subnet;
    const needed = c.settings.proxyVmSize ? PROXY_ADDRESSES : 1;
    return sizeCheck(id, title, ref, subnet, needed, 'build-subnet-id');
}
function checkTopology(c) {
    const s = c.settings;
    if (!s.containerInstanceSubnet) {
        const id = 'proxy-topology';
        const title = 'Proxy topology';
        const subnet = lookup(c, s.buildSubnet, id, title, 'build-subnet-id');
        if ('status' in subnet)
            return subnet;
        const policy = subnet.privateLinkServiceNetworkPolicies ?? 'Enabled';
        if (policy !== 'Disabled')
            return fail(id, title, `privateLinkServiceNetworkPolicies is ${policy} on subnet ${s.buildSubnet.subnetName}; the proxy VM's private link service needs it Disabled: az network vnet subnet update --ids ${s.buildSubnet.id} --private-link-service-network-policies Disabled`);
        return pass(id, title, `privateLinkServiceNetworkPolicies is Disabled on ${s.buildSubnet.subnetName}; proxy VM ${s.proxyVmSize}.`);
    }
    return checkIsolated(c, s.containerInstanceSubnet);
}
function checkIsolated(c, aci) {
    const id = 'isolated-topology';
    const title = 'Isolated topology (container instance subnet)';
    const s = c.settings;
    if ((0,azure_ids/* normalizeId */.XB)(aci.vnetId) !== (0,azure_ids/* normalizeId */.XB)(s.buildSubnet.vnetId))
        return fail(id, title, `container-instance-subnet-id must be in the build VNet ${s.buildSubnet.vnetName}.`);
    if (aci.subnetName.toLowerCase() === s.buildSubnet.subnetName.toLowerCase())
        return fail(id, title, 'container-instance-subnet-id must be a different subnet from build-subnet-id.');
    if (s.proxyVmSize)
        return fail(id, title, 'proxy-vm-size must not be set with container-instance-subnet-id (isolated builds have no proxy VM).');
    const subnet = lookup(c, aci, id, title, 'container-instance-subnet-id');
    if ('status' in subnet)
        return subnet;
    const delegated = (subnet.delegations ?? []).some((d) => d.serviceName?.toLowerCase() === ACI_DELEGATION.toLowerCase());
    if (!delegated)
        return fail(id, title, `Subnet ${aci.subnetName} is not delegated to ${ACI_DELEGATION}: az network vnet subnet update --ids ${aci.id} --delegations ${ACI_DELEGATION}`);
    const size = sizeCheck(id, title, aci, subnet, 1, 'container-instance-subnet-id');
    if (size.status !== 'pass')
        return size;
    return pass(id, title, `Subnet ${aci.subnetName} is in the build VNet and delegated to ${ACI_DELEGATION}; no proxy VM.`);
}
/** Outbound path of each subnet the build uses. */
function checkOutbound(c) {
    const s = c.settings;
    const refs = [s.buildSubnet, s.containerInstanceSubnet].filter((r) => r !== undefined);
    return refs.map((ref, i) => {
        const id = i === 0 ? 'outbound' : 'outbound-aci';
        const title = i === 0 ? 'Outbound path (build subnet)' : 'Outbound path (container instance subnet)';
        const subnet = lookup(c, ref, id, title, i === 0 ? 'build-subnet-id' : 'container-instance-subnet-id');
        if ('status' in subnet)
            return subnet;
        return outboundOf(c, ref, subnet, id, title);
    });
}
function outboundOf(c, ref, subnet, id, title) {
    const name = ref.subnetName;
    const tableId = subnet.routeTable?.id;
    if (tableId) {
        const table = c.data.routeTables.get((0,azure_ids/* normalizeId */.XB)(tableId));
        if (!table?.value)
            return warn(id, title, `Could not read route table ${tableId} of ${name} (${table?.error ?? 'not read'}); make sure it leads to the Internet or a firewall that allows the egress list.`);
        const defaultRoute = (table.value.routes ?? []).find((r) => r.addressPrefix === '0.0.0.0/0');
        const hop = defaultRoute?.nextHopType;
        if (hop === 'None')
            return fail(id, title, `Route ${defaultRoute.name} in ${table.value.name} drops 0.0.0.0/0 (next hop None): the build cannot reach its package sources; route it to a firewall or the Internet.`);
        if (hop === 'VirtualAppliance' || hop === 'VirtualNetworkGateway')
            return warn(id, title, `Route table ${table.value.name} sends 0.0.0.0/0 to ${hop}${defaultRoute.nextHopIpAddress ? ` ${defaultRoute.nextHopIpAddress}` : ''}: the firewall must allow the definition's egress list (aks-jumpbox-image plan prints it).`);
    }
    if (subnet.natGateway?.id)
        return pass(id, title, `Subnet ${name} reaches the Internet through NAT gateway ${subnet.natGateway.id.split('/').pop()}.`);
    if (subnet.defaultOutboundAccess === false)
        return fail(id, title, `Subnet ${name} is private (defaultOutboundAccess false) with no NAT gateway or route to a firewall, so the build cannot reach its package sources: attach a NAT gateway (az network vnet subnet update --ids ${ref.id} --nat-gateway <name>) or route 0.0.0.0/0 to a firewall.`);
    return pass(id, title, `Subnet ${name} uses default outbound access${tableId ? ' (its route table does not redirect 0.0.0.0/0)' : ''}.`);
}

;// CONCATENATED MODULE: ./src/core/preflight/nsg-checks.ts






const LOAD_BALANCER = {
    label: 'AzureLoadBalancer',
    tags: ['AzureLoadBalancer'],
    ranges: [parseIpv4Prefix('168.63.129.16/32')],
};
const INTERNET = { label: 'Internet', tags: ['Internet'], ranges: [] };
const inVnet = (label, subnet) => ({
    label,
    tags: ['VirtualNetwork'],
    ranges: ipv4Ranges(subnet),
});
const tcp = (direction, port, source, destination) => ({
    direction,
    protocol: 'Tcp',
    port,
    source,
    destination,
});
/** The flows a build needs through the NSG of the build subnet (and of the container instance subnet). */
function requiredFlows(build, aci) {
    const b = inVnet('VirtualNetwork (build subnet)', build);
    const web = [tcp('Outbound', 443, b, INTERNET), tcp('Outbound', 80, b, INTERNET)];
    if (!aci) {
        return {
            build: [
                tcp('Inbound', 60001, LOAD_BALANCER, b),
                tcp('Inbound', 60001, b, b),
                tcp('Inbound', 22, b, b),
                tcp('Outbound', 22, b, b),
                ...web,
            ],
            aci: [],
        };
    }
    const a = inVnet('VirtualNetwork (container instance subnet)', aci);
    return {
        build: [tcp('Inbound', 22, a, b), ...web],
        aci: [tcp('Outbound', 22, a, b), tcp('Outbound', 443, a, INTERNET)],
    };
}
function nsgRules(nsg) {
    const norm = (r) => ({
        ...r,
        name: r.name ?? '(unnamed)',
        priority: r.priority ?? 0,
        direction: r.direction ?? 'Inbound',
        access: r.access ?? 'Allow',
        protocol: r.protocol ?? '*',
    });
    const defaults = nsg.defaultSecurityRules?.length ? nsg.defaultSecurityRules.map(norm) : DEFAULT_RULES;
    return { rules: (nsg.securityRules ?? []).map(norm), defaults };
}
/** Evaluates flows against one NSG: fail naming each blocking rule, warn for partial blocks. */
function evaluateNsg(id, title, nsg, flows) {
    const { rules, defaults } = nsgRules(nsg);
    const blocked = [];
    const partial = [];
    for (const flow of flows) {
        const v = evaluateFlow(rules, flow, defaults);
        const refs = (list) => list.map((r) => `rule ${r.name} (priority ${r.priority})`).join(', ');
        if (v.access === 'Deny')
            blocked.push(`${describeFlow(flow)} is denied by ${v.decidedBy ? refs([v.decidedBy]) : 'no allowing rule'}`);
        else if (v.partialDenies.length)
            partial.push(`${describeFlow(flow)} is partly denied by ${refs(v.partialDenies)}`);
    }
    const name = nsg.name ?? 'the NSG';
    if (blocked.length)
        return fail(id, title, `NSG ${name}: ${blocked.join('; ')}. Add an Allow rule with a lower priority number than each of them.`);
    if (partial.length)
        return warn(id, title, `NSG ${name}: ${partial.join('; ')}; check that these do not cover the build's destinations.`);
    return pass(id, title, `NSG ${name} allows the ${flows.length} flows the build needs (${flows.map((f) => `${f.direction === 'Inbound' ? 'in' : 'out'} ${f.port}`).join(', ')}).`);
}
function checkNsgs(c) {
    const s = c.settings;
    const build = findSubnet(c.data.vnet.value, s.buildSubnet.subnetName);
    if (!build)
        return []; // the subnet check reports it
    const aci = s.containerInstanceSubnet
        ? findSubnet(c.data.vnet.value, s.containerInstanceSubnet.subnetName)
        : undefined;
    const flows = requiredFlows(build, aci);
    const targets = [
        ['nsg', 'NSG (build subnet)', build, flows.build],
        ['nsg-aci', 'NSG (container instance subnet)', aci, flows.aci],
    ];
    const out = [];
    for (const [id, title, subnet, list] of targets) {
        if (!subnet || !list.length)
            continue;
        const nsgId = subnet.networkSecurityGroup?.id;
        if (!nsgId) {
            out.push(pass(id, title, `No NSG on subnet ${subnet.name}: nothing filters the build's traffic.`));
            continue;
        }
        const read = c.data.nsgs.get((0,azure_ids/* normalizeId */.XB)(nsgId));
        if (!read?.value) {
            out.push(warn(id, title, `Could not read NSG ${nsgId} (${read?.error ?? 'not read'}); check it allows ${list.map(describeFlow).join('; ')}.`));
            continue;
        }
        out.push(evaluateNsg(id, title, read.value, list));
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/permissions/requirements.ts
var requirements = __webpack_require__(966);
;// CONCATENATED MODULE: ./src/core/preflight/permission-checks.ts
/** What the caller must be allowed to do at each scope (src/core/permissions), from the Authorization permissions API. */





const CHECK_KEY = {
    builder: 'builder-rg',
    image: 'image-rg',
    gallery: 'image-rg',
    vnet: 'vnet',
};
/** The requirements at the scopes preflight reads (builder group, image group or gallery definition, VNet). */
function permissionNeeds(c) {
    const read = new Set(permissionScopes(c).map(azure_ids/* normalizeId */.XB));
    return (0,requirements/* callerRequirements */.IU)(c.settings).filter((r) => read.has((0,azure_ids/* normalizeId */.XB)(r.scope.id)));
}
/** One check per scope: names each missing action and a built-in role that grants it. */
function checkPermissions(c) {
    const byScope = new Map();
    for (const need of permissionNeeds(c)) {
        const key = (0,azure_ids/* normalizeId */.XB)(need.scope.id);
        byScope.set(key, [...(byScope.get(key) ?? []), need]);
    }
    return [...byScope.entries()].map(([key, needs]) => {
        const label = needs[0].scope.label;
        const id = `permissions-${CHECK_KEY[needs[0].scope.kind] ?? needs[0].scope.kind}`;
        const title = `Caller's permissions at ${label}`;
        const read = c.data.permissions.get(key);
        if (read?.notFound && needs[0].scope.kind === 'staging')
            return warn(id, title, `${label} does not exist yet: Image Builder creates it, and the grants there (${needs
                .map((n) => n.role)
                .filter((r, i, a) => a.indexOf(r) === i)
                .join(', ')}) can only follow. Create the empty group first and grant them there (docs/permissions.md).`);
        if (read?.notFound)
            return fail(id, title, `${label} was not found (${read.error}).`);
        if (!read?.value)
            return warn(id, title, `Could not read the caller's permissions at ${label} (${read?.error ?? 'not read'}); the run will tell at the first write.`);
        const value = read.value;
        const granted = (n) => (n.data ? permitsData(value, n.action) : permits(value, n.action)) ||
            Boolean(n.alternative && permits(value, n.alternative));
        const missing = needs.filter((n) => !granted(n));
        const named = (list) => list
            .map((m) => `${m.action}${m.alternative ? ` or ${m.alternative}` : ''} (granted by ${m.role}; ${m.feature}: ${m.why})`)
            .join(', ');
        if (missing.length)
            return (missing.every((m) => m.optional) ? warn : fail)(id, title, `The caller lacks ${named(missing)} at ${label}: grant it there (aks-jumpbox-image permissions prints the least-privilege setup, docs/permissions.md)${missing.every((m) => m.optional) ? '; the build runs without the log (require-log: true stops it)' : ''}.`);
        return pass(id, title, `The caller may ${needs.map((n) => n.action.split('/').slice(-2).join('/')).join(', ')}.`);
    });
}

;// CONCATENATED MODULE: ./src/core/preflight/run.ts
/**
 * Preflight: the reference guide's "before we begin" checklist, automated. Reads once (at most ten requests, eleven with a staging group),
 * runs every check as a pure function of what was read, and registers missing resource providers only when no
 * check failed, the caller may, and this is not a dry run. Any fail must stop the run before its first write.
 */






/** The built-in checks, in the order they are reported. Extra checks (e.g. the gallery definition) follow. */
const PREFLIGHT_CHECKS = [
    checkSubnet,
    checkTopology,
    checkNsgs,
    checkOutbound,
    checkRegion,
    checkProviders,
    checkResourceGroups,
    checkRoleDefinitions,
    checkPermissions,
    checkBaseImage,
];
const couldNotRun = (name, e) => ({
    id: name || 'check',
    title: name || 'check',
    status: 'warn',
    reason: `The check could not run: ${e.message}`,
});
function evaluateChecks(context, checks) {
    return checks.flatMap((check) => {
        try {
            return check(context);
        }
        catch (e) {
            return [couldNotRun(check.name, e)];
        }
    });
}
async function evaluateExtraChecks(context, checks) {
    const results = await Promise.all(checks.map(async (check) => {
        try {
            return [await check(context)].flat();
        }
        catch (e) {
            return [couldNotRun(check.name, e)];
        }
    }));
    return results.flat();
}
async function runPreflight(input) {
    const data = await fetchPreflightData(input);
    const context = {
        settings: input.settings,
        location: input.location,
        baseImage: input.baseImage,
        data,
    };
    const checks = [
        ...evaluateChecks(context, PREFLIGHT_CHECKS),
        ...(await evaluateExtraChecks({ ...context, clients: input.clients, signal: input.signal }, input.extraChecks ?? [])),
    ];
    const failed = checks.some((c) => c.status === 'fail');
    const register = input.register ?? !input.settings.dryRun;
    const names = !failed && register ? unregisteredProviders(context).filter((n) => mayRegister(context, n)) : [];
    const registered = await registerProviders(input, names);
    return { checks, failed, requests: data.requests + names.length, registered };
}
/** Registers these providers (one POST each): a failure is a warning with the command to run instead. */
async function registerProviders(input, names) {
    if (!names.length)
        return [];
    // The only use of the resources SDK here (the reads are plain REST): loaded when a provider must be registered.
    await (0,clients/* loadClientSdks */.$6)(['resources']);
    const registered = [];
    for (const ns of names) {
        try {
            await input.clients.resources.providers.register(ns, { abortSignal: input.signal });
            registered.push(ns);
            input.logger.info(`Registered resource provider ${ns}.`);
        }
        catch (e) {
            input.logger.warning(`Could not register ${ns} (${(0,clients/* armError */.Tr)(e).message}): az provider register --namespace ${ns}`);
        }
    }
    return registered;
}
const MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
/** A plain-text table for the log: status, check, reason. */
function formatPreflight(checks) {
    const width = Math.max(...checks.map((c) => c.title.length), 5);
    return checks.map((c) => `${MARK[c.status]}  ${c.title.padEnd(width)}  ${c.reason}`);
}
/** Writes the table to the log (fails as errors, warns as warnings) and returns the message for a failed run. */
function logPreflight(report, logger) {
    const lines = formatPreflight(report.checks);
    report.checks.forEach((c, i) => {
        const line = lines[i];
        if (c.status === 'fail')
            logger.error(line);
        else if (c.status === 'warn')
            logger.warning(line);
        else
            logger.info(line);
    });
    const failures = report.checks.filter((c) => c.status === 'fail');
    if (!failures.length)
        return undefined;
    return `Preflight failed (${failures.length} check${failures.length > 1 ? 's' : ''}), nothing was changed: ${failures.map((f) => `${f.title}: ${f.reason}`).join(' | ')} (preflight: false skips these checks).`;
}

// EXTERNAL MODULE: ./src/core/roles.ts
var roles = __webpack_require__(3782);
// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
;// CONCATENATED MODULE: ./src/core/preflight/what-if.ts
/**
 * The plan as a what-if: for the identity, each role assignment, the template and the image, whether the run
 * leaves it unchanged, creates it, replaces it or deletes it (and what it removes again at the end). Reads only:
 * the identity, the role assignments by their deterministic names, and the template (none for a skipped run).
 */




async function readOrUndefined(read) {
    try {
        return await read();
    }
    catch (e) {
        if ((0,clients/* isNotFound */.c4)(e))
            return undefined;
        throw e;
    }
}
/** The role assignments the run makes: scope, role and purpose. */
function whatIfAssignments(s) {
    const custom = s.createCustomRoles ? (0,roles/* customRoleDefinitions */.yo)(s.subscriptionId, false) : undefined;
    const role = (which) => custom
        ? `/subscriptions/${s.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${custom[which].guid}`
        : s[`${which}Role`].id;
    return [
        { scope: s.buildSubnet.vnetId, roleDefinitionId: role('network'), purpose: 'network' },
        {
            scope: s.imageResourceGroup
                ? `/subscriptions/${s.subscriptionId}/resourceGroups/${s.imageResourceGroup}`
                : s.gallery
                    ? (0,settings/* definitionId */.b)(s.gallery)
                    : '',
            roleDefinitionId: role('image'),
            purpose: 'image',
        },
    ];
}
const revoked = (s, purpose) => s.revokeRoles === 'all' || (s.revokeRoles === 'image' && purpose === 'image');
async function whatIf(input) {
    const { clients, settings: s, signal } = input;
    const image = {
        kind: 'image',
        name: input.imageId,
        change: input.imageExists ? (s.forceRebuild ? 'replace' : 'unchanged') : 'create',
        note: input.imageExists && !s.forceRebuild
            ? 'an image with this fingerprint exists: the build is skipped'
            : undefined,
    };
    if (input.imageExists && !s.forceRebuild) {
        const untouched = (kind, name) => ({
            kind,
            name,
            change: 'unchanged',
            note: 'not touched: the build is skipped',
        });
        return [
            untouched('identity', input.identityId),
            ...whatIfAssignments(s).map((a) => untouched('role-assignment', `${a.purpose} role at ${a.scope}`)),
            untouched('template', input.templateName),
            image,
        ];
    }
    const identity = await readOrUndefined(() => clients.msi.userAssignedIdentities.get(s.builderResourceGroup, s.identityName, { abortSignal: signal }));
    const items = [
        { kind: 'identity', name: input.identityId, change: identity ? 'unchanged' : 'create' },
    ];
    const assignments = await Promise.all(whatIfAssignments(s).map(async (a) => {
        const name = identity?.principalId
            ? (0,roles/* assignmentName */.R1)({ ...a, principalId: identity.principalId })
            : undefined;
        const found = name &&
            (await readOrUndefined(() => clients.authorization.roleAssignments.get(a.scope, name, { abortSignal: signal })));
        const item = {
            kind: 'role-assignment',
            name: `${a.purpose} role ${a.roleDefinitionId.split('/').pop()} at ${a.scope}`,
            change: found ? 'unchanged' : 'create',
        };
        if (!found && revoked(s, a.purpose))
            item.note = `deleted after the build (revoke-roles: ${s.revokeRoles})`;
        return item;
    }));
    items.push(...assignments, await templateItem(input), image);
    return items;
}
async function templateItem(input) {
    const { clients, settings: s, signal } = input;
    const existing = await readOrUndefined(() => clients.imageBuilder.virtualMachineImageTemplates.get(s.builderResourceGroup, input.templateName, {
        abortSignal: signal,
    }));
    const cleanup = s.cleanupTemplate === 'never'
        ? undefined
        : `deleted after the build (cleanup-template: ${s.cleanupTemplate})`;
    const item = (change, note) => ({
        kind: 'template',
        name: input.templateName,
        change,
        note: [note, cleanup].filter(Boolean).join('; ') || undefined,
    });
    if (!existing)
        return item('create');
    const runState = existing.lastRunStatus?.runState;
    const same = existing.tags?.[template/* TAG */.Dk.templateHash] === input.templateHash && existing.provisioningState === 'Succeeded';
    if (same)
        return item('unchanged', runState === 'Running' ? 'a build is running on it: the run attaches to it' : undefined);
    if (runState === 'Running' || runState === 'Canceling')
        return item('replace', `blocked: a build is ${runState} on it and it differs; the run will fail until that build ends`);
    return item('replace', existing.provisioningState === 'Failed'
        ? 'its provisioning failed'
        : 'its content differs (templates cannot be updated in place)');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/preflight/gate.ts
/**
 * What a run calls: the preflight gate (run the checks unless `preflight: false`, log the table, say whether the
 * run must stop) and the plan of a dry run (the what-if, logged, and the full template written to a file).
 */




async function preflightGate(input) {
    if (!input.settings.preflight) {
        input.logger.info('Preflight checks skipped (preflight: false).');
        return { requests: 0 };
    }
    const report = await runPreflight(input);
    const failure = logPreflight(report, input.logger);
    return { checks: report.checks, failure, requests: report.requests };
}
const VERB = {
    unchanged: 'exists, unchanged',
    create: 'will create',
    replace: 'will replace',
    delete: 'will delete',
};
function formatWhatIf(items) {
    return items.map((i) => `${VERB[i.change].padEnd(17)} ${i.kind.padEnd(15)} ${i.name}${i.note ? ` (${i.note})` : ''}`);
}
/** The what-if, logged line by line, and the template JSON written to `<workDir>/template.json`. */
async function describePlan(input) {
    const items = await whatIf(input);
    for (const line of formatWhatIf(items))
        input.logger.info(line);
    const templateFile = (0,external_node_path_.join)(input.workDir, 'template.json');
    await (0,promises_.writeFile)(templateFile, `${JSON.stringify(input.template, null, 2)}\n`);
    input.logger.info(`The full image template is in ${templateFile}.`);
    return { whatIf: items, templateFile };
}

;// CONCATENATED MODULE: ./src/core/preflight/index.ts
/** Preflight: the reference guide's "before we begin" checklist as checks, and the plan as a what-if. */






/***/ }),

/***/ 3782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ ensureIdentity),
/* harmony export */   Er: () => (/* binding */ ensureCustomRole),
/* harmony export */   R1: () => (/* binding */ assignmentName),
/* harmony export */   aM: () => (/* binding */ removeRoleAssignment),
/* harmony export */   aT: () => (/* binding */ ensureRoleAssignment),
/* harmony export */   yo: () => (/* binding */ customRoleDefinitions)
/* harmony export */ });
/* unused harmony export explainAuthorization */
/* harmony import */ var _azure_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7135);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8543);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4682);
/** The builder identity, the optional least-privilege custom roles, and the role assignments it needs. */



async function ensureIdentity(clients, options) {
    const { resourceGroup, name, logger, signal } = options;
    try {
        const existing = await clients.msi.userAssignedIdentities.get(resourceGroup, name, {
            abortSignal: signal,
        });
        logger.info(`Reusing managed identity ${existing.id} (principal ${existing.principalId}).`);
        return {
            id: existing.id,
            principalId: existing.principalId,
            clientId: existing.clientId,
            created: false,
        };
    }
    catch (e) {
        if (!(0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e))
            throw (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAzureError */ .pv)(e, `Reading managed identity ${name} in ${resourceGroup}`);
    }
    try {
        const created = await clients.msi.userAssignedIdentities.createOrUpdate(resourceGroup, name, { location: options.location, tags: options.tags }, { abortSignal: signal });
        logger.info(`Created managed identity ${created.id} (principal ${created.principalId}).`);
        return { id: created.id, principalId: created.principalId, clientId: created.clientId, created: true };
    }
    catch (e) {
        throw explainAuthorization(e, `Creating managed identity ${name} in ${resourceGroup}`, 'Microsoft.ManagedIdentity/userAssignedIdentities/write');
    }
}
/** The guide's least-privilege roles, with deterministic ids per subscription. */
function customRoleDefinitions(subscriptionId, withGallery) {
    const scope = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .subscriptionScope */ .gx)(subscriptionId);
    const imageActions = [
        'Microsoft.Compute/images/write',
        'Microsoft.Compute/images/read',
        'Microsoft.Compute/images/delete',
    ];
    if (withGallery) {
        imageActions.push('Microsoft.Compute/galleries/read', 'Microsoft.Compute/galleries/images/read', 'Microsoft.Compute/galleries/images/versions/read', 'Microsoft.Compute/galleries/images/versions/write');
    }
    return {
        network: {
            guid: (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .uuidV5 */ .Jf)(`${scope.toLowerCase()}|aks-jumpbox-image|network-joiner`),
            roleName: `[Custom] AKS Jump Box Image Builder Network Joiner (${subscriptionId.slice(0, 8)})`,
            description: 'Lets an Azure VM Image Builder identity join build VMs to an existing virtual network. Assign at the virtual network.',
            actions: [
                'Microsoft.Network/virtualNetworks/read',
                'Microsoft.Network/virtualNetworks/subnets/join/action',
            ],
            scope,
        },
        image: {
            guid: (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .uuidV5 */ .Jf)(`${scope.toLowerCase()}|aks-jumpbox-image|image-contributor`),
            roleName: `[Custom] AKS Jump Box Image Contributor (${subscriptionId.slice(0, 8)})`,
            description: 'Lets an Azure VM Image Builder identity write the generated image. Assign at the destination resource group or the gallery image definition.',
            actions: imageActions,
            scope,
        },
    };
}
async function ensureCustomRole(clients, role, options) {
    const definition = {
        roleName: role.roleName,
        description: role.description,
        roleType: 'CustomRole',
        permissions: [{ actions: role.actions, notActions: [], dataActions: [], notDataActions: [] }],
        assignableScopes: [role.scope],
    };
    try {
        const existing = await clients.authorization.roleDefinitions.get(role.scope, role.guid, {
            abortSignal: options.signal,
        });
        const actions = new Set((existing.permissions ?? []).flatMap((p) => p.actions ?? []).map((a) => a.toLowerCase()));
        if (role.actions.every((a) => actions.has(a.toLowerCase()))) {
            options.logger.info(`Reusing custom role "${role.roleName}".`);
            return existing.id ?? (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .roleDefinitionId */ .t)(role.scope.split('/')[2], role.guid);
        }
    }
    catch (e) {
        if (!(0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e) && (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e).code !== 'RoleDefinitionDoesNotExist')
            throw (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAzureError */ .pv)(e, `Reading custom role ${role.roleName}`);
    }
    try {
        const saved = await clients.authorization.roleDefinitions.createOrUpdate(role.scope, role.guid, definition, { abortSignal: options.signal });
        options.logger.info(`Created or updated custom role "${role.roleName}" (${role.guid}).`);
        return saved.id ?? (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .roleDefinitionId */ .t)(role.scope.split('/')[2], role.guid);
    }
    catch (e) {
        if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e).code === 'RoleDefinitionWithSameNameExists') {
            throw new Error(`A custom role named "${role.roleName}" already exists in this directory with another id, so it cannot be created as ${role.guid}. Delete or rename that role, or pass its id as network-role-id/image-role-id and set create-custom-roles to false.`, { cause: e });
        }
        throw explainAuthorization(e, `Creating custom role ${role.roleName}`, 'Microsoft.Authorization/roleDefinitions/write');
    }
}
const PURPOSE_TEXT = {
    network: 'build network',
    image: 'image destination',
    staging: 'staging resource group',
};
/** Deterministic assignment name: UUID v5 of scope + principal + role (case-insensitive). */
const assignmentName = (r) => (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .uuidV5 */ .Jf)(`${r.scope.toLowerCase()}|${r.principalId.toLowerCase()}|${(r.roleDefinitionId.split('/').pop() ?? '').toLowerCase()}`);
/** The PUT of one assignment under its deterministic name. */
async function putAssignment(clients, request, name, signal) {
    const result = await clients.authorization.roleAssignments.create(request.scope, name, {
        roleDefinitionId: request.roleDefinitionId,
        principalId: request.principalId,
        principalType: 'ServicePrincipal',
        description: `Granted by aks-jumpbox-image for the ${PURPOSE_TEXT[request.purpose]}`,
    }, { abortSignal: signal });
    return result.id;
}
async function ensureRoleAssignment(clients, request, options) {
    const name = assignmentName(request);
    const role = request.roleDefinitionId.split('/').pop();
    const retries = options.principalNotFoundRetries ?? 6;
    const backoff = options.backoffMs ?? 2000;
    const record = (id, created) => ({
        id,
        scope: request.scope,
        roleDefinitionId: request.roleDefinitionId,
        purpose: request.purpose,
        created,
    });
    for (let attempt = 0;; attempt++) {
        try {
            const id = await putAssignment(clients, request, name, options.signal);
            options.logger.info(`Role ${role} assigned to ${request.principalId} at ${request.scope}.`);
            return record(id ?? `${request.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`, true);
        }
        catch (e) {
            const { code } = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e);
            if (code === 'RoleAssignmentExists') {
                options.logger.info(`Role ${role} was already assigned to ${request.principalId} at ${request.scope} (under another name; left as is).`);
                return record('', false);
            }
            if (code !== 'PrincipalNotFound' || attempt >= retries)
                throw explainAuthorization(e, `Assigning role ${role} at ${request.scope}`, 'Microsoft.Authorization/roleAssignments/write');
            const delay = Math.min(backoff * 2 ** attempt, 30_000);
            options.logger.info(`The identity has not replicated to the directory yet (PrincipalNotFound); retrying in ${Math.round(delay / 1000)}s (attempt ${attempt + 1}/${retries}).`);
            await (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(delay, options.signal);
        }
    }
}
async function removeRoleAssignment(clients, assignmentId, options) {
    const ref = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRoleAssignmentId */ .Kw)(assignmentId);
    if (!ref)
        throw new Error(`Not a role assignment id: ${assignmentId}`);
    try {
        await clients.authorization.roleAssignments.delete(ref.scope, ref.name, { abortSignal: options.signal });
        options.logger.info(`Revoked role assignment ${ref.name} at ${ref.scope}.`);
    }
    catch (e) {
        throw explainAuthorization(e, `Revoking role assignment ${ref.name} at ${ref.scope}`, 'Microsoft.Authorization/roleAssignments/delete');
    }
}
/** Turns AuthorizationFailed into a message that names the missing permission and the scope. */
function explainAuthorization(e, doing, action) {
    const { code, message } = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e);
    if (code === 'AuthorizationFailed') {
        const scope = /over scope '([^']+)'/.exec(message)?.[1] ?? 'the target scope';
        const who = /object id '([^']+)'/.exec(message)?.[1];
        return new Error(`${doing} failed: the identity running this tool${who ? ` (object id ${who})` : ''} lacks '${action}' at ${scope}. Grant it a role with that permission there (for role assignments: Role Based Access Control Administrator or User Access Administrator), then re-run.`, { cause: e });
    }
    return (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAzureError */ .pv)(e, doing);
}


/***/ }),

/***/ 5267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: ./src/core/clients.ts + 1 modules
var core_clients = __webpack_require__(8543);
// EXTERNAL MODULE: ./src/core/azure-ids.ts
var azure_ids = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/gallery/settings.ts
var gallery_settings = __webpack_require__(5121);
;// CONCATENATED MODULE: ./src/core/gallery/locations.ts

const API_VERSION = '2022-12-01';
/** One list per run and subscription: the location check and the gallery's replica check share it. */
const listed = new WeakMap();
function listLocations(rest, options) {
    let perRun = listed.get(rest);
    if (!perRun)
        listed.set(rest, (perRun = new Map()));
    const key = options.subscriptionId.toLowerCase();
    let names = perRun.get(key);
    if (!names) {
        names = fetchLocations(rest, options);
        // A failed read is not kept: the next caller tries again.
        names.catch(() => perRun.delete(key));
        perRun.set(key, names);
    }
    return names;
}
async function fetchLocations(rest, options) {
    const { subscriptionId, signal } = options;
    try {
        const locations = await rest.list(`/subscriptions/${encodeURIComponent(subscriptionId)}/locations`, API_VERSION, signal);
        return new Set(locations.flatMap((l) => (l.name ? [l.name.toLowerCase()] : [])));
    }
    catch (e) {
        throw (0,core_clients/* describeAzureError */.pv)(e, `Listing the regions of subscription ${subscriptionId}`);
    }
}

;// CONCATENATED MODULE: ./src/core/gallery/compat.ts



async function readDefinition(clients, gallery, signal) {
    let d;
    try {
        d = await clients.compute.galleryImages.get(gallery.resourceGroup, gallery.galleryName, gallery.imageName, {
            abortSignal: signal,
        });
    }
    catch (e) {
        if ((0,core_clients/* isNotFound */.c4)(e)) {
            throw new Error(`gallery-image-id: the image definition ${gallery.imageId} does not exist. Create it first, e.g. az sig image-definition create -g ${gallery.resourceGroup} -r ${gallery.galleryName} -i ${gallery.imageName} --os-type Linux --os-state Generalized --hyper-v-generation V2 --features SecurityType=TrustedLaunchSupported -p <publisher> -f <offer> -s <sku>.`, { cause: e });
        }
        throw (0,core_clients/* describeAzureError */.pv)(e, `Reading image definition ${gallery.imageId}`);
    }
    return {
        id: d.id ?? (0,gallery_settings/* definitionId */.b)(gallery),
        location: normalizeRegion(d.location ?? ''),
        osType: d.osType,
        osState: d.osState,
        hyperVGeneration: d.hyperVGeneration,
        architecture: d.architecture,
        securityType: d.features?.find((f) => f.name?.toLowerCase() === 'securitytype')?.value,
    };
}
const normalizeRegion = (r) => r.replace(/\s/g, '').toLowerCase();
/** The regions a version is replicated to: the definition's region first, then the requested ones. */
function targetRegions(gallery, definition) {
    return [...new Set([definition.location, ...gallery.replicationRegions.map(normalizeRegion)])];
}
/** Problems between a definition and the base image (pure; messages carry the fix). */
function definitionProblems(definition, base, image) {
    const problems = [];
    const ref = `${base.publisher}:${base.offer}:${base.sku}`;
    if ((definition.osType ?? '').toLowerCase() !== 'linux')
        problems.push(`the definition's OS type is ${definition.osType ?? 'unset'}; the jump box is Linux. Use a definition created with --os-type Linux.`);
    if ((definition.osState ?? '').toLowerCase() !== 'generalized')
        problems.push(`the definition's OS state is ${definition.osState ?? 'unset'}; Image Builder publishes generalized images. Use a definition created with --os-state Generalized.`);
    const defGen = definition.hyperVGeneration ?? 'V1';
    const baseGen = image.hyperVGeneration ?? 'V1';
    if (defGen !== baseGen)
        problems.push(`the definition is Hyper-V generation ${defGen} but the base image ${ref} is ${baseGen} (Image Builder refuses cross-generation builds). ${defGen === 'V1' ? 'Use a Gen1 base image (base-image Canonical:ubuntu-24_04-lts:server-gen1:latest)' : 'Use a Gen2 base image (the default Canonical:ubuntu-24_04-lts:server)'} or a definition created with --hyper-v-generation ${baseGen}.`);
    const defArch = (definition.architecture ?? 'x64').toLowerCase();
    const baseArch = (image.architecture ?? 'x64').toLowerCase();
    if (defArch !== baseArch)
        problems.push(`the definition's architecture is ${definition.architecture ?? 'x64'} but the base image ${ref} is ${image.architecture ?? 'x64'}. ${defArch === 'arm64' ? 'Use an Arm64 base image (base-image Canonical:ubuntu-24_04-lts:server-arm64:latest) and an Arm64 vm-size (e.g. Standard_D2pds_v5)' : 'Use an x64 base image (the default Canonical:ubuntu-24_04-lts:server)'} or a definition created with --architecture ${image.architecture ?? 'x64'}.`);
    problems.push(...securityProblems(definition, ref, image.features));
    return problems;
}
function securityProblems(definition, ref, features) {
    const type = definition.securityType;
    if (!type || type === 'Standard')
        return [];
    const create = `Image Builder can only publish to a definition whose security type is TrustedLaunchSupported or ConfidentialVMSupported (VMs from it can still run as Trusted Launch): create one with az sig image-definition create ... --hyper-v-generation V2 --features SecurityType=TrustedLaunchSupported and set gallery-image-id to it.`;
    if (type === 'TrustedLaunch' || type === 'ConfidentialVM')
        return [
            `the definition's security type is ${type} (${type}-only), which cannot be a target of Image Builder. ${create}`,
        ];
    const baseSecurity = features?.find((f) => f.name?.toLowerCase() === 'securitytype')?.value ?? '';
    if (!baseSecurity)
        return [];
    const needs = /confidential/i.test(type) ? /confidential/i : /trustedlaunch/i;
    if (needs.test(baseSecurity))
        return [];
    return [
        `the definition's security type is ${type} but the base image ${ref} declares SecurityType ${baseSecurity}. Use a base image that supports it (the default Ubuntu Gen2 SKU supports Trusted Launch) or a definition without that feature.`,
    ];
}
/** Reads the base image version and the subscription's regions, and returns every problem found. */
async function checkCompatibility(clients, options) {
    const { gallery, definition, base, location, signal } = options;
    let image;
    try {
        image = await clients.compute.virtualMachineImages.get(location, base.publisher, base.offer, base.sku, base.version, {
            abortSignal: signal,
        });
    }
    catch (e) {
        throw (0,core_clients/* describeAzureError */.pv)(e, `Reading base image ${base.publisher}:${base.offer}:${base.sku}:${base.version} in ${location}`);
    }
    const problems = definitionProblems(definition, base, image);
    const known = await listLocations(options.rest, { subscriptionId: gallery.subscriptionId, signal });
    const unknown = targetRegions(gallery, definition).filter((r) => !known.has(r));
    if (unknown.length)
        problems.push(`replication-regions: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a region' : 'are not regions'} of subscription ${gallery.subscriptionId} (az account list-locations -o table lists them).`);
    return problems;
}
/** Throws one error listing every problem, before any write. */
function assertCompatible(gallery, problems) {
    if (!problems.length)
        return;
    throw new Error(`gallery-image-id ${gallery.imageId} cannot receive this build: ${problems.map((p, i) => `(${i + 1}) ${p}`).join(' ')} Nothing was created or changed.`);
}

;// CONCATENATED MODULE: ./src/core/gallery/distribute.ts
/** The template's `SharedImage` distribute entry (2025-10-01 shape: `targetRegions`, never `replicationRegions`). */

const GALLERY_RUN_OUTPUT = 'aksJumpboxGallery';
function sharedImageDistributor(gallery, regions, artifactTags) {
    const definition = (0,gallery_settings/* definitionId */.b)(gallery);
    return {
        type: 'SharedImage',
        galleryImageId: gallery.version ? `${definition}/versions/${gallery.version}` : definition,
        runOutputName: GALLERY_RUN_OUTPUT,
        artifactTags,
        excludeFromLatest: gallery.excludeFromLatest,
        targetRegions: regions.map((name) => ({
            name,
            replicaCount: gallery.replicaCount,
            storageAccountType: gallery.storageAccountType,
        })),
        ...(gallery.version
            ? {}
            : {
                versioning: {
                    scheme: 'Latest',
                    ...(gallery.majorVersion !== undefined ? { major: gallery.majorVersion } : {}),
                },
            }),
    };
}

// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
// EXTERNAL MODULE: ./src/core/util.ts + 8 modules
var util = __webpack_require__(4682);
;// CONCATENATED MODULE: ./src/core/gallery/versions.ts
/** Gallery image versions of one definition: listing, the fingerprint skip, and per-region replication after a build. */



const toInfo = (v) => ({
    id: v.id ?? '',
    name: v.name ?? '',
    tags: v.tags ?? {},
    provisioningState: v.provisioningState,
    excludeFromLatest: v.publishingProfile?.excludeFromLatest ?? false,
    publishedAt: v.publishingProfile?.publishedDate?.getTime() ?? v.systemData?.createdAt?.getTime() ?? 0,
});
async function listVersions(clients, gallery, signal) {
    const out = [];
    try {
        for await (const v of clients.compute.galleryImageVersions.listByGalleryImage(gallery.resourceGroup, gallery.galleryName, gallery.imageName, { abortSignal: signal }))
            out.push(toInfo(v));
    }
    catch (e) {
        if ((0,core_clients/* isNotFound */.c4)(e))
            throw new Error(`gallery-image-id: the image definition ${gallery.imageId} (or its gallery or resource group) does not exist. Create it first (az sig image-definition create ...; see docs/gallery.md).`, { cause: e });
        throw (0,core_clients/* describeAzureError */.pv)(e, `Listing the versions of ${gallery.imageId}`);
    }
    return out;
}
/** A version of this definition built from the same fingerprint, unless its provisioning failed. */
function versionWithFingerprint(versions, fingerprint) {
    return versions
        .filter((v) => v.tags[template/* TAG */.Dk.fingerprint] === fingerprint && v.provisioningState !== 'Failed')
        .sort(newestFirst)[0];
}
function newestFirst(a, b) {
    return b.publishedAt - a.publishedAt || (0,util/* compareVersions */.Zy)(b.name, a.name);
}
const VERSION_ID_RE = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i;
const versionNameOf = (id) => VERSION_ID_RE.exec(id)?.[4];
/** Reads the version with `$expand=ReplicationStatus`: one entry per target region. */
async function readReplication(clients, versionId, signal) {
    const m = VERSION_ID_RE.exec(versionId);
    if (!m)
        throw new Error(`Not a gallery image version id: ${versionId}`);
    try {
        const v = await clients.compute.galleryImageVersions.get(m[1], m[2], m[3], m[4], {
            expand: 'ReplicationStatus',
            abortSignal: signal,
        });
        const summary = v.replicationStatus?.summary ?? [];
        if (summary.length)
            return summary.map((s) => ({
                region: (s.region ?? '').replace(/\s/g, '').toLowerCase(),
                state: s.state ?? 'Unknown',
                ...(s.details ? { message: s.details } : {}),
            }));
        return (v.publishingProfile?.targetRegions ?? []).map((r) => ({
            region: r.name.replace(/\s/g, '').toLowerCase(),
            state: 'Unknown',
        }));
    }
    catch (e) {
        throw new Error(`Reading the replication status of ${versionId} failed: ${(0,core_clients/* armError */.Tr)(e).message}`, {
            cause: e,
        });
    }
}
/** Run state after a gallery distribution: a region that failed replication makes it PartiallySucceeded. */
function replicationOutcome(regions) {
    const failed = regions.filter((r) => r.state === 'Failed').map((r) => r.region);
    if (!failed.length)
        return { failed };
    const details = regions
        .filter((r) => r.state === 'Failed')
        .map((r) => `${r.region}${r.message ? ` (${r.message})` : ''}`)
        .join(', ');
    return {
        failed,
        message: `Replication of the gallery image version failed in ${details}; the version is usable in the other regions. Re-run to replicate again, or remove the region from replication-regions.`,
    };
}

;// CONCATENATED MODULE: ./src/core/gallery/retention.ts



const MANAGED_BY = 'aks-jumpbox-image';
const createdByTool = (a) => a.tags[template/* TAG */.Dk.managedBy] === MANAGED_BY && Boolean(a.tags[template/* TAG */.Dk.fingerprint]);
/** Pure selection: which of `all` to delete so that `keep` tool-created artifacts remain (the current one included). */
function selectForDeletion(all, keep, currentId, guardLatest) {
    const order = (a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name, 'en', { numeric: true });
    const mine = all.filter(createdByTool).sort(order);
    const current = mine.find((a) => a.id.toLowerCase() === currentId.toLowerCase());
    const others = mine.filter((a) => a !== current);
    const kept = current ? [current, ...others.slice(0, Math.max(0, keep - 1))] : others.slice(0, keep);
    let remove = others.filter((a) => !kept.includes(a));
    if (guardLatest) {
        const left = all.filter((a) => !remove.includes(a));
        if (!left.some((a) => !a.excludeFromLatest)) {
            const spare = remove.find((a) => !a.excludeFromLatest);
            if (spare) {
                remove = remove.filter((a) => a !== spare);
                kept.push(spare);
            }
        }
    }
    return { remove, keep: kept };
}
const fromVersion = (v) => ({
    id: v.id,
    tags: v.tags,
    createdAt: v.publishedAt,
    name: v.name,
    excludeFromLatest: v.excludeFromLatest,
});
async function pruneGalleryVersions(clients, options) {
    const { gallery, logger, signal } = options;
    const versions = (await listVersions(clients, gallery, signal)).filter((v) => v.provisioningState !== 'Creating');
    const chosen = selectForDeletion(versions.sort(newestFirst).map(fromVersion), options.keep, options.currentId, true);
    return apply(chosen, options.dryRun, logger, async (a) => {
        await clients.compute.galleryImageVersions.delete(gallery.resourceGroup, gallery.galleryName, gallery.imageName, a.name, { abortSignal: signal, updateIntervalInMs: 2000 });
    });
}
async function pruneManagedImages(clients, options) {
    const images = [];
    for await (const i of clients.compute.images.listByResourceGroup(options.resourceGroup, {
        abortSignal: options.signal,
    }))
        images.push({
            id: i.id ?? '',
            tags: i.tags ?? {},
            createdAt: i.systemData?.createdAt?.getTime() ?? 0,
            name: i.name ?? '',
        });
    const chosen = selectForDeletion(images, options.keep, options.currentId, false);
    return apply(chosen, options.dryRun, options.logger, async (a) => {
        await clients.compute.images.delete(options.resourceGroup, a.name, {
            abortSignal: options.signal,
            updateIntervalInMs: 2000,
        });
    });
}
async function apply(chosen, dryRun, logger, remove) {
    const kept = chosen.keep.map((a) => a.id);
    if (dryRun) {
        for (const a of chosen.remove)
            logger.info(`Retention (dry run): would delete ${a.id}.`);
        return { deleted: chosen.remove.map((a) => a.id), kept, dryRun: true };
    }
    const deleted = [];
    const failed = [];
    for (const a of chosen.remove) {
        try {
            await remove(a);
            deleted.push(a.id);
            logger.info(`Retention: deleted ${a.id}.`);
        }
        catch (e) {
            failed.push(`${a.id}: ${(0,core_clients/* armError */.Tr)(e).message}`);
            logger.warning(`Retention: could not delete ${a.id}: ${(0,core_clients/* armError */.Tr)(e).message}`);
        }
    }
    return { deleted, kept, ...(failed.length ? { failed } : {}) };
}

;// CONCATENATED MODULE: ./src/core/gallery/staging.ts
/**
 * A customer-chosen staging resource group (`stagingResourceGroup`): when it exists it must be empty and in the
 * template's region (Image Builder refuses otherwise, after the template is submitted); checked before any write.
 */


async function checkStagingGroup(clients, options) {
    const name = options.id.split('/').pop();
    let location;
    let tags;
    try {
        const rg = await clients.resources.resourceGroups.get(name, { abortSignal: options.signal });
        location = rg.location;
        tags = rg.tags ?? {};
    }
    catch (e) {
        if ((0,core_clients/* isNotFound */.c4)(e))
            return { exists: false };
        throw (0,core_clients/* describeAzureError */.pv)(e, `Reading staging resource group ${name}`);
    }
    if (normalizeRegion(location) !== normalizeRegion(options.location))
        throw new Error(`staging-resource-group: ${name} is in ${location} but the template is in ${options.location}; Image Builder needs an empty group in the template's region. Use another group (or a new name: Image Builder then creates it). Nothing was created or changed.`);
    const tagged = Object.entries(tags).find(([k]) => k.toLowerCase() === 'imagetemplatename')?.[1];
    if (tagged?.toLowerCase() === options.templateName.toLowerCase())
        return { exists: true, inUseByTemplate: true };
    const found = [];
    try {
        for await (const r of clients.resources.resources.listByResourceGroup(name, {
            top: 5,
            abortSignal: options.signal,
        })) {
            found.push(`${r.type}/${r.name}`);
            if (found.length >= 5)
                break;
        }
    }
    catch (e) {
        throw (0,core_clients/* describeAzureError */.pv)(e, `Listing the resources of staging resource group ${name}`);
    }
    if (found.length)
        throw new Error(`staging-resource-group: ${name} is not empty (${found.join(', ')}${found.length >= 5 ? ', ...' : ''}); Image Builder needs an empty group. Empty it, or use another group (or a new name: Image Builder then creates it). Nothing was created or changed.`);
    return { exists: true };
}

;// CONCATENATED MODULE: ./src/core/gallery/phases.ts







const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
/** Skip unchanged: the id of a version of the definition (or of a managed image) with this fingerprint. */
async function findGalleryVersion(ctx, fingerprint) {
    if (!ctx.settings.gallery)
        return undefined;
    const found = versionWithFingerprint(await listVersions(ctx.clients, ctx.settings.gallery, ctx.signal), fingerprint);
    return found ? { id: found.id, version: found.name } : undefined;
}
/** Everything checked before the first write: gallery compatibility and the staging group. */
async function checkBeforeWrites(ctx, options) {
    const { settings } = ctx;
    if (settings.gallery && options.definition) {
        const problems = await checkCompatibility(ctx.clients, {
            gallery: settings.gallery,
            definition: options.definition,
            base: options.base,
            location: options.location,
            rest: ctx.rest,
            signal: ctx.signal,
        });
        if (settings.gallery.version && (await versionExists(ctx, settings.gallery.version)))
            problems.push(`gallery-image-version ${settings.gallery.version} already exists in this definition (versions cannot be overwritten); choose a higher version, or leave gallery-image-version unset for automatic numbering.`);
        assertCompatible(settings.gallery, problems);
        ctx.logger.info(`Image definition ${settings.gallery.imageId} is compatible with the build.`);
    }
    if (!settings.stagingResourceGroup)
        return { stagingExists: false };
    const staging = await checkStagingGroup(ctx.clients, {
        id: settings.stagingResourceGroup,
        location: options.location,
        templateName: options.templateName,
        signal: ctx.signal,
    });
    ctx.logger.info(staging.exists
        ? `Staging resource group ${settings.stagingResourceGroup} is ${staging.inUseByTemplate ? 'already used by this template' : 'empty and in the template region'}.`
        : `Staging resource group ${settings.stagingResourceGroup} does not exist; Image Builder creates it (and deletes it with the template).`);
    return { stagingExists: staging.exists };
}
async function versionExists(ctx, version) {
    const g = ctx.settings.gallery;
    try {
        await ctx.clients.compute.galleryImageVersions.get(g.resourceGroup, g.galleryName, g.imageName, version, {
            abortSignal: ctx.signal,
        });
        return true;
    }
    catch (e) {
        if ((0,core_clients/* isNotFound */.c4)(e))
            return false;
        throw (0,core_clients/* describeAzureError */.pv)(e, `Reading gallery image version ${version}`);
    }
}
/** Where the identity needs roles for distribution: the image group, the gallery definition, the staging group. */
function distributionRoleRequests(settings, principalId, imageRoleId, stagingExists) {
    const out = [];
    if (settings.managedImage && settings.imageResourceGroup)
        out.push({
            scope: `/subscriptions/${settings.subscriptionId}/resourceGroups/${settings.imageResourceGroup}`,
            roleDefinitionId: imageRoleId,
            principalId,
            purpose: 'image',
        });
    if (settings.gallery)
        out.push({
            scope: (0,gallery_settings/* definitionId */.b)(settings.gallery),
            roleDefinitionId: imageRoleId,
            principalId,
            purpose: 'image',
        });
    if (settings.stagingResourceGroup && stagingExists)
        out.push({
            scope: settings.stagingResourceGroup,
            roleDefinitionId: `/subscriptions/${settings.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${CONTRIBUTOR}`,
            principalId,
            purpose: 'staging',
        });
    return out;
}
/** After a (partially) successful build: the version id from the run output, then per-region replication. */
async function galleryResult(ctx, options) {
    const { clients, settings, logger, signal } = ctx;
    let versionId;
    try {
        const output = await clients.imageBuilder.virtualMachineImageTemplates.getRunOutput(settings.builderResourceGroup, options.templateName, GALLERY_RUN_OUTPUT, { abortSignal: signal });
        versionId = output.artifactId;
    }
    catch (e) {
        logger.warning(`Could not read the gallery run output (${(0,core_clients/* armError */.Tr)(e).message}).`);
    }
    if (!versionId)
        return { state: options.state, message: options.message };
    const result = { imageId: versionId, galleryImageVersion: versionNameOf(versionId) };
    try {
        const replication = await readReplication(clients, versionId, signal);
        for (const r of replication)
            logger.info(`Replication to ${r.region}: ${r.state}${r.message ? ` (${r.message})` : ''}`);
        const outcome = replicationOutcome(replication);
        if (!outcome.failed.length)
            return { ...result, replication, state: options.state, message: options.message };
        logger.warning(outcome.message);
        return { ...result, replication, state: 'PartiallySucceeded', message: outcome.message };
    }
    catch (e) {
        logger.warning(e.message);
        return { ...result, state: options.state, message: options.message };
    }
}
/** keep-versions / keep-images after a successful build (or, with dry run, what a build would prune). */
async function applyRetention(ctx, current) {
    const { clients, settings, logger, signal } = ctx;
    const results = [];
    // A dry run has no new artifact yet: the build would add one, so one fewer existing artifact is kept.
    const keep = (n) => (current.dryRun ? n - 1 : n);
    try {
        if (settings.gallery && settings.keepVersions)
            results.push(await pruneGalleryVersions(clients, {
                gallery: settings.gallery,
                keep: keep(settings.keepVersions),
                currentId: current.galleryVersionId ?? '',
                dryRun: current.dryRun,
                logger,
                signal,
            }));
        if (settings.managedImage && settings.imageResourceGroup && settings.keepImages)
            results.push(await pruneManagedImages(clients, {
                resourceGroup: settings.imageResourceGroup,
                keep: keep(settings.keepImages),
                currentId: current.managedImageId ?? '',
                dryRun: current.dryRun,
                logger,
                signal,
            }));
    }
    catch (e) {
        logger.warning(`Retention was not applied: ${(0,core_clients/* armError */.Tr)(e).message}`);
    }
    if (!results.length)
        return undefined;
    const failed = results.flatMap((r) => r.failed ?? []);
    return {
        deleted: results.flatMap((r) => r.deleted),
        kept: results.flatMap((r) => r.kept),
        ...(failed.length ? { failed } : {}),
        ...(current.dryRun ? { dryRun: true } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/roles.ts
var core_roles = __webpack_require__(3782);
// EXTERNAL MODULE: ./src/core/definition/default.ts + 1 modules
var definition_default = __webpack_require__(6161);
// EXTERNAL MODULE: ./src/core/definition/render.ts + 2 modules
var render = __webpack_require__(9764);
// EXTERNAL MODULE: ./src/core/definition/canonical-json.ts
var canonical_json = __webpack_require__(8042);
;// CONCATENATED MODULE: ./src/core/fingerprint.ts
/** Fingerprints: what makes two images the same, and what makes two templates the same. */

/** sha256 over the canonical JSON of everything that shapes the image (not VM size, network, names or tags). */
function imageFingerprint(shape) {
    return (0,canonical_json/* sha256Hex */.f)((0,canonical_json/* canonicalJson */.d)(shape));
}
/** sha256 over the whole template body except its tags: templates are immutable, so any difference means a new template. */
function templateHash(body) {
    const { tags: _tags, ...rest } = body;
    const properties = { ...rest.properties };
    // artifactTags carry provenance (commit, run URL) that must not force a new template.
    properties.distribute = (properties.distribute ?? []).map(({ artifactTags: _a, ...d }) => d);
    return (0,canonical_json/* sha256Hex */.f)((0,canonical_json/* canonicalJson */.d)({ ...rest, properties }));
}

// EXTERNAL MODULE: ./src/core/arm-rest.ts
var arm_rest = __webpack_require__(8736);
;// CONCATENATED MODULE: ./src/core/run/resolve.ts
/**
 * Resolve: the build subnet is found (its VNet gives the location), `latest` is pinned, and — before a run writes —
 * the resource groups exist. An unchanged re-run reads only what its skip decision needs: the VNet (not even that
 * when `location` is given), the base image versions and the image lookup (whose 404 says a missing image group).
 */



async function requireResourceGroups(ctx) {
    const { settings, clients, signal } = ctx;
    // A gallery-only build has no image group to check (the gallery definition is read instead).
    const imageGroup = settings.managedImage ? settings.imageResourceGroup : undefined;
    for (const rg of new Set([settings.builderResourceGroup, imageGroup].filter((g) => !!g))) {
        try {
            await clients.resources.resourceGroups.get(rg, { abortSignal: signal });
        }
        catch (e) {
            if ((0,core_clients/* isNotFound */.c4)(e))
                throw missingGroupError(settings.subscriptionId, rg, e);
            throw (0,core_clients/* describeAzureError */.pv)(e, `Reading resource group ${rg}`);
        }
    }
}
/** The error a missing resource group gets, wherever the run learns it (a read of the group or a list in it). */
function missingGroupError(subscriptionId, rg, cause) {
    return new Error(`Resource group ${rg} does not exist in subscription ${subscriptionId}. Create it first (az group create -n ${rg} -l <location>); this tool does not create resource groups.`, { cause });
}
/**
 * Before the first write, when the preflight (whose resource-groups and subnet checks cover this) is off: the groups
 * exist, and the subnet is checked if resolving skipped the VNet read (`location` given).
 */
async function checkBeforeFirstWrite(ctx, vnet) {
    if (ctx.settings.preflight)
        return;
    await requireResourceGroups(ctx);
    if (!vnet)
        await resolveLocation(ctx);
}
/** Reads the build VNet: checks the subnet and returns the location (the `location` setting wins) and the VNet. */
async function resolveLocation(ctx) {
    const { settings, logger, signal } = ctx;
    const subnet = settings.buildSubnet;
    let vnet;
    try {
        const path = (0,arm_rest/* resourceGroupPath */.d1)(settings.subscriptionId, subnet.resourceGroup, 'Microsoft.Network/virtualNetworks', subnet.vnetName);
        vnet = (0,arm_rest/* flattenProperties */.m_)(await ctx.rest.get(path, arm_rest/* API_VERSION */.mG.network, signal));
    }
    catch (e) {
        if ((0,core_clients/* isNotFound */.c4)(e))
            throw new Error(`Virtual network ${subnet.vnetId} was not found. Check build-subnet-id.`, { cause: e });
        throw (0,core_clients/* describeAzureError */.pv)(e, `Reading virtual network ${subnet.vnetName}`);
    }
    const found = (vnet.subnets ?? []).find((s) => s.name?.toLowerCase() === subnet.subnetName.toLowerCase());
    if (!found)
        throw new Error(`Subnet ${subnet.subnetName} was not found in virtual network ${subnet.vnetId}. Check build-subnet-id.`);
    const policies = found.privateLinkServiceNetworkPolicies;
    // With preflight on, its proxy-topology check fails the run on this instead.
    if (!settings.preflight && settings.proxyVmSize && policies && policies !== 'Disabled') {
        logger.warning(`Subnet ${subnet.subnetName} has privateLinkServiceNetworkPolicies ${policies}; Image Builder's proxy VM needs it Disabled (az network vnet subnet update --private-link-service-network-policies Disabled).`);
    }
    return { location: settings.location ?? vnet.location, vnet };
}
/** Pins a `latest` base image to the newest version offered in the location. */
async function resolveBaseImageVersion(ctx, base, location) {
    if (base.version !== 'latest')
        return base.version;
    const urn = `${base.publisher}:${base.offer}:${base.sku}`;
    let newest;
    try {
        const path = (0,arm_rest/* platformImagePath */.g$)(ctx.settings.subscriptionId, location, base);
        const versions = await ctx.rest.list(path, arm_rest/* API_VERSION */.mG.compute, ctx.signal);
        newest = versions
            .map((v) => v.name)
            .filter(Boolean)
            .sort(util/* compareVersions */.Zy)
            .pop();
    }
    catch (e) {
        if ((0,core_clients/* isNotFound */.c4)(e))
            throw new Error(`Could not resolve the latest version of ${urn} in ${location}: ${(0,core_clients/* armError */.Tr)(e).message.replace(/\.$/, '')}. Check base-image.`, { cause: e });
        // With `location` given this is the run's first ARM request: a failed sign-in is explained as such.
        throw (0,core_clients/* describeAzureError */.pv)(e, `Listing the versions of ${urn} in ${location}`);
    }
    if (!newest)
        throw new Error(`Could not resolve the latest version of ${urn} in ${location}: no versions. Check base-image.`);
    ctx.logger.info(`Base image ${urn}:latest resolved to ${newest}.`);
    return newest;
}

;// CONCATENATED MODULE: ./src/core/run/plan.ts
/**
 * The plan: everything a run decides before it writes anything — location, rendered definition, pinned base image,
 * fingerprint, names, ids and the template body.
 */








/** The run output name: `getRunOutput` reads the image id from it. */
const RUN_OUTPUT = 'aksJumpbox';
const plan_MANAGED_BY = 'aks-jumpbox-image';
async function resolvePlan(ctx) {
    const { settings } = ctx;
    // The definition first: a bad file fails before any request.
    const definition = await (0,definition_default/* definitionOf */.F)(settings.definitionPath);
    // The resource groups are checked later: the image lookup's 404 and the checks before the first write.
    const { location, vnet } = settings.location
        ? { location: settings.location, vnet: undefined }
        : await resolveLocation(ctx);
    // The base image is read from the definition as it is: rendering the whole definition (its scripts and their
    // fingerprint) waits until the version is known, after the first request.
    const baseRef = settings.baseImage ?? { ...definition.baseImage };
    const baseImageVersion = await resolveBaseImageVersion(ctx, baseRef, location);
    const rendered = (0,render/* renderDefinition */.q0)(definition, { baseImageVersion });
    const { publisher, offer, sku } = baseRef;
    const source = { type: 'PlatformImage', publisher, offer, sku, version: baseImageVersion };
    const optimize = { vmBoot: { state: 'Enabled' } };
    const fingerprint = imageFingerprint({
        source,
        customize: rendered.customize,
        validate: rendered.validate ?? null,
        osDiskSizeGb: settings.osDiskSizeGb,
        optimize,
    });
    const sub = settings.subscriptionId;
    const imageName = settings.imageName ?? `img-aks-jumpbox-${fingerprint.slice(0, 12)}`;
    const imageId = settings.managedImage
        ? (0,azure_ids/* managedImageId */.Op)(sub, settings.imageResourceGroup, imageName)
        : undefined;
    const galleryDefinition = settings.gallery
        ? await readDefinition(ctx.clients, settings.gallery, ctx.signal)
        : undefined;
    const identityId = (0,azure_ids/* userAssignedIdentityId */.vl)(sub, settings.builderResourceGroup, settings.identityName);
    const shapeTags = {
        [template/* TAG */.Dk.fingerprint]: fingerprint,
        [template/* TAG */.Dk.baseImageVersion]: `${publisher}:${offer}:${sku}:${baseImageVersion}`,
        [template/* TAG */.Dk.definitionFingerprint]: rendered.definitionFingerprint,
    };
    const shape = { location, identityId, source, optimize, imageId, rendered, shapeTags, galleryDefinition };
    const { body, hash, templateName } = templateOf(ctx, shape);
    ctx.logger.info(`Fingerprint ${fingerprint} (base ${baseImageVersion}); template ${templateName}; image ${imageName}; location ${location}.`);
    const templateId = (0,azure_ids/* imageTemplateId */.RS)(sub, settings.builderResourceGroup, templateName);
    return {
        location,
        rendered,
        baseImageVersion,
        fingerprint,
        hash,
        body,
        templateName,
        templateId,
        imageName,
        imageId,
        identityId,
        vnet,
        baseImage: { ...baseRef, version: baseImageVersion },
        definition: galleryDefinition,
    };
}
/** The template body, its hash (over the body without the run's own tags) and its name. */
function templateOf(ctx, shape) {
    const { settings } = ctx;
    const provenance = ctx.options.provenanceTags ?? {};
    // managed-by marks what this tool created (retention deletes only such artifacts).
    const artifactTags = {
        ...shape.rendered.tags,
        ...settings.tags,
        ...provenance,
        ...shape.shapeTags,
        [template/* TAG */.Dk.managedBy]: plan_MANAGED_BY,
    };
    const gallery = settings.gallery && shape.galleryDefinition
        ? [
            sharedImageDistributor(settings.gallery, targetRegions(settings.gallery, shape.galleryDefinition), artifactTags),
        ]
        : [];
    const input = {
        location: shape.location,
        identityId: shape.identityId,
        source: shape.source,
        customize: shape.rendered.customize,
        validate: shape.rendered.validate,
        optimize: shape.optimize,
        imageId: shape.imageId,
        runOutputName: RUN_OUTPUT,
        artifactTags,
        extraDistribute: gallery,
        stagingResourceGroup: settings.stagingResourceGroup,
        errorHandling: settings.errorHandling,
        tags: {},
        buildTimeoutMinutes: settings.buildTimeoutMinutes,
        vmSize: settings.vmSize,
        osDiskSizeGb: settings.osDiskSizeGb,
        subnetId: settings.buildSubnet.id,
        containerInstanceSubnetId: settings.containerInstanceSubnet?.id,
        proxyVmSize: settings.proxyVmSize,
    };
    const hash = templateHash((0,template/* templateBody */.xt)(input));
    const fingerprint = shape.shapeTags[template/* TAG */.Dk.fingerprint];
    const templateName = settings.templateName ?? `it-aks-jumpbox-${fingerprint.slice(0, 12)}-${hash.slice(0, 8)}`;
    const tags = {
        ...settings.tags,
        ...provenance,
        ...shape.shapeTags,
        [template/* TAG */.Dk.templateHash]: hash,
        [template/* TAG */.Dk.managedBy]: plan_MANAGED_BY,
    };
    return { body: (0,template/* templateBody */.xt)({ ...input, tags }), hash, templateName };
}
/** The body with the identity the run ensured (its id as ARM returned it). */
function withIdentity(body, identityId) {
    return { ...body, identity: { type: 'UserAssigned', userAssignedIdentities: { [identityId]: {} } } };
}

;// CONCATENATED MODULE: ./src/core/run/access.ts
/** Identity and roles: the user-assigned identity, optional custom roles, the network and image role assignments. */





function ensureBuildIdentity(ctx, plan) {
    const { settings, clients, logger, signal } = ctx;
    return (0,core_roles/* ensureIdentity */.Bq)(clients, {
        resourceGroup: settings.builderResourceGroup,
        name: settings.identityName,
        location: plan.location,
        tags: { ...settings.tags, [template/* TAG */.Dk.managedBy]: plan_MANAGED_BY },
        logger,
        signal,
    });
}
/** The role definitions to assign: the configured ones, or the tool's custom roles when asked to create them. */
async function roleDefinitions(ctx) {
    const { settings, clients, logger, signal } = ctx;
    if (!settings.createCustomRoles)
        return { network: settings.networkRole.id, image: settings.imageRole.id };
    const roles = (0,core_roles/* customRoleDefinitions */.yo)(settings.subscriptionId, Boolean(settings.gallery));
    return {
        network: await (0,core_roles/* ensureCustomRole */.Er)(clients, roles.network, { logger, signal }),
        image: await (0,core_roles/* ensureCustomRole */.Er)(clients, roles.image, { logger, signal }),
    };
}
/**
 * The assignments a build needs: network role on each VNet it joins, image role where Image Builder writes (the
 * image group and/or the gallery image definition), Contributor on an existing staging group.
 */
function assignmentRequests(ctx, roles, principalId, stagingExists) {
    const { settings } = ctx;
    const requests = [
        { scope: settings.buildSubnet.vnetId, roleDefinitionId: roles.network, principalId, purpose: 'network' },
        ...distributionRoleRequests(settings, principalId, roles.image, stagingExists),
    ];
    const aci = settings.containerInstanceSubnet;
    if (aci && !(0,azure_ids/* sameId */.s)(aci.vnetId, settings.buildSubnet.vnetId))
        requests.push({ scope: aci.vnetId, roleDefinitionId: roles.network, principalId, purpose: 'network' });
    return requests;
}
/** Grants each assignment; `onGranted` hears of each one at once (so a failure later still revokes it). */
async function grantRoles(ctx, principalId, stagingExists, onGranted) {
    const roles = await roleDefinitions(ctx);
    const records = [];
    for (const request of assignmentRequests(ctx, roles, principalId, stagingExists)) {
        const record = await (0,core_roles/* ensureRoleAssignment */.aT)(ctx.clients, request, {
            logger: ctx.logger,
            signal: ctx.signal,
            backoffMs: ctx.options.retry?.retryDelayInMs ?? 2000,
        });
        onGranted(record);
        records.push(record);
    }
    return records;
}
/** What a dry run would assign (no identity exists yet, so no principal and no assignment ids). */
function plannedAssignments(ctx, stagingExists) {
    const { settings } = ctx;
    const roles = { network: settings.networkRole.id, image: settings.imageRole.id };
    return assignmentRequests(ctx, roles, '', stagingExists).map((r) => ({
        id: '',
        scope: r.scope,
        roleDefinitionId: r.roleDefinitionId,
        purpose: r.purpose,
        created: false,
    }));
}

// EXTERNAL MODULE: ./src/core/logs.ts + 3 modules
var core_logs = __webpack_require__(9467);
// EXTERNAL MODULE: ./src/core/timeline.ts
var core_timeline = __webpack_require__(1516);
;// CONCATENATED MODULE: ./src/core/run/context.ts
/** What every phase of a run gets: the settings, the options, one set of clients, the logger and the run's signal. */


function createRunContext(settings, options) {
    const clientsOptions = {
        credential: options.credential,
        cloud: options.cloud,
        subscriptionId: settings.subscriptionId,
        userAgentPrefix: options.userAgentPrefix,
        retry: options.retry,
    };
    const clients = (0,core_clients/* createClients */.hP)(clientsOptions);
    const rest = (0,arm_rest/* createArmRest */.Jx)(clientsOptions);
    return { settings, options, clients, rest, logger: options.logger, signal: options.signal };
}
const pollMs = (settings) => Math.round(settings.pollIntervalSeconds * 1000);
/** Whether the revoke-roles setting removes this assignment at the end of the run. */
function shouldRevoke(settings, record) {
    // `image` revokes the destination roles: the image group or gallery definition, and the staging group.
    return settings.revokeRoles === 'all' || (settings.revokeRoles === 'image' && record.purpose !== 'network');
}
/** Runs each phase in its own log group and records how long it took. */
class PhaseTimer {
    logger;
    phases = [];
    constructor(logger) {
        this.logger = logger;
    }
    async run(name, fn) {
        const t0 = Date.now();
        try {
            return await this.logger.group(name, fn);
        }
        finally {
            this.phases.push({ name, durationMs: Date.now() - t0 });
        }
    }
}

;// CONCATENATED MODULE: ./src/core/run/follow-up.ts
/** Quotes a value for POSIX shells when it holds anything but safe characters. */
function shellQuote(value) {
    return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function followUpCommand(settings, templateName, command = 'status', cloud) {
    const flags = [
        ['subscription-id', settings.subscriptionId],
        ['builder-resource-group', settings.builderResourceGroup],
        ['template-name', templateName],
    ];
    if (cloud && cloud.name === 'Custom')
        flags.push(['resource-manager-endpoint', cloud.resourceManagerEndpoint], ['authority-host', cloud.authorityHost]);
    else if (cloud && cloud.name !== 'AzureCloud')
        flags.push(['environment', cloud.name]);
    return `aks-jumpbox-image ${command} ${flags.map(([k, v]) => `--${k} ${shellQuote(v)}`).join(' ')}`;
}

// EXTERNAL MODULE: ./src/core/permissions/requirements.ts
var requirements = __webpack_require__(966);
// EXTERNAL MODULE: ./src/core/settings.ts + 1 modules
var settings = __webpack_require__(5984);
;// CONCATENATED MODULE: ./src/core/run/log-access.ts
/**
 * Whether the identity running this tool can read the build log, found out before POST run (the staging group is
 * known once the template is provisioned): the read that lists the log folders of earlier runs is the probe, so a
 * readable log costs no extra request. When it is refused, the message names the grant (or the
 * `staging-resource-group` setup docs/permissions.md recommends); `require-log: true` stops the run there.
 */



function refused(e) {
    const status = e.statusCode ?? (0,core_clients/* armError */.Tr)(e).statusCode;
    const code = e.code ?? (0,core_clients/* armError */.Tr)(e).code ?? '';
    return (status === 401 ||
        status === 403 ||
        /Authorization/i.test(code) ||
        /^Reading the build log failed/.test(e.message ?? ''));
}
const RECOMMENDED = `Recommended: set staging-resource-group to an empty group you create in the template's region and grant the identity ${requirements/* BLOB_DATA_READER */.z0} there (no keys, no subscription-wide rights; aks-jumpbox-image permissions prints the setup, docs/permissions.md).`;
function logAccessMessage(ctx, stagingId, detail) {
    const group = stagingId.split('/').pop();
    const custom = Boolean(ctx.settings.stagingResourceGroup);
    const fix = custom
        ? `grant it ${requirements/* BLOB_DATA_READER */.z0} and Reader (or the Role Based Access Control Administrator setup of docs/permissions.md, which includes read) on ${stagingId}`
        : `grant it ${requirements/* BLOB_DATA_READER */.z0} and Reader on ${stagingId} (Image Builder names this group per template, so the grant must follow each new template). ${RECOMMENDED}`;
    return `The identity running this tool cannot read the build log in staging resource group ${group} (${detail}): the live log and the log artifact will be missing. To fix, ${fix}${custom ? '.' : ''}`;
}
/** Lists earlier log folders; a refusal means the log is unreadable (other errors: unknown, not reported). */
async function probeLogAccess(ctx, logs, stagingId) {
    try {
        return { folders: await logs.existingFolders(ctx.signal) };
    }
    catch (e) {
        if (!refused(e))
            return { folders: new Set() };
        const message = e.message ?? '';
        // The log reader already named the data-plane role and the account (shared keys disabled): keep its words.
        if (/^Reading the build log failed/.test(message))
            return {
                folders: new Set(),
                unreadable: `The identity running this tool cannot read the build log in staging resource group ${stagingId.split('/').pop()}: ${message} ${RECOMMENDED}`,
            };
        const detail = (0,core_clients/* armError */.Tr)(e).code ?? e.code ?? 'refused';
        return { folders: new Set(), unreadable: logAccessMessage(ctx, stagingId, detail) };
    }
}
/** Warns (at the start of the build, before POST run); with require-log: true, stops the run with a settings error. */
function reportLogAccess(ctx, access) {
    if (!access.unreadable)
        return undefined;
    if (ctx.settings.requireLog)
        throw new settings/* SettingsError */.GN(`require-log: ${access.unreadable} The build was not started (require-log: false builds without the log).`);
    ctx.logger.warning(access.unreadable);
    return access.unreadable;
}

;// CONCATENATED MODULE: ./src/core/run/build.ts









/** How long POST run may take to be answered (it is not aborted by a cancel, see startBuild). */
const POST_RUN_TIMEOUT_MS = 60_000;
function buildLogs(ctx, template, ignoreFolders) {
    return new core_logs/* BuildLogs */.q4({
        clients: ctx.clients,
        credential: ctx.options.credential,
        cloud: ctx.options.cloud,
        stagingResourceGroupId: template.exactStagingResourceGroup ?? '',
        logger: ctx.logger,
        ignoreFolders,
        mirrorDir: ctx.options.workDir,
    });
}
/**
 * Starts the build (not awaited: the run LRO stays in progress for the whole build, and awaiting it would poll its
 * operation in the background for hours), or attaches to the one already running. `onStarting` is called before
 * the POST. Returns the log reader for this build, when the template has a staging group.
 */
async function startBuild(ctx, plan, prepared, onStarting) {
    const staging = prepared.template.exactStagingResourceGroup;
    let ignoreFolders;
    let logAccess;
    if (staging && !prepared.running) {
        const access = await probeLogAccess(ctx, buildLogs(ctx, prepared.template), staging);
        ignoreFolders = access.folders;
        logAccess = reportLogAccess(ctx, access);
    }
    let attached = prepared.running;
    if (!attached) {
        onStarting();
        attached = !(await postRun(ctx, plan));
    }
    if (attached)
        ctx.logger.info(`A build is already running on ${plan.templateName}; attaching to it instead of starting another.`);
    // An attached build's log folder is whichever is newest.
    const logs = staging ? buildLogs(ctx, prepared.template, attached ? undefined : ignoreFolders) : undefined;
    return { logs, attached, logAccess };
}
/** POST run. Returns false when another run's build was started first (409 while one runs): attach to it then. */
async function postRun(ctx, plan) {
    const { settings, signal } = ctx;
    const ib = ctx.clients.imageBuilder.virtualMachineImageTemplates;
    try {
        // Not cut short by the run's signal: a cancel while the POST is in flight must learn whether Image Builder took
        // the build, so that the finish path cancels it (instead of leaving it to run unattended without its roles).
        const poller = ib.run(settings.builderResourceGroup, plan.templateName, {
            abortSignal: AbortSignal.timeout(POST_RUN_TIMEOUT_MS),
            updateIntervalInMs: 60_000,
        });
        await poller.submitted();
    }
    catch (e) {
        if ((0,core_clients/* armError */.Tr)(e).statusCode !== 409)
            throw (0,core_clients/* describeAzureError */.pv)(e, `Starting the build on ${plan.templateName}`);
        const now = await ib.get(settings.builderResourceGroup, plan.templateName, { abortSignal: signal });
        if (!(0,template/* isRunning */.W_)(now))
            throw (0,core_clients/* describeAzureError */.pv)(e, `Starting the build on ${plan.templateName}`);
        return false;
    }
    ctx.logger.info(`Build started on ${plan.templateName}.`);
    signal?.throwIfAborted();
    return true;
}
/** The outcome when the run does not wait for the build. */
function leftRunning(ctx, plan) {
    return {
        state: 'Running',
        message: `The build continues in Azure; follow it with: ${followUpCommand(ctx.settings, plan.templateName, 'status', ctx.options.cloud)}`,
    };
}
/** Polls lastRunStatus until the build ends or the wait timeout passes, tailing the log between polls. */
async function waitForBuild(ctx, plan, logs) {
    const { settings, logger, signal } = ctx;
    const t0 = Date.now();
    const deadline = t0 + settings.waitTimeoutMinutes * 60_000;
    const tail = logs && settings.streamLog ? (toEnd = false) => tailOnce(ctx, logs, toEnd) : async () => { };
    const reader = statusReader(ctx, plan);
    const timeline = (0,core_timeline/* timelineRecorder */.Mx)();
    let last = '';
    for (;;) {
        const status = await reader();
        timeline.observe(status);
        if (status) {
            const now = `${status.runState}${status.runSubState ? `/${status.runSubState}` : ''}`;
            if (now !== last)
                logger.info(`[${(0,util/* formatElapsed */.C7)(Date.now() - t0)}] ${now}`);
            last = now;
            if (status.runState && status.runState !== 'Running' && status.runState !== 'Canceling') {
                await tail(true);
                if (logs && settings.streamLog)
                    await flush(ctx, logs);
                return { ...ended(ctx, status.runState, status.message), timeline: timeline.timeline() };
            }
        }
        const tailStarted = Date.now();
        await tail();
        if (Date.now() > deadline) {
            const message = `Stopped waiting after ${settings.waitTimeoutMinutes} minutes; the build continues in Azure. Follow it with: ${followUpCommand(settings, plan.templateName, 'status', ctx.options.cloud)}`;
            logger.warning(message);
            return { state: 'Running', message, timedOut: true, timeline: timeline.timeline() };
        }
        // The tail's reading counts towards the interval: a log that grows faster than one read per poll is read
        // between status polls instead of waiting a whole interval more (the line-to-job-log delay).
        const rest = pollMs(settings) - (Date.now() - tailStarted);
        await (0,util/* sleep */.yy)(Math.max(0, Math.min(rest, deadline - Date.now() + 1)), signal);
    }
}
/** Reads lastRunStatus; transient read errors are retried (a warning after three in a row). */
function statusReader(ctx, plan) {
    const { settings, logger, signal } = ctx;
    let readErrors = 0;
    return async () => {
        try {
            const t = await ctx.clients.imageBuilder.virtualMachineImageTemplates.get(settings.builderResourceGroup, plan.templateName, { abortSignal: signal });
            readErrors = 0;
            return t.lastRunStatus;
        }
        catch (e) {
            if (signal?.aborted)
                throw e;
            readErrors++;
            logger[readErrors >= 3 ? 'warning' : 'debug'](`Reading the build status failed (${(0,core_clients/* armError */.Tr)(e).message}); retrying (${readErrors} in a row).`);
            return undefined;
        }
    };
}
/**
 * Reads the new log in bounded pieces (memory): while the build runs, for at most one poll interval (so a burst of
 * output never delays the next status poll); once it has ended, to the end.
 */
async function tailOnce(ctx, logs, toEnd) {
    const until = Date.now() + pollMs(ctx.settings);
    try {
        do {
            // Each batch is written before the next is decoded (the job log's backpressure holds the tail back).
            for await (const block of logs.tail(ctx.signal))
                await ctx.logger.buildLog(block);
        } while (logs.behind && !ctx.signal?.aborted && (toEnd || Date.now() < until));
    }
    catch (e) {
        ctx.logger.debug(`Reading the build log: ${(0,core_clients/* armError */.Tr)(e).message}`);
    }
}
async function flush(ctx, logs) {
    const rest = logs.flushPartial();
    if (rest.length)
        await ctx.logger.buildLog(rest);
}
function ended(ctx, state, message) {
    if (state === 'Failed')
        ctx.logger.error(`The build failed: ${message || 'no message'}`);
    if (state === 'PartiallySucceeded')
        ctx.logger.warning(`The build partially succeeded: ${message}`);
    return { state, message: message || undefined };
}
/** The distributed image's id from the run output (the planned id when it cannot be read). */
async function readImageId(ctx, plan) {
    if (!plan.imageId)
        return undefined;
    try {
        const output = await ctx.clients.imageBuilder.virtualMachineImageTemplates.getRunOutput(ctx.settings.builderResourceGroup, plan.templateName, RUN_OUTPUT, { abortSignal: ctx.signal });
        return output.artifactId ?? plan.imageId;
    }
    catch (e) {
        ctx.logger.warning(`Could not read the run output (${(0,core_clients/* armError */.Tr)(e).message}); assuming the image is ${plan.imageId}.`);
        return plan.imageId;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/boottest/boot-test.ts
/**
 * Boot test of a new image: a throwaway VM from the image in a caller-given subnet (no public IP, password
 * authentication disabled, an SSH public key whose private half is never kept, Trusted Launch when asked), the
 * definition's validation run again through a managed Run Command (Compute `runCommands`), optionally a line-of-sight
 * check to the cluster's API server (DNS + HTTPS /version: any HTTP answer proves reachability), then the VM, its NIC
 * and its OS disk deleted. Resource names are derived from `name`, so the delete works after a failure or a cancel
 * even when a create never answered. Platform-free; explicit parameters.
 */

const BOOT_TEST_ADMIN = 'jumpboxtest';
const nicName = (name) => `${name}-nic`;
const osDiskName = (name) => `${name}-osdisk`;
/** The line-of-sight check appended to the validation (no TLS trust needed: any HTTP status proves the path). */
function reachabilityScript(apiServer) {
    const host = apiServer.replace(/^https?:\/\//, '').replace(/[/:].*$/, '');
    if (!/^[A-Za-z0-9.-]+$/.test(host))
        throw new Error(`test-api-server "${apiServer}" is not a host name`);
    return [
        `getent hosts ${host} || { echo "jumpbox: DNS: ${host} does not resolve"; exit 1; }`,
        `code="$(curl --silent --insecure --output /dev/null --write-out '%{http_code}' --max-time 20 https://${host}/version || true)"`,
        `if [ "\${code:-000}" = 000 ]; then echo "jumpbox: ${host}:443 did not answer (timeout or refused)"; exit 1; fi`,
        `echo "jumpbox: API server ${host} reachable (HTTP \${code})"`,
    ].join('\n');
}
function throwawayPublicKey() {
    // The private key is discarded: password authentication is off, so nobody can sign in to the VM.
    const { publicKey } = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 3072 });
    const jwk = publicKey.export({ format: 'jwk' });
    const field = (b) => {
        const len = Buffer.alloc(4);
        len.writeUInt32BE(b.length);
        return Buffer.concat([len, b]);
    };
    // SSH mpints are signed: a leading 0 keeps a high first bit from reading as negative.
    const mpint = (b64) => {
        const b = Buffer.from(b64, 'base64url');
        return field(b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
    };
    const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]);
    return `ssh-rsa ${blob.toString('base64')}`;
}
async function createVm(p) {
    const opts = p.signal ? { abortSignal: p.signal } : {};
    const nic = await p.network.networkInterfaces.createOrUpdate(p.resourceGroup, nicName(p.name), {
        location: p.location,
        tags: p.tags,
        ipConfigurations: [
            { name: 'ipconfig1', subnet: { id: p.subnetId }, privateIPAllocationMethod: 'Dynamic' },
        ],
    }, opts);
    p.logger.info(`Boot test: NIC ${nicName(p.name)} in ${p.subnetId} (no public IP).`);
    await p.compute.virtualMachines.createOrUpdate(p.resourceGroup, p.name, {
        location: p.location,
        tags: p.tags,
        hardwareProfile: { vmSize: p.vmSize },
        storageProfile: {
            imageReference: { id: p.imageId },
            osDisk: { name: osDiskName(p.name), createOption: 'FromImage', deleteOption: 'Delete' },
        },
        osProfile: {
            computerName: p.name.slice(0, 63),
            adminUsername: BOOT_TEST_ADMIN,
            linuxConfiguration: {
                disablePasswordAuthentication: true,
                ssh: {
                    publicKeys: [
                        { path: `/home/${BOOT_TEST_ADMIN}/.ssh/authorized_keys`, keyData: throwawayPublicKey() },
                    ],
                },
            },
        },
        networkProfile: { networkInterfaces: [{ id: nic.id, primary: true, deleteOption: 'Delete' }] },
        ...(p.trustedLaunch
            ? {
                securityProfile: {
                    securityType: 'TrustedLaunch',
                    uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
                },
            }
            : {}),
    }, opts);
    p.logger.info(`Boot test: VM ${p.name} (${p.vmSize}${p.trustedLaunch ? ', Trusted Launch' : ''}) is up.`);
}
async function runValidation(p) {
    const script = [p.validationScript, ...(p.apiServer ? [reachabilityScript(p.apiServer)] : [])].join('\n');
    const command = await p.compute.virtualMachineRunCommands.createOrUpdate(p.resourceGroup, p.name, 'jumpbox-validate', {
        location: p.location,
        source: { script },
        asyncExecution: false,
        timeoutInSeconds: p.timeoutSeconds ?? 900,
    }, p.signal ? { abortSignal: p.signal } : {});
    const view = command.instanceView ??
        (await p.compute.virtualMachineRunCommands.getByVirtualMachine(p.resourceGroup, p.name, 'jumpbox-validate', {
            expand: 'instanceView',
            ...(p.signal ? { abortSignal: p.signal } : {}),
        })).instanceView;
    const output = [view?.output ?? '', view?.error ?? ''].filter(Boolean).join('\n');
    const passed = view?.executionState === 'Succeeded' && view.exitCode === 0;
    return {
        result: passed ? 'passed' : 'failed',
        output,
        message: passed
            ? 'The image booted and passed its validation in the test subnet.'
            : `Validation failed in the test VM (state ${view?.executionState ?? 'unknown'}, exit code ${view?.exitCode ?? 'unknown'}).`,
    };
}
/** Creates the VM, runs the validation and returns the verdict. Does not delete: call deleteBootTestResources. */
async function runBootTest(p) {
    await createVm(p);
    const outcome = await runValidation(p);
    (outcome.result === 'passed' ? p.logger.info : p.logger.warning)(`Boot test ${outcome.result}: ${outcome.message}`);
    return outcome;
}
/** Deletes the VM, its NIC and its OS disk (each may not exist). Returns the names it deleted or found gone. */
async function deleteBootTestResources(p) {
    const opts = p.signal ? { abortSignal: p.signal } : {};
    const steps = [
        [
            p.name,
            () => p.compute.virtualMachines.delete(p.resourceGroup, p.name, { ...opts, forceDeletion: true }),
        ],
        [nicName(p.name), () => p.network.networkInterfaces.delete(p.resourceGroup, nicName(p.name), opts)],
        [osDiskName(p.name), () => p.compute.disks.delete(p.resourceGroup, osDiskName(p.name), opts)],
    ];
    const done = [];
    for (const [name, remove] of steps) {
        try {
            await remove();
            done.push(name);
        }
        catch (e) {
            if (e.statusCode === 404)
                done.push(name);
            else
                p.logger.warning(`Boot test: could not delete ${name}: ${e.message}`);
        }
    }
    p.logger.info(`Boot test: deleted ${done.join(', ')}.`);
    return done;
}

;// CONCATENATED MODULE: ./src/core/run/boot-test-phase.ts
/**
 * The boot-test phase (test-subnet-id): after a successful build, a throwaway VM from the new image runs the
 * definition's validation (and the API server check) through Run Command. The ledger records the VM name before
 * anything is created, so the finish path deletes VM, NIC and disk after success, failure and cancel alike.
 */


async function bootTestPhase(ctx, plan, ledger, imageId) {
    const t = ctx.settings.bootTest;
    const name = `vm-jbtest-${plan.fingerprint.slice(0, 8)}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    ledger.bootTestVm = name;
    // The same in-VM validation Image Builder ran (each entry writes its script and runs it), stopping at a failure.
    const entries = (plan.rendered.validate?.inVMValidations ?? []);
    const validation = ['set -e', ...entries.flatMap((v) => v.inline ?? [])].join('\n');
    let outcome;
    try {
        outcome = await runBootTest({
            compute: ctx.clients.compute,
            network: ctx.clients.network,
            resourceGroup: ctx.settings.builderResourceGroup,
            location: plan.location,
            imageId,
            subnetId: t.subnetId,
            vmSize: t.vmSize,
            name,
            validationScript: validation,
            ...(t.apiServer ? { apiServer: t.apiServer } : {}),
            // Trusted Launch VMs cannot be created from managed images (only from gallery image versions).
            trustedLaunch: /\/galleries\//i.test(imageId),
            tags: { ...ctx.settings.tags, 'aks-jumpbox-image-purpose': 'boot-test' },
            logger: ctx.logger,
            ...(ctx.signal ? { signal: ctx.signal } : {}),
        });
    }
    catch (e) {
        if (ctx.signal?.aborted)
            throw e;
        outcome = {
            result: 'failed',
            output: '',
            message: `The boot test could not run: ${e.message}`,
        };
        ctx.logger.warning(outcome.message);
    }
    return { testResult: outcome.result, testOutput: outcome.output, testMessage: outcome.message };
}
/** Finish path: deletes what the boot test created (the names are derived, so nothing has to be known). */
async function cleanupBootTest(ctx, ledger, signal) {
    if (!ledger.bootTestVm)
        return;
    await deleteBootTestResources({
        compute: ctx.clients.compute,
        network: ctx.clients.network,
        resourceGroup: ctx.settings.builderResourceGroup,
        name: ledger.bootTestVm,
        logger: ctx.logger,
        signal,
    });
    ledger.bootTestVm = undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/definition/bash.ts
var bash = __webpack_require__(6287);
;// CONCATENATED MODULE: ./src/core/definition/manifest.ts

function isManifest(value) {
    const v = value;
    return (!!v &&
        typeof v === 'object' &&
        typeof v.definitionFingerprint === 'string' &&
        typeof v.baseImageVersion === 'string' &&
        Array.isArray(v.tools) &&
        v.tools.every((t) => t && typeof t.name === 'string' && typeof t.version === 'string'));
}
/**
 * Finds the manifest the build printed between MANIFEST_BEGIN and MANIFEST_END. Each log line may carry a
 * prefix (e.g. "[a1b2] PACKER OUT "); the JSON is taken from its first "{". The last valid manifest wins.
 */
function parseManifest(logText) {
    const lines = logText.split(/\r?\n/);
    let found;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const at = line.indexOf(bash/* MANIFEST_BEGIN */.Y6);
        if (at < 0)
            continue;
        // Same line ("BEGIN {...} END") or the following lines up to END.
        let text = line.slice(at + bash/* MANIFEST_BEGIN */.Y6.length);
        for (let j = i + 1; !text.includes(bash/* MANIFEST_END */.Eg) && j < lines.length && j <= i + 3; j++)
            text += '\n' + lines[j];
        const end = text.indexOf(bash/* MANIFEST_END */.Eg);
        const body = end >= 0 ? text.slice(0, end) : text;
        for (const candidate of body.split('\n')) {
            const start = candidate.indexOf('{');
            const stop = candidate.lastIndexOf('}');
            if (start < 0 || stop < start)
                continue;
            try {
                const parsed = JSON.parse(candidate.slice(start, stop + 1));
                if (isManifest(parsed))
                    found = parsed;
            }
            catch {
                // not the manifest line
            }
        }
    }
    return found;
}

// EXTERNAL MODULE: ./src/core/definition/sbom.ts
var sbom = __webpack_require__(3444);
;// CONCATENATED MODULE: ./src/core/sbom-file.ts
/** The SBOM the build printed in the customization log, saved beside the log as sbom.spdx.json. */



const SBOM_FILE_NAME = 'sbom.spdx.json';
/** Writes the document found in `sbomText` (the lines scanLogFile kept) to workDir; undefined when none. */
async function saveSbom(sbomText, workDir) {
    const doc = sbomText ? (0,sbom/* parseSbom */.rl)(sbomText) : undefined;
    if (!doc)
        return undefined;
    const file = (0,external_node_path_.join)(workDir, SBOM_FILE_NAME);
    await (0,promises_.writeFile)(file, `${JSON.stringify(doc, null, 2)}\n`);
    return file;
}

// EXTERNAL MODULE: ./src/core/run/cancel.ts
var cancel = __webpack_require__(4571);
// EXTERNAL MODULE: ./src/core/run/shared-roles.ts
var shared_roles = __webpack_require__(7880);
;// CONCATENATED MODULE: ./src/core/run/template-phase.ts





async function prepareTemplate(ctx, plan, identityId, onCreated) {
    const { settings, clients, logger, signal } = ctx;
    const ensured = await (0,template/* ensureTemplate */.N0)(clients, {
        resourceGroup: settings.builderResourceGroup,
        name: plan.templateName,
        body: withIdentity(plan.body, identityId),
        hash: plan.hash,
        nameFixedByUser: Boolean(settings.templateName),
        cancelCommand: followUpCommand(settings, plan.templateName, 'cancel', ctx.options.cloud),
        logger,
        signal,
        pollIntervalMs: pollMs(settings),
        onCreated,
    });
    if (!ensured.created && !ensured.running)
        await refreshProvenance(ctx, plan, ensured.template);
    return ensured;
}
/** A reused template keeps the tags of the run that created it; refresh the provenance the next image gets. */
async function refreshProvenance(ctx, plan, template) {
    const { settings, logger, signal } = ctx;
    // A PATCH of distribute must repeat every target (Image Builder refuses to delete one).
    const wanted = plan.body.properties.distribute;
    const current = (template.distribute ?? []);
    const tagsOf = (d) => JSON.stringify(d.map((x) => x.artifactTags ?? {}));
    if (tagsOf(current) === tagsOf(wanted))
        return;
    try {
        await ctx.clients.imageBuilder.virtualMachineImageTemplates.update(settings.builderResourceGroup, plan.templateName, { tags: plan.body.tags, properties: { distribute: wanted } }, { abortSignal: signal, updateIntervalInMs: pollMs(settings) });
        logger.debug("Updated the template tags and artifact tags with this run's provenance.");
    }
    catch (e) {
        logger.warning(`Could not update the template's provenance tags: ${(0,core_clients/* armError */.Tr)(e).message}`);
    }
}
/**
 * Deletes a template this run created but could not follow to the end of its creation (cleanup-template): once it
 * has settled, and never while a build runs on it (another run that reused it meanwhile; Image Builder refuses that
 * deletion anyway). Returns false when it was left to that run.
 */
async function deleteUnfollowedTemplate(ctx, templateName, signal) {
    const options = {
        resourceGroup: ctx.settings.builderResourceGroup,
        name: templateName,
        logger: ctx.logger,
        signal,
        pollIntervalMs: pollMs(ctx.settings),
    };
    let current;
    try {
        current = await ctx.clients.imageBuilder.virtualMachineImageTemplates.get(options.resourceGroup, templateName, {
            abortSignal: signal,
        });
    }
    catch (e) {
        if ((0,core_clients/* isNotFound */.c4)(e))
            return true;
        throw (0,core_clients/* describeAzureError */.pv)(e, `Reading image template ${templateName}`);
    }
    const now = await (0,template/* settled */.gu)(ctx.clients, current, options);
    if (!now)
        return true;
    if ((0,template/* isRunning */.W_)(now)) {
        ctx.logger.info(`Image template ${templateName} is kept: a build runs on it (another run reused it); that run's cleanup applies.`);
        return false;
    }
    await (0,template/* deleteTemplate */.I7)(ctx.clients, options);
    return true;
}

;// CONCATENATED MODULE: ./src/core/run/finish.ts
/**
 * Finish: cancel a build the run must not leave behind, revoke the roles it owes, copy the logs, manifest and SBOM,
 * clean up the template. Runs under its own bounded signal, never the run's: a cancelled or timed-out run must still
 * do all of this within the runner's grace period (SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after that).
 */



// The definition's modules by name, not its index: the index re-exports the file loader (the YAML parser).













/** Budget of the finish path after a cancel (the cancel itself is bounded separately, see cancel.ts). */
const FINISH_AFTER_CANCEL_MS = 4000;
/** Budget of the finish path otherwise (a large log copy). */
const FINISH_MS = 10 * 60_000;
async function finishRun(ctx, plan, ledger, state) {
    if (state !== 'Running' && ledger.buildMayRun) {
        // A build this run started must not outlive it; one it attached to belongs to another run.
        if (ledger.mayCancel)
            await (0,cancel/* cancelBuild */.l)(ctx.clients, ctx.settings.builderResourceGroup, plan.templateName, ctx.logger);
        ledger.buildEnded();
    }
    const signal = AbortSignal.timeout(ctx.signal?.aborted ? FINISH_AFTER_CANCEL_MS : FINISH_MS);
    await cleanupBootTest(ctx, ledger, signal).catch((e) => ctx.logger.warning(`Boot test cleanup: ${e.message}`));
    await revokeOwed(ctx, plan, ledger, signal);
    const copied = ledger.logs && state !== 'Running' ? await copyLogs(ctx, plan, ledger.logs, state, signal) : {};
    if (copied)
        ledger.logCopyDone();
    const files = copied ?? {};
    await cleanupTemplate(ctx, plan, ledger, state, signal);
    ledger.finish();
    return files;
}
/** Revokes what the run owes, unless a build it leaves running still needs the roles. */
async function revokeOwed(ctx, plan, ledger, signal) {
    const owed = ledger.owedRevocations();
    if (ledger.buildMayRun) {
        if (ledger.granted.length)
            ctx.logger.info('Roles are kept: the build is still running in Azure and needs them to distribute the image.');
        return;
    }
    if (!owed.length)
        return;
    const scope = {
        resourceGroup: ctx.settings.builderResourceGroup,
        identityId: ledger.identity?.id ?? '',
        ownTemplate: plan.templateName,
    };
    if (!(await (0,shared_roles/* mayRevoke */.M)(ctx.clients, scope, ctx.logger, signal)))
        return;
    for (const record of owed) {
        try {
            await (0,core_roles/* removeRoleAssignment */.aM)(ctx.clients, record.id, { logger: ctx.logger, signal });
            ledger.revokedOne(record);
        }
        catch (e) {
            const next = ctx.options.postStep
                ? 'The post step will try again.'
                : `Remove it with: az role assignment delete --ids ${record.id}`;
            ctx.logger.warning(`${e.message} ${next}`);
        }
    }
}
/**
 * Copies customization.log (and validation.log) to the work directory and reads the manifest and the tail;
 * undefined when the copy failed (it stays owed: the post step copies it, the CLI names the command).
 */
async function copyLogs(ctx, plan, logs, state, signal) {
    return ctx.logger.group('Logs', async () => {
        try {
            const copied = await logs.copyTo(ctx.options.workDir, signal);
            if (!copied.logFile)
                return copied;
            ctx.logger.info(`Customization log saved to ${copied.logFile}.`);
            const scanned = await (0,core_logs/* scanLogFile */.kh)(copied.logFile, {
                tailLines: 40,
                begin: bash/* MANIFEST_BEGIN */.Y6,
                end: bash/* MANIFEST_END */.Eg,
                sbomBegin: sbom/* SBOM_BEGIN */.uf,
                sbomEnd: sbom/* SBOM_END */.co,
            });
            const sbomFile = await saveSbom(scanned.sbomText, ctx.options.workDir);
            const files = {
                ...copied,
                ...(sbomFile ? { sbomFile } : {}),
                ...(state === 'Failed' ? { logTail: scanned.tail } : {}),
            };
            const manifest = parseManifest(scanned.manifestText);
            if (!manifest)
                return files;
            const manifestFile = (0,external_node_path_.join)(ctx.options.workDir, 'manifest.json');
            await (0,promises_.writeFile)(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { signal });
            return { ...files, manifest, manifestFile };
        }
        catch (e) {
            const next = ctx.options.postStep
                ? 'The post step will try again.'
                : `Download it with: ${followUpCommand(ctx.settings, plan.templateName, 'logs', ctx.options.cloud)}`;
            ctx.logger.warning(`Could not copy the customization log: ${(0,core_clients/* armError */.Tr)(e).message} ${next}`);
            return undefined;
        }
    });
}
async function cleanupTemplate(ctx, plan, ledger, state, signal) {
    const { settings } = ctx;
    const succeeded = state === 'Succeeded' || state === 'PartiallySucceeded';
    const wanted = settings.cleanupTemplate === 'always' || (settings.cleanupTemplate === 'on-success' && succeeded);
    // A template this run created (201) but could not follow (its creation status unreadable) is cleaned up too.
    const unfollowed = !ledger.template && ledger.createdTemplate;
    if (!wanted || !(ledger.template || unfollowed) || ledger.buildMayRun)
        return;
    // Deleting the template deletes its staging group and the log in it: not before the log is copied.
    if (ledger.logPending && (settings.uploadLog || !ctx.options.postStep))
        return keepForLog(ctx, plan, ledger);
    try {
        if (unfollowed)
            await deleteUnfollowedTemplate(ctx, plan.templateName, signal);
        else
            await (0,template/* deleteTemplate */.I7)(ctx.clients, {
                resourceGroup: settings.builderResourceGroup,
                name: plan.templateName,
                logger: ctx.logger,
                signal,
                pollIntervalMs: pollMs(settings),
            });
    }
    catch (e) {
        ledger.templateCleanupOwed();
        const next = ctx.options.postStep
            ? 'The post step will try again.'
            : `Delete it with: az image builder delete -g ${settings.builderResourceGroup} -n ${plan.templateName}`;
        ctx.logger.warning(`${e.message} ${next}`);
    }
}
/** cleanup-template waits for the log copy: the post step copies the log, then deletes; the CLI names both commands. */
function keepForLog(ctx, plan, ledger) {
    const { settings } = ctx;
    if (ctx.options.postStep) {
        ledger.templateCleanupOwed();
        ctx.logger.info(`Image template ${plan.templateName} is kept until the post step has copied its log; the post step then deletes it.`);
        return;
    }
    ctx.logger.warning(`Image template ${plan.templateName} is kept: deleting it would delete the log that could not be copied. Download the log with: ${followUpCommand(settings, plan.templateName, 'logs', ctx.options.cloud)}; then delete the template with: az image builder delete -g ${settings.builderResourceGroup} -n ${plan.templateName}`);
}

;// CONCATENATED MODULE: ./src/core/run/ledger.ts

class RunLedger {
    settings;
    save;
    granted = [];
    revoked = [];
    /** The build identity (known once the identity phase returns). */
    identity;
    /** The template the build runs on (known once the template phase returns). */
    template;
    /** The build's log location (known once the build started; `logsKnown`). */
    logs;
    /** The boot-test VM's name, recorded before it is created; the finish path deletes VM, NIC and disk. */
    bootTestVm;
    templateId;
    /** A build this run waits for may be running (its own, or one it attached to). */
    buildRunning = false;
    /** Whether this run started that build (only then may it cancel it). */
    startedByUs = false;
    finished = false;
    /** cleanup-template's deletion failed: owed to the post step. */
    cleanupOwed = false;
    /** The finish path copied the build log (it is no longer owed). */
    logCopied = false;
    constructor(settings, save) {
        this.settings = settings;
        this.save = save;
    }
    /** Assignments this run created that the revoke setting removes and that are not removed yet. */
    owedRevocations() {
        return this.granted.filter((r) => r.created && shouldRevoke(this.settings, r) && !this.revoked.some((x) => x.id === r.id));
    }
    /** Whether a build this run started or attached to may still be running (its roles must stay). */
    get buildMayRun() {
        return this.buildRunning;
    }
    /** Whether the run must cancel that build when it does not wait for its end (only a build it started). */
    get mayCancel() {
        return this.buildRunning && this.startedByUs;
    }
    recordGrant(record) {
        this.granted.push(record);
        if (record.created && shouldRevoke(this.settings, record))
            this.persist();
    }
    /** Image Builder answered this run's PUT with 201: the template is this run's (its creation may still fail). */
    createdTemplate = false;
    templateKnown(templateId) {
        this.templateId = templateId;
        this.persist();
    }
    /** Recorded before POST run: a job killed right after it must still let the post step cancel the build. */
    buildStarting() {
        this.buildRunning = true;
        this.startedByUs = true;
        this.persist();
    }
    /** The run attached to a build another run (or an earlier one) started: it never cancels it. */
    buildAttached(attached) {
        if (!attached)
            return;
        this.buildRunning = true;
        this.startedByUs = false;
        this.persist();
    }
    /** The build's log location: from now on its copy is owed until the finish path has made it. */
    logsKnown(logs) {
        if (!logs)
            return;
        this.logs = logs;
        // The folder is saved once found, so that the post step copies this build's log and no other.
        logs.onLocated = () => this.persist();
        this.persist();
    }
    /** The build has a log that the finish path has not copied (yet, or its copy failed). */
    get logPending() {
        return Boolean(this.logs) && !this.logCopied;
    }
    /** The finish path copied the log (a failed copy stays owed to the post step). */
    logCopyDone() {
        this.logCopied = true;
    }
    buildEnded() {
        this.buildRunning = false;
    }
    /** The template deletion cleanup-template asks for could not be done (saved with the finish checkpoint). */
    templateCleanupOwed() {
        this.cleanupOwed = true;
    }
    revokedOne(record) {
        this.revoked.push(record);
    }
    /** The finish path ran: what is still listed is left to the post step (revocations) or left on purpose (a build). */
    finish() {
        this.finished = true;
        this.persist();
    }
    checkpoint() {
        return {
            subscriptionId: this.settings.subscriptionId,
            ...(this.templateId ? { templateId: this.templateId } : {}),
            ...(this.identity ? { identityId: this.identity.id } : {}),
            buildStarted: this.mayCancel,
            ...(this.finished && this.buildRunning ? { leftRunning: true } : {}),
            revoke: this.owedRevocations().map((r) => r.id),
            ...(this.templateDeletionOwed() ? { deleteTemplate: true } : {}),
            ...this.owedLog(),
            finished: this.finished,
        };
    }
    /**
     * The template deletion the post step owes: after the finish path, the one it could not do; before it (the main
     * step killed), the one `cleanup-template: always` asks for, of a template this run created or builds on, unless
     * the run only attached to another run's build (that run deletes it).
     */
    templateDeletionOwed() {
        if (!this.templateId)
            return false;
        if (this.finished)
            return this.cleanupOwed;
        const attached = this.buildRunning && !this.startedByUs;
        return (this.settings.cleanupTemplate === 'always' &&
            (Boolean(this.template) || this.createdTemplate) &&
            !attached);
    }
    /** The log copy, owed once the build has a log and until it is copied (not for a build left running). */
    owedLog() {
        const { logs, settings } = this;
        if (!logs || !settings.uploadLog || this.logCopied || (this.finished && this.buildRunning))
            return {};
        const { logArtifactName: artifactName, logRetentionDays: retentionDays } = settings;
        return { log: { ...logs.pointer(), artifactName, ...(retentionDays ? { retentionDays } : {}) } };
    }
    persist() {
        this.save?.(this.checkpoint());
    }
}

// EXTERNAL MODULE: ./src/core/preflight/index.ts + 11 modules
var preflight = __webpack_require__(9179);
;// CONCATENATED MODULE: ./src/core/run/preflight-phase.ts
/**
 * Preflight phase: after the skip decision (a skipped run stays read-only) and before the first write, and the
 * plan a dry run prints (what-if, template file). Thin: the checks and the what-if live in ../preflight/.
 */

/**
 * Checks beyond the built-in list, run after them with the clients at hand (the extension point: the gallery
 * definition's compatibility check from the distribution work goes here).
 */
const EXTRA_PREFLIGHT_CHECKS = [];
function runPreflightPhase(ctx, plan) {
    const { clients, rest, settings, logger, signal } = ctx;
    return (0,preflight/* preflightGate */.Rf)({
        extraChecks: [...EXTRA_PREFLIGHT_CHECKS],
        clients,
        rest,
        settings,
        location: plan.location,
        baseImage: plan.baseImage,
        vnet: plan.vnet,
        logger,
        signal,
    });
}
/** The what-if of a dry run and the template file (`<workDir>/template.json`). */
function dryRunPlan(ctx, plan, imageExists) {
    return (0,preflight/* describePlan */.df)({
        clients: ctx.clients,
        settings: ctx.settings,
        identityId: plan.identityId,
        templateName: plan.templateName,
        templateHash: plan.hash,
        imageId: plan.imageId ?? '',
        imageExists,
        signal: ctx.signal,
        workDir: ctx.options.workDir,
        template: plan.body,
        logger: ctx.logger,
    });
}

// EXTERNAL MODULE: ./src/core/input-reader.ts
var input_reader = __webpack_require__(4471);
;// CONCATENATED MODULE: ./src/core/run/location-check.ts
/**
 * The `location` setting checked against the subscription's regions (`GET /subscriptions/{id}/locations`), before
 * any write: one request, and only when `location` is set (otherwise the build VNet's location is used as it is).
 * The run makes it after the skip decision, so an unchanged re-run does not (docs/performance.md).
 */


async function checkLocation(ctx) {
    const { settings, logger, signal } = ctx;
    const location = settings.location;
    if (!location)
        return;
    let known;
    try {
        known = await listLocations(ctx.rest, { subscriptionId: settings.subscriptionId, signal });
    }
    catch (e) {
        if (signal?.aborted)
            throw e;
        // Not a reason to stop: Image Builder refuses an unknown region itself, at the template PUT.
        logger.warning(`Could not check location ${location} against the regions of subscription ${settings.subscriptionId}: ${e.message}`);
        return;
    }
    if (!known.size || known.has(location.toLowerCase()))
        return;
    const name = ctx.options.nameOf?.('location') ?? 'location';
    const some = [...known].sort().slice(0, 4).join(', ');
    throw new input_reader/* SettingsError */.G(`${name}: "${location}" is not a region of subscription ${settings.subscriptionId} (expected one of its regions, such as ${some}; az account list-locations -o table lists them).`);
}

;// CONCATENATED MODULE: ./src/core/run/sdks.ts
function sdksAfterSkip(settings) {
    const keys = ['imageBuilder', 'authorization', 'msi', 'storage'];
    // The gallery (definition, versions, compatibility, retention), managed image retention, the boot-test VM.
    if (settings.gallery || settings.keepImages || settings.keepVersions || settings.bootTest)
        keys.push('compute');
    // The boot-test VM's NIC.
    if (settings.bootTest)
        keys.push('network');
    // The resource groups (without the preflight, which checks them) and the staging group's contents.
    if (!settings.preflight || settings.gallery || settings.stagingResourceGroup)
        keys.push('resources');
    return keys;
}

;// CONCATENATED MODULE: ./src/core/run/skip.ts
/** Skip: an image (or a gallery version of the definition) tagged with this fingerprint exists already (reads only). */





async function findUnchangedImage(ctx, plan) {
    if (ctx.settings.gallery) {
        const version = await findGalleryVersion(ctx, plan.fingerprint);
        return version && { id: version.id, galleryImageVersion: version.version };
    }
    const id = await findManagedImage(ctx, plan);
    return id ? { id } : undefined;
}
/** The lookup's 404 is the image group missing (ResourceGroupNotFound): no separate read of the group. */
async function findManagedImage(ctx, plan) {
    const rg = ctx.settings.imageResourceGroup;
    if (!rg)
        return undefined;
    const path = (0,arm_rest/* resourceGroupPath */.d1)(ctx.settings.subscriptionId, rg, 'Microsoft.Compute/images');
    let images;
    try {
        images = await ctx.rest.list(path, arm_rest/* API_VERSION */.mG.compute, ctx.signal);
    }
    catch (e) {
        if ((0,core_clients/* isNotFound */.c4)(e))
            throw missingGroupError(ctx.settings.subscriptionId, rg, e);
        throw (0,core_clients/* describeAzureError */.pv)(e, `Listing the images in resource group ${rg}`);
    }
    return images.find((image) => image.tags?.[template/* TAG */.Dk.fingerprint] === plan.fingerprint && image.id)?.id;
}

;// CONCATENATED MODULE: ./src/core/run/run.ts
/**
 * The order of the work, and the only module that knows it. Each phase takes the run context and returns what the
 * next needs; the ledger records what the run created or started, so the finish path (and a post step) knows what
 * it owes:
 *
 *   resolve plan -> skip? -> preflight -> (dry run: what-if) -> identity -> roles -> template -> start build
 *   -> wait -> image id -> boot test (test-subnet-id)
 *   finish (always): cancel what must not be left running, delete the boot-test VM, revoke, copy logs, manifest and
 *   SBOM, clean up
 */















async function runBuild(settings, options) {
    const started = Date.now();
    const ctx = createRunContext(settings, options);
    const timer = new PhaseTimer(ctx.logger);
    const finalize = (base, r) => ({
        ...base,
        ...r,
        durationSeconds: Math.round((Date.now() - started) / 100) / 10,
    });
    let plan;
    let before;
    try {
        // Resolve and the skip decision read over plain REST (ctx.rest), a gallery with the compute SDK; the rest load
        // after.
        if (settings.gallery)
            await (0,core_clients/* loadClientSdks */.$6)(['compute']);
        plan = await timer.run('Resolve', () => resolvePlan(ctx));
        before = await beforeWrites(ctx, plan, timer);
    }
    catch (e) {
        // A cancel before the first write: nothing was created, so there is nothing to finish.
        if (!ctx.signal?.aborted)
            throw e;
        const phase = timer.phases.at(-1)?.name ?? 'Resolve';
        const message = `Canceled before any change was made (last phase: ${phase}); nothing was created.`;
        ctx.logger.info(message);
        const base = plan ? baseResult(ctx, plan, timer) : unresolvedResult(ctx, timer);
        return finalize(base, { state: 'Canceled', message });
    }
    const preflight = before.gate ? { preflight: before.gate.checks } : {};
    const checked = (r) => finalize(baseResult(ctx, plan, timer), { ...preflight, ...r });
    if ('done' in before)
        return checked(before.done);
    const { gate, stagingExists } = before;
    if (gate.failure)
        return checked({ state: 'Failed', message: gate.failure });
    const ledger = new RunLedger(settings, options.onCheckpoint);
    let built = { state: 'Failed' };
    let failure;
    try {
        built = await buildPhases(ctx, plan, ledger, timer, stagingExists);
    }
    catch (e) {
        if (ctx.signal?.aborted)
            built = { ...built, state: 'Canceled' };
        else
            failure = e instanceof Error ? e : new Error(String(e));
    }
    const state = failure ? 'Failed' : built.state;
    const files = await finishRun(ctx, plan, ledger, state);
    const final = checked({
        ...built,
        ...files,
        state,
        identityId: ledger.identity?.id ?? plan.identityId,
        identityPrincipalId: ledger.identity?.principalId,
        stagingResourceGroup: ledger.template?.exactStagingResourceGroup,
        rolesGranted: ledger.granted,
        rolesRevoked: ledger.revoked,
        ...(failure ? { message: failure.message } : {}),
    });
    if (failure)
        throw Object.assign(failure, { result: final });
    return final;
}
/** Skip decision, preflight and the checks before the first write (reads only), and the dry run's plan. */
async function beforeWrites(ctx, plan, timer) {
    const skipped = await skipIfUnchanged(ctx, plan, timer);
    if (skipped)
        return { done: skipped };
    await afterSkipDecision(ctx);
    // After the skip decision, before the first write (and in a dry run): any failed check stops the run here.
    const gate = await timer.run('Preflight', () => runPreflightPhase(ctx, plan));
    await checkBeforeFirstWrite(ctx, plan.vnet);
    const { stagingExists } = await checksBeforeWrites(ctx, plan, timer);
    if (!ctx.settings.dryRun)
        return { gate, stagingExists };
    const described = await timer.run('Plan', () => dryRunPlan(ctx, plan, false));
    const retention = await applyRetention(ctx, { dryRun: true });
    ctx.logger.info('Dry run: no identity, role, template or build changes were made.');
    const done = {
        state: gate.failure ? 'Failed' : 'Skipped',
        rolesGranted: plannedAssignments(ctx, stagingExists),
        retention,
        message: gate.failure ?? 'Dry run: nothing was created.',
        ...described,
    };
    return { done, gate };
}
/**
 * After the skip decision: the SDKs the rest of the run needs (sdks.ts), and `location` against the subscription's
 * regions (here, so an unchanged re-run stays at two requests; before the preflight and any write).
 */
async function afterSkipDecision(ctx) {
    await (0,core_clients/* loadClientSdks */.$6)(sdksAfterSkip(ctx.settings));
    await checkLocation(ctx);
}
/** Skip: an image (or gallery version) with this fingerprint exists; reads only. */
async function skipIfUnchanged(ctx, plan, timer) {
    if (ctx.settings.forceRebuild)
        return undefined;
    const existing = await timer.run('Check for an unchanged image', () => findUnchangedImage(ctx, plan));
    if (!existing)
        return undefined;
    ctx.logger.info(`An image with fingerprint ${plan.fingerprint.slice(0, 12)} already exists: ${existing.id}. Nothing to build (use force-rebuild to build anyway).`);
    if (ctx.settings.dryRun)
        await (0,core_clients/* loadClientSdks */.$6)();
    const described = ctx.settings.dryRun ? await timer.run('Plan', () => dryRunPlan(ctx, plan, true)) : {};
    const { id, galleryImageVersion } = existing;
    return { state: 'Skipped', buildSkipped: true, imageId: id, galleryImageVersion, ...described };
}
/** Gallery compatibility and the staging group, checked before the first write (reads only). */
async function checksBeforeWrites(ctx, plan, timer) {
    if (!ctx.settings.gallery && !ctx.settings.stagingResourceGroup)
        return { stagingExists: false };
    return timer.run('Check before changes', () => checkBeforeWrites(ctx, {
        definition: plan.definition,
        base: plan.baseImage,
        location: plan.location,
        templateName: plan.templateName,
    }));
}
/** After a (partially) successful build: the managed image, the gallery version and its replication, retention. */
async function distributed(ctx, plan, outcome, timer) {
    const managedImageId = await readImageId(ctx, plan);
    let built = { ...outcome, managedImageId, imageId: managedImageId };
    if (ctx.settings.gallery) {
        const gallery = await galleryResult(ctx, { templateName: plan.templateName, ...outcome });
        built = { ...built, ...gallery, imageId: gallery.imageId ?? managedImageId };
    }
    const { keepVersions, keepImages } = ctx.settings;
    if (built.state !== 'Succeeded' || (!keepVersions && !keepImages))
        return built;
    const retention = await timer.run('Retention', () => applyRetention(ctx, {
        galleryVersionId: ctx.settings.gallery ? built.imageId : undefined,
        managedImageId,
        dryRun: false,
    }));
    return { ...built, retention };
}
async function buildPhases(ctx, plan, ledger, timer, stagingExists) {
    const identity = await timer.run('Identity', () => ensureBuildIdentity(ctx, plan));
    ledger.identity = identity;
    await timer.run('Roles', () => grantRoles(ctx, identity.principalId, stagingExists, (r) => ledger.recordGrant(r)));
    ledger.templateKnown(plan.templateId);
    const prepared = await timer.run('Template', () => prepareTemplate(ctx, plan, identity.id, () => (ledger.createdTemplate = true)));
    ledger.template = prepared.template;
    const outcome = await timer.run('Build', async () => {
        const started = await startBuild(ctx, plan, prepared, () => ledger.buildStarting());
        ledger.buildAttached(started.attached);
        ledger.logsKnown(started.logs);
        const waited = ctx.settings.wait ? await waitForBuild(ctx, plan, started.logs) : leftRunning(ctx, plan);
        return { ...waited, logAccess: started.logAccess };
    });
    if (outcome.state !== 'Running')
        ledger.buildEnded();
    const succeeded = outcome.state === 'Succeeded' || outcome.state === 'PartiallySucceeded';
    if (!succeeded)
        return outcome;
    const built = await distributed(ctx, plan, outcome, timer);
    if (!ctx.settings.bootTest || !built.imageId)
        return built;
    const imageId = built.imageId;
    const tested = await timer.run('Boot test', () => bootTestPhase(ctx, plan, ledger, imageId));
    return { ...built, ...tested };
}
/** The result of a run canceled before its plan was resolved: only what the settings name. */
function unresolvedResult(ctx, timer) {
    const { settings } = ctx;
    return {
        state: 'Canceled',
        imageName: settings.imageName ?? '',
        templateName: settings.templateName ?? '',
        templateId: '',
        buildSkipped: false,
        fingerprint: '',
        baseImageVersion: '',
        tools: [],
        egress: [],
        durationSeconds: 0,
        phases: timer.phases,
        rolesGranted: [],
        rolesRevoked: [],
        dryRun: settings.dryRun,
    };
}
function baseResult(ctx, plan, timer) {
    return {
        state: 'Running',
        imageName: plan.imageName,
        templateName: plan.templateName,
        templateId: plan.templateId,
        identityId: plan.identityId,
        buildSkipped: false,
        fingerprint: plan.fingerprint,
        baseImageVersion: plan.baseImageVersion,
        tools: plan.rendered.tools.map((t) => ({ name: t.name, version: t.version })),
        egress: plan.rendered.egress,
        durationSeconds: 0,
        phases: timer.phases,
        rolesGranted: [],
        rolesRevoked: [],
        template: plan.body,
        dryRun: ctx.settings.dryRun,
    };
}


/***/ }),

/***/ 7880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ mayRevoke)
/* harmony export */ });
/* unused harmony export otherBuildsUsing */
/* harmony import */ var _azure_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7135);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8543);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9153);
/**
 * Role assignments are shared by every build of one identity (their names are deterministic), so a run revokes only
 * when no other build of that identity still runs: the last one out revokes.
 */



/** Names of the other templates in the group whose build runs with this identity. */
async function otherBuildsUsing(clients, resourceGroup, identityId, ownTemplate, signal) {
    const names = [];
    for await (const t of clients.imageBuilder.virtualMachineImageTemplates.listByResourceGroup(resourceGroup, {
        abortSignal: signal,
    })) {
        if (!t.name || t.name.toLowerCase() === ownTemplate.toLowerCase() || !(0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .isRunning */ .W_)(t))
            continue;
        const identities = Object.keys(t.identity?.userAssignedIdentities ?? {});
        if (identities.some((id) => (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .sameId */ .s)(id, identityId)))
            names.push(t.name);
    }
    return names;
}
/** True when the roles may be revoked now; says why not otherwise. Unknown (a failed list) keeps them. */
async function mayRevoke(clients, scope, logger, signal) {
    try {
        const others = await otherBuildsUsing(clients, scope.resourceGroup, scope.identityId, scope.ownTemplate, signal);
        if (!others.length)
            return true;
        logger.info(`Roles are kept: the build on ${others.join(', ')} (another run) still runs with the same identity and needs them; the last run to finish revokes them.`);
        return false;
    }
    catch (e) {
        logger.warning(`Roles are kept: could not check for other builds of the identity (${(0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e).message}).`);
        return false;
    }
}


/***/ }),

/***/ 1516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ timelineRecorder)
/* harmony export */ });
/* unused harmony exports advanceTimeline, timelineLabel */
/**
 * The Image Builder timeline: which sub-state (Queued, Building, Customizing, Optimizing, Validating,
 * Distributing) the run was in, when, and for how long. Platform-free and pure: the build phase feeds every polled
 * `lastRunStatus` to `advanceTimeline` (or a `timelineRecorder`) and puts the result in `BuildResult.timeline`.
 */
const TERMINAL = new Set(['Succeeded', 'PartiallySucceeded', 'Failed', 'Canceled']);
/**
 * The timeline after observing `status` at `atMs`: extends the current entry, or closes it and opens a new one
 * when the state or sub-state changed. A terminal state closes the last entry and adds none. Never mutates
 * `timeline`.
 */
function advanceTimeline(timeline, status, atMs) {
    const entries = [...timeline];
    const last = entries.at(-1);
    if (last) {
        const durationMs = Math.max(last.durationMs, atMs - Date.parse(last.startedAt));
        entries[entries.length - 1] = { ...last, durationMs };
    }
    const state = status?.runState;
    if (!state || TERMINAL.has(state))
        return entries;
    const subState = status.runSubState || undefined;
    if (last && last.state === state && last.subState === subState)
        return entries;
    entries.push({
        state,
        ...(subState ? { subState } : {}),
        startedAt: new Date(atMs).toISOString(),
        durationMs: 0,
    });
    return entries;
}
/** A small stateful wrapper for a polling loop: `observe` each status, read `timeline()` at the end. */
function timelineRecorder(now = Date.now) {
    let entries = [];
    return {
        observe(status, atMs = now()) {
            entries = advanceTimeline(entries, status, atMs);
            return entries;
        },
        timeline() {
            return entries;
        },
    };
}
/** The label of an entry: the sub-state, else the state. */
const timelineLabel = (e) => e.subState ?? e.state;


/***/ })

};
