export const id = 259;
export const ids = [259];
export const modules = {

/***/ 27259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   finishAfterCancel: () => (/* binding */ finishAfterCancel),
/* harmony export */   postStepWork: () => (/* binding */ postStepWork)
/* harmony export */ });
/* harmony import */ var _azure_ids_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67135);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48543);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83782);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9153);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29467);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24571);
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
