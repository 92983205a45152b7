export const id = 381;
export const ids = [381];
export const modules = {

/***/ 9381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printPlan: () => (/* binding */ printPlan),
/* harmony export */   printResult: () => (/* binding */ printResult)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8168);
/** The CLI's human-readable plan and result. */

function printPlan(r, out) {
    const w = (s = '') => out.write(`${s}\n`);
    w();
    w(`Plan (no changes made)${r.state === 'Failed' ? ': PREFLIGHT FAILED' : ''}:`);
    w(`  template        ${r.templateName}`);
    w(`  image           ${r.imageName}${r.buildSkipped ? ` (exists: ${r.imageId})` : ''}`);
    w(`  fingerprint     ${r.fingerprint}`);
    w(`  base image      ${r.baseImageVersion}`);
    printDistribution(r, w);
    if (r.preflight) {
        const count = (s) => r.preflight.filter((c) => c.status === s).length;
        w(`  preflight       ${count('pass')} pass, ${count('warn')} warn, ${count('fail')} fail`);
        for (const c of r.preflight.filter((x) => x.status !== 'pass'))
            w(`    ${c.status.toUpperCase()}  ${c.title}: ${c.reason}`);
    }
    w('  what-if:');
    for (const line of (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWhatIf */ .P_)(r.whatIf ?? []))
        w(`    ${line}`);
    w('  egress the build needs (allow these on a firewall):');
    for (const e of r.egress)
        w(`    ${e.protocol}://${e.host}:${e.port}  ${e.purpose}`);
    w(`  template body   ${r.templateFile ?? '(not written)'} (also in --json)`);
}
function printResult(r, out) {
    const w = (s = '') => out.write(`${s}\n`);
    w();
    w(`Result: ${r.state}${r.message ? ` - ${r.message}` : ''}`);
    if (r.imageId)
        w(`  image           ${r.imageId}`);
    printDistribution(r, w);
    w(`  template        ${r.templateName}`);
    w(`  fingerprint     ${r.fingerprint}`);
    w(`  base image      ${r.baseImageVersion}`);
    if (r.logFile)
        w(`  log             ${r.logFile}`);
    if (r.manifestFile)
        w(`  manifest        ${r.manifestFile}`);
    w(`  duration        ${r.durationSeconds}s (${r.phases.map((p) => `${p.name} ${(p.durationMs / 1000).toFixed(1)}s`).join(', ')})`);
    if (r.rolesRevoked.length)
        w(`  roles revoked   ${r.rolesRevoked.map((x) => x.purpose).join(', ')}`);
    if (r.logTail?.length) {
        w('  last lines of the customization log:');
        for (const l of r.logTail.slice(-15))
            w(`    ${l}`);
    }
}
/** Gallery version, per-region replication and retention (deletions, or with a plan what a build would delete). */
function printDistribution(r, w) {
    if (r.galleryImageVersion)
        w(`  gallery version ${r.galleryImageVersion}`);
    for (const x of r.replication ?? [])
        w(`  replication     ${x.region}: ${x.state}${x.message ? ` (${x.message})` : ''}`);
    if (!r.retention)
        return;
    const verb = r.retention.dryRun ? 'would delete' : 'deleted';
    w(`  retention       ${verb} ${r.retention.deleted.length}, kept ${r.retention.kept.length}`);
    for (const id of r.retention.deleted)
        w(`    ${verb} ${id}`);
}


/***/ })

};
