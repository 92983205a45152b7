export const id = 925;
export const ids = [925];
export const modules = {

/***/ 925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDefinitionCommand: () => (/* binding */ runDefinitionCommand)
/* harmony export */ });
/* unused harmony export pinTable */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8168);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7911);
/** `aks-jumpbox-image definition pin|outdated`: keeping a definition's pins current. */




const SOURCE_NAMES = ['github', 'githubApi', 'kubernetes', 'hashicorp'];
function sourcesFrom(flags, env) {
    const out = {};
    for (const flag of flags) {
        const [name, ...rest] = flag.split('=');
        const url = rest.join('=');
        if (!SOURCE_NAMES.includes(name) || !/^https?:\/\/\S+$/.test(url))
            throw new _core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`--release-source "${flag}": expected NAME=URL with NAME one of ${SOURCE_NAMES.join(', ')}.`);
        out[name] = url;
    }
    if (env.GITHUB_TOKEN)
        out.githubToken = env.GITHUB_TOKEN;
    return out;
}
/** The Markdown table of a pin run (the refresh workflow puts it in the pull request). */
function pinTable(changes) {
    const rows = changes.map((c) => {
        const what = c.status === 'updated' ? `${c.from} → ${c.to}` : c.from;
        const note = c.reasons.length ? c.reasons.join('; ').replace(/\|/g, '\\|') : '';
        return `| ${c.tool} | ${what} | ${c.status} | ${note} |`;
    });
    return ['| tool | version | status | note |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}
function outdatedTable(rows) {
    const lines = rows.map((r) => `${r.name.padEnd(16)} ${r.pinned.padEnd(12)} ${(r.latest ?? '-').padEnd(12)} ${r.status}${r.note ? ` (${r.note})` : ''}`);
    return ([`${'tool'.padEnd(16)} ${'pinned'.padEnd(12)} ${'latest'.padEnd(12)} status`, ...lines].join('\n') + '\n');
}
async function runDefinitionCommand(c) {
    const [sub, file] = c.args;
    const sources = sourcesFrom(c.releaseSources, c.env);
    if (sub === 'outdated') {
        const definition = await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadDefinition */ .yQ)(file ? { path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file) } : {});
        const rows = await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .outdatedTools */ .wj)(definition, { sources, signal: c.signal });
        c.out.write(c.json ? `${JSON.stringify(rows, null, 2)}\n` : outdatedTable(rows));
        return rows.some((r) => r.status === 'outdated' || (r.status === 'unknown' && r.source)) ? 1 : 0;
    }
    if (sub !== 'pin' || !file)
        throw new _core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(`usage: aks-jumpbox-image ${_help_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFINITION_USAGE */ .Sg}`);
    const outcome = await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .pinDefinition */ .BQ)({
        path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file),
        signal: c.signal,
        write: true,
        update: c.update,
        sources,
    });
    const table = pinTable(outcome.changes);
    if (c.report)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(c.report), table);
    if (c.json)
        c.out.write(`${JSON.stringify(outcome.changes, null, 2)}\n`);
    else
        c.out.write(table);
    c.info(`Changed ${outcome.updated} version(s) and sha256 value(s) in ${file}.`);
    const refused = outcome.changes.filter((ch) => ch.status === 'kept');
    for (const ch of refused)
        c.warn(`${ch.tool} stays at ${ch.from}: ${ch.reasons.join('; ')}`);
    return refused.length ? 1 : 0;
}


/***/ })

};
