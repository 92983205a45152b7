export const id = 292;
export const ids = [292];
export const modules = {

/***/ 26255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t$: () => (/* reexport */ createRestError),
  KU: () => (/* reexport */ getClient),
  Iq: () => (/* reexport */ operationOptionsToRequestParameters)
});

// UNUSED EXPORTS: addCredentialPipelinePolicy, getBinaryStreamResponse

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/index.js + 21 modules
var esm = __webpack_require__(44449);
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function createRestError(messageOrResponse, response) {
    if (typeof messageOrResponse === "string") {
        return (0,esm/* createRestError */.t$)(messageOrResponse, response);
    }
    else {
        return (0,esm/* createRestError */.t$)(messageOrResponse);
    }
}
//# sourceMappingURL=restError.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var dist_esm = __webpack_require__(20690);
// EXTERNAL MODULE: ./node_modules/@azure/core-auth/dist/esm/index.js + 4 modules
var core_auth_dist_esm = __webpack_require__(98365);
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/apiVersionPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const apiVersionPolicyName = "ApiVersionPolicy";
/**
 * Creates a policy that sets the apiVersion as a query parameter on every request
 * @param options - Client options
 * @returns Pipeline policy that sets the apiVersion as a query parameter on every request
 */
function apiVersionPolicy(options) {
    return {
        name: apiVersionPolicyName,
        sendRequest: (req, next) => {
            // Use the apiVesion defined in request url directly
            // Append one if there is no apiVesion and we have one at client options
            const url = new URL(req.url);
            if (!url.searchParams.get("api-version") && options.apiVersion) {
                req.url = `${req.url}${url.searchParams.size > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=apiVersionPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/keyCredentialAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The programmatic identifier of the bearerTokenAuthenticationPolicy.
 */
const keyCredentialAuthenticationPolicyName = "keyCredentialAuthenticationPolicy";
function keyCredentialAuthenticationPolicy(credential, apiKeyHeaderName) {
    return {
        name: keyCredentialAuthenticationPolicyName,
        sendRequest(request, next) {
            request.headers.set(apiKeyHeaderName, credential.key);
            return next(request);
        },
    };
}
//# sourceMappingURL=keyCredentialAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/clientHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Adds a credential policy to the pipeline if a credential is provided. If none is provided, no policy is added.
 */
function addCredentialPipelinePolicy(pipeline, endpoint, options = {}) {
    const { credential, clientOptions } = options;
    if (!credential) {
        return;
    }
    if ((0,core_auth_dist_esm/* isTokenCredential */.Zp)(credential)) {
        const tokenPolicy = (0,dist_esm/* bearerTokenAuthenticationPolicy */.N$)({
            credential,
            scopes: clientOptions?.credentials?.scopes ?? `${endpoint}/.default`,
        });
        pipeline.addPolicy(tokenPolicy);
    }
    else if (isKeyCredential(credential)) {
        if (!clientOptions?.credentials?.apiKeyHeaderName) {
            throw new Error(`Missing API Key Header Name`);
        }
        const keyPolicy = keyCredentialAuthenticationPolicy(credential, clientOptions?.credentials?.apiKeyHeaderName);
        pipeline.addPolicy(keyPolicy);
    }
}
/**
 * Creates a default rest pipeline to re-use accross Rest Level Clients
 */
function createDefaultPipeline(endpoint, credential, options = {}) {
    const pipeline = (0,dist_esm/* createPipelineFromOptions */.Fp)(options);
    pipeline.addPolicy(apiVersionPolicy(options));
    addCredentialPipelinePolicy(pipeline, endpoint, { credential, clientOptions: options });
    return pipeline;
}
function isKeyCredential(credential) {
    return (typeof credential === "object" &&
        credential !== null &&
        "key" in credential &&
        typeof credential.key === "string");
}
//# sourceMappingURL=clientHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/operationOptionHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Helper function to convert OperationOptions to RequestParameters
 * @param options - the options that are used by Modular layer to send the request
 * @returns the result of the conversion in RequestParameters of RLC layer
 */
function operationOptionsToRequestParameters(options) {
    const tspRequestParameters = (0,esm/* operationOptionsToRequestParameters */.Iq)(options);
    return {
        ...tspRequestParameters,
        tracingOptions: options.tracingOptions,
    };
}
//# sourceMappingURL=operationOptionHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/getClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Function to wrap RequestParameters so that we get the legacy onResponse behavior in core-client-rest
 */
function wrapRequestParameters(parameters) {
    if (parameters.onResponse) {
        return {
            ...parameters,
            onResponse(rawResponse, error) {
                parameters.onResponse?.(rawResponse, error, error);
            },
        };
    }
    return parameters;
}
function getClient(endpoint, credentialsOrPipelineOptions, clientOptions = {}) {
    let credentials;
    if (credentialsOrPipelineOptions) {
        if (isCredential(credentialsOrPipelineOptions)) {
            credentials = credentialsOrPipelineOptions;
        }
        else {
            clientOptions = credentialsOrPipelineOptions ?? {};
        }
    }
    const pipeline = clientOptions.pipeline ?? createDefaultPipeline(endpoint, credentials, clientOptions);
    const tspClient = (0,esm/* getClient */.KU)(endpoint, {
        ...clientOptions,
        pipeline,
    });
    const client = (path, ...args) => {
        return {
            get: (requestOptions = {}) => {
                return tspClient.path(path, ...args).get(wrapRequestParameters(requestOptions));
            },
            post: (requestOptions = {}) => {
                return tspClient.path(path, ...args).post(wrapRequestParameters(requestOptions));
            },
            put: (requestOptions = {}) => {
                return tspClient.path(path, ...args).put(wrapRequestParameters(requestOptions));
            },
            patch: (requestOptions = {}) => {
                return tspClient.path(path, ...args).patch(wrapRequestParameters(requestOptions));
            },
            delete: (requestOptions = {}) => {
                return tspClient.path(path, ...args).delete(wrapRequestParameters(requestOptions));
            },
            head: (requestOptions = {}) => {
                return tspClient.path(path, ...args).head(wrapRequestParameters(requestOptions));
            },
            options: (requestOptions = {}) => {
                return tspClient.path(path, ...args).options(wrapRequestParameters(requestOptions));
            },
            trace: (requestOptions = {}) => {
                return tspClient.path(path, ...args).trace(wrapRequestParameters(requestOptions));
            },
        };
    };
    return {
        path: client,
        pathUnchecked: client,
        pipeline: tspClient.pipeline,
    };
}
function isCredential(param) {
    return (0,core_auth_dist_esm/* isKeyCredential */.NO)(param) || (0,core_auth_dist_esm/* isTokenCredential */.Zp)(param);
}
//# sourceMappingURL=getClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Azure Rest Core Client library for JavaScript
 * @packageDocumentation
 */





//# sourceMappingURL=index.js.map

/***/ }),

/***/ 37911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureClouds: () => (/* reexport */ AzureClouds),
  ImageBuilderClient: () => (/* reexport */ ImageBuilderClient),
  KnownCreatedByType: () => (/* reexport */ KnownCreatedByType),
  KnownOnBuildError: () => (/* reexport */ KnownOnBuildError),
  KnownProvisioningErrorCode: () => (/* reexport */ KnownProvisioningErrorCode),
  KnownReplicationMode: () => (/* reexport */ KnownReplicationMode),
  KnownSharedImageStorageAccountType: () => (/* reexport */ KnownSharedImageStorageAccountType),
  KnownVersions: () => (/* reexport */ KnownVersions),
  RestError: () => (/* reexport */ core_rest_pipeline_dist_esm/* RestError */.pj),
  isRestError: () => (/* reexport */ core_rest_pipeline_dist_esm/* isRestError */.T0),
  restorePoller: () => (/* reexport */ restorePoller)
});

;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/static-helpers/cloudSettingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * An enum to describe Azure Cloud environments.
 * @enum {string}
 */
var AzureClouds;
(function (AzureClouds) {
    /** Azure public cloud, which is the default cloud for Azure SDKs. */
    AzureClouds["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
    /** Azure China cloud */
    AzureClouds["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
    /** Azure US government cloud */
    AzureClouds["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
/**
 * Gets the Azure Resource Manager endpoint URL for the specified cloud setting.
 * @param cloudSetting - The Azure cloud environment setting. Use one of the AzureClouds enum values.
 * @returns The ARM endpoint URL for the specified cloud, or undefined if cloudSetting is undefined.
 * @throws {Error} Throws an error if an unknown cloud setting is provided.
 */
function getArmEndpoint(cloudSetting) {
    if (cloudSetting === undefined) {
        return undefined;
    }
    const cloudEndpoints = {
        AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
        AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
        AZURE_PUBLIC_CLOUD: "https://management.azure.com/",
    };
    if (cloudSetting in cloudEndpoints) {
        return cloudEndpoints[cloudSetting];
    }
    else {
        throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
    }
}
//# sourceMappingURL=cloudSettingHelpers.js.map
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var esm = __webpack_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const logger = (0,esm/* createClientLogger */.KV)("arm-imagebuilder");
//# sourceMappingURL=logger.js.map
// EXTERNAL MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js + 6 modules
var dist_esm = __webpack_require__(26255);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/api/imageBuilderContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Virtual Machine Image Template */
function createImageBuilder(credential, subscriptionId, options = {}) {
    const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentInfo = `azsdk-js-arm-imagebuilder/5.0.0`;
    const userAgentPrefix = prefixFromOptions
        ? `${prefixFromOptions} azsdk-js-api ${userAgentInfo}`
        : `azsdk-js-api ${userAgentInfo}`;
    const { apiVersion: _, ...updatedOptions } = {
        ...options,
        userAgentOptions: { userAgentPrefix },
        loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
        credentials: {
            scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"],
        },
    };
    const clientContext = (0,dist_esm/* getClient */.KU)(endpointUrl, credential, updatedOptions);
    const apiVersion = options.apiVersion;
    return { ...clientContext, apiVersion, subscriptionId };
}
//# sourceMappingURL=imageBuilderContext.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/api/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/static-helpers/serialization/check-prop-undefined.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Returns true if all specified properties of the item are undefined.
 * @param item The object to check.
 * @param properties The list of property names to check on the item.
 * @returns True if all specified properties are undefined, otherwise false.
 */
function areAllPropsUndefined(item, properties) {
    for (const property of properties) {
        if (item[property] !== undefined) {
            return false;
        }
    }
    return true;
}
//# sourceMappingURL=check-prop-undefined.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _operationListResultDeserializer(item) {
    return {
        value: operationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function operationArrayDeserializer(result) {
    return result.map((item) => {
        return operationDeserializer(item);
    });
}
function operationDeserializer(item) {
    return {
        name: item["name"],
        display: !item["display"] ? item["display"] : operationDisplayDeserializer(item["display"]),
        origin: item["origin"],
        properties: item["properties"],
        isDataAction: item["isDataAction"],
    };
}
function operationDisplayDeserializer(item) {
    return {
        provider: item["provider"],
        operation: item["operation"],
        resource: item["resource"],
        description: item["description"],
    };
}
function errorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"]),
    };
}
function errorDetailDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorAdditionalInfoArrayDeserializer(item["additionalInfo"]),
    };
}
function errorDetailArrayDeserializer(result) {
    return result.map((item) => {
        return errorDetailDeserializer(item);
    });
}
function errorAdditionalInfoArrayDeserializer(result) {
    return result.map((item) => {
        return errorAdditionalInfoDeserializer(item);
    });
}
function errorAdditionalInfoDeserializer(item) {
    return {
        type: item["type"],
        info: item["info"],
    };
}
function triggerSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : triggerPropertiesUnionSerializer(item["properties"]),
    };
}
function triggerDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : triggerPropertiesUnionDeserializer(item["properties"]),
    };
}
function triggerPropertiesSerializer(item) {
    return { kind: item["kind"] };
}
function triggerPropertiesDeserializer(item) {
    return {
        kind: item["kind"],
        status: !item["status"] ? item["status"] : triggerStatusDeserializer(item["status"]),
        provisioningState: item["provisioningState"],
    };
}
function triggerPropertiesUnionSerializer(item) {
    switch (item.kind) {
        case "SourceImage":
            return sourceImageTriggerPropertiesSerializer(item);
        default:
            return triggerPropertiesSerializer(item);
    }
}
function triggerPropertiesUnionDeserializer(item) {
    switch (item["kind"]) {
        case "SourceImage":
            return sourceImageTriggerPropertiesDeserializer(item);
        default:
            return triggerPropertiesDeserializer(item);
    }
}
function triggerStatusDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        time: !item["time"] ? item["time"] : new Date(item["time"]),
    };
}
function sourceImageTriggerPropertiesSerializer(item) {
    return { kind: item["kind"] };
}
function sourceImageTriggerPropertiesDeserializer(item) {
    return {
        kind: item["kind"],
        status: !item["status"] ? item["status"] : triggerStatusDeserializer(item["status"]),
        provisioningState: item["provisioningState"],
    };
}
function proxyResourceSerializer(_item) {
    return {};
}
function proxyResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function resourceSerializer(_item) {
    return {};
}
function resourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function systemDataDeserializer(item) {
    return {
        createdBy: item["createdBy"],
        createdByType: item["createdByType"],
        createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
        lastModifiedBy: item["lastModifiedBy"],
        lastModifiedByType: item["lastModifiedByType"],
        lastModifiedAt: !item["lastModifiedAt"]
            ? item["lastModifiedAt"]
            : new Date(item["lastModifiedAt"]),
    };
}
/** The kind of entity that created the resource. */
var KnownCreatedByType;
(function (KnownCreatedByType) {
    /** The entity was created by a user. */
    KnownCreatedByType["User"] = "User";
    /** The entity was created by an application. */
    KnownCreatedByType["Application"] = "Application";
    /** The entity was created by a managed identity. */
    KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
    /** The entity was created by a key. */
    KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
function _triggerCollectionDeserializer(item) {
    return {
        value: triggerArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function triggerArraySerializer(result) {
    return result.map((item) => {
        return triggerSerializer(item);
    });
}
function triggerArrayDeserializer(result) {
    return result.map((item) => {
        return triggerDeserializer(item);
    });
}
function imageTemplateSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "source",
            "customize",
            "optimize",
            "validate",
            "distribute",
            "errorHandling",
            "buildTimeoutInMinutes",
            "vmProfile",
            "additionalDataDisks",
            "stagingResourceGroup",
            "autoRun",
            "managedResourceTags",
        ])
            ? undefined
            : _imageTemplatePropertiesSerializer(item),
        identity: imageTemplateIdentitySerializer(item["identity"]),
    };
}
function imageTemplateDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _imageTemplatePropertiesDeserializer(item["properties"])),
        identity: imageTemplateIdentityDeserializer(item["identity"]),
    };
}
function imageTemplatePropertiesSerializer(item) {
    return {
        source: imageTemplateSourceUnionSerializer(item["source"]),
        customize: !item["customize"]
            ? item["customize"]
            : imageTemplateCustomizerUnionArraySerializer(item["customize"]),
        optimize: !item["optimize"]
            ? item["optimize"]
            : imageTemplatePropertiesOptimizeSerializer(item["optimize"]),
        validate: !item["validate"]
            ? item["validate"]
            : imageTemplatePropertiesValidateSerializer(item["validate"]),
        distribute: imageTemplateDistributorUnionArraySerializer(item["distribute"]),
        errorHandling: !item["errorHandling"]
            ? item["errorHandling"]
            : imageTemplatePropertiesErrorHandlingSerializer(item["errorHandling"]),
        buildTimeoutInMinutes: item["buildTimeoutInMinutes"],
        vmProfile: !item["vmProfile"]
            ? item["vmProfile"]
            : imageTemplateVmProfileSerializer(item["vmProfile"]),
        additionalDataDisks: !item["additionalDataDisks"]
            ? item["additionalDataDisks"]
            : dataDiskArraySerializer(item["additionalDataDisks"]),
        stagingResourceGroup: item["stagingResourceGroup"],
        autoRun: !item["autoRun"] ? item["autoRun"] : imageTemplateAutoRunSerializer(item["autoRun"]),
        managedResourceTags: item["managedResourceTags"],
    };
}
function imageTemplatePropertiesDeserializer(item) {
    return {
        source: imageTemplateSourceUnionDeserializer(item["source"]),
        customize: !item["customize"]
            ? item["customize"]
            : imageTemplateCustomizerUnionArrayDeserializer(item["customize"]),
        optimize: !item["optimize"]
            ? item["optimize"]
            : imageTemplatePropertiesOptimizeDeserializer(item["optimize"]),
        validate: !item["validate"]
            ? item["validate"]
            : imageTemplatePropertiesValidateDeserializer(item["validate"]),
        distribute: imageTemplateDistributorUnionArrayDeserializer(item["distribute"]),
        errorHandling: !item["errorHandling"]
            ? item["errorHandling"]
            : imageTemplatePropertiesErrorHandlingDeserializer(item["errorHandling"]),
        provisioningState: item["provisioningState"],
        provisioningError: !item["provisioningError"]
            ? item["provisioningError"]
            : provisioningErrorDeserializer(item["provisioningError"]),
        lastRunStatus: !item["lastRunStatus"]
            ? item["lastRunStatus"]
            : imageTemplateLastRunStatusDeserializer(item["lastRunStatus"]),
        buildTimeoutInMinutes: item["buildTimeoutInMinutes"],
        vmProfile: !item["vmProfile"]
            ? item["vmProfile"]
            : imageTemplateVmProfileDeserializer(item["vmProfile"]),
        additionalDataDisks: !item["additionalDataDisks"]
            ? item["additionalDataDisks"]
            : dataDiskArrayDeserializer(item["additionalDataDisks"]),
        stagingResourceGroup: item["stagingResourceGroup"],
        exactStagingResourceGroup: item["exactStagingResourceGroup"],
        autoRun: !item["autoRun"] ? item["autoRun"] : imageTemplateAutoRunDeserializer(item["autoRun"]),
        managedResourceTags: !item["managedResourceTags"]
            ? item["managedResourceTags"]
            : Object.fromEntries(Object.entries(item["managedResourceTags"]).map(([k, p]) => [k, p])),
    };
}
function imageTemplateSourceSerializer(item) {
    return { type: item["type"] };
}
function imageTemplateSourceDeserializer(item) {
    return {
        type: item["type"],
    };
}
function imageTemplateSourceUnionSerializer(item) {
    switch (item.type) {
        case "PlatformImage":
            return imageTemplatePlatformImageSourceSerializer(item);
        case "ManagedImage":
            return imageTemplateManagedImageSourceSerializer(item);
        case "SharedImageVersion":
            return imageTemplateSharedImageVersionSourceSerializer(item);
        default:
            return imageTemplateSourceSerializer(item);
    }
}
function imageTemplateSourceUnionDeserializer(item) {
    switch (item["type"]) {
        case "PlatformImage":
            return imageTemplatePlatformImageSourceDeserializer(item);
        case "ManagedImage":
            return imageTemplateManagedImageSourceDeserializer(item);
        case "SharedImageVersion":
            return imageTemplateSharedImageVersionSourceDeserializer(item);
        default:
            return imageTemplateSourceDeserializer(item);
    }
}
function imageTemplatePlatformImageSourceSerializer(item) {
    return {
        type: item["type"],
        publisher: item["publisher"],
        offer: item["offer"],
        sku: item["sku"],
        version: item["version"],
        planInfo: !item["planInfo"]
            ? item["planInfo"]
            : platformImagePurchasePlanSerializer(item["planInfo"]),
    };
}
function imageTemplatePlatformImageSourceDeserializer(item) {
    return {
        type: item["type"],
        publisher: item["publisher"],
        offer: item["offer"],
        sku: item["sku"],
        version: item["version"],
        exactVersion: item["exactVersion"],
        planInfo: !item["planInfo"]
            ? item["planInfo"]
            : platformImagePurchasePlanDeserializer(item["planInfo"]),
    };
}
function platformImagePurchasePlanSerializer(item) {
    return {
        planName: item["planName"],
        planProduct: item["planProduct"],
        planPublisher: item["planPublisher"],
    };
}
function platformImagePurchasePlanDeserializer(item) {
    return {
        planName: item["planName"],
        planProduct: item["planProduct"],
        planPublisher: item["planPublisher"],
    };
}
function imageTemplateManagedImageSourceSerializer(item) {
    return { type: item["type"], imageId: item["imageId"] };
}
function imageTemplateManagedImageSourceDeserializer(item) {
    return {
        type: item["type"],
        imageId: item["imageId"],
    };
}
function imageTemplateSharedImageVersionSourceSerializer(item) {
    return { type: item["type"], imageVersionId: item["imageVersionId"] };
}
function imageTemplateSharedImageVersionSourceDeserializer(item) {
    return {
        type: item["type"],
        imageVersionId: item["imageVersionId"],
        exactVersion: item["exactVersion"],
    };
}
function imageTemplateCustomizerUnionArraySerializer(result) {
    return result.map((item) => {
        return imageTemplateCustomizerUnionSerializer(item);
    });
}
function imageTemplateCustomizerUnionArrayDeserializer(result) {
    return result.map((item) => {
        return imageTemplateCustomizerUnionDeserializer(item);
    });
}
function imageTemplateCustomizerSerializer(item) {
    return { type: item["type"], name: item["name"] };
}
function imageTemplateCustomizerDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
    };
}
function imageTemplateCustomizerUnionSerializer(item) {
    switch (item.type) {
        case "Shell":
            return imageTemplateShellCustomizerSerializer(item);
        case "WindowsRestart":
            return imageTemplateRestartCustomizerSerializer(item);
        case "WindowsUpdate":
            return imageTemplateWindowsUpdateCustomizerSerializer(item);
        case "PowerShell":
            return imageTemplatePowerShellCustomizerSerializer(item);
        case "File":
            return imageTemplateFileCustomizerSerializer(item);
        default:
            return imageTemplateCustomizerSerializer(item);
    }
}
function imageTemplateCustomizerUnionDeserializer(item) {
    switch (item["type"]) {
        case "Shell":
            return imageTemplateShellCustomizerDeserializer(item);
        case "WindowsRestart":
            return imageTemplateRestartCustomizerDeserializer(item);
        case "WindowsUpdate":
            return imageTemplateWindowsUpdateCustomizerDeserializer(item);
        case "PowerShell":
            return imageTemplatePowerShellCustomizerDeserializer(item);
        case "File":
            return imageTemplateFileCustomizerDeserializer(item);
        default:
            return imageTemplateCustomizerDeserializer(item);
    }
}
function imageTemplateShellCustomizerSerializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
        inline: !item["inline"]
            ? item["inline"]
            : item["inline"].map((p) => {
                return p;
            }),
    };
}
function imageTemplateShellCustomizerDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
        inline: !item["inline"]
            ? item["inline"]
            : item["inline"].map((p) => {
                return p;
            }),
    };
}
function imageTemplateRestartCustomizerSerializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        restartCommand: item["restartCommand"],
        restartCheckCommand: item["restartCheckCommand"],
        restartTimeout: item["restartTimeout"],
    };
}
function imageTemplateRestartCustomizerDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        restartCommand: item["restartCommand"],
        restartCheckCommand: item["restartCheckCommand"],
        restartTimeout: item["restartTimeout"],
    };
}
function imageTemplateWindowsUpdateCustomizerSerializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        searchCriteria: item["searchCriteria"],
        filters: !item["filters"]
            ? item["filters"]
            : item["filters"].map((p) => {
                return p;
            }),
        updateLimit: item["updateLimit"],
    };
}
function imageTemplateWindowsUpdateCustomizerDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        searchCriteria: item["searchCriteria"],
        filters: !item["filters"]
            ? item["filters"]
            : item["filters"].map((p) => {
                return p;
            }),
        updateLimit: item["updateLimit"],
    };
}
function imageTemplatePowerShellCustomizerSerializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
        inline: !item["inline"]
            ? item["inline"]
            : item["inline"].map((p) => {
                return p;
            }),
        runElevated: item["runElevated"],
        runAsSystem: item["runAsSystem"],
        validExitCodes: !item["validExitCodes"]
            ? item["validExitCodes"]
            : item["validExitCodes"].map((p) => {
                return p;
            }),
    };
}
function imageTemplatePowerShellCustomizerDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
        inline: !item["inline"]
            ? item["inline"]
            : item["inline"].map((p) => {
                return p;
            }),
        runElevated: item["runElevated"],
        runAsSystem: item["runAsSystem"],
        validExitCodes: !item["validExitCodes"]
            ? item["validExitCodes"]
            : item["validExitCodes"].map((p) => {
                return p;
            }),
    };
}
function imageTemplateFileCustomizerSerializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        sourceUri: item["sourceUri"],
        sha256Checksum: item["sha256Checksum"],
        destination: item["destination"],
    };
}
function imageTemplateFileCustomizerDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        sourceUri: item["sourceUri"],
        sha256Checksum: item["sha256Checksum"],
        destination: item["destination"],
    };
}
function imageTemplatePropertiesOptimizeSerializer(item) {
    return {
        vmBoot: !item["vmBoot"]
            ? item["vmBoot"]
            : imageTemplatePropertiesOptimizeVmBootSerializer(item["vmBoot"]),
        workload: !item["workload"]
            ? item["workload"]
            : imageTemplatePropertiesOptimizeWorkloadSerializer(item["workload"]),
    };
}
function imageTemplatePropertiesOptimizeDeserializer(item) {
    return {
        vmBoot: !item["vmBoot"]
            ? item["vmBoot"]
            : imageTemplatePropertiesOptimizeVmBootDeserializer(item["vmBoot"]),
        workload: !item["workload"]
            ? item["workload"]
            : imageTemplatePropertiesOptimizeWorkloadDeserializer(item["workload"]),
    };
}
function imageTemplatePropertiesOptimizeVmBootSerializer(item) {
    return { state: item["state"] };
}
function imageTemplatePropertiesOptimizeVmBootDeserializer(item) {
    return {
        state: item["state"],
    };
}
function imageTemplatePropertiesOptimizeWorkloadSerializer(item) {
    return {
        state: item["state"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
    };
}
function imageTemplatePropertiesOptimizeWorkloadDeserializer(item) {
    return {
        state: item["state"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
    };
}
function imageTemplatePropertiesValidateSerializer(item) {
    return {
        continueDistributeOnFailure: item["continueDistributeOnFailure"],
        sourceValidationOnly: item["sourceValidationOnly"],
        inVMValidations: !item["inVMValidations"]
            ? item["inVMValidations"]
            : imageTemplateInVMValidatorUnionArraySerializer(item["inVMValidations"]),
    };
}
function imageTemplatePropertiesValidateDeserializer(item) {
    return {
        continueDistributeOnFailure: item["continueDistributeOnFailure"],
        sourceValidationOnly: item["sourceValidationOnly"],
        inVMValidations: !item["inVMValidations"]
            ? item["inVMValidations"]
            : imageTemplateInVMValidatorUnionArrayDeserializer(item["inVMValidations"]),
    };
}
function imageTemplateInVMValidatorUnionArraySerializer(result) {
    return result.map((item) => {
        return imageTemplateInVMValidatorUnionSerializer(item);
    });
}
function imageTemplateInVMValidatorUnionArrayDeserializer(result) {
    return result.map((item) => {
        return imageTemplateInVMValidatorUnionDeserializer(item);
    });
}
function imageTemplateInVMValidatorSerializer(item) {
    return { type: item["type"], name: item["name"] };
}
function imageTemplateInVMValidatorDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
    };
}
function imageTemplateInVMValidatorUnionSerializer(item) {
    switch (item.type) {
        case "Shell":
            return imageTemplateShellValidatorSerializer(item);
        case "PowerShell":
            return imageTemplatePowerShellValidatorSerializer(item);
        case "File":
            return imageTemplateFileValidatorSerializer(item);
        default:
            return imageTemplateInVMValidatorSerializer(item);
    }
}
function imageTemplateInVMValidatorUnionDeserializer(item) {
    switch (item["type"]) {
        case "Shell":
            return imageTemplateShellValidatorDeserializer(item);
        case "PowerShell":
            return imageTemplatePowerShellValidatorDeserializer(item);
        case "File":
            return imageTemplateFileValidatorDeserializer(item);
        default:
            return imageTemplateInVMValidatorDeserializer(item);
    }
}
function imageTemplateShellValidatorSerializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
        inline: !item["inline"]
            ? item["inline"]
            : item["inline"].map((p) => {
                return p;
            }),
    };
}
function imageTemplateShellValidatorDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
        inline: !item["inline"]
            ? item["inline"]
            : item["inline"].map((p) => {
                return p;
            }),
    };
}
function imageTemplatePowerShellValidatorSerializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
        inline: !item["inline"]
            ? item["inline"]
            : item["inline"].map((p) => {
                return p;
            }),
        runElevated: item["runElevated"],
        runAsSystem: item["runAsSystem"],
        validExitCodes: !item["validExitCodes"]
            ? item["validExitCodes"]
            : item["validExitCodes"].map((p) => {
                return p;
            }),
    };
}
function imageTemplatePowerShellValidatorDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        scriptUri: item["scriptUri"],
        sha256Checksum: item["sha256Checksum"],
        inline: !item["inline"]
            ? item["inline"]
            : item["inline"].map((p) => {
                return p;
            }),
        runElevated: item["runElevated"],
        runAsSystem: item["runAsSystem"],
        validExitCodes: !item["validExitCodes"]
            ? item["validExitCodes"]
            : item["validExitCodes"].map((p) => {
                return p;
            }),
    };
}
function imageTemplateFileValidatorSerializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        sourceUri: item["sourceUri"],
        sha256Checksum: item["sha256Checksum"],
        destination: item["destination"],
    };
}
function imageTemplateFileValidatorDeserializer(item) {
    return {
        type: item["type"],
        name: item["name"],
        sourceUri: item["sourceUri"],
        sha256Checksum: item["sha256Checksum"],
        destination: item["destination"],
    };
}
function imageTemplateDistributorUnionArraySerializer(result) {
    return result.map((item) => {
        return imageTemplateDistributorUnionSerializer(item);
    });
}
function imageTemplateDistributorUnionArrayDeserializer(result) {
    return result.map((item) => {
        return imageTemplateDistributorUnionDeserializer(item);
    });
}
function imageTemplateDistributorSerializer(item) {
    return {
        type: item["type"],
        runOutputName: item["runOutputName"],
        artifactTags: item["artifactTags"],
    };
}
function imageTemplateDistributorDeserializer(item) {
    return {
        type: item["type"],
        runOutputName: item["runOutputName"],
        artifactTags: !item["artifactTags"]
            ? item["artifactTags"]
            : Object.fromEntries(Object.entries(item["artifactTags"]).map(([k, p]) => [k, p])),
    };
}
function imageTemplateDistributorUnionSerializer(item) {
    switch (item.type) {
        case "ManagedImage":
            return imageTemplateManagedImageDistributorSerializer(item);
        case "SharedImage":
            return imageTemplateSharedImageDistributorSerializer(item);
        case "VHD":
            return imageTemplateVhdDistributorSerializer(item);
        default:
            return imageTemplateDistributorSerializer(item);
    }
}
function imageTemplateDistributorUnionDeserializer(item) {
    switch (item["type"]) {
        case "ManagedImage":
            return imageTemplateManagedImageDistributorDeserializer(item);
        case "SharedImage":
            return imageTemplateSharedImageDistributorDeserializer(item);
        case "VHD":
            return imageTemplateVhdDistributorDeserializer(item);
        default:
            return imageTemplateDistributorDeserializer(item);
    }
}
function imageTemplateManagedImageDistributorSerializer(item) {
    return {
        type: item["type"],
        runOutputName: item["runOutputName"],
        artifactTags: item["artifactTags"],
        imageId: item["imageId"],
        location: item["location"],
    };
}
function imageTemplateManagedImageDistributorDeserializer(item) {
    return {
        type: item["type"],
        runOutputName: item["runOutputName"],
        artifactTags: !item["artifactTags"]
            ? item["artifactTags"]
            : Object.fromEntries(Object.entries(item["artifactTags"]).map(([k, p]) => [k, p])),
        imageId: item["imageId"],
        location: item["location"],
    };
}
function imageTemplateSharedImageDistributorSerializer(item) {
    return {
        type: item["type"],
        runOutputName: item["runOutputName"],
        artifactTags: item["artifactTags"],
        galleryImageId: item["galleryImageId"],
        replicationRegions: !item["replicationRegions"]
            ? item["replicationRegions"]
            : item["replicationRegions"].map((p) => {
                return p;
            }),
        excludeFromLatest: item["excludeFromLatest"],
        storageAccountType: item["storageAccountType"],
        targetRegions: !item["targetRegions"]
            ? item["targetRegions"]
            : targetRegionArraySerializer(item["targetRegions"]),
        versioning: !item["versioning"]
            ? item["versioning"]
            : distributeVersionerUnionSerializer(item["versioning"]),
        replicationMode: item["replicationMode"],
    };
}
function imageTemplateSharedImageDistributorDeserializer(item) {
    return {
        type: item["type"],
        runOutputName: item["runOutputName"],
        artifactTags: !item["artifactTags"]
            ? item["artifactTags"]
            : Object.fromEntries(Object.entries(item["artifactTags"]).map(([k, p]) => [k, p])),
        galleryImageId: item["galleryImageId"],
        replicationRegions: !item["replicationRegions"]
            ? item["replicationRegions"]
            : item["replicationRegions"].map((p) => {
                return p;
            }),
        excludeFromLatest: item["excludeFromLatest"],
        storageAccountType: item["storageAccountType"],
        targetRegions: !item["targetRegions"]
            ? item["targetRegions"]
            : targetRegionArrayDeserializer(item["targetRegions"]),
        versioning: !item["versioning"]
            ? item["versioning"]
            : distributeVersionerUnionDeserializer(item["versioning"]),
        replicationMode: item["replicationMode"],
    };
}
/** Specifies the storage account type to be used to store the Azure Compute Gallery image version in. */
var KnownSharedImageStorageAccountType;
(function (KnownSharedImageStorageAccountType) {
    /** Standard_LRS */
    KnownSharedImageStorageAccountType["StandardLRS"] = "Standard_LRS";
    /** Standard_ZRS */
    KnownSharedImageStorageAccountType["StandardZRS"] = "Standard_ZRS";
    /** Premium_LRS */
    KnownSharedImageStorageAccountType["PremiumLRS"] = "Premium_LRS";
})(KnownSharedImageStorageAccountType || (KnownSharedImageStorageAccountType = {}));
function targetRegionArraySerializer(result) {
    return result.map((item) => {
        return targetRegionSerializer(item);
    });
}
function targetRegionArrayDeserializer(result) {
    return result.map((item) => {
        return targetRegionDeserializer(item);
    });
}
function targetRegionSerializer(item) {
    return {
        name: item["name"],
        replicaCount: item["replicaCount"],
        storageAccountType: item["storageAccountType"],
    };
}
function targetRegionDeserializer(item) {
    return {
        name: item["name"],
        replicaCount: item["replicaCount"],
        storageAccountType: item["storageAccountType"],
    };
}
function distributeVersionerSerializer(item) {
    return { scheme: item["scheme"] };
}
function distributeVersionerDeserializer(item) {
    return {
        scheme: item["scheme"],
    };
}
function distributeVersionerUnionSerializer(item) {
    switch (item.scheme) {
        case "Latest":
            return distributeVersionerLatestSerializer(item);
        case "Source":
            return distributeVersionerSourceSerializer(item);
        default:
            return distributeVersionerSerializer(item);
    }
}
function distributeVersionerUnionDeserializer(item) {
    switch (item["scheme"]) {
        case "Latest":
            return distributeVersionerLatestDeserializer(item);
        case "Source":
            return distributeVersionerSourceDeserializer(item);
        default:
            return distributeVersionerDeserializer(item);
    }
}
function distributeVersionerLatestSerializer(item) {
    return { scheme: item["scheme"], major: item["major"] };
}
function distributeVersionerLatestDeserializer(item) {
    return {
        scheme: item["scheme"],
        major: item["major"],
    };
}
function distributeVersionerSourceSerializer(item) {
    return { scheme: item["scheme"] };
}
function distributeVersionerSourceDeserializer(item) {
    return {
        scheme: item["scheme"],
    };
}
/** Describes replication mode for distribution in Azure Compute Gallery. Omit to use the default (Full). */
var KnownReplicationMode;
(function (KnownReplicationMode) {
    /** Full replication mode */
    KnownReplicationMode["Full"] = "Full";
    /** Shallow replication mode */
    KnownReplicationMode["Shallow"] = "Shallow";
})(KnownReplicationMode || (KnownReplicationMode = {}));
function imageTemplateVhdDistributorSerializer(item) {
    return {
        type: item["type"],
        runOutputName: item["runOutputName"],
        artifactTags: item["artifactTags"],
        uri: item["uri"],
    };
}
function imageTemplateVhdDistributorDeserializer(item) {
    return {
        type: item["type"],
        runOutputName: item["runOutputName"],
        artifactTags: !item["artifactTags"]
            ? item["artifactTags"]
            : Object.fromEntries(Object.entries(item["artifactTags"]).map(([k, p]) => [k, p])),
        uri: item["uri"],
    };
}
function imageTemplatePropertiesErrorHandlingSerializer(item) {
    return {
        onCustomizerError: item["onCustomizerError"],
        onValidationError: item["onValidationError"],
    };
}
function imageTemplatePropertiesErrorHandlingDeserializer(item) {
    return {
        onCustomizerError: item["onCustomizerError"],
        onValidationError: item["onValidationError"],
    };
}
/** Error handling behavior upon build failure */
var KnownOnBuildError;
(function (KnownOnBuildError) {
    /** cleanup */
    KnownOnBuildError["Cleanup"] = "cleanup";
    /** abort */
    KnownOnBuildError["Abort"] = "abort";
})(KnownOnBuildError || (KnownOnBuildError = {}));
function provisioningErrorDeserializer(item) {
    return {
        provisioningErrorCode: item["provisioningErrorCode"],
        message: item["message"],
    };
}
/** Error code of the provisioning failure */
var KnownProvisioningErrorCode;
(function (KnownProvisioningErrorCode) {
    /** BadSourceType */
    KnownProvisioningErrorCode["BadSourceType"] = "BadSourceType";
    /** BadPIRSource */
    KnownProvisioningErrorCode["BadPIRSource"] = "BadPIRSource";
    /** BadManagedImageSource */
    KnownProvisioningErrorCode["BadManagedImageSource"] = "BadManagedImageSource";
    /** BadSharedImageVersionSource */
    KnownProvisioningErrorCode["BadSharedImageVersionSource"] = "BadSharedImageVersionSource";
    /** BadCustomizerType */
    KnownProvisioningErrorCode["BadCustomizerType"] = "BadCustomizerType";
    /** UnsupportedCustomizerType */
    KnownProvisioningErrorCode["UnsupportedCustomizerType"] = "UnsupportedCustomizerType";
    /** NoCustomizerScript */
    KnownProvisioningErrorCode["NoCustomizerScript"] = "NoCustomizerScript";
    /** BadValidatorType */
    KnownProvisioningErrorCode["BadValidatorType"] = "BadValidatorType";
    /** UnsupportedValidatorType */
    KnownProvisioningErrorCode["UnsupportedValidatorType"] = "UnsupportedValidatorType";
    /** NoValidatorScript */
    KnownProvisioningErrorCode["NoValidatorScript"] = "NoValidatorScript";
    /** BadDistributeType */
    KnownProvisioningErrorCode["BadDistributeType"] = "BadDistributeType";
    /** BadSharedImageDistribute */
    KnownProvisioningErrorCode["BadSharedImageDistribute"] = "BadSharedImageDistribute";
    /** BadStagingResourceGroup */
    KnownProvisioningErrorCode["BadStagingResourceGroup"] = "BadStagingResourceGroup";
    /** ServerError */
    KnownProvisioningErrorCode["ServerError"] = "ServerError";
    /** Other */
    KnownProvisioningErrorCode["Other"] = "Other";
})(KnownProvisioningErrorCode || (KnownProvisioningErrorCode = {}));
function imageTemplateLastRunStatusDeserializer(item) {
    return {
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        endTime: !item["endTime"] ? item["endTime"] : new Date(item["endTime"]),
        runState: item["runState"],
        runSubState: item["runSubState"],
        message: item["message"],
    };
}
function imageTemplateVmProfileSerializer(item) {
    return {
        vmSize: item["vmSize"],
        osDiskSizeGB: item["osDiskSizeGB"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : item["userAssignedIdentities"].map((p) => {
                return p;
            }),
        vnetConfig: !item["vnetConfig"]
            ? item["vnetConfig"]
            : virtualNetworkConfigSerializer(item["vnetConfig"]),
    };
}
function imageTemplateVmProfileDeserializer(item) {
    return {
        vmSize: item["vmSize"],
        osDiskSizeGB: item["osDiskSizeGB"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : item["userAssignedIdentities"].map((p) => {
                return p;
            }),
        vnetConfig: !item["vnetConfig"]
            ? item["vnetConfig"]
            : virtualNetworkConfigDeserializer(item["vnetConfig"]),
    };
}
function virtualNetworkConfigSerializer(item) {
    return {
        subnetId: item["subnetId"],
        containerInstanceSubnetId: item["containerInstanceSubnetId"],
        proxyVmSize: item["proxyVmSize"],
    };
}
function virtualNetworkConfigDeserializer(item) {
    return {
        subnetId: item["subnetId"],
        containerInstanceSubnetId: item["containerInstanceSubnetId"],
        proxyVmSize: item["proxyVmSize"],
    };
}
function dataDiskArraySerializer(result) {
    return result.map((item) => {
        return dataDiskSerializer(item);
    });
}
function dataDiskArrayDeserializer(result) {
    return result.map((item) => {
        return dataDiskDeserializer(item);
    });
}
function dataDiskSerializer(item) {
    return { sizeGB: item["sizeGB"] };
}
function dataDiskDeserializer(item) {
    return {
        sizeGB: item["sizeGB"],
    };
}
function imageTemplateAutoRunSerializer(item) {
    return { state: item["state"] };
}
function imageTemplateAutoRunDeserializer(item) {
    return {
        state: item["state"],
    };
}
function imageTemplateIdentitySerializer(item) {
    return {
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : userAssignedIdentityRecordSerializer(item["userAssignedIdentities"]),
    };
}
function imageTemplateIdentityDeserializer(item) {
    return {
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : userAssignedIdentityRecordDeserializer(item["userAssignedIdentities"]),
    };
}
function userAssignedIdentityRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : userAssignedIdentitySerializer(item[key]);
    });
    return result;
}
function userAssignedIdentityRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : userAssignedIdentityDeserializer(item[key]);
    });
    return result;
}
function userAssignedIdentitySerializer(_item) {
    return {};
}
function userAssignedIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        clientId: item["clientId"],
    };
}
function trackedResourceSerializer(item) {
    return { tags: item["tags"], location: item["location"] };
}
function trackedResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
    };
}
function imageTemplateUpdateParametersSerializer(item) {
    return {
        identity: !item["identity"]
            ? item["identity"]
            : imageTemplateIdentitySerializer(item["identity"]),
        tags: item["tags"],
        properties: !item["properties"]
            ? item["properties"]
            : imageTemplateUpdateParametersPropertiesSerializer(item["properties"]),
    };
}
function imageTemplateUpdateParametersPropertiesSerializer(item) {
    return {
        distribute: !item["distribute"]
            ? item["distribute"]
            : imageTemplateDistributorUnionArraySerializer(item["distribute"]),
        vmProfile: !item["vmProfile"]
            ? item["vmProfile"]
            : imageTemplateVmProfileSerializer(item["vmProfile"]),
    };
}
function _imageTemplateListResultDeserializer(item) {
    return {
        value: imageTemplateArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function imageTemplateArraySerializer(result) {
    return result.map((item) => {
        return imageTemplateSerializer(item);
    });
}
function imageTemplateArrayDeserializer(result) {
    return result.map((item) => {
        return imageTemplateDeserializer(item);
    });
}
function runOutputDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _runOutputPropertiesDeserializer(item["properties"])),
    };
}
function runOutputPropertiesDeserializer(item) {
    return {
        artifactId: item["artifactId"],
        artifactUri: item["artifactUri"],
        provisioningState: item["provisioningState"],
    };
}
function _runOutputCollectionDeserializer(item) {
    return {
        value: runOutputArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function runOutputArrayDeserializer(result) {
    return result.map((item) => {
        return runOutputDeserializer(item);
    });
}
/** The available API versions. */
var KnownVersions;
(function (KnownVersions) {
    /** The 2025-10-01 API version. */
    KnownVersions["V20251001"] = "2025-10-01";
})(KnownVersions || (KnownVersions = {}));
function _imageTemplatePropertiesSerializer(item) {
    return {
        source: !item["source"] ? item["source"] : imageTemplateSourceUnionSerializer(item["source"]),
        customize: !item["customize"]
            ? item["customize"]
            : imageTemplateCustomizerUnionArraySerializer(item["customize"]),
        optimize: !item["optimize"]
            ? item["optimize"]
            : imageTemplatePropertiesOptimizeSerializer(item["optimize"]),
        validate: !item["validate"]
            ? item["validate"]
            : imageTemplatePropertiesValidateSerializer(item["validate"]),
        distribute: !item["distribute"]
            ? item["distribute"]
            : imageTemplateDistributorUnionArraySerializer(item["distribute"]),
        errorHandling: !item["errorHandling"]
            ? item["errorHandling"]
            : imageTemplatePropertiesErrorHandlingSerializer(item["errorHandling"]),
        buildTimeoutInMinutes: item["buildTimeoutInMinutes"],
        vmProfile: !item["vmProfile"]
            ? item["vmProfile"]
            : imageTemplateVmProfileSerializer(item["vmProfile"]),
        additionalDataDisks: !item["additionalDataDisks"]
            ? item["additionalDataDisks"]
            : dataDiskArraySerializer(item["additionalDataDisks"]),
        stagingResourceGroup: item["stagingResourceGroup"],
        autoRun: !item["autoRun"] ? item["autoRun"] : imageTemplateAutoRunSerializer(item["autoRun"]),
        managedResourceTags: item["managedResourceTags"],
    };
}
function _imageTemplatePropertiesDeserializer(item) {
    return {
        source: !item["source"] ? item["source"] : imageTemplateSourceUnionDeserializer(item["source"]),
        customize: !item["customize"]
            ? item["customize"]
            : imageTemplateCustomizerUnionArrayDeserializer(item["customize"]),
        optimize: !item["optimize"]
            ? item["optimize"]
            : imageTemplatePropertiesOptimizeDeserializer(item["optimize"]),
        validate: !item["validate"]
            ? item["validate"]
            : imageTemplatePropertiesValidateDeserializer(item["validate"]),
        distribute: !item["distribute"]
            ? item["distribute"]
            : imageTemplateDistributorUnionArrayDeserializer(item["distribute"]),
        errorHandling: !item["errorHandling"]
            ? item["errorHandling"]
            : imageTemplatePropertiesErrorHandlingDeserializer(item["errorHandling"]),
        provisioningState: item["provisioningState"],
        provisioningError: !item["provisioningError"]
            ? item["provisioningError"]
            : provisioningErrorDeserializer(item["provisioningError"]),
        lastRunStatus: !item["lastRunStatus"]
            ? item["lastRunStatus"]
            : imageTemplateLastRunStatusDeserializer(item["lastRunStatus"]),
        buildTimeoutInMinutes: item["buildTimeoutInMinutes"],
        vmProfile: !item["vmProfile"]
            ? item["vmProfile"]
            : imageTemplateVmProfileDeserializer(item["vmProfile"]),
        additionalDataDisks: !item["additionalDataDisks"]
            ? item["additionalDataDisks"]
            : dataDiskArrayDeserializer(item["additionalDataDisks"]),
        stagingResourceGroup: item["stagingResourceGroup"],
        exactStagingResourceGroup: item["exactStagingResourceGroup"],
        autoRun: !item["autoRun"] ? item["autoRun"] : imageTemplateAutoRunDeserializer(item["autoRun"]),
        managedResourceTags: !item["managedResourceTags"]
            ? item["managedResourceTags"]
            : Object.fromEntries(Object.entries(item["managedResourceTags"]).map(([k, p]) => [k, p])),
    };
}
function _runOutputPropertiesDeserializer(item) {
    return {
        artifactId: item["artifactId"],
        artifactUri: item["artifactUri"],
        provisioningState: item["provisioningState"],
    };
}
//# sourceMappingURL=models.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var core_rest_pipeline_dist_esm = __webpack_require__(20690);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/static-helpers/pagingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Helper to paginate results in a generic way and return a PagedAsyncIterableIterator
 */
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
    const itemName = options.itemName ?? "value";
    const nextLinkName = options.nextLinkName ?? "nextLink";
    const nextLinkMethod = options.nextLinkMethod ?? "GET";
    const apiVersion = options.apiVersion;
    const pagedResult = {
        getPage: async (pageLink) => {
            let result;
            if (pageLink === undefined) {
                result = await getInitialResponse();
            }
            else {
                const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
                result =
                    nextLinkMethod === "POST"
                        ? await client.pathUnchecked(resolvedPageLink).post()
                        : await client.pathUnchecked(resolvedPageLink).get();
            }
            checkPagingRequest(result, expectedStatuses);
            const results = await processResponseBody(result);
            const nextLink = getNextLink(results, nextLinkName);
            const values = getElements(results, itemName);
            return {
                page: values,
                nextPageLink: nextLink,
            };
        },
        byPage: (settings) => {
            const { continuationToken } = settings ?? {};
            return getPageAsyncIterator(pagedResult, {
                pageLink: continuationToken,
            });
        },
    };
    return getPagedAsyncIterator(pagedResult);
}
/**
 * returns an async iterator that iterates over results. It also has a `byPage`
 * method that returns pages of items at once.
 *
 * @param pagedResult - an object that specifies how to get pages.
 * @returns a paged async iterator that iterates over results.
 */
function getPagedAsyncIterator(pagedResult) {
    const iter = getItemAsyncIterator(pagedResult);
    return {
        next() {
            return iter.next();
        },
        [Symbol.asyncIterator]() {
            return this;
        },
        byPage: pagedResult?.byPage ??
            ((settings) => {
                const { continuationToken } = settings ?? {};
                return getPageAsyncIterator(pagedResult, {
                    pageLink: continuationToken,
                });
            }),
    };
}
async function* getItemAsyncIterator(pagedResult) {
    const pages = getPageAsyncIterator(pagedResult);
    for await (const page of pages) {
        yield* page;
    }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
    const { pageLink } = options;
    let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
    if (!response) {
        return;
    }
    let result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
    while (response.nextPageLink) {
        response = await pagedResult.getPage(response.nextPageLink);
        if (!response) {
            return;
        }
        result = response.page;
        result.continuationToken = response.nextPageLink;
        yield result;
    }
}
/**
 * Gets for the value of nextLink in the body
 */
function getNextLink(body, nextLinkName) {
    if (!nextLinkName) {
        return undefined;
    }
    const nextLink = body[nextLinkName];
    if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
    }
    if (nextLink === null) {
        return undefined;
    }
    return nextLink;
}
/**
 * Gets the elements of the current request in the body.
 */
function getElements(body, itemName) {
    const value = body[itemName];
    if (!Array.isArray(value)) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
    }
    return value ?? [];
}
/**
 * Checks if a request failed
 */
function checkPagingRequest(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,dist_esm/* createRestError */.t$)(`Pagination failed with unexpected statusCode ${response.status}`, response);
    }
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pagingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/static-helpers/urlTemplate.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// ---------------------
// helpers
// ---------------------
function encodeComponent(val, reserved, op) {
    return (reserved ?? op === "+") || op === "#"
        ? encodeReservedComponent(val)
        : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
    return str
        .split(/(%[0-9A-Fa-f]{2})/g)
        .map((part) => (!/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part))
        .join("");
}
function encodeRFC3986URIComponent(str) {
    return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
    return val !== undefined && val !== null;
}
function getNamedAndIfEmpty(op) {
    return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
    if (isFirst) {
        return !op || op === "+" ? "" : op;
    }
    else if (!op || op === "+" || op === "#") {
        return ",";
    }
    else if (op === "?") {
        return "&";
    }
    else {
        return op;
    }
}
function getExpandedValue(option) {
    let isFirst = option.isFirst;
    const { op, varName, varValue: value, reserved } = option;
    const vals = [];
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            // prepare the following parts: separator, varName, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (named && varName) {
                vals.push(`${encodeURIComponent(varName)}`);
                if (val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            const val = value[key];
            if (!isDefined(val)) {
                continue;
            }
            // prepare the following parts: separator, key, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (key) {
                vals.push(`${encodeURIComponent(key)}`);
                if (named && val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    return vals.join("");
}
function getNonExpandedValue(option) {
    const { op, varName, varValue: value, isFirst, reserved } = option;
    const vals = [];
    const first = getFirstOrSep(op, isFirst);
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (named && varName) {
        vals.push(encodeComponent(varName, reserved, op));
        if (value === "") {
            if (!ifEmpty) {
                vals.push(ifEmpty);
            }
            return !vals.join("") ? undefined : `${first}${vals.join("")}`;
        }
        vals.push("=");
    }
    const items = [];
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            items.push(encodeComponent(val, reserved, op));
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            if (!isDefined(value[key])) {
                continue;
            }
            items.push(encodeRFC3986URIComponent(key));
            items.push(encodeComponent(value[key], reserved, op));
        }
    }
    vals.push(items.join(","));
    return !vals.join(",") ? undefined : `${first}${vals.join("")}`;
}
function getVarValue(option) {
    const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
    if (!isDefined(value)) {
        return undefined;
    }
    else if (["string", "number", "boolean"].includes(typeof value)) {
        let val = value.toString();
        const [named, ifEmpty] = getNamedAndIfEmpty(op);
        const vals = [getFirstOrSep(op, isFirst)];
        if (named && varName) {
            // No need to encode varName considering it is already encoded
            vals.push(varName);
            if (val === "") {
                vals.push(ifEmpty);
            }
            else {
                vals.push("=");
            }
        }
        if (modifier && modifier !== "*") {
            val = val.substring(0, parseInt(modifier, 10));
        }
        vals.push(encodeComponent(val, reserved, op));
        return vals.join("");
    }
    else if (modifier === "*") {
        return getExpandedValue(option);
    }
    else {
        return getNonExpandedValue(option);
    }
}
// ---------------------------------------------------------------------------------------------------
// This is an implementation of RFC 6570 URI Template: https://datatracker.ietf.org/doc/html/rfc6570.
// ---------------------------------------------------------------------------------------------------
function expandUrlTemplate(template, context, option) {
    const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
        if (!expr) {
            return encodeReservedComponent(text);
        }
        let op;
        if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
            op = expr[0];
            expr = expr.slice(1);
        }
        const varList = expr.split(/,/g);
        const innerResult = [];
        for (const varSpec of varList) {
            const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
            if (!varMatch || !varMatch[1]) {
                continue;
            }
            const varValue = getVarValue({
                isFirst: innerResult.length === 0,
                op,
                varValue: context[varMatch[1]],
                varName: varMatch[1],
                modifier: varMatch[2] || varMatch[3],
                reserved: option?.allowReserved,
            });
            if (varValue) {
                innerResult.push(varValue);
            }
        }
        return innerResult.join("");
    });
    return normalizeUnreserved(result);
}
/**
 * Normalize an expanded URI by decoding percent-encoded unreserved characters.
 * RFC 3986 unreserved: "-" / "." / "~"
 */
function normalizeUnreserved(uri) {
    return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
        const char = String.fromCharCode(parseInt(hex, 16));
        // Decode only if it's unreserved
        if (/[.~-]/.test(char)) {
            return char;
        }
        return match; // leave other encodings intact
    });
}
//# sourceMappingURL=urlTemplate.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/api/operations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.VirtualMachineImages/operations{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return _operationListResultDeserializer(result.body);
}
/** Lists available operations for the Microsoft.VirtualMachineImages provider */
function list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSend(context, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-10-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/classic/operations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getOperations(context) {
    return {
        list: (options) => list(context, options),
    };
}
function _getOperationsOperations(context) {
    return {
        ..._getOperations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const logger_logger = (0,esm/* createClientLogger */.KV)("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/node_modules/@azure/core-lro/dist/esm/poller/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The default time interval to wait before sending the next polling request.
 */
const POLL_INTERVAL_IN_MS = 2000;
/**
 * The maximum polling interval, in milliseconds, that can be safely passed to the
 * platform timer. Node.js clamps a `setTimeout` delay greater than `2147483647`
 * (the largest 32-bit signed integer) to `1`, which would turn an intended long
 * delay into a near-continuous polling loop. Server-provided polling intervals
 * are bounded to this value before being scheduled.
 */
const MAX_POLLING_INTERVAL_IN_MS = 2147483647;
/**
 * The closed set of terminal states.
 */
const terminalStates = ["succeeded", "canceled", "failed"];
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/node_modules/@azure/core-lro/dist/esm/poller/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Deserializes the state
 */
function deserializeState(serializedState) {
    try {
        return JSON.parse(serializedState).state;
    }
    catch (e) {
        throw new Error(`Unable to deserialize input state: ${serializedState}`, { cause: e });
    }
}
function setStateError(inputs) {
    const { state, isOperationError } = inputs;
    return (error) => {
        if (isOperationError(error)) {
            state.error = error;
            state.status = "failed";
        }
        throw error;
    };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
    let message = currentMessage;
    if (message.slice(-1) !== ".") {
        message = message + ".";
    }
    return message + " " + innerMessage;
}
function simplifyError(err) {
    let message = err.message;
    let code = err.code;
    let curErr = err;
    while (curErr.innererror) {
        curErr = curErr.innererror;
        code = curErr.code;
        message = appendReadableErrorMessage(message, curErr.message);
    }
    return {
        code,
        message,
    };
}
async function processOperationStatus(result) {
    const { state, status, isDone, processResult, getError, response, setErrorAsResult } = result;
    switch (status) {
        case "succeeded": {
            state.status = "succeeded";
            break;
        }
        case "failed": {
            const err = getError?.(response);
            let postfix = "";
            if (err) {
                const { code, message } = simplifyError(err);
                postfix = `. ${code}. ${message}`;
            }
            const errStr = `The long-running operation has failed${postfix}`;
            state.error = new Error(errStr);
            state.status = "failed";
            logger_logger.warning(errStr);
            break;
        }
        case "canceled": {
            state.status = "canceled";
            break;
        }
    }
    if (isDone?.(response, state) ||
        (isDone === undefined &&
            ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status))) {
        state.result = await buildResult({
            response,
            state,
            processResult,
        });
    }
}
async function buildResult(inputs) {
    const { processResult, response, state } = inputs;
    return processResult ? processResult(response, state) : response;
}
/**
 * Initiates the long-running operation.
 */
async function initOperation(inputs) {
    const { init, processResult, getOperationStatus, withOperationLocation, setErrorAsResult } = inputs;
    const { operationLocation, resourceLocation, initialRequestUrl, requestMethod, metadata, response, } = await init();
    if (operationLocation)
        withOperationLocation?.(operationLocation, false);
    const config = {
        metadata,
        operationLocation,
        resourceLocation,
        initialRequestUrl,
        requestMethod,
    };
    logger_logger.verbose(`LRO: Operation description:`, config);
    const state = { status: "running", config };
    const status = getOperationStatus({ response, state, operationLocation });
    await processOperationStatus({
        state,
        status,
        response,
        setErrorAsResult,
        processResult,
    });
    return state;
}
async function pollOperationHelper(inputs) {
    const { poll, state, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options, } = inputs;
    const response = await poll(operationLocation, options).catch(setStateError({
        state,
        isOperationError,
    }));
    const status = getOperationStatus(response, state);
    logger_logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
    if (status === "succeeded") {
        const resourceLocation = getResourceLocation(response, state);
        if (resourceLocation !== undefined) {
            return {
                response: await poll(resourceLocation).catch(setStateError({ state, isOperationError })),
                status,
            };
        }
    }
    return { response, status };
}
/** Polls the long-running operation. */
async function operation_pollOperation(inputs) {
    const { poll, state, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult, } = inputs;
    const { operationLocation } = state.config;
    if (operationLocation !== undefined) {
        const { response, status } = await pollOperationHelper({
            poll,
            getOperationStatus,
            state,
            operationLocation,
            getResourceLocation,
            isOperationError,
            options,
        });
        await processOperationStatus({
            status,
            response,
            state,
            isDone,
            processResult,
            getError,
            setErrorAsResult,
        });
        if (!terminalStates.includes(status)) {
            const intervalInMs = getPollingInterval?.(response);
            // `undefined` means the response carried no polling interval at all, in
            // which case the current delay is kept. Any other value — including one
            // that cannot be honored — is routed through `setDelay`, which bounds it
            // and falls back to the configured interval so a stale server delay is
            // never reused.
            if (intervalInMs !== undefined)
                setDelay(intervalInMs);
            const location = getOperationLocation?.(response, state);
            if (location !== undefined) {
                const isUpdated = operationLocation !== location;
                state.config.operationLocation = location;
                withOperationLocation?.(location, isUpdated);
            }
            else
                withOperationLocation?.(operationLocation, false);
        }
        updateState?.(state, response);
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/node_modules/@azure/core-lro/dist/esm/http/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getOperationLocationPollingUrl(inputs) {
    const { azureAsyncOperation, operationLocation } = inputs;
    return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
    return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
    return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
    return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
    const { location, requestMethod, requestPath, resourceLocationConfig, skipFinalGet } = inputs;
    // If skipFinalGet is true, return undefined to skip the final GET request
    if (skipFinalGet) {
        return undefined;
    }
    switch (requestMethod) {
        case "PUT": {
            return requestPath;
        }
        case "DELETE": {
            return undefined;
        }
        case "PATCH": {
            return getDefault() ?? requestPath;
        }
        default: {
            return getDefault();
        }
    }
    function getDefault() {
        switch (resourceLocationConfig) {
            case "operation-location":
            case "azure-async-operation": {
                return undefined;
            }
            case "original-uri": {
                return requestPath;
            }
            case "location":
            default: {
                return location;
            }
        }
    }
}
function inferLroMode(rawResponse, resourceLocationConfig, skipFinalGet) {
    const requestPath = rawResponse.request.url;
    const requestMethod = rawResponse.request.method;
    const operationLocation = getOperationLocationHeader(rawResponse);
    const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
    const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
    const location = getLocationHeader(rawResponse);
    const normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
    if (pollingUrl !== undefined) {
        return {
            mode: "OperationLocation",
            operationLocation: pollingUrl,
            resourceLocation: findResourceLocation({
                requestMethod: normalizedRequestMethod,
                location,
                requestPath,
                resourceLocationConfig,
                skipFinalGet,
            }),
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (location !== undefined) {
        return {
            mode: "ResourceLocation",
            operationLocation: location,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (normalizedRequestMethod === "PUT" && requestPath) {
        return {
            mode: "Body",
            operationLocation: requestPath,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else {
        return undefined;
    }
}
function transformStatus(inputs) {
    const { status, statusCode } = inputs;
    if (typeof status !== "string" && status !== undefined) {
        throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
    }
    logger_logger.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
    const lowerCaseStatus = status?.toLocaleLowerCase();
    if (!lowerCaseStatus) {
        return toOperationStatus(statusCode);
    }
    if (lowerCaseStatus.includes("succeeded")) {
        return "succeeded";
    }
    if (lowerCaseStatus.includes("fail")) {
        return "failed";
    }
    if (["canceled", "cancelled"].includes(lowerCaseStatus)) {
        return "canceled";
    }
    return "running";
}
function getStatus(rawResponse) {
    const { status } = rawResponse.body ?? {};
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
    const { properties, provisioningState } = rawResponse.body ?? {};
    const status = properties?.provisioningState ?? provisioningState;
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
    if (statusCode === 202) {
        return "running";
    }
    else if (statusCode < 300) {
        return "succeeded";
    }
    else {
        return "failed";
    }
}
/**
 * Converts `Retry-After` seconds or date values to milliseconds.
 *
 * An absent header returns `undefined`; an unparseable or non-future date
 * returns `NaN`. The poller handles unusable values and timer bounds.
 */
function parseRetryAfter({ rawResponse }) {
    const retryAfter = rawResponse.headers["retry-after"];
    if (retryAfter === undefined) {
        return undefined;
    }
    if (/^[0-9]+$/.test(retryAfter)) {
        return Number(retryAfter) * 1000;
    }
    // asctime HTTP dates omit the timezone but must be interpreted as GMT.
    const retryAfterDate = retryAfter.replace(/^(\w{3} \w{3} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \d{4})$/, "$1 GMT");
    const intervalInMs = Date.parse(retryAfterDate) - Date.now();
    return intervalInMs > 0 ? intervalInMs : Number.NaN;
}
function getErrorFromResponse(response) {
    const error = accessBodyProperty(response, "error");
    if (!error) {
        logger_logger.warning(`The long-running operation failed but there is no error property in the response's body`);
        return;
    }
    if (!error.code || !error.message) {
        logger_logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
        return;
    }
    return error;
}
function getStatusFromInitialResponse(inputs) {
    const { response, state, operationLocation } = inputs;
    function helper() {
        const mode = state.config.metadata?.["mode"];
        switch (mode) {
            case undefined:
                return toOperationStatus(response.rawResponse.statusCode);
            case "Body":
                return getOperationStatus(response, state);
            default:
                return "running";
        }
    }
    const status = helper();
    return status === "running" && operationLocation === undefined ? "succeeded" : status;
}
function getOperationLocation({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getOperationLocationPollingUrl({
                operationLocation: getOperationLocationHeader(rawResponse),
                azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse),
            });
        }
        case "ResourceLocation": {
            return getLocationHeader(rawResponse);
        }
        case "Body":
        default: {
            return undefined;
        }
    }
}
function getOperationStatus({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getStatus(rawResponse);
        }
        case "ResourceLocation": {
            return toOperationStatus(rawResponse.statusCode);
        }
        case "Body": {
            return getProvisioningState(rawResponse);
        }
        default:
            throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
    }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
    return flatResponse?.[prop] ?? rawResponse.body?.[prop];
}
function getResourceLocation(res, state) {
    const loc = accessBodyProperty(res, "resourceLocation");
    if (loc && typeof loc === "string") {
        state.config.resourceLocation = loc;
    }
    return state.config.resourceLocation;
}
function isOperationError(e) {
    return e.name === "RestError";
}
/** Polls the long-running operation. */
async function pollHttpOperation(inputs) {
    const { lro, options, processResult, updateState, setDelay, state, setErrorAsResult } = inputs;
    return pollOperation({
        state,
        setDelay,
        processResult: processResult
            ? ({ flatResponse }, inputState) => processResult(flatResponse, inputState)
            : ({ flatResponse }) => flatResponse,
        getError: getErrorFromResponse,
        updateState,
        getPollingInterval: parseRetryAfter,
        getOperationLocation,
        getOperationStatus,
        isOperationError,
        getResourceLocation,
        options,
        /**
         * The expansion here is intentional because `lro` could be an object that
         * references an inner this, so we need to preserve a reference to it.
         */
        poll: (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
        setErrorAsResult,
    });
}
//# sourceMappingURL=operation.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 4 modules
var core_util_dist_esm = __webpack_require__(89105);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/node_modules/@azure/core-lro/dist/esm/poller/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Bounds a polling interval to the range supported by the platform timer.
 * Node.js clamps a `setTimeout` delay greater than {@link MAX_POLLING_INTERVAL_IN_MS}
 * to `1`, which would turn an intended long delay into a near-continuous polling
 * loop. This guard is applied to every source of the polling interval — the
 * caller-supplied `intervalInMs` and any server-provided `Retry-After` value —
 * so invalid or oversized values are never scheduled directly on the timer.
 */
function boundPollingInterval(intervalInMs, fallbackIntervalInMs = POLL_INTERVAL_IN_MS) {
    if (!Number.isFinite(intervalInMs) || intervalInMs < 0) {
        return fallbackIntervalInMs;
    }
    return Math.min(intervalInMs, MAX_POLLING_INTERVAL_IN_MS);
}
/**
 * Bounds a server-provided polling interval, such as one derived from a
 * `Retry-After` header, to the range supported by the platform timer.
 *
 * A value that cannot be honored — unparseable, not finite, or non-positive —
 * falls back to the caller's configured interval rather than leaving the delay
 * from an earlier response in effect.
 */
function boundServerPollingInterval(intervalInMs, configuredIntervalInMs) {
    if (!Number.isFinite(intervalInMs) || intervalInMs <= 0) {
        return configuredIntervalInMs;
    }
    return Math.min(intervalInMs, MAX_POLLING_INTERVAL_IN_MS);
}
/**
 * Returns a poller factory.
 */
function buildCreatePoller(inputs) {
    const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful, } = inputs;
    return ({ init, poll }, options) => {
        const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom, } = options || {};
        const withOperationLocation = withOperationLocationCallback
            ? (() => {
                let called = false;
                return (operationLocation, isUpdated) => {
                    if (isUpdated)
                        withOperationLocationCallback(operationLocation);
                    else if (!called)
                        withOperationLocationCallback(operationLocation);
                    called = true;
                };
            })()
            : undefined;
        let statePromise;
        let state;
        if (restoreFrom) {
            state = deserializeState(restoreFrom);
            statePromise = Promise.resolve(state);
        }
        else {
            statePromise = initOperation({
                init,
                processResult,
                getOperationStatus: getStatusFromInitialResponse,
                withOperationLocation,
                setErrorAsResult: !resolveOnUnsuccessful,
            }).then((s) => (state = s));
        }
        let resultPromise;
        const abortController = new AbortController();
        const handlers = new Map();
        const handleProgressEvents = async () => handlers.forEach((h) => h(state));
        const cancelErrMsg = "Operation was canceled";
        const configuredPollIntervalInMs = boundPollingInterval(intervalInMs);
        let currentPollIntervalInMs = configuredPollIntervalInMs;
        const poller = {
            get operationState() {
                return state;
            },
            get result() {
                return state?.result;
            },
            get isDone() {
                return ["succeeded", "failed", "canceled"].includes(state?.status ?? "");
            },
            onProgress: (callback) => {
                const s = Symbol();
                handlers.set(s, callback);
                return () => handlers.delete(s);
            },
            serialize: async () => {
                await statePromise;
                return JSON.stringify({
                    state,
                });
            },
            submitted: async () => {
                await statePromise;
            },
            pollUntilDone: async (pollOptions) => {
                resultPromise ??= (async () => {
                    await statePromise;
                    if (!state) {
                        throw new Error("Poller should be initialized but it is not!");
                    }
                    const { abortSignal: inputAbortSignal } = pollOptions || {};
                    // In the future we can use AbortSignal.any() instead
                    function abortListener() {
                        abortController.abort();
                    }
                    const abortSignal = abortController.signal;
                    if (inputAbortSignal?.aborted) {
                        abortController.abort();
                    }
                    else if (!abortSignal.aborted) {
                        inputAbortSignal?.addEventListener("abort", abortListener, { once: true });
                    }
                    try {
                        if (!poller.isDone) {
                            await poller.poll({ abortSignal });
                            while (!poller.isDone) {
                                await (0,core_util_dist_esm/* delay */.cb)(currentPollIntervalInMs, { abortSignal });
                                await poller.poll({ abortSignal });
                            }
                        }
                    }
                    finally {
                        inputAbortSignal?.removeEventListener("abort", abortListener);
                    }
                    if (resolveOnUnsuccessful) {
                        return poller.result;
                    }
                    else {
                        switch (state.status) {
                            case "succeeded":
                                return poller.result;
                            case "canceled":
                                throw new Error(cancelErrMsg);
                            case "failed":
                                throw state.error;
                            case "notStarted":
                            case "running":
                                throw new Error(`Polling completed without succeeding or failing`);
                        }
                    }
                })().finally(() => {
                    resultPromise = undefined;
                });
                return resultPromise;
            },
            async poll(pollOptions) {
                await statePromise;
                if (!state) {
                    throw new Error("Poller should be initialized but it is not!");
                }
                if (resolveOnUnsuccessful) {
                    if (poller.isDone)
                        return state;
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return state;
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                await operation_pollOperation({
                    poll,
                    state,
                    getOperationLocation,
                    isOperationError,
                    withOperationLocation,
                    getPollingInterval,
                    getOperationStatus: getStatusFromPollResponse,
                    getResourceLocation,
                    processResult,
                    getError,
                    updateState,
                    options: pollOptions,
                    setDelay: (pollIntervalInMs) => {
                        currentPollIntervalInMs = boundServerPollingInterval(pollIntervalInMs, configuredPollIntervalInMs);
                    },
                    setErrorAsResult: !resolveOnUnsuccessful,
                });
                await handleProgressEvents();
                if (!resolveOnUnsuccessful) {
                    switch (state.status) {
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                return state;
            },
            then(onfulfilled, onrejected) {
                return poller.pollUntilDone().then(onfulfilled, onrejected);
            },
            catch(onrejected) {
                return poller.pollUntilDone().catch(onrejected);
            },
            finally(onfinally) {
                return poller.pollUntilDone().finally(onfinally);
            },
            [Symbol.toStringTag]: "Poller",
        };
        return poller;
    };
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/node_modules/@azure/core-lro/dist/esm/http/utils.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Rewrites a given URL to use the specified base URL.
 * It preserves the pathname, search parameters, and fragment.
 * Handles relative URLs and proper encoding.
 *
 * @param params - An object containing the url and baseUrl.
 *                    url - The original URL (absolute or relative).
 *                    baseUrl - The new base URL to use.
 * @returns The rewritten URL as a string.
 */
function rewriteUrl({ url, baseUrl, }) {
    if (!url) {
        return undefined;
    }
    if (!baseUrl) {
        return url;
    }
    let originalUrl;
    try {
        // Try to parse inputUrl as an absolute URL.
        originalUrl = new URL(url);
    }
    catch {
        // If inputUrl is relative, resolve using the provided baseUrl.
        try {
            originalUrl = new URL(url, baseUrl);
        }
        catch (e) {
            throw new Error(`Invalid input URL provided: ${url}`, { cause: e });
        }
    }
    let newBase;
    try {
        newBase = new URL(baseUrl);
    }
    catch (e) {
        throw new Error(`Invalid base URL provided: ${baseUrl}`, { cause: e });
    }
    const rewrittenUrl = new URL(`${originalUrl.pathname}${originalUrl.search}${originalUrl.hash}`, newBase);
    return rewrittenUrl.toString();
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/node_modules/@azure/core-lro/dist/esm/http/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Creates a poller that can be used to poll a long-running operation.
 * @param lro - Description of the long-running operation
 * @param options - options to configure the poller
 * @returns an initialized poller
 */
function createHttpPoller(lro, options) {
    const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, baseUrl, skipFinalGet, } = options || {};
    return buildCreatePoller({
        getStatusFromInitialResponse: getStatusFromInitialResponse,
        getStatusFromPollResponse: getOperationStatus,
        isOperationError: isOperationError,
        getOperationLocation: getOperationLocation,
        getResourceLocation: getResourceLocation,
        getPollingInterval: parseRetryAfter,
        getError: getErrorFromResponse,
        resolveOnUnsuccessful,
    })({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = inferLroMode(response.rawResponse, resourceLocationConfig, skipFinalGet);
            return {
                response,
                operationLocation: rewriteUrl({ url: config?.operationLocation, baseUrl }),
                resourceLocation: rewriteUrl({ url: config?.resourceLocation, baseUrl }),
                initialRequestUrl: config?.initialRequestUrl,
                requestMethod: config?.requestMethod,
                ...(config?.mode ? { metadata: { mode: config.mode } } : {}),
            };
        },
        poll: lro.sendPollRequest,
    }, {
        intervalInMs,
        withOperationLocation,
        restoreFrom,
        updateState,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
    });
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/static-helpers/pollingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
    const { restoreFrom, getInitialResponse, apiVersion } = options;
    if (!restoreFrom && !getInitialResponse) {
        throw new Error("Either restoreFrom or getInitialResponse must be specified");
    }
    let initialResponse = undefined;
    const pollAbortController = new AbortController();
    const poller = {
        sendInitialRequest: async () => {
            if (!getInitialResponse) {
                throw new Error("getInitialResponse is required when initializing a new poller");
            }
            initialResponse = await getInitialResponse();
            return getLroResponse(initialResponse, expectedStatuses);
        },
        sendPollRequest: async (path, pollOptions) => {
            // The poll request would both listen to the user provided abort signal and the poller's own abort signal
            function abortListener() {
                pollAbortController.abort();
            }
            const abortSignal = pollAbortController.signal;
            if (options.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (pollOptions?.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (!abortSignal.aborted) {
                options.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
                pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
            }
            let response;
            try {
                const pollingPath = apiVersion ? pollingHelpers_addApiVersionToUrl(path, apiVersion) : path;
                response = await client.pathUnchecked(pollingPath).get({ abortSignal });
            }
            finally {
                options.abortSignal?.removeEventListener("abort", abortListener);
                pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
            }
            return getLroResponse(response, expectedStatuses);
        },
    };
    return createHttpPoller(poller, {
        intervalInMs: options?.updateIntervalInMs,
        resourceLocationConfig: options?.resourceLocationConfig,
        restoreFrom: options?.restoreFrom,
        processResult: (result) => {
            return processResponseBody(result);
        },
    });
}
/**
 * Converts a Rest Client response to a response that the LRO implementation understands
 * @param response - a rest client http response
 * @param deserializeFn - deserialize function to convert Rest response to modular output
 * @returns - An LRO response that the LRO implementation understands
 */
function getLroResponse(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,dist_esm/* createRestError */.t$)(response);
    }
    return {
        flatResponse: response,
        rawResponse: {
            ...response,
            statusCode: Number.parseInt(response.status),
            body: response.body,
        },
    };
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function pollingHelpers_addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pollingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/api/triggers/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listByImageTemplateSend(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/triggers{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByImageTemplateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return _triggerCollectionDeserializer(result.body);
}
/** List all triggers for the specified Image Template resource */
function listByImageTemplate(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByImageTemplateSend(context, resourceGroupName, imageTemplateName, options), _listByImageTemplateDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-10-01" });
}
function _$deleteSend(context, resourceGroupName, imageTemplateName, triggerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/triggers/{triggerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        triggerName: triggerName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return;
}
/** Delete a trigger for the specified virtual machine image template */
function $delete(context, resourceGroupName, imageTemplateName, triggerName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _$deleteSend(context, resourceGroupName, imageTemplateName, triggerName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-10-01",
    });
}
function _createOrUpdateSend(context, resourceGroupName, imageTemplateName, triggerName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/triggers/{triggerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        triggerName: triggerName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: triggerSerializer(parameters),
    });
}
async function _createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return triggerDeserializer(result.body);
}
/** Create or update a trigger for the specified virtual machine image template */
function createOrUpdate(context, resourceGroupName, imageTemplateName, triggerName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateSend(context, resourceGroupName, imageTemplateName, triggerName, parameters, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2025-10-01",
    });
}
function _getSend(context, resourceGroupName, imageTemplateName, triggerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/triggers/{triggerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        triggerName: triggerName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return triggerDeserializer(result.body);
}
/** Get the specified trigger for the specified image template resource */
async function get(context, resourceGroupName, imageTemplateName, triggerName, options = { requestOptions: {} }) {
    const result = await _getSend(context, resourceGroupName, imageTemplateName, triggerName, options);
    return _getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/static-helpers/simplePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Create the deprecated SimplePollerLike from PollerLike
 * @param poller PollerLike to convert
 * @returns SimplePollerLike
 */
function getSimplePoller(poller) {
    const simplePoller = {
        isDone() {
            return poller.isDone;
        },
        isStopped() {
            throw new Error("isStopped is deprecated. Use abortSignal status to track this instead.");
        },
        getOperationState() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return poller.operationState;
        },
        getResult() {
            return poller.result;
        },
        toString() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return JSON.stringify({
                state: poller.operationState,
            });
        },
        stopPolling() {
            throw new Error("stopPolling is deprecated. Use abortSignal to stop polling instead.");
        },
        onProgress: poller.onProgress,
        poll: poller.poll,
        pollUntilDone: poller.pollUntilDone,
        serialize: poller.serialize,
        submitted: poller.submitted,
    };
    return simplePoller;
}
//# sourceMappingURL=simplePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/classic/triggers/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getTriggers(context) {
    return {
        listByImageTemplate: (resourceGroupName, imageTemplateName, options) => listByImageTemplate(context, resourceGroupName, imageTemplateName, options),
        delete: (resourceGroupName, imageTemplateName, triggerName, options) => $delete(context, resourceGroupName, imageTemplateName, triggerName, options),
        beginDelete: async (resourceGroupName, imageTemplateName, triggerName, options) => {
            const poller = $delete(context, resourceGroupName, imageTemplateName, triggerName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, imageTemplateName, triggerName, options) => {
            return await $delete(context, resourceGroupName, imageTemplateName, triggerName, options);
        },
        createOrUpdate: (resourceGroupName, imageTemplateName, triggerName, parameters, options) => createOrUpdate(context, resourceGroupName, imageTemplateName, triggerName, parameters, options),
        beginCreateOrUpdate: async (resourceGroupName, imageTemplateName, triggerName, parameters, options) => {
            const poller = createOrUpdate(context, resourceGroupName, imageTemplateName, triggerName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, imageTemplateName, triggerName, parameters, options) => {
            return await createOrUpdate(context, resourceGroupName, imageTemplateName, triggerName, parameters, options);
        },
        get: (resourceGroupName, imageTemplateName, triggerName, options) => get(context, resourceGroupName, imageTemplateName, triggerName, options),
    };
}
function _getTriggersOperations(context) {
    return {
        ..._getTriggers(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/api/virtualMachineImageTemplates/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listRunOutputsSend(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/runOutputs{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listRunOutputsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return _runOutputCollectionDeserializer(result.body);
}
/** List all run outputs for the specified Image Template resource */
function listRunOutputs(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listRunOutputsSend(context, resourceGroupName, imageTemplateName, options), _listRunOutputsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-10-01" });
}
function _getRunOutputSend(context, resourceGroupName, imageTemplateName, runOutputName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/runOutputs/{runOutputName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        runOutputName: runOutputName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getRunOutputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return runOutputDeserializer(result.body);
}
/** Get the specified run output for the specified image template resource */
async function getRunOutput(context, resourceGroupName, imageTemplateName, runOutputName, options = { requestOptions: {} }) {
    const result = await _getRunOutputSend(context, resourceGroupName, imageTemplateName, runOutputName, options);
    return _getRunOutputDeserialize(result);
}
function _cancelSend(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/cancel{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _cancelDeserialize(result) {
    const expectedStatuses = ["202", "200", "204", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return;
}
/** Cancel the long running image build based on the image template */
function cancel(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _cancelDeserialize, ["202", "200", "204", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _cancelSend(context, resourceGroupName, imageTemplateName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2025-10-01",
    });
}
function _runSend(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/run{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _runDeserialize(result) {
    const expectedStatuses = ["202", "200", "204", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return;
}
/** Create artifacts from a existing image template */
function run(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _runDeserialize, ["202", "200", "204", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _runSend(context, resourceGroupName, imageTemplateName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2025-10-01",
    });
}
function operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.VirtualMachineImages/imageTemplates{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return _imageTemplateListResultDeserializer(result.body);
}
/** Gets information about the VM image templates associated with the subscription. */
function operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listSend(context, options), operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-10-01" });
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return _imageTemplateListResultDeserializer(result.body);
}
/** Gets information about the VM image templates associated with the specified resource group. */
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-10-01" });
}
function operations_$deleteSend(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return;
}
/** Delete a virtual machine image template */
function operations_$delete(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_$deleteSend(context, resourceGroupName, imageTemplateName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-10-01",
    });
}
function _updateSend(context, resourceGroupName, imageTemplateName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: imageTemplateUpdateParametersSerializer(parameters),
    });
}
async function _updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return imageTemplateDeserializer(result.body);
}
/** Update the tags for this Virtual Machine Image Template */
function update(context, resourceGroupName, imageTemplateName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateSend(context, resourceGroupName, imageTemplateName, parameters, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2025-10-01",
    });
}
function operations_createOrUpdateSend(context, resourceGroupName, imageTemplateName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: imageTemplateSerializer(parameters),
    });
}
async function operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return imageTemplateDeserializer(result.body);
}
/** Create or update a virtual machine image template */
function operations_createOrUpdate(context, resourceGroupName, imageTemplateName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_createOrUpdateSend(context, resourceGroupName, imageTemplateName, parameters, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2025-10-01",
    });
}
function operations_getSend(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        imageTemplateName: imageTemplateName,
        "api%2Dversion": context.apiVersion ?? "2025-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return imageTemplateDeserializer(result.body);
}
/** Get information about a virtual machine image template */
async function operations_get(context, resourceGroupName, imageTemplateName, options = { requestOptions: {} }) {
    const result = await operations_getSend(context, resourceGroupName, imageTemplateName, options);
    return operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/classic/virtualMachineImageTemplates/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getVirtualMachineImageTemplates(context) {
    return {
        listRunOutputs: (resourceGroupName, imageTemplateName, options) => listRunOutputs(context, resourceGroupName, imageTemplateName, options),
        getRunOutput: (resourceGroupName, imageTemplateName, runOutputName, options) => getRunOutput(context, resourceGroupName, imageTemplateName, runOutputName, options),
        cancel: (resourceGroupName, imageTemplateName, options) => cancel(context, resourceGroupName, imageTemplateName, options),
        beginCancel: async (resourceGroupName, imageTemplateName, options) => {
            const poller = cancel(context, resourceGroupName, imageTemplateName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCancelAndWait: async (resourceGroupName, imageTemplateName, options) => {
            return await cancel(context, resourceGroupName, imageTemplateName, options);
        },
        run: (resourceGroupName, imageTemplateName, options) => run(context, resourceGroupName, imageTemplateName, options),
        beginRun: async (resourceGroupName, imageTemplateName, options) => {
            const poller = run(context, resourceGroupName, imageTemplateName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRunAndWait: async (resourceGroupName, imageTemplateName, options) => {
            return await run(context, resourceGroupName, imageTemplateName, options);
        },
        list: (options) => operations_list(context, options),
        listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, imageTemplateName, options) => operations_$delete(context, resourceGroupName, imageTemplateName, options),
        beginDelete: async (resourceGroupName, imageTemplateName, options) => {
            const poller = operations_$delete(context, resourceGroupName, imageTemplateName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, imageTemplateName, options) => {
            return await operations_$delete(context, resourceGroupName, imageTemplateName, options);
        },
        update: (resourceGroupName, imageTemplateName, parameters, options) => update(context, resourceGroupName, imageTemplateName, parameters, options),
        beginUpdate: async (resourceGroupName, imageTemplateName, parameters, options) => {
            const poller = update(context, resourceGroupName, imageTemplateName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, imageTemplateName, parameters, options) => {
            return await update(context, resourceGroupName, imageTemplateName, parameters, options);
        },
        createOrUpdate: (resourceGroupName, imageTemplateName, parameters, options) => operations_createOrUpdate(context, resourceGroupName, imageTemplateName, parameters, options),
        beginCreateOrUpdate: async (resourceGroupName, imageTemplateName, parameters, options) => {
            const poller = operations_createOrUpdate(context, resourceGroupName, imageTemplateName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, imageTemplateName, parameters, options) => {
            return await operations_createOrUpdate(context, resourceGroupName, imageTemplateName, parameters, options);
        },
        get: (resourceGroupName, imageTemplateName, options) => operations_get(context, resourceGroupName, imageTemplateName, options),
    };
}
function _getVirtualMachineImageTemplatesOperations(context) {
    return {
        ..._getVirtualMachineImageTemplates(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/imageBuilderClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




class ImageBuilderClient {
    _client;
    /** The pipeline used by this client to make requests */
    pipeline;
    /** Virtual Machine Image Template */
    constructor(credential, subscriptionIdOrOptions, options) {
        let subscriptionId;
        if (typeof subscriptionIdOrOptions === "string") {
            subscriptionId = subscriptionIdOrOptions;
        }
        else if (typeof subscriptionIdOrOptions === "object") {
            options = subscriptionIdOrOptions;
        }
        options = options ?? {};
        const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
        const userAgentPrefix = prefixFromOptions
            ? `${prefixFromOptions} azsdk-js-client`
            : `azsdk-js-client`;
        this._client = createImageBuilder(credential, subscriptionId ?? "", {
            ...options,
            userAgentOptions: { userAgentPrefix },
        });
        this.pipeline = this._client.pipeline;
        this.virtualMachineImageTemplates = _getVirtualMachineImageTemplatesOperations(this._client);
        this.triggers = _getTriggersOperations(this._client);
        this.operations = _getOperationsOperations(this._client);
    }
    /** The operation groups for virtualMachineImageTemplates */
    virtualMachineImageTemplates;
    /** The operation groups for triggers */
    triggers;
    /** The operation groups for operations */
    operations;
}
//# sourceMappingURL=imageBuilderClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/restorePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Creates a poller from the serialized state of another poller. This can be
 * useful when you want to create pollers on a different host or a poller
 * needs to be constructed after the original one is not in scope.
 */
function restorePoller(client, serializedState, sourceOperation, options) {
    const pollerConfig = deserializeState(serializedState).config;
    const { initialRequestUrl, requestMethod, metadata } = pollerConfig;
    if (!initialRequestUrl || !requestMethod) {
        throw new Error(`Invalid serialized state: ${serializedState} for sourceOperation ${sourceOperation?.name}`);
    }
    const resourceLocationConfig = metadata?.["resourceLocationConfig"];
    const { deserializer, expectedStatuses = [] } = getDeserializationHelper(initialRequestUrl, requestMethod) ?? {};
    const deserializeHelper = options?.processResponseBody ?? deserializer;
    if (!deserializeHelper) {
        throw new Error(`Please ensure the operation is in this client! We can't find its deserializeHelper for ${sourceOperation?.name}.`);
    }
    const apiVersion = getApiVersionFromUrl(initialRequestUrl);
    return getLongRunningPoller(client["_client"] ?? client, deserializeHelper, expectedStatuses, {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        resourceLocationConfig,
        restoreFrom: serializedState,
        initialRequestUrl,
        apiVersion,
    });
}
const deserializeMap = {
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/cancel": { deserializer: _cancelDeserialize, expectedStatuses: ["202", "200", "204", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/run": { deserializer: _runDeserialize, expectedStatuses: ["202", "200", "204", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}": { deserializer: operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}": { deserializer: _updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}": { deserializer: operations_createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/triggers/{triggerName}": { deserializer: _$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/triggers/{triggerName}": { deserializer: _createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
};
function getDeserializationHelper(urlStr, method) {
    const path = new URL(urlStr).pathname;
    const pathParts = path.split("/");
    // Traverse list to match the longest candidate
    // matchedLen: the length of candidate path
    // matchedValue: the matched status code array
    let matchedLen = -1, matchedValue;
    // Iterate the responseMap to find a match
    for (const [key, value] of Object.entries(deserializeMap)) {
        // Extracting the path from the map key which is in format
        // GET /path/foo
        if (!key.startsWith(method)) {
            continue;
        }
        const candidatePath = getPathFromMapKey(key);
        // Get each part of the url path
        const candidateParts = candidatePath.split("/");
        // track if we have found a match to return the values found.
        let found = true;
        for (let i = candidateParts.length - 1, j = pathParts.length - 1; i >= 1 && j >= 1; i--, j--) {
            if (candidateParts[i]?.startsWith("{") && candidateParts[i]?.indexOf("}") !== -1) {
                const start = candidateParts[i].indexOf("}") + 1, end = candidateParts[i]?.length;
                // If the current part of the candidate is a "template" part
                // Try to use the suffix of pattern to match the path
                // {guid} ==> $
                // {guid}:export ==> :export$
                const isMatched = new RegExp(`${candidateParts[i]?.slice(start, end)}`).test(pathParts[j] || "");
                if (!isMatched) {
                    found = false;
                    break;
                }
                continue;
            }
            // If the candidate part is not a template and
            // the parts don't match mark the candidate as not found
            // to move on with the next candidate path.
            if (candidateParts[i] !== pathParts[j]) {
                found = false;
                break;
            }
        }
        // We finished evaluating the current candidate parts
        // Update the matched value if and only if we found the longer pattern
        if (found && candidatePath.length > matchedLen) {
            matchedLen = candidatePath.length;
            matchedValue = value;
        }
    }
    return matchedValue;
}
function getPathFromMapKey(mapKey) {
    const pathStart = mapKey.indexOf("/");
    return mapKey.slice(pathStart);
}
function getApiVersionFromUrl(urlStr) {
    const url = new URL(urlStr);
    return url.searchParams.get("api-version") ?? undefined;
}
//# sourceMappingURL=restorePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/models/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






//# sourceMappingURL=index.js.map

/***/ }),

/***/ 98365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO: () => (/* reexport */ isKeyCredential),
  Zp: () => (/* reexport */ isTokenCredential)
});

// UNUSED EXPORTS: AzureKeyCredential, AzureNamedKeyCredential, AzureSASCredential, isNamedKeyCredential, isSASCredential

// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 4 modules
var esm = __webpack_require__(89105);
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/keyCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Tests an object to determine whether it implements KeyCredential.
 *
 * @param credential - The assumed KeyCredential to be tested.
 */
function isKeyCredential(credential) {
    return (0,esm/* isObjectWithProperties */.TA)(credential, ["key"]) && typeof credential.key === "string";
}
//# sourceMappingURL=keyCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/azureNamedKeyCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A static name/key-based credential that supports updating
 * the underlying name and key values.
 */
class AzureNamedKeyCredential {
    _key;
    _name;
    /**
     * The value of the key to be used in authentication.
     */
    get key() {
        return this._key;
    }
    /**
     * The value of the name to be used in authentication.
     */
    get name() {
        return this._name;
    }
    /**
     * Create an instance of an AzureNamedKeyCredential for use
     * with a service client.
     *
     * @param name - The initial value of the name to use in authentication.
     * @param key - The initial value of the key to use in authentication.
     */
    constructor(name, key) {
        if (!name || !key) {
            throw new TypeError("name and key must be non-empty strings");
        }
        this._name = name;
        this._key = key;
    }
    /**
     * Change the value of the key.
     *
     * Updates will take effect upon the next request after
     * updating the key value.
     *
     * @param newName - The new name value to be used.
     * @param newKey - The new key value to be used.
     */
    update(newName, newKey) {
        if (!newName || !newKey) {
            throw new TypeError("newName and newKey must be non-empty strings");
        }
        this._name = newName;
        this._key = newKey;
    }
}
/**
 * Tests an object to determine whether it implements NamedKeyCredential.
 *
 * @param credential - The assumed NamedKeyCredential to be tested.
 */
function isNamedKeyCredential(credential) {
    return (isObjectWithProperties(credential, ["name", "key"]) &&
        typeof credential.key === "string" &&
        typeof credential.name === "string");
}
//# sourceMappingURL=azureNamedKeyCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/azureSASCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A static-signature-based credential that supports updating
 * the underlying signature value.
 */
class AzureSASCredential {
    _signature;
    /**
     * The value of the shared access signature to be used in authentication
     */
    get signature() {
        return this._signature;
    }
    /**
     * Create an instance of an AzureSASCredential for use
     * with a service client.
     *
     * @param signature - The initial value of the shared access signature to use in authentication
     */
    constructor(signature) {
        if (!signature) {
            throw new Error("shared access signature must be a non-empty string");
        }
        this._signature = signature;
    }
    /**
     * Change the value of the signature.
     *
     * Updates will take effect upon the next request after
     * updating the signature value.
     *
     * @param newSignature - The new shared access signature value to be used
     */
    update(newSignature) {
        if (!newSignature) {
            throw new Error("shared access signature must be a non-empty string");
        }
        this._signature = newSignature;
    }
}
/**
 * Tests an object to determine whether it implements SASCredential.
 *
 * @param credential - The assumed SASCredential to be tested.
 */
function isSASCredential(credential) {
    return (isObjectWithProperties(credential, ["signature"]) && typeof credential.signature === "string");
}
//# sourceMappingURL=azureSASCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/tokenCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Tests an object to determine whether it implements TokenCredential.
 *
 * @param credential - The assumed TokenCredential to be tested.
 */
function isTokenCredential(credential) {
    // Check for an object with a 'getToken' function and possibly with
    // a 'signRequest' function.  We do this check to make sure that
    // a ServiceClientCredentials implementor (like TokenClientCredentials
    // in ms-rest-nodeauth) doesn't get mistaken for a TokenCredential if
    // it doesn't actually implement TokenCredential also.
    const castCredential = credential;
    return (castCredential &&
        typeof castCredential.getToken === "function" &&
        (castCredential.signRequest === undefined || castCredential.getToken.length > 0));
}
//# sourceMappingURL=tokenCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/index.js





//# sourceMappingURL=index.js.map

/***/ })

};
