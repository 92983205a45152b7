export const id = 545;
export const ids = [545];
export const modules = {

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


/***/ })

};
