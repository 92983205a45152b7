export const id = 909;
export const ids = [909];
export const modules = {

/***/ 8543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tr: () => (/* binding */ armError),
  hP: () => (/* binding */ createClients),
  pv: () => (/* binding */ describeAzureError),
  c4: () => (/* binding */ isNotFound),
  $6: () => (/* binding */ loadClientSdks),
  uz: () => (/* binding */ userAgentPrefixOf)
});

// UNUSED EXPORTS: CLIENT_KEYS, PRODUCT, isSignInError

;// CONCATENATED MODULE: ./src/core/version.ts
/** Written by scripts/bundle.js from package.json: do not edit. */
const PRODUCT_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/core/clients.ts

const PRODUCT = 'aks-jumpbox-image';
/**
 * The SDK modules behind the clients, loaded by `loadClientSdks` (dynamic `import()`: the bundles keep each in its
 * own chunk, so a run that fails input validation or an unchanged re-run loads only what it uses; see
 * docs/performance.md). Loaded modules are remembered like Node's own module cache.
 */
const SDK_LOADERS = {
    imageBuilder: async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(690), __webpack_require__.e(911)]).then(__webpack_require__.bind(__webpack_require__, 292))).ImageBuilderClient,
    authorization: async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(860), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 1043))).AuthorizationManagementClient,
    msi: async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(690), __webpack_require__.e(738), __webpack_require__.e(361)]).then(__webpack_require__.bind(__webpack_require__, 4361))).ManagedServiceIdentityClient,
    compute: async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(690), __webpack_require__.e(72)]).then(__webpack_require__.bind(__webpack_require__, 6072))).ComputeManagementClient,
    network: async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(690), __webpack_require__.e(699)]).then(__webpack_require__.bind(__webpack_require__, 9699))).NetworkManagementClient,
    resources: async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(690), __webpack_require__.e(985)]).then(__webpack_require__.bind(__webpack_require__, 7985))).ResourceManagementClient,
    storage: async () => (await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(690), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 7087))).StorageManagementClient,
};
// Internal maps keyed by client name; `sdk()` gives each entry back its type.
const sdks = new Map();
const loadedSdks = new Map();
const CLIENT_KEYS = Object.keys(SDK_LOADERS);
/** Loads the SDK modules of these clients (all by default), in parallel; each is loaded once per process. */
async function loadClientSdks(keys = CLIENT_KEYS) {
    await Promise.all(keys.map(async (key) => {
        if (!sdks.has(key))
            sdks.set(key, SDK_LOADERS[key]());
        loadedSdks.set(key, await sdks.get(key));
    }));
}
function sdk(key) {
    const loaded = loadedSdks.get(key);
    if (!loaded)
        throw new Error(`Internal error: the ${key} client was used before loadClientSdks loaded it.`);
    return loaded;
}
/** The user agent prefix of every ARM request: the host's (action, task, CLI), then this product and version. */
const userAgentPrefixOf = (options) => [options.userAgentPrefix, `${PRODUCT}/${PRODUCT_VERSION}`].filter(Boolean).join(' ');
/** The clients, created on first use; their SDK modules must have been loaded (`loadClientSdks`). */
function createClients(options) {
    const { credential, cloud, subscriptionId } = options;
    const userAgentPrefix = userAgentPrefixOf(options);
    const common = {
        endpoint: cloud.resourceManagerEndpoint,
        userAgentOptions: { userAgentPrefix },
        ...(options.retry ? { retryOptions: options.retry } : {}),
    };
    const modular = { ...common, credentials: { scopes: [cloud.armScope] } };
    const classic = { ...common, credentialScopes: [cloud.armScope] };
    // Created on first use: a skipped run or a status call needs only a few of them.
    const cache = {};
    const makers = {
        imageBuilder: () => new (sdk('imageBuilder'))(credential, subscriptionId, modular),
        authorization: () => new (sdk('authorization'))(credential, subscriptionId, classic),
        msi: () => new (sdk('msi'))(credential, subscriptionId, classic),
        compute: () => new (sdk('compute'))(credential, subscriptionId, modular),
        network: () => new (sdk('network'))(credential, subscriptionId, modular),
        resources: () => new (sdk('resources'))(credential, subscriptionId, modular),
        storage: () => new (sdk('storage'))(credential, subscriptionId, modular),
    };
    const clients = {};
    for (const key of Object.keys(makers)) {
        Object.defineProperty(clients, key, {
            enumerable: true,
            get: () => (cache[key] ??= makers[key]()),
        });
    }
    return clients;
}
/** An ARM error's code and status, whatever the SDK generation threw. */
function armError(e) {
    const err = e;
    const code = err?.code ?? err?.details?.error?.code;
    return {
        code: typeof code === 'string' ? code : undefined,
        statusCode: err?.statusCode,
        // Some SDK errors stringify a nested object into their message.
        message: (err?.message ?? String(e)).replace(/\[object Object\]:?\s*/g, '').trim() || 'no message',
    };
}
/** A token request that failed (Entra ID refused or could not be reached), as @azure/identity reports it. */
const isSignInError = (e) => [
    'AuthenticationError',
    'AuthenticationRequiredError',
    'CredentialUnavailableError',
    'AggregateAuthenticationError',
].includes(e?.name);
const isNotFound = (e) => armError(e).statusCode === 404;
/** Rethrows with the context a user needs, keeping the ARM code, status and cause. */
function describeAzureError(e, doing) {
    const { code, statusCode, message } = armError(e);
    if (isSignInError(e)) {
        const status = statusCode ? ` (HTTP ${statusCode})` : '';
        return new Error(`Signing in to Microsoft Entra ID failed${status} while ${lowerFirst(doing)}: ${message}`, {
            cause: e,
        });
    }
    const requestId = e?.response?.headers?.get?.('x-ms-correlation-request-id');
    const detail = [
        code,
        statusCode ? `HTTP ${statusCode}` : undefined,
        requestId ? `correlation id ${requestId}` : undefined,
    ]
        .filter(Boolean)
        .join(', ');
    return new Error(`${doing} failed${detail ? ` (${detail})` : ''}: ${message}`, { cause: e });
}
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);


/***/ }),

/***/ 9467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q4: () => (/* binding */ BuildLogs),
  kh: () => (/* reexport */ scanLogFile)
});

// UNUSED EXPORTS: TAIL_READ_BYTES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/azure-ids.ts
var azure_ids = __webpack_require__(7135);
;// CONCATENATED MODULE: ./src/core/log-copy.ts

/** The most one ranged read of the final copy fetches. */
const COPY_READ_BYTES = 4 * 1024 * 1024;
/**
 * Writes bytes `from`..`size` of the blob to `target` (appended when `from` > 0), 4 MiB at a time through one
 * buffer: a download stream's many small chunks are freed only by a later GC, which cost the copy of a 200 MB log
 * 60 MB of RSS (docs/performance.md).
 */
async function copyBlobRange(blob, target, from, size, signal) {
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(COPY_READ_BYTES, size - from)));
    const file = await (0,promises_.open)(target, from ? 'a' : 'w');
    try {
        for (let at = from; at < size;) {
            const n = Math.min(buffer.length, size - at);
            await blob.downloadToBuffer(buffer, at, n, { abortSignal: signal });
            await file.write(buffer, 0, n);
            at += n;
        }
    }
    finally {
        await file.close();
    }
}

// EXTERNAL MODULE: ./src/core/clients.ts + 1 modules
var clients = __webpack_require__(8543);
;// CONCATENATED MODULE: ./src/core/log-denied.ts
/** The error when neither an Entra token nor the account key can read the build log: names the role and where. */
function noDataAccess(stagingResourceGroupId, account, cause) {
    const scope = account
        ? `${stagingResourceGroupId}/providers/Microsoft.Storage/storageAccounts/${account.name}`
        : stagingResourceGroupId;
    const why = account?.sharedKey === false
        ? 'the staging storage account does not allow shared-key access'
        : 'the storage account key was refused';
    return new Error(`Reading the build log failed: ${why} and the identity running this tool has no data-plane role on it. Grant it Storage Blob Data Reader on ${scope} (or its resource group ${stagingResourceGroupId}), e.g. az role assignment create --role "Storage Blob Data Reader" --assignee <object id> --scope ${scope}.`, { cause });
}

// EXTERNAL MODULE: ./src/core/log-lines.ts
var log_lines = __webpack_require__(9615);
;// CONCATENATED MODULE: ./src/core/log-scan.ts
/** Scanning a copied log file for its tail, manifest and SBOM without holding it in memory. */

/**
 * Bytes read at a time, into one buffer reused to the end of the file. A line longer than this is taken in pieces
 * of this size (as the live tail passes long lines on in pieces).
 */
const READ_BYTES = 1024 * 1024;
/**
 * Reads a (possibly large) log file line by line (lines end at `\n`; a `\r` before it is dropped), keeping only its
 * last `tailLines` lines, the lines around the manifest markers and the lines between the SBOM markers, so the log
 * is never held in memory whole. Lines are matched as bytes and only the kept ones are decoded (invalid UTF-8
 * becomes U+FFFD): decoding every line of a 200 MB log into strings grew the heap by 60 MB (docs/performance.md).
 */
async function scanLogFile(path, options) {
    const marker = (s) => (s ? Buffer.from(s, 'utf8') : undefined);
    const begin = marker(options.begin);
    const end = marker(options.end);
    const sbomBegin = marker(options.sbomBegin);
    const sbomEnd = marker(options.sbomEnd);
    const manifest = [];
    const sbom = [];
    /** Where the last `tailLines` lines start (file offsets). */
    const starts = [];
    let inManifest = 0;
    let inSbom = false;
    const take = (line, offset) => {
        starts.push(offset);
        if (starts.length > options.tailLines)
            starts.shift();
        if (line.includes(begin))
            inManifest = 5;
        if (inManifest > 0) {
            manifest.push(log_scan_text(line));
            inManifest = line.includes(end) ? 0 : inManifest - 1;
        }
        if (sbomBegin && line.includes(sbomBegin)) {
            // A new document replaces an earlier, possibly interrupted, one.
            sbom.length = 0;
            inSbom = true;
        }
        if (inSbom && sbom.length < MAX_SBOM_LINES)
            sbom.push(log_scan_text(line));
        if (sbomEnd && line.includes(sbomEnd))
            inSbom = false;
    };
    const file = await (0,promises_.open)(path, 'r');
    try {
        const size = await eachLine(file, take);
        const tail = options.tailLines > 0 && starts.length ? await lastLines(file, starts[0], size) : [];
        return {
            tail: tail.slice(-options.tailLines),
            manifestText: manifest.join('\n'),
            sbomText: sbom.join('\n'),
        };
    }
    finally {
        await file.close();
    }
}
/** Calls `take` with each line's bytes (a view into the reused buffer) and its offset; returns the file's size. */
async function eachLine(file, take) {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    /** File offset of buffer[0], and the bytes of an unfinished line held at the buffer's start. */
    let pos = 0;
    let held = 0;
    for (;;) {
        const { bytesRead } = await file.read(buffer, held, buffer.length - held, pos + held);
        if (!bytesRead) {
            if (held)
                take(buffer.subarray(0, held), pos);
            return pos + held;
        }
        const view = buffer.subarray(0, held + bytesRead);
        let from = 0;
        for (let nl = view.indexOf(10); nl >= 0; nl = view.indexOf(10, from)) {
            take(view.subarray(from, nl), pos + from);
            from = nl + 1;
        }
        if (from === 0 && view.length === buffer.length) {
            take(view, pos);
            from = view.length;
        }
        buffer.copyWithin(0, from, view.length);
        held = view.length - from;
        pos += from;
    }
}
/** The lines from `start` to the end of the file (at most READ_BYTES of them: the last bytes). */
async function lastLines(file, start, size) {
    const from = Math.max(start, size - READ_BYTES);
    const buffer = Buffer.alloc(size - from);
    await file.read(buffer, 0, buffer.length, from);
    const lines = buffer.toString('utf8').split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
const log_scan_text = (line) => line.toString('utf8', 0, line.at(-1) === 13 ? line.length - 1 : line.length);
/** An SBOM has one line per package; an image with more packages than this is not plausible. */
const MAX_SBOM_LINES = 200_000;

;// CONCATENATED MODULE: ./src/core/logs.ts








const CONTAINER = 'packerlogs';
/** The most one ranged read of the live log fetches (a burst of output is read in several). */
const TAIL_READ_BYTES = 1024 * 1024;
/** A block of lines passed on at most this long (the job log's backpressure applies between blocks). */
const BLOCK_SLICE_BYTES = 32 * 1024;
class BuildLogs {
    options;
    location;
    offset = 0;
    lines = new log_lines/* LineBlocks */.n5();
    /** Bytes of customization.log already written to the local copy (equal to `offset` while the copy is whole). */
    mirrored = 0;
    mirrorBroken = false;
    readBuffer;
    /** The last tail stopped at TAIL_READ_BYTES: more bytes are waiting. */
    behind = false;
    useKey = false;
    accountInfo;
    constructor(options) {
        this.options = options;
    }
    /** Called once the build's log folder is found (the run saves it in its checkpoint). */
    onLocated;
    /** Where the log is, by names only (for the checkpoint: a post step finds it again with `folder`). */
    pointer() {
        const folder = this.location?.folder ?? this.options.folder;
        const before = this.options.ignoreFolders;
        return {
            stagingResourceGroupId: this.options.stagingResourceGroupId,
            ...(folder ? { folder } : before?.size ? { before: [...before] } : {}),
        };
    }
    async account(signal) {
        if (this.accountInfo)
            return this.accountInfo;
        const id = this.options.stagingResourceGroupId;
        const rg = (0,azure_ids/* resourceGroupOf */.Tp)(id) ?? id;
        for await (const a of this.options.clients.storage.storageAccounts.listByResourceGroup(rg, {
            abortSignal: signal,
        })) {
            if (a.name && a.primaryEndpoints?.blob) {
                this.accountInfo = {
                    name: a.name,
                    blobEndpoint: a.primaryEndpoints.blob,
                    resourceGroup: rg,
                    sharedKey: a.allowSharedKeyAccess !== false,
                };
                return this.accountInfo;
            }
        }
        return undefined;
    }
    async container(signal) {
        const info = await this.account(signal);
        if (!info)
            return undefined;
        // The storage SDK is loaded when a build has a log to read (lazy loading: docs/performance.md).
        const { BlobServiceClient, StorageSharedKeyCredential } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(690), __webpack_require__.e(738), __webpack_require__.e(644)]).then(__webpack_require__.bind(__webpack_require__, 2644));
        if (this.useKey) {
            const keys = await this.options.clients.storage.storageAccounts.listKeys(info.resourceGroup, info.name, { abortSignal: signal });
            const key = keys.keys?.[0]?.value;
            if (!key)
                return undefined;
            return new BlobServiceClient(info.blobEndpoint, new StorageSharedKeyCredential(info.name, key)).getContainerClient(CONTAINER);
        }
        return new BlobServiceClient(info.blobEndpoint, this.options.credential, {
            audience: this.options.cloud.storageScope,
        }).getContainerClient(CONTAINER);
    }
    /** Runs a read with the token first and the account key on 401/403. */
    async withFallback(read, signal) {
        for (;;) {
            const container = this.location?.container ?? (await this.container(signal));
            if (!container)
                return undefined;
            try {
                return await read(container);
            }
            catch (e) {
                const status = e.statusCode;
                const tokenProblem = e.name === 'AuthenticationError' || e.name === 'CredentialUnavailableError';
                const refused = status === 401 || status === 403 || tokenProblem;
                if (refused && (this.useKey || this.accountInfo?.sharedKey === false))
                    throw noDataAccess(this.options.stagingResourceGroupId, this.accountInfo, e);
                if (refused && !this.useKey) {
                    this.options.logger.debug(`Reading the build log with an Entra token was refused (${status ? `HTTP ${status}` : e.name}); using the storage account key.`);
                    this.useKey = true;
                    if (this.location)
                        this.location = { ...this.location, container: (await this.container(signal)) };
                    continue;
                }
                throw e;
            }
        }
    }
    /** Each read below takes the signal it must honour: the finish path copies the log after the run was cancelled. */
    async locate(signal) {
        if (this.location)
            return this.location;
        const known = this.options.folder;
        const found = await this.withFallback(async (container) => {
            if (known)
                return { container, folder: known };
            let best;
            for await (const b of container.listBlobsFlat({ abortSignal: signal })) {
                if (!b.name.endsWith('/customization.log'))
                    continue;
                const folder = b.name.slice(0, -'customization.log'.length);
                if (this.options.ignoreFolders?.has(folder))
                    continue;
                const time = (b.properties.createdOn ?? b.properties.lastModified).getTime();
                if (!best || time > best.time)
                    best = { folder, time };
            }
            return best ? { container, folder: best.folder } : undefined;
        }, signal);
        if (!found)
            return undefined;
        this.location = found;
        if (!known)
            this.onLocated?.();
        return found;
    }
    /** The log folders present now, so that a run started afterwards can tell its own folder apart. */
    async existingFolders(signal) {
        const folders = new Set();
        await this.withFallback(async (container) => {
            for await (const b of container.listBlobsFlat({ abortSignal: signal })) {
                if (b.name.endsWith('/customization.log'))
                    folders.add(b.name.slice(0, -'customization.log'.length));
            }
        }, signal);
        return folders;
    }
    /**
     * New complete lines since the last call, in blocks of raw bytes (log-lines.ts: lines joined by `\n`; one block per
     * BLOCK_SLICE_BYTES read): one ranged read of the new bytes only, at most TAIL_READ_BYTES (`behind` says more are
     * waiting), into one buffer reused by every read. A line is held until its newline, up to MAX_LINE_BYTES. Consume
     * it to the end before the next call.
     */
    async *tail(signal) {
        const location = await this.locate(signal).catch(() => undefined);
        if (!location)
            return;
        // Reused: a fresh buffer per read is freed only by a later GC, and the allocator keeps it (docs/performance.md).
        const buffer = (this.readBuffer ??= Buffer.allocUnsafe(TAIL_READ_BYTES));
        const count = await this.withFallback(async (container) => {
            const blob = container.getBlobClient(`${location.folder}customization.log`);
            const props = await blob.getProperties({ abortSignal: signal });
            const size = props.contentLength ?? 0;
            if (size <= this.offset)
                return 0;
            const n = Math.min(size - this.offset, TAIL_READ_BYTES);
            await blob.downloadToBuffer(buffer, this.offset, n, { abortSignal: signal });
            this.behind = this.offset + n < size;
            return n;
        }, signal);
        if (!count) {
            this.behind = false;
            return;
        }
        const part = buffer.subarray(0, count);
        this.offset += count;
        await this.mirror(part);
        for (let i = 0; i < count; i += BLOCK_SLICE_BYTES) {
            const block = this.lines.push(part.subarray(i, i + BLOCK_SLICE_BYTES));
            if (block)
                yield block;
        }
    }
    /** Appends what the tail read to the local copy; a failed write only costs the final copy a full download. */
    async mirror(part) {
        const dir = this.options.mirrorDir;
        if (!dir || this.mirrorBroken)
            return;
        try {
            if (this.mirrored === 0)
                await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.appendFile)((0,external_node_path_.join)(dir, 'customization.log'), part, { flag: this.mirrored === 0 ? 'w' : 'a' });
            this.mirrored += part.length;
        }
        catch {
            this.mirrorBroken = true;
        }
    }
    /** The line not yet returned by tail (a finished log's last line has no newline); zero-length when none. */
    flushPartial() {
        return this.lines.flush();
    }
    mirrorValid(workDir) {
        return (!!this.options.mirrorDir &&
            (0,external_node_path_.join)(this.options.mirrorDir) === (0,external_node_path_.join)(workDir) &&
            !this.mirrorBroken &&
            this.mirrored > 0 &&
            this.mirrored === this.offset);
    }
    /**
     * Streams customization.log (and validation.log when present) to workDir; returns the local paths. What the live
     * tail already copied (`mirrorDir`) is not downloaded again.
     */
    async copyTo(workDir, signal) {
        const location = await this.locate(signal);
        if (!location)
            return {};
        await (0,promises_.mkdir)(workDir, { recursive: true });
        const result = {};
        for (const [name, key] of [
            ['customization.log', 'logFile'],
            ['validation.log', 'validationLogFile'],
        ]) {
            const target = (0,external_node_path_.join)(workDir, name);
            // The tail's local copy of customization.log: download only the bytes after it.
            const resume = name === 'customization.log' && this.mirrorValid(workDir) ? this.mirrored : 0;
            const copied = await this.withFallback(async (container) => {
                const blob = container.getBlobClient(`${location.folder}${name}`);
                // One HEAD for both questions (exists() is the same request, with a 404 as false).
                const props = await blob.getProperties({ abortSignal: signal }).catch((e) => {
                    if ((0,clients/* isNotFound */.c4)(e))
                        return undefined;
                    throw e;
                });
                if (!props)
                    return false;
                const size = props.contentLength ?? 0;
                // A blob shorter than what was read is not the log the tail saw: copy it whole.
                const from = size >= resume ? resume : 0;
                if (from && size === from)
                    return true;
                if (!from)
                    await (0,promises_.rm)(target, { force: true });
                await copyBlobRange(blob, target, from, size, signal);
                return true;
            }, signal);
            if (copied)
                result[key] = target;
        }
        return result;
    }
}


/***/ }),

/***/ 4571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ cancelBuild)
/* harmony export */ });
/* unused harmony export CANCEL_WAIT_MS */
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8543);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4682);


/** How long to wait for Canceled after POST cancel (the runners kill the step 10 s after SIGINT). */
const CANCEL_WAIT_MS = 3000;
/**
 * Cancels the running build of a template. Runs under its own bounded signal: the caller's is usually the one
 * that was just aborted. Returns whether a cancel was requested (or one was already under way).
 */
async function cancelBuild(clients, resourceGroup, templateName, logger, 
/** The template as just read by the caller (saves reading it again); read here when absent. */
current) {
    const signal = AbortSignal.timeout(CANCEL_WAIT_MS + 5000);
    const ib = clients.imageBuilder.virtualMachineImageTemplates;
    try {
        // An ended build cannot be canceled. No status at all is a build Image Builder has just accepted (lastRunStatus
        // is briefly absent after POST run): cancel it.
        const template = current ?? (await ib.get(resourceGroup, templateName, { abortSignal: signal }));
        const runState = template.lastRunStatus?.runState;
        if (runState === 'Canceling')
            return true;
        if (runState && runState !== 'Running')
            return false;
    }
    catch {
        // Unknown: try to cancel anyway.
    }
    try {
        const poller = ib.cancel(resourceGroup, templateName, { abortSignal: signal, updateIntervalInMs: 500 });
        await poller.submitted(); // not awaited further: Canceled is read from lastRunStatus below
        logger.warning(`Cancel requested for the build on ${templateName}.`);
    }
    catch (e) {
        logger.warning(`Could not cancel the build on ${templateName}: ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e).message}`);
        return false;
    }
    await waitForCancel(clients, resourceGroup, templateName, logger, signal);
    return true;
}
async function waitForCancel(clients, resourceGroup, templateName, logger, signal) {
    const until = Date.now() + CANCEL_WAIT_MS;
    while (Date.now() < until) {
        try {
            const t = await clients.imageBuilder.virtualMachineImageTemplates.get(resourceGroup, templateName, {
                abortSignal: signal,
            });
            const runState = t.lastRunStatus?.runState;
            if (runState && runState !== 'Running' && runState !== 'Canceling') {
                logger.info(`The build is ${runState}.`);
                return;
            }
        }
        catch {
            // keep trying until the bound
        }
        await (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(250);
    }
    logger.warning(`The build on ${templateName} is still canceling; Image Builder finishes it in the background.`);
}


/***/ }),

/***/ 9153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   I7: () => (/* binding */ deleteTemplate),
/* harmony export */   N0: () => (/* binding */ ensureTemplate),
/* harmony export */   W_: () => (/* binding */ isRunning),
/* harmony export */   gu: () => (/* binding */ settled),
/* harmony export */   xt: () => (/* binding */ templateBody)
/* harmony export */ });
/* unused harmony export toSdkModel */
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8543);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4682);


const TAG = {
    fingerprint: 'jumpbox-fingerprint',
    templateHash: 'jumpbox-template-hash',
    baseImageVersion: 'jumpbox-base-image-version',
    definitionFingerprint: 'jumpbox-definition-fingerprint',
    managedBy: 'managed-by',
};
/** The REST body (top level: location, tags, identity, properties) in the 2025-10-01 shape. */
function templateBody(input) {
    const vnetConfig = { subnetId: input.subnetId };
    if (input.containerInstanceSubnetId)
        vnetConfig.containerInstanceSubnetId = input.containerInstanceSubnetId;
    if (input.proxyVmSize)
        vnetConfig.proxyVmSize = input.proxyVmSize;
    const properties = {
        source: input.source,
        customize: input.customize,
        ...(input.validate ? { validate: input.validate } : {}),
        ...(input.optimize ? { optimize: input.optimize } : {}),
        distribute: [
            ...(input.imageId
                ? [
                    {
                        type: 'ManagedImage',
                        imageId: input.imageId,
                        location: input.location,
                        runOutputName: input.runOutputName,
                        artifactTags: input.artifactTags,
                    },
                ]
                : []),
            ...(input.extraDistribute ?? []),
        ],
        ...(input.stagingResourceGroup ? { stagingResourceGroup: input.stagingResourceGroup } : {}),
        errorHandling: {
            onCustomizerError: input.errorHandling ?? 'cleanup',
            onValidationError: input.errorHandling ?? 'cleanup',
        },
        buildTimeoutInMinutes: input.buildTimeoutMinutes,
        vmProfile: { vmSize: input.vmSize, osDiskSizeGB: input.osDiskSizeGb, vnetConfig },
    };
    return {
        location: input.location,
        tags: input.tags,
        identity: { type: 'UserAssigned', userAssignedIdentities: { [input.identityId]: {} } },
        properties,
    };
}
/** The SDK's flattened model of a REST body. */
function toSdkModel(body) {
    const { properties, ...top } = body;
    return { ...top, ...properties };
}
async function ensureTemplate(clients, options) {
    const { resourceGroup, name, logger, signal } = options;
    const ib = clients.imageBuilder.virtualMachineImageTemplates;
    let existing;
    try {
        existing = await ib.get(resourceGroup, name, { abortSignal: signal });
    }
    catch (e) {
        if (!(0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e))
            throw (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAzureError */ .pv)(e, `Reading image template ${name}`);
    }
    if (existing) {
        const current = await settled(clients, existing, options);
        const reused = current && (await reuseOrDelete(clients, current, options));
        if (reused)
            return reused;
    }
    try {
        let created = false;
        const template = await ib.createOrUpdate(resourceGroup, name, toSdkModel(options.body), {
            abortSignal: signal,
            updateIntervalInMs: options.pollIntervalMs,
            // 201 to this PUT (not 200, not 409): this request created the template, no other run's did.
            onResponse: (r) => {
                if (created || r.request.method !== 'PUT' || String(r.status) !== '201')
                    return;
                created = true;
                options.onCreated?.();
            },
        });
        logger.info(`Created image template ${template.id}.`);
        return { template, created: true, running: false };
    }
    catch (e) {
        const { code, message } = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e);
        if (code === 'Conflict') {
            // Another run created it between our read and our PUT: wait for it, and reuse it when it is the same.
            logger.info(`Image template ${name} was created concurrently by another run; waiting for it.`);
            const other = await settled(clients, await ib.get(resourceGroup, name, { abortSignal: signal }), options);
            if (other?.tags?.[TAG.templateHash] === options.hash && other.provisioningState === 'Succeeded')
                return { template: other, created: false, running: isRunning(other) };
            throw (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAzureError */ .pv)(e, `Creating image template ${name} (another run created it with other content)`);
        }
        let detail = message;
        try {
            const failed = await ib.get(resourceGroup, name, { abortSignal: signal });
            if (failed.provisioningError?.message)
                detail = failed.provisioningError.message;
        }
        catch {
            // keep the LRO message
        }
        throw new Error(`Creating image template ${name} failed: ${detail}`, { cause: e });
    }
}
const isRunning = (t) => t.lastRunStatus?.runState === 'Running' || t.lastRunStatus?.runState === 'Canceling';
/** How long to wait for a template another run is creating or deleting. */
const SETTLE_MS = 15 * 60_000;
/**
 * Waits while the template is being created, updated or deleted (by another run), or its build is being cancelled:
 * replacing it then would destroy that run's template, and attaching to a cancelled build would end this run
 * Canceled. Returns it as it settled (undefined: it was deleted meanwhile).
 */
async function settled(clients, template, options) {
    // A build being cancelled is not one to attach to (it ends Canceled): wait for the cancel to end, then build.
    const canceling = (t) => t.lastRunStatus?.runState === 'Canceling';
    const busy = (t) => ['Creating', 'Updating', 'Deleting'].includes(t.provisioningState ?? '') || canceling(t);
    if (!busy(template))
        return template;
    const what = canceling(template) ? 'has a build Canceling' : `is ${template.provisioningState}`;
    options.logger.info(`Image template ${options.name} ${what} (another run); waiting for it to settle.`);
    const until = Date.now() + SETTLE_MS;
    let current = template;
    while (busy(current) && Date.now() < until) {
        await (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(Math.max(options.pollIntervalMs, 100), options.signal);
        try {
            current = await clients.imageBuilder.virtualMachineImageTemplates.get(options.resourceGroup, options.name, {
                abortSignal: options.signal,
            });
        }
        catch (e) {
            if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e))
                return undefined;
            throw (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAzureError */ .pv)(e, `Reading image template ${options.name}`);
        }
    }
    return current;
}
/** Reuses an equal, provisioned template; otherwise deletes it (templates are immutable) and returns undefined. */
async function reuseOrDelete(clients, existing, options) {
    const { resourceGroup, name, logger, signal } = options;
    const runState = existing.lastRunStatus?.runState;
    const running = isRunning(existing);
    const same = existing.tags?.[TAG.templateHash] === options.hash;
    if (same && existing.provisioningState === 'Succeeded') {
        logger.info(`Reusing image template ${name} (same content, hash ${options.hash.slice(0, 12)}).`);
        return { template: existing, created: false, running };
    }
    if (running) {
        throw new Error(`Image template ${name} differs from the requested content but a build is running on it (${runState}); it cannot be replaced until that build ends. Wait for it, cancel it (${options.cancelCommand}), or choose another template-name.`);
    }
    const why = existing.provisioningState === 'Failed'
        ? `its provisioning failed (${existing.provisioningError?.message ?? 'no message'})`
        : same
            ? `it is ${existing.provisioningState}`
            : `its content differs${options.nameFixedByUser ? ' (template-name is fixed)' : ''}`;
    logger.info(`Replacing image template ${name}: ${why}. Templates cannot be updated in place, so it is deleted and created again.`);
    await deleteTemplate(clients, {
        resourceGroup,
        name,
        logger,
        signal,
        pollIntervalMs: options.pollIntervalMs,
    });
    return undefined;
}
async function deleteTemplate(clients, options) {
    try {
        await clients.imageBuilder.virtualMachineImageTemplates.delete(options.resourceGroup, options.name, {
            abortSignal: options.signal,
            updateIntervalInMs: options.pollIntervalMs,
        });
        options.logger.info(`Deleted image template ${options.name}.`);
    }
    catch (e) {
        if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e) || ((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .armError */ .Tr)(e).statusCode === 409 && (await beingDeleted(clients, options))))
            return;
        throw (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAzureError */ .pv)(e, `Deleting image template ${options.name}`);
    }
}
/** After a 409 on DELETE: whether another run is deleting the template (or already has). */
async function beingDeleted(clients, options) {
    try {
        const now = await clients.imageBuilder.virtualMachineImageTemplates.get(options.resourceGroup, options.name, {
            abortSignal: options.signal,
        });
        if (now.provisioningState !== 'Deleting')
            return false;
    }
    catch (e) {
        if (!(0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e))
            return false;
    }
    options.logger.info(`Image template ${options.name} is being deleted by another run.`);
    return true;
}


/***/ })

};
