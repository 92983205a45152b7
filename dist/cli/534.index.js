export const id = 534;
export const ids = [534];
export const modules = {

/***/ 8534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPermissionsCommand: () => (/* binding */ runPermissionsCommand)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8168);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7911);
/** `aks-jumpbox-image permissions`: the least-privilege setup of the CI principal for these settings (no sign-in). */


function runPermissionsCommand(options) {
    const raw = {};
    for (const name of _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_NAMES */ .Qh)
        raw[name] = options.str(name);
    const settings = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSettings */ .P$)(raw, { nameOf: (n) => `--${n}` });
    const setup = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .leastPrivilegeSetup */ .Mm)(settings, options.str('assignee'));
    if (options.json) {
        const requirements = setup.requirements.map((r) => ({
            ...r,
            scope: r.scope.id,
            scopeKind: r.scope.kind,
        }));
        options.out.write(`${JSON.stringify({ ...setup, requirements }, null, 2)}\n`);
        return 0;
    }
    const lines = [
        '## What the run does (per feature and scope)',
        '',
        ...(0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .requirementsTable */ .b4)(setup.requirements),
        '',
        ...(0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setupMarkdown */ .ji)(setup),
    ];
    options.out.write(`${lines.join('\n')}\n`);
    return 0;
}


/***/ })

};
