export const id = 87;
export const ids = [87];
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

/***/ 7087:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureClouds: () => (/* reexport */ AzureClouds),
  KnownAccountImmutabilityPolicyState: () => (/* reexport */ KnownAccountImmutabilityPolicyState),
  KnownAccountType: () => (/* reexport */ KnownAccountType),
  KnownAdvancedPlatformMetricsFilterType: () => (/* reexport */ KnownAdvancedPlatformMetricsFilterType),
  KnownAdvancedPlatformMetricsRuleType: () => (/* reexport */ KnownAdvancedPlatformMetricsRuleType),
  KnownAiProvider: () => (/* reexport */ KnownAiProvider),
  KnownAllowedCopyScope: () => (/* reexport */ KnownAllowedCopyScope),
  KnownAllowedMethods: () => (/* reexport */ KnownAllowedMethods),
  KnownBlobAccessPointConfigurationState: () => (/* reexport */ KnownBlobAccessPointConfigurationState),
  KnownBlobAccessPointConnectionTestStatus: () => (/* reexport */ KnownBlobAccessPointConnectionTestStatus),
  KnownBlobAccessPointConnectionType: () => (/* reexport */ KnownBlobAccessPointConnectionType),
  KnownBlobAccessPointPrivateLinkIdType: () => (/* reexport */ KnownBlobAccessPointPrivateLinkIdType),
  KnownBlobAccessPointRemoteAuthType: () => (/* reexport */ KnownBlobAccessPointRemoteAuthType),
  KnownBlobAccessPointSourceType: () => (/* reexport */ KnownBlobAccessPointSourceType),
  KnownBlobAccessPointTlsVerification: () => (/* reexport */ KnownBlobAccessPointTlsVerification),
  KnownBlobInventoryPolicyName: () => (/* reexport */ KnownBlobInventoryPolicyName),
  KnownBlobRestoreProgressStatus: () => (/* reexport */ KnownBlobRestoreProgressStatus),
  KnownBypass: () => (/* reexport */ KnownBypass),
  KnownContextCacheAccountKind: () => (/* reexport */ KnownContextCacheAccountKind),
  KnownContextCacheCheckNameAvailabilityFailureReason: () => (/* reexport */ KnownContextCacheCheckNameAvailabilityFailureReason),
  KnownContextCacheProvisioningState: () => (/* reexport */ KnownContextCacheProvisioningState),
  KnownCreatedByType: () => (/* reexport */ KnownCreatedByType),
  KnownDefaultSharePermission: () => (/* reexport */ KnownDefaultSharePermission),
  KnownDirectoryServiceOptions: () => (/* reexport */ KnownDirectoryServiceOptions),
  KnownDnsEndpointType: () => (/* reexport */ KnownDnsEndpointType),
  KnownEnabledProtocols: () => (/* reexport */ KnownEnabledProtocols),
  KnownEncryptionScopeSource: () => (/* reexport */ KnownEncryptionScopeSource),
  KnownEncryptionScopeState: () => (/* reexport */ KnownEncryptionScopeState),
  KnownExpirationAction: () => (/* reexport */ KnownExpirationAction),
  KnownExtendedLocationTypes: () => (/* reexport */ KnownExtendedLocationTypes),
  KnownFormat: () => (/* reexport */ KnownFormat),
  KnownGeoReplicationStatus: () => (/* reexport */ KnownGeoReplicationStatus),
  KnownIdentityType: () => (/* reexport */ KnownIdentityType),
  KnownImmutabilityPolicyState: () => (/* reexport */ KnownImmutabilityPolicyState),
  KnownImmutabilityPolicyUpdateType: () => (/* reexport */ KnownImmutabilityPolicyUpdateType),
  KnownInfrastructureEncryption: () => (/* reexport */ KnownInfrastructureEncryption),
  KnownIntervalUnit: () => (/* reexport */ KnownIntervalUnit),
  KnownInventoryRuleType: () => (/* reexport */ KnownInventoryRuleType),
  KnownIssueType: () => (/* reexport */ KnownIssueType),
  KnownKeyEncryptionKeyIdentityType: () => (/* reexport */ KnownKeyEncryptionKeyIdentityType),
  KnownKeySource: () => (/* reexport */ KnownKeySource),
  KnownKeyType: () => (/* reexport */ KnownKeyType),
  KnownKind: () => (/* reexport */ KnownKind),
  KnownLargeFileSharesState: () => (/* reexport */ KnownLargeFileSharesState),
  KnownLeaseContainerRequestAction: () => (/* reexport */ KnownLeaseContainerRequestAction),
  KnownLeaseDuration: () => (/* reexport */ KnownLeaseDuration),
  KnownLeaseShareAction: () => (/* reexport */ KnownLeaseShareAction),
  KnownLeaseState: () => (/* reexport */ KnownLeaseState),
  KnownLeaseStatus: () => (/* reexport */ KnownLeaseStatus),
  KnownListContainersInclude: () => (/* reexport */ KnownListContainersInclude),
  KnownListEncryptionScopesInclude: () => (/* reexport */ KnownListEncryptionScopesInclude),
  KnownListLocalUserIncludeParam: () => (/* reexport */ KnownListLocalUserIncludeParam),
  KnownManagedServiceIdentityType: () => (/* reexport */ KnownManagedServiceIdentityType),
  KnownManagementPolicyName: () => (/* reexport */ KnownManagementPolicyName),
  KnownMetricsEmitted: () => (/* reexport */ KnownMetricsEmitted),
  KnownMigrationName: () => (/* reexport */ KnownMigrationName),
  KnownMigrationState: () => (/* reexport */ KnownMigrationState),
  KnownMigrationStatus: () => (/* reexport */ KnownMigrationStatus),
  KnownMinimumTlsVersion: () => (/* reexport */ KnownMinimumTlsVersion),
  KnownName: () => (/* reexport */ KnownName),
  KnownNativeDataSharingProvisioningState: () => (/* reexport */ KnownNativeDataSharingProvisioningState),
  KnownNetworkSecurityPerimeterConfigurationProvisioningState: () => (/* reexport */ KnownNetworkSecurityPerimeterConfigurationProvisioningState),
  KnownNspAccessRuleDirection: () => (/* reexport */ KnownNspAccessRuleDirection),
  KnownObjectType: () => (/* reexport */ KnownObjectType),
  KnownPermissions: () => (/* reexport */ KnownPermissions),
  KnownPolicyViolationAction: () => (/* reexport */ KnownPolicyViolationAction),
  KnownPostFailoverRedundancy: () => (/* reexport */ KnownPostFailoverRedundancy),
  KnownPostPlannedFailoverRedundancy: () => (/* reexport */ KnownPostPlannedFailoverRedundancy),
  KnownPrivateEndpointConnectionProvisioningState: () => (/* reexport */ KnownPrivateEndpointConnectionProvisioningState),
  KnownPrivateEndpointServiceConnectionStatus: () => (/* reexport */ KnownPrivateEndpointServiceConnectionStatus),
  KnownPublicNetworkAccess: () => (/* reexport */ KnownPublicNetworkAccess),
  KnownReasonCode: () => (/* reexport */ KnownReasonCode),
  KnownResourceAssociationAccessMode: () => (/* reexport */ KnownResourceAssociationAccessMode),
  KnownResourceProvisioningState: () => (/* reexport */ KnownResourceProvisioningState),
  KnownRootSquashType: () => (/* reexport */ KnownRootSquashType),
  KnownRoutingChoice: () => (/* reexport */ KnownRoutingChoice),
  KnownRuleType: () => (/* reexport */ KnownRuleType),
  KnownRunResult: () => (/* reexport */ KnownRunResult),
  KnownRunStatusEnum: () => (/* reexport */ KnownRunStatusEnum),
  KnownSchedule: () => (/* reexport */ KnownSchedule),
  KnownServices: () => (/* reexport */ KnownServices),
  KnownSeverity: () => (/* reexport */ KnownSeverity),
  KnownShareAccessTier: () => (/* reexport */ KnownShareAccessTier),
  KnownSignedResource: () => (/* reexport */ KnownSignedResource),
  KnownSignedResourceTypes: () => (/* reexport */ KnownSignedResourceTypes),
  KnownSkuConversionStatus: () => (/* reexport */ KnownSkuConversionStatus),
  KnownSkuName: () => (/* reexport */ KnownSkuName),
  KnownState: () => (/* reexport */ KnownState),
  KnownStorageConnectorAuthType: () => (/* reexport */ KnownStorageConnectorAuthType),
  KnownStorageConnectorConnectionType: () => (/* reexport */ KnownStorageConnectorConnectionType),
  KnownStorageConnectorDataSourceType: () => (/* reexport */ KnownStorageConnectorDataSourceType),
  KnownStorageConnectorSourceType: () => (/* reexport */ KnownStorageConnectorSourceType),
  KnownStorageConnectorState: () => (/* reexport */ KnownStorageConnectorState),
  KnownStorageDataShareAccessPolicyPermission: () => (/* reexport */ KnownStorageDataShareAccessPolicyPermission),
  KnownStorageTaskAssignmentProvisioningState: () => (/* reexport */ KnownStorageTaskAssignmentProvisioningState),
  KnownTriggerType: () => (/* reexport */ KnownTriggerType),
  KnownTurboTierStatus: () => (/* reexport */ KnownTurboTierStatus),
  KnownVersions: () => (/* reexport */ KnownVersions),
  KnownZonePlacementPolicy: () => (/* reexport */ KnownZonePlacementPolicy),
  RestError: () => (/* reexport */ core_rest_pipeline_dist_esm/* RestError */.pj),
  StorageManagementClient: () => (/* reexport */ StorageManagementClient),
  isRestError: () => (/* reexport */ core_rest_pipeline_dist_esm/* isRestError */.T0),
  restorePoller: () => (/* reexport */ restorePoller)
});

;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/static-helpers/cloudSettingHelpers.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const logger = (0,esm/* createClientLogger */.KV)("arm-storage");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/package.json
const package_namespaceObject = {"rE":"21.0.0"};
// EXTERNAL MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js + 6 modules
var dist_esm = __webpack_require__(26255);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/storageManagementContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/** The Azure Storage Management API. */
function createStorageManagement(credential, subscriptionId, options = {}) {
    const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentInfo = `azsdk-js-arm-storage/${package_namespaceObject.rE}`;
    const userAgentPrefix = prefixFromOptions
        ? `${prefixFromOptions} ${userAgentInfo}`
        : `${userAgentInfo}`;
    const { apiVersion: _, ...updatedOptions } = {
        ...options,
        userAgentOptions: { userAgentPrefix },
        loggingOptions: {
            ...options.loggingOptions,
            logger: options.loggingOptions?.logger ?? logger.info,
        },
        credentials: {
            scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"],
        },
    };
    const clientContext = (0,dist_esm/* getClient */.KU)(endpointUrl, credential, updatedOptions);
    const apiVersion = options.apiVersion;
    return { ...clientContext, apiVersion, subscriptionId };
}
//# sourceMappingURL=storageManagementContext.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/static-helpers/serialization/check-prop-undefined.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */

function _operationListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : operationArrayDeserializer(item["value"]),
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
        ...(!item["properties"]
            ? item["properties"]
            : _operationOperationPropertiesDeserializer(item["properties"])),
    };
}
function operationDisplayDeserializer(item) {
    return {
        provider: item["provider"],
        resource: item["resource"],
        operation: item["operation"],
        description: item["description"],
    };
}
function operationPropertiesDeserializer(item) {
    return {
        serviceSpecification: !item["serviceSpecification"]
            ? item["serviceSpecification"]
            : serviceSpecificationDeserializer(item["serviceSpecification"]),
    };
}
function serviceSpecificationDeserializer(item) {
    return {
        metricSpecifications: !item["metricSpecifications"]
            ? item["metricSpecifications"]
            : metricSpecificationArrayDeserializer(item["metricSpecifications"]),
    };
}
function metricSpecificationArrayDeserializer(result) {
    return result.map((item) => {
        return metricSpecificationDeserializer(item);
    });
}
function metricSpecificationDeserializer(item) {
    return {
        name: item["name"],
        displayName: item["displayName"],
        displayDescription: item["displayDescription"],
        unit: item["unit"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : dimensionArrayDeserializer(item["dimensions"]),
        aggregationType: item["aggregationType"],
        fillGapWithZero: item["fillGapWithZero"],
        category: item["category"],
        resourceIdDimensionNameOverride: item["resourceIdDimensionNameOverride"],
    };
}
function dimensionArrayDeserializer(result) {
    return result.map((item) => {
        return dimensionDeserializer(item);
    });
}
function dimensionDeserializer(item) {
    return {
        name: item["name"],
        displayName: item["displayName"],
    };
}
function errorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorResponseBodyDeserializer(item["error"]),
    };
}
function errorResponseBodyDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
    };
}
function blobContainerSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "defaultEncryptionScope",
            "denyEncryptionScopeOverride",
            "publicAccess",
            "metadata",
            "immutableStorageWithVersioning",
            "enableNfsV3RootSquash",
            "enableNfsV3AllSquash",
            "blobAccessPointConfiguration",
        ])
            ? undefined
            : _blobContainerPropertiesSerializer(item),
    };
}
function blobContainerDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _blobContainerPropertiesDeserializer(item["properties"])),
        etag: item["etag"],
    };
}
function containerPropertiesSerializer(item) {
    return {
        defaultEncryptionScope: item["defaultEncryptionScope"],
        denyEncryptionScopeOverride: item["denyEncryptionScopeOverride"],
        publicAccess: item["publicAccess"],
        metadata: item["metadata"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageWithVersioningSerializer(item["immutableStorageWithVersioning"]),
        enableNfsV3RootSquash: item["enableNfsV3RootSquash"],
        enableNfsV3AllSquash: item["enableNfsV3AllSquash"],
        blobAccessPointConfiguration: !item["blobAccessPointConfiguration"]
            ? item["blobAccessPointConfiguration"]
            : blobAccessPointConfigurationConnectionSerializer(item["blobAccessPointConfiguration"]),
    };
}
function containerPropertiesDeserializer(item) {
    return {
        version: item["version"],
        deleted: item["deleted"],
        deletedTime: !item["deletedTime"] ? item["deletedTime"] : new Date(item["deletedTime"]),
        remainingRetentionDays: item["remainingRetentionDays"],
        defaultEncryptionScope: item["defaultEncryptionScope"],
        denyEncryptionScopeOverride: item["denyEncryptionScopeOverride"],
        publicAccess: item["publicAccess"],
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        leaseStatus: item["leaseStatus"],
        leaseState: item["leaseState"],
        leaseDuration: item["leaseDuration"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        immutabilityPolicy: !item["immutabilityPolicy"]
            ? item["immutabilityPolicy"]
            : immutabilityPolicyPropertiesDeserializer(item["immutabilityPolicy"]),
        legalHold: !item["legalHold"]
            ? item["legalHold"]
            : legalHoldPropertiesDeserializer(item["legalHold"]),
        hasLegalHold: item["hasLegalHold"],
        hasImmutabilityPolicy: item["hasImmutabilityPolicy"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageWithVersioningDeserializer(item["immutableStorageWithVersioning"]),
        enableNfsV3RootSquash: item["enableNfsV3RootSquash"],
        enableNfsV3AllSquash: item["enableNfsV3AllSquash"],
        blobAccessPointConfiguration: !item["blobAccessPointConfiguration"]
            ? item["blobAccessPointConfiguration"]
            : blobAccessPointConfigurationConnectionDeserializer(item["blobAccessPointConfiguration"]),
    };
}
/** The lease status of the container. */
var KnownLeaseStatus;
(function (KnownLeaseStatus) {
    /** Locked */
    KnownLeaseStatus["Locked"] = "Locked";
    /** Unlocked */
    KnownLeaseStatus["Unlocked"] = "Unlocked";
})(KnownLeaseStatus || (KnownLeaseStatus = {}));
/** Lease state of the container. */
var KnownLeaseState;
(function (KnownLeaseState) {
    /** Available */
    KnownLeaseState["Available"] = "Available";
    /** Leased */
    KnownLeaseState["Leased"] = "Leased";
    /** Expired */
    KnownLeaseState["Expired"] = "Expired";
    /** Breaking */
    KnownLeaseState["Breaking"] = "Breaking";
    /** Broken */
    KnownLeaseState["Broken"] = "Broken";
})(KnownLeaseState || (KnownLeaseState = {}));
/** Specifies whether the lease on a container is of infinite or fixed duration, only when the container is leased. */
var KnownLeaseDuration;
(function (KnownLeaseDuration) {
    /** Infinite */
    KnownLeaseDuration["Infinite"] = "Infinite";
    /** Fixed */
    KnownLeaseDuration["Fixed"] = "Fixed";
})(KnownLeaseDuration || (KnownLeaseDuration = {}));
function immutabilityPolicyPropertiesDeserializer(item) {
    return {
        ...(!item["properties"]
            ? item["properties"]
            : _immutabilityPolicyPropertiesPropertiesDeserializer(item["properties"])),
        etag: item["etag"],
        updateHistory: !item["updateHistory"]
            ? item["updateHistory"]
            : updateHistoryPropertyArrayDeserializer(item["updateHistory"]),
    };
}
function immutabilityPolicyPropertySerializer(item) {
    return {
        immutabilityPeriodSinceCreationInDays: item["immutabilityPeriodSinceCreationInDays"],
        allowProtectedAppendWrites: item["allowProtectedAppendWrites"],
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
    };
}
function immutabilityPolicyPropertyDeserializer(item) {
    return {
        immutabilityPeriodSinceCreationInDays: item["immutabilityPeriodSinceCreationInDays"],
        state: item["state"],
        allowProtectedAppendWrites: item["allowProtectedAppendWrites"],
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
    };
}
/** The ImmutabilityPolicy state of a blob container, possible values include: Locked and Unlocked. */
var KnownImmutabilityPolicyState;
(function (KnownImmutabilityPolicyState) {
    /** Locked */
    KnownImmutabilityPolicyState["Locked"] = "Locked";
    /** Unlocked */
    KnownImmutabilityPolicyState["Unlocked"] = "Unlocked";
})(KnownImmutabilityPolicyState || (KnownImmutabilityPolicyState = {}));
function updateHistoryPropertyArrayDeserializer(result) {
    return result.map((item) => {
        return updateHistoryPropertyDeserializer(item);
    });
}
function updateHistoryPropertyDeserializer(item) {
    return {
        update: item["update"],
        immutabilityPeriodSinceCreationInDays: item["immutabilityPeriodSinceCreationInDays"],
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
        objectIdentifier: item["objectIdentifier"],
        tenantId: item["tenantId"],
        upn: item["upn"],
        allowProtectedAppendWrites: item["allowProtectedAppendWrites"],
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
    };
}
/** The ImmutabilityPolicy update type of a blob container, possible values include: put, lock and extend. */
var KnownImmutabilityPolicyUpdateType;
(function (KnownImmutabilityPolicyUpdateType) {
    /** put */
    KnownImmutabilityPolicyUpdateType["Put"] = "put";
    /** lock */
    KnownImmutabilityPolicyUpdateType["Lock"] = "lock";
    /** extend */
    KnownImmutabilityPolicyUpdateType["Extend"] = "extend";
})(KnownImmutabilityPolicyUpdateType || (KnownImmutabilityPolicyUpdateType = {}));
function legalHoldPropertiesDeserializer(item) {
    return {
        hasLegalHold: item["hasLegalHold"],
        tags: !item["tags"] ? item["tags"] : tagPropertyArrayDeserializer(item["tags"]),
        protectedAppendWritesHistory: !item["protectedAppendWritesHistory"]
            ? item["protectedAppendWritesHistory"]
            : protectedAppendWritesHistoryDeserializer(item["protectedAppendWritesHistory"]),
    };
}
function tagPropertyArrayDeserializer(result) {
    return result.map((item) => {
        return tagPropertyDeserializer(item);
    });
}
function tagPropertyDeserializer(item) {
    return {
        tag: item["tag"],
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
        objectIdentifier: item["objectIdentifier"],
        tenantId: item["tenantId"],
        upn: item["upn"],
    };
}
function protectedAppendWritesHistoryDeserializer(item) {
    return {
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
    };
}
function immutableStorageWithVersioningSerializer(item) {
    return { enabled: item["enabled"] };
}
function immutableStorageWithVersioningDeserializer(item) {
    return {
        enabled: item["enabled"],
        timeStamp: !item["timeStamp"] ? item["timeStamp"] : new Date(item["timeStamp"]),
        migrationState: item["migrationState"],
    };
}
/** This property denotes the container level immutability to object level immutability migration state. */
var KnownMigrationState;
(function (KnownMigrationState) {
    /** InProgress */
    KnownMigrationState["InProgress"] = "InProgress";
    /** Completed */
    KnownMigrationState["Completed"] = "Completed";
})(KnownMigrationState || (KnownMigrationState = {}));
function blobAccessPointConfigurationConnectionSerializer(item) {
    return {
        blobAccessPointConfigurationName: item["blobAccessPointConfigurationName"],
        blobAccessPointConfigurationUniqueId: item["blobAccessPointConfigurationUniqueId"],
    };
}
function blobAccessPointConfigurationConnectionDeserializer(item) {
    return {
        blobAccessPointConfigurationName: item["blobAccessPointConfigurationName"],
        blobAccessPointConfigurationUniqueId: item["blobAccessPointConfigurationUniqueId"],
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
function legalHoldSerializer(item) {
    return {
        tags: item["tags"].map((p) => {
            return p;
        }),
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
    };
}
function legalHoldDeserializer(item) {
    return {
        hasLegalHold: item["hasLegalHold"],
        tags: item["tags"].map((p) => {
            return p;
        }),
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
    };
}
function leaseContainerRequestSerializer(item) {
    return {
        action: item["action"],
        leaseId: item["leaseId"],
        breakPeriod: item["breakPeriod"],
        leaseDuration: item["leaseDuration"],
        proposedLeaseId: item["proposedLeaseId"],
    };
}
/** Specifies the lease action. Can be one of the available actions. */
var KnownLeaseContainerRequestAction;
(function (KnownLeaseContainerRequestAction) {
    /** Acquire */
    KnownLeaseContainerRequestAction["Acquire"] = "Acquire";
    /** Renew */
    KnownLeaseContainerRequestAction["Renew"] = "Renew";
    /** Change */
    KnownLeaseContainerRequestAction["Change"] = "Change";
    /** Release */
    KnownLeaseContainerRequestAction["Release"] = "Release";
    /** Break */
    KnownLeaseContainerRequestAction["Break"] = "Break";
})(KnownLeaseContainerRequestAction || (KnownLeaseContainerRequestAction = {}));
function leaseContainerResponseDeserializer(item) {
    return {
        leaseId: item["leaseId"],
        leaseTimeSeconds: item["leaseTimeSeconds"],
    };
}
function cloudErrorDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : cloudErrorBodyDeserializer(item["error"]),
    };
}
function cloudErrorBodyDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"] ? item["details"] : cloudErrorBodyArrayDeserializer(item["details"]),
    };
}
function cloudErrorBodyArrayDeserializer(result) {
    return result.map((item) => {
        return cloudErrorBodyDeserializer(item);
    });
}
/** The provisioning state of a resource type. */
var KnownResourceProvisioningState;
(function (KnownResourceProvisioningState) {
    /** Resource has been created. */
    KnownResourceProvisioningState["Succeeded"] = "Succeeded";
    /** Resource creation failed. */
    KnownResourceProvisioningState["Failed"] = "Failed";
    /** Resource creation was canceled. */
    KnownResourceProvisioningState["Canceled"] = "Canceled";
})(KnownResourceProvisioningState || (KnownResourceProvisioningState = {}));
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
function _listContainerItemsDeserializer(item) {
    return {
        value: listContainerItemArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function listContainerItemArrayDeserializer(result) {
    return result.map((item) => {
        return listContainerItemDeserializer(item);
    });
}
function listContainerItemDeserializer(item) {
    return {
        etag: item["etag"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _listContainerItemPropertiesDeserializer(item["properties"])),
    };
}
function azureEntityResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        etag: item["etag"],
    };
}
function immutabilityPolicySerializer(item) {
    return { properties: _immutabilityPolicyPropertiesSerializer(item) };
}
function immutabilityPolicyDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._immutabilityPolicyPropertiesDeserializer(item["properties"]),
        etag: item["etag"],
    };
}
function blobServicePropertiesSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "cors",
            "defaultServiceVersion",
            "deleteRetentionPolicy",
            "staticWebsite",
            "isVersioningEnabled",
            "automaticSnapshotPolicyEnabled",
            "changeFeed",
            "restorePolicy",
            "containerDeleteRetentionPolicy",
            "lastAccessTimeTrackingPolicy",
        ])
            ? undefined
            : _blobServicePropertiesPropertiesSerializer(item),
    };
}
function blobServicePropertiesDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _blobServicePropertiesPropertiesDeserializer(item["properties"])),
        sku: !item["sku"] ? item["sku"] : skuDeserializer(item["sku"]),
    };
}
function blobServicePropertiesPropertiesSerializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesSerializer(item["cors"]),
        defaultServiceVersion: item["defaultServiceVersion"],
        deleteRetentionPolicy: !item["deleteRetentionPolicy"]
            ? item["deleteRetentionPolicy"]
            : deleteRetentionPolicySerializer(item["deleteRetentionPolicy"]),
        staticWebsite: !item["staticWebsite"]
            ? item["staticWebsite"]
            : staticWebsiteSerializer(item["staticWebsite"]),
        isVersioningEnabled: item["isVersioningEnabled"],
        automaticSnapshotPolicyEnabled: item["automaticSnapshotPolicyEnabled"],
        changeFeed: !item["changeFeed"] ? item["changeFeed"] : changeFeedSerializer(item["changeFeed"]),
        restorePolicy: !item["restorePolicy"]
            ? item["restorePolicy"]
            : restorePolicyPropertiesSerializer(item["restorePolicy"]),
        containerDeleteRetentionPolicy: !item["containerDeleteRetentionPolicy"]
            ? item["containerDeleteRetentionPolicy"]
            : deleteRetentionPolicySerializer(item["containerDeleteRetentionPolicy"]),
        lastAccessTimeTrackingPolicy: !item["lastAccessTimeTrackingPolicy"]
            ? item["lastAccessTimeTrackingPolicy"]
            : lastAccessTimeTrackingPolicySerializer(item["lastAccessTimeTrackingPolicy"]),
    };
}
function blobServicePropertiesPropertiesDeserializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesDeserializer(item["cors"]),
        defaultServiceVersion: item["defaultServiceVersion"],
        deleteRetentionPolicy: !item["deleteRetentionPolicy"]
            ? item["deleteRetentionPolicy"]
            : deleteRetentionPolicyDeserializer(item["deleteRetentionPolicy"]),
        staticWebsite: !item["staticWebsite"]
            ? item["staticWebsite"]
            : staticWebsiteDeserializer(item["staticWebsite"]),
        isVersioningEnabled: item["isVersioningEnabled"],
        automaticSnapshotPolicyEnabled: item["automaticSnapshotPolicyEnabled"],
        changeFeed: !item["changeFeed"]
            ? item["changeFeed"]
            : changeFeedDeserializer(item["changeFeed"]),
        restorePolicy: !item["restorePolicy"]
            ? item["restorePolicy"]
            : restorePolicyPropertiesDeserializer(item["restorePolicy"]),
        containerDeleteRetentionPolicy: !item["containerDeleteRetentionPolicy"]
            ? item["containerDeleteRetentionPolicy"]
            : deleteRetentionPolicyDeserializer(item["containerDeleteRetentionPolicy"]),
        lastAccessTimeTrackingPolicy: !item["lastAccessTimeTrackingPolicy"]
            ? item["lastAccessTimeTrackingPolicy"]
            : lastAccessTimeTrackingPolicyDeserializer(item["lastAccessTimeTrackingPolicy"]),
    };
}
function corsRulesSerializer(item) {
    return {
        corsRules: !item["corsRules"] ? item["corsRules"] : corsRuleArraySerializer(item["corsRules"]),
    };
}
function corsRulesDeserializer(item) {
    return {
        corsRules: !item["corsRules"]
            ? item["corsRules"]
            : corsRuleArrayDeserializer(item["corsRules"]),
    };
}
function corsRuleArraySerializer(result) {
    return result.map((item) => {
        return corsRuleSerializer(item);
    });
}
function corsRuleArrayDeserializer(result) {
    return result.map((item) => {
        return corsRuleDeserializer(item);
    });
}
function corsRuleSerializer(item) {
    return {
        allowedOrigins: item["allowedOrigins"].map((p) => {
            return p;
        }),
        allowedMethods: item["allowedMethods"].map((p) => {
            return p;
        }),
        maxAgeInSeconds: item["maxAgeInSeconds"],
        exposedHeaders: item["exposedHeaders"].map((p) => {
            return p;
        }),
        allowedHeaders: item["allowedHeaders"].map((p) => {
            return p;
        }),
    };
}
function corsRuleDeserializer(item) {
    return {
        allowedOrigins: item["allowedOrigins"].map((p) => {
            return p;
        }),
        allowedMethods: item["allowedMethods"].map((p) => {
            return p;
        }),
        maxAgeInSeconds: item["maxAgeInSeconds"],
        exposedHeaders: item["exposedHeaders"].map((p) => {
            return p;
        }),
        allowedHeaders: item["allowedHeaders"].map((p) => {
            return p;
        }),
    };
}
/** Known values of {@link AllowedMethods} that the service accepts. */
var KnownAllowedMethods;
(function (KnownAllowedMethods) {
    /** DELETE */
    KnownAllowedMethods["Delete"] = "DELETE";
    /** GET */
    KnownAllowedMethods["GET"] = "GET";
    /** HEAD */
    KnownAllowedMethods["Head"] = "HEAD";
    /** MERGE */
    KnownAllowedMethods["Merge"] = "MERGE";
    /** POST */
    KnownAllowedMethods["Post"] = "POST";
    /** OPTIONS */
    KnownAllowedMethods["Options"] = "OPTIONS";
    /** PUT */
    KnownAllowedMethods["PUT"] = "PUT";
    /** PATCH */
    KnownAllowedMethods["Patch"] = "PATCH";
    /** CONNECT */
    KnownAllowedMethods["Connect"] = "CONNECT";
    /** TRACE */
    KnownAllowedMethods["Trace"] = "TRACE";
})(KnownAllowedMethods || (KnownAllowedMethods = {}));
function deleteRetentionPolicySerializer(item) {
    return {
        enabled: item["enabled"],
        days: item["days"],
        allowPermanentDelete: item["allowPermanentDelete"],
    };
}
function deleteRetentionPolicyDeserializer(item) {
    return {
        enabled: item["enabled"],
        days: item["days"],
        allowPermanentDelete: item["allowPermanentDelete"],
    };
}
function staticWebsiteSerializer(item) {
    return {
        enabled: item["enabled"],
        indexDocument: item["indexDocument"],
        defaultIndexDocumentPath: item["defaultIndexDocumentPath"],
        errorDocument404Path: item["errorDocument404Path"],
    };
}
function staticWebsiteDeserializer(item) {
    return {
        enabled: item["enabled"],
        indexDocument: item["indexDocument"],
        defaultIndexDocumentPath: item["defaultIndexDocumentPath"],
        errorDocument404Path: item["errorDocument404Path"],
    };
}
function changeFeedSerializer(item) {
    return { enabled: item["enabled"], retentionInDays: item["retentionInDays"] };
}
function changeFeedDeserializer(item) {
    return {
        enabled: item["enabled"],
        retentionInDays: item["retentionInDays"],
    };
}
function restorePolicyPropertiesSerializer(item) {
    return { enabled: item["enabled"], days: item["days"] };
}
function restorePolicyPropertiesDeserializer(item) {
    return {
        enabled: item["enabled"],
        days: item["days"],
        lastEnabledTime: !item["lastEnabledTime"]
            ? item["lastEnabledTime"]
            : new Date(item["lastEnabledTime"]),
        minRestoreTime: !item["minRestoreTime"]
            ? item["minRestoreTime"]
            : new Date(item["minRestoreTime"]),
    };
}
function lastAccessTimeTrackingPolicySerializer(item) {
    return {
        enable: item["enable"],
        name: item["name"],
        trackingGranularityInDays: item["trackingGranularityInDays"],
        blobType: !item["blobType"]
            ? item["blobType"]
            : item["blobType"].map((p) => {
                return p;
            }),
    };
}
function lastAccessTimeTrackingPolicyDeserializer(item) {
    return {
        enable: item["enable"],
        name: item["name"],
        trackingGranularityInDays: item["trackingGranularityInDays"],
        blobType: !item["blobType"]
            ? item["blobType"]
            : item["blobType"].map((p) => {
                return p;
            }),
    };
}
/** Name of the policy. The valid value is AccessTimeTracking. This field is currently read only */
var KnownName;
(function (KnownName) {
    /** AccessTimeTracking */
    KnownName["AccessTimeTracking"] = "AccessTimeTracking";
})(KnownName || (KnownName = {}));
function skuSerializer(item) {
    return { name: item["name"] };
}
function skuDeserializer(item) {
    return {
        name: item["name"],
        tier: item["tier"],
    };
}
/** The SKU name. Required for account creation; optional for update. Note that in older versions, SKU name was called accountType. */
var KnownSkuName;
(function (KnownSkuName) {
    /** Standard_LRS */
    KnownSkuName["StandardLRS"] = "Standard_LRS";
    /** Standard_GRS */
    KnownSkuName["StandardGRS"] = "Standard_GRS";
    /** Standard_RAGRS */
    KnownSkuName["StandardRagrs"] = "Standard_RAGRS";
    /** Standard_ZRS */
    KnownSkuName["StandardZRS"] = "Standard_ZRS";
    /** Premium_LRS */
    KnownSkuName["PremiumLRS"] = "Premium_LRS";
    /** Premium_ZRS */
    KnownSkuName["PremiumZRS"] = "Premium_ZRS";
    /** Standard_GZRS */
    KnownSkuName["StandardGzrs"] = "Standard_GZRS";
    /** Standard_RAGZRS */
    KnownSkuName["StandardRagzrs"] = "Standard_RAGZRS";
    /** StandardV2_LRS */
    KnownSkuName["StandardV2LRS"] = "StandardV2_LRS";
    /** StandardV2_GRS */
    KnownSkuName["StandardV2GRS"] = "StandardV2_GRS";
    /** StandardV2_ZRS */
    KnownSkuName["StandardV2ZRS"] = "StandardV2_ZRS";
    /** StandardV2_GZRS */
    KnownSkuName["StandardV2Gzrs"] = "StandardV2_GZRS";
    /** PremiumV2_LRS */
    KnownSkuName["PremiumV2LRS"] = "PremiumV2_LRS";
    /** PremiumV2_ZRS */
    KnownSkuName["PremiumV2ZRS"] = "PremiumV2_ZRS";
})(KnownSkuName || (KnownSkuName = {}));
function _blobServiceItemsDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : blobServicePropertiesArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function blobServicePropertiesArraySerializer(result) {
    return result.map((item) => {
        return blobServicePropertiesSerializer(item);
    });
}
function blobServicePropertiesArrayDeserializer(result) {
    return result.map((item) => {
        return blobServicePropertiesDeserializer(item);
    });
}
function storageAccountCheckNameAvailabilityParametersSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function checkNameAvailabilityResultDeserializer(item) {
    return {
        nameAvailable: item["nameAvailable"],
        reason: item["reason"],
        message: item["message"],
    };
}
function storageAccountDeserializer(item) {
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
            : _storageAccountPropertiesDeserializer(item["properties"])),
        sku: !item["sku"] ? item["sku"] : skuDeserializer(item["sku"]),
        kind: item["kind"],
        identity: !item["identity"] ? item["identity"] : identityDeserializer(item["identity"]),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationDeserializer(item["extendedLocation"]),
        zones: !item["zones"]
            ? item["zones"]
            : item["zones"].map((p) => {
                return p;
            }),
        placement: !item["placement"] ? item["placement"] : placementDeserializer(item["placement"]),
    };
}
function storageAccountPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        primaryEndpoints: !item["primaryEndpoints"]
            ? item["primaryEndpoints"]
            : endpointsDeserializer(item["primaryEndpoints"]),
        primaryLocation: item["primaryLocation"],
        statusOfPrimary: item["statusOfPrimary"],
        lastGeoFailoverTime: !item["lastGeoFailoverTime"]
            ? item["lastGeoFailoverTime"]
            : new Date(item["lastGeoFailoverTime"]),
        secondaryLocation: item["secondaryLocation"],
        statusOfSecondary: item["statusOfSecondary"],
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        customDomain: !item["customDomain"]
            ? item["customDomain"]
            : customDomainDeserializer(item["customDomain"]),
        sasPolicy: !item["sasPolicy"] ? item["sasPolicy"] : sasPolicyDeserializer(item["sasPolicy"]),
        keyPolicy: !item["keyPolicy"] ? item["keyPolicy"] : keyPolicyDeserializer(item["keyPolicy"]),
        keyCreationTime: !item["keyCreationTime"]
            ? item["keyCreationTime"]
            : keyCreationTimeDeserializer(item["keyCreationTime"]),
        secondaryEndpoints: !item["secondaryEndpoints"]
            ? item["secondaryEndpoints"]
            : endpointsDeserializer(item["secondaryEndpoints"]),
        encryption: !item["encryption"]
            ? item["encryption"]
            : encryptionDeserializer(item["encryption"]),
        accessTier: item["accessTier"],
        turboTier: !item["turboTier"] ? item["turboTier"] : turboTierDeserializer(item["turboTier"]),
        azureFilesIdentityBasedAuthentication: !item["azureFilesIdentityBasedAuthentication"]
            ? item["azureFilesIdentityBasedAuthentication"]
            : azureFilesIdentityBasedAuthenticationDeserializer(item["azureFilesIdentityBasedAuthentication"]),
        enableHttpsTrafficOnly: item["supportsHttpsTrafficOnly"],
        networkRuleSet: !item["networkAcls"]
            ? item["networkAcls"]
            : networkRuleSetDeserializer(item["networkAcls"]),
        isSftpEnabled: item["isSftpEnabled"],
        isLocalUserEnabled: item["isLocalUserEnabled"],
        enableExtendedGroups: item["enableExtendedGroups"],
        isHnsEnabled: item["isHnsEnabled"],
        geoReplicationStats: !item["geoReplicationStats"]
            ? item["geoReplicationStats"]
            : geoReplicationStatsDeserializer(item["geoReplicationStats"]),
        failoverInProgress: item["failoverInProgress"],
        largeFileSharesState: item["largeFileSharesState"],
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        routingPreference: !item["routingPreference"]
            ? item["routingPreference"]
            : routingPreferenceDeserializer(item["routingPreference"]),
        dualStackEndpointPreference: !item["dualStackEndpointPreference"]
            ? item["dualStackEndpointPreference"]
            : dualStackEndpointPreferenceDeserializer(item["dualStackEndpointPreference"]),
        blobRestoreStatus: !item["blobRestoreStatus"]
            ? item["blobRestoreStatus"]
            : blobRestoreStatusDeserializer(item["blobRestoreStatus"]),
        allowBlobPublicAccess: item["allowBlobPublicAccess"],
        minimumTlsVersion: item["minimumTlsVersion"],
        allowSharedKeyAccess: item["allowSharedKeyAccess"],
        enableNfsV3: item["isNfsV3Enabled"],
        allowCrossTenantReplication: item["allowCrossTenantReplication"],
        defaultToOAuthAuthentication: item["defaultToOAuthAuthentication"],
        publicNetworkAccess: item["publicNetworkAccess"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageAccountDeserializer(item["immutableStorageWithVersioning"]),
        allowedCopyScope: item["allowedCopyScope"],
        storageAccountSkuConversionStatus: !item["storageAccountSkuConversionStatus"]
            ? item["storageAccountSkuConversionStatus"]
            : storageAccountSkuConversionStatusDeserializer(item["storageAccountSkuConversionStatus"]),
        dnsEndpointType: item["dnsEndpointType"],
        isSkuConversionBlocked: item["isSkuConversionBlocked"],
        accountMigrationInProgress: item["accountMigrationInProgress"],
        geoPriorityReplicationStatus: !item["geoPriorityReplicationStatus"]
            ? item["geoPriorityReplicationStatus"]
            : geoPriorityReplicationStatusDeserializer(item["geoPriorityReplicationStatus"]),
        allowSharedKeyAccessForServices: !item["allowSharedKeyAccessForServices"]
            ? item["allowSharedKeyAccessForServices"]
            : storageAccountSharedKeyAccessPropertiesDeserializer(item["allowSharedKeyAccessForServices"]),
        dataCollaborationPolicyProperties: !item["dataCollaborationPolicyProperties"]
            ? item["dataCollaborationPolicyProperties"]
            : storageDataCollaborationPolicyPropertiesDeserializer(item["dataCollaborationPolicyProperties"]),
        allowCrossTenantDelegationSas: item["allowCrossTenantDelegationSas"],
    };
}
function endpointsDeserializer(item) {
    return {
        blob: item["blob"],
        queue: item["queue"],
        table: item["table"],
        file: item["file"],
        web: item["web"],
        dfs: item["dfs"],
        microsoftEndpoints: !item["microsoftEndpoints"]
            ? item["microsoftEndpoints"]
            : storageAccountMicrosoftEndpointsDeserializer(item["microsoftEndpoints"]),
        internetEndpoints: !item["internetEndpoints"]
            ? item["internetEndpoints"]
            : storageAccountInternetEndpointsDeserializer(item["internetEndpoints"]),
        ipv6Endpoints: !item["ipv6Endpoints"]
            ? item["ipv6Endpoints"]
            : storageAccountIpv6EndpointsDeserializer(item["ipv6Endpoints"]),
    };
}
function storageAccountMicrosoftEndpointsDeserializer(item) {
    return {
        blob: item["blob"],
        queue: item["queue"],
        table: item["table"],
        file: item["file"],
        web: item["web"],
        dfs: item["dfs"],
    };
}
function storageAccountInternetEndpointsDeserializer(item) {
    return {
        blob: item["blob"],
        file: item["file"],
        web: item["web"],
        dfs: item["dfs"],
    };
}
function storageAccountIpv6EndpointsDeserializer(item) {
    return {
        blob: item["blob"],
        queue: item["queue"],
        table: item["table"],
        file: item["file"],
        web: item["web"],
        dfs: item["dfs"],
        microsoftEndpoints: !item["microsoftEndpoints"]
            ? item["microsoftEndpoints"]
            : storageAccountMicrosoftEndpointsDeserializer(item["microsoftEndpoints"]),
        internetEndpoints: !item["internetEndpoints"]
            ? item["internetEndpoints"]
            : storageAccountInternetEndpointsDeserializer(item["internetEndpoints"]),
    };
}
function customDomainSerializer(item) {
    return { name: item["name"], useSubDomainName: item["useSubDomainName"] };
}
function customDomainDeserializer(item) {
    return {
        name: item["name"],
        useSubDomainName: item["useSubDomainName"],
    };
}
function sasPolicySerializer(item) {
    return {
        sasExpirationPeriod: item["sasExpirationPeriod"],
        expirationAction: item["expirationAction"],
        requireUserBoundUserDelegationSas: item["requireUserBoundUserDelegationSas"],
        requireUserBoundUserDelegationSasAction: item["requireUserBoundUserDelegationSasAction"],
    };
}
function sasPolicyDeserializer(item) {
    return {
        sasExpirationPeriod: item["sasExpirationPeriod"],
        expirationAction: item["expirationAction"],
        requireUserBoundUserDelegationSas: item["requireUserBoundUserDelegationSas"],
        requireUserBoundUserDelegationSasAction: item["requireUserBoundUserDelegationSasAction"],
    };
}
/** The SAS Expiration Action defines the action to be performed when sasPolicy.sasExpirationPeriod is violated. The 'Log' action can be used for audit purposes and the 'Block' action can be used to block and deny the usage of SAS tokens that do not adhere to the sas policy expiration period. */
var KnownExpirationAction;
(function (KnownExpirationAction) {
    /** Log */
    KnownExpirationAction["Log"] = "Log";
    /** Block */
    KnownExpirationAction["Block"] = "Block";
})(KnownExpirationAction || (KnownExpirationAction = {}));
/** The action to perform when a user delegation SAS (shared access signature) policy requirement is violated. */
var KnownPolicyViolationAction;
(function (KnownPolicyViolationAction) {
    /** No action is taken when the policy requirement is violated. */
    KnownPolicyViolationAction["None"] = "None";
    /** The policy violation is logged for audit purposes. */
    KnownPolicyViolationAction["Log"] = "Log";
    /** The request is blocked and denied when the policy requirement is violated. */
    KnownPolicyViolationAction["Block"] = "Block";
})(KnownPolicyViolationAction || (KnownPolicyViolationAction = {}));
function keyPolicySerializer(item) {
    return { keyExpirationPeriodInDays: item["keyExpirationPeriodInDays"] };
}
function keyPolicyDeserializer(item) {
    return {
        keyExpirationPeriodInDays: item["keyExpirationPeriodInDays"],
    };
}
function keyCreationTimeDeserializer(item) {
    return {
        key1: !item["key1"] ? item["key1"] : new Date(item["key1"]),
        key2: !item["key2"] ? item["key2"] : new Date(item["key2"]),
    };
}
function encryptionSerializer(item) {
    return {
        services: !item["services"] ? item["services"] : encryptionServicesSerializer(item["services"]),
        keySource: item["keySource"],
        requireInfrastructureEncryption: item["requireInfrastructureEncryption"],
        keyvaultproperties: !item["keyVaultProperties"]
            ? item["keyVaultProperties"]
            : keyVaultPropertiesSerializer(item["keyVaultProperties"]),
        identity: !item["encryptionIdentity"]
            ? item["encryptionIdentity"]
            : encryptionIdentitySerializer(item["encryptionIdentity"]),
    };
}
function encryptionDeserializer(item) {
    return {
        services: !item["services"]
            ? item["services"]
            : encryptionServicesDeserializer(item["services"]),
        keySource: item["keySource"],
        requireInfrastructureEncryption: item["requireInfrastructureEncryption"],
        keyVaultProperties: !item["keyvaultproperties"]
            ? item["keyvaultproperties"]
            : keyVaultPropertiesDeserializer(item["keyvaultproperties"]),
        encryptionIdentity: !item["identity"]
            ? item["identity"]
            : encryptionIdentityDeserializer(item["identity"]),
    };
}
function encryptionServicesSerializer(item) {
    return {
        blob: !item["blob"] ? item["blob"] : encryptionServiceSerializer(item["blob"]),
        file: !item["file"] ? item["file"] : encryptionServiceSerializer(item["file"]),
        table: !item["table"] ? item["table"] : encryptionServiceSerializer(item["table"]),
        queue: !item["queue"] ? item["queue"] : encryptionServiceSerializer(item["queue"]),
    };
}
function encryptionServicesDeserializer(item) {
    return {
        blob: !item["blob"] ? item["blob"] : encryptionServiceDeserializer(item["blob"]),
        file: !item["file"] ? item["file"] : encryptionServiceDeserializer(item["file"]),
        table: !item["table"] ? item["table"] : encryptionServiceDeserializer(item["table"]),
        queue: !item["queue"] ? item["queue"] : encryptionServiceDeserializer(item["queue"]),
    };
}
function encryptionServiceSerializer(item) {
    return { enabled: item["enabled"], keyType: item["keyType"] };
}
function encryptionServiceDeserializer(item) {
    return {
        enabled: item["enabled"],
        lastEnabledTime: !item["lastEnabledTime"]
            ? item["lastEnabledTime"]
            : new Date(item["lastEnabledTime"]),
        keyType: item["keyType"],
    };
}
/** Encryption key type to be used for the encryption service. 'Account' key type implies that an account-scoped encryption key will be used. 'Service' key type implies that a default service key is used. */
var KnownKeyType;
(function (KnownKeyType) {
    /** Service */
    KnownKeyType["Service"] = "Service";
    /** Account */
    KnownKeyType["Account"] = "Account";
})(KnownKeyType || (KnownKeyType = {}));
/** The encryption keySource (provider). Possible values (case-insensitive):  Microsoft.Storage, Microsoft.Keyvault */
var KnownKeySource;
(function (KnownKeySource) {
    /** Microsoft.Storage */
    KnownKeySource["MicrosoftStorage"] = "Microsoft.Storage";
    /** Microsoft.Keyvault */
    KnownKeySource["MicrosoftKeyvault"] = "Microsoft.Keyvault";
})(KnownKeySource || (KnownKeySource = {}));
function keyVaultPropertiesSerializer(item) {
    return {
        keyname: item["keyName"],
        keyversion: item["keyVersion"],
        keyvaulturi: item["keyVaultUri"],
    };
}
function keyVaultPropertiesDeserializer(item) {
    return {
        keyName: item["keyname"],
        keyVersion: item["keyversion"],
        keyVaultUri: item["keyvaulturi"],
        currentVersionedKeyIdentifier: item["currentVersionedKeyIdentifier"],
        lastKeyRotationTimestamp: !item["lastKeyRotationTimestamp"]
            ? item["lastKeyRotationTimestamp"]
            : new Date(item["lastKeyRotationTimestamp"]),
        currentVersionedKeyExpirationTimestamp: !item["currentVersionedKeyExpirationTimestamp"]
            ? item["currentVersionedKeyExpirationTimestamp"]
            : new Date(item["currentVersionedKeyExpirationTimestamp"]),
    };
}
function encryptionIdentitySerializer(item) {
    return {
        userAssignedIdentity: item["encryptionUserAssignedIdentity"],
        federatedIdentityClientId: item["encryptionFederatedIdentityClientId"],
    };
}
function encryptionIdentityDeserializer(item) {
    return {
        encryptionUserAssignedIdentity: item["userAssignedIdentity"],
        encryptionFederatedIdentityClientId: item["federatedIdentityClientId"],
    };
}
function turboTierSerializer(item) {
    return { status: item["status"], targetPercent: item["targetPercent"] };
}
function turboTierDeserializer(item) {
    return {
        status: item["status"],
        targetPercent: item["targetPercent"],
    };
}
/** Indicates whether Turbo Tier is enabled or disabled. */
var KnownTurboTierStatus;
(function (KnownTurboTierStatus) {
    /** Turbo Tier is enabled. */
    KnownTurboTierStatus["Enabled"] = "Enabled";
    /** Turbo Tier is disabled. */
    KnownTurboTierStatus["Disabled"] = "Disabled";
})(KnownTurboTierStatus || (KnownTurboTierStatus = {}));
function azureFilesIdentityBasedAuthenticationSerializer(item) {
    return {
        directoryServiceOptions: item["directoryServiceOptions"],
        activeDirectoryProperties: !item["activeDirectoryProperties"]
            ? item["activeDirectoryProperties"]
            : activeDirectoryPropertiesSerializer(item["activeDirectoryProperties"]),
        defaultSharePermission: item["defaultSharePermission"],
        smbOAuthSettings: !item["smbOAuthSettings"]
            ? item["smbOAuthSettings"]
            : smbOAuthSettingsSerializer(item["smbOAuthSettings"]),
    };
}
function azureFilesIdentityBasedAuthenticationDeserializer(item) {
    return {
        directoryServiceOptions: item["directoryServiceOptions"],
        activeDirectoryProperties: !item["activeDirectoryProperties"]
            ? item["activeDirectoryProperties"]
            : activeDirectoryPropertiesDeserializer(item["activeDirectoryProperties"]),
        defaultSharePermission: item["defaultSharePermission"],
        smbOAuthSettings: !item["smbOAuthSettings"]
            ? item["smbOAuthSettings"]
            : smbOAuthSettingsDeserializer(item["smbOAuthSettings"]),
    };
}
/** Indicates the directory service used. Note that this enum may be extended in the future. */
var KnownDirectoryServiceOptions;
(function (KnownDirectoryServiceOptions) {
    /** None */
    KnownDirectoryServiceOptions["None"] = "None";
    /** AADDS */
    KnownDirectoryServiceOptions["Aadds"] = "AADDS";
    /** AD */
    KnownDirectoryServiceOptions["AD"] = "AD";
    /** AADKERB */
    KnownDirectoryServiceOptions["Aadkerb"] = "AADKERB";
})(KnownDirectoryServiceOptions || (KnownDirectoryServiceOptions = {}));
function activeDirectoryPropertiesSerializer(item) {
    return {
        domainName: item["domainName"],
        netBiosDomainName: item["netBiosDomainName"],
        forestName: item["forestName"],
        domainGuid: item["domainGuid"],
        domainSid: item["domainSid"],
        azureStorageSid: item["azureStorageSid"],
        samAccountName: item["samAccountName"],
        accountType: item["accountType"],
    };
}
function activeDirectoryPropertiesDeserializer(item) {
    return {
        domainName: item["domainName"],
        netBiosDomainName: item["netBiosDomainName"],
        forestName: item["forestName"],
        domainGuid: item["domainGuid"],
        domainSid: item["domainSid"],
        azureStorageSid: item["azureStorageSid"],
        samAccountName: item["samAccountName"],
        accountType: item["accountType"],
    };
}
/** Specifies the Active Directory account type for Azure Storage. If directoryServiceOptions is set to AD (AD DS authentication), this property is optional. If provided, samAccountName should also be provided. For directoryServiceOptions AADDS (Entra DS authentication) or AADKERB (Entra authentication), this property can be omitted. */
var KnownAccountType;
(function (KnownAccountType) {
    /** User */
    KnownAccountType["User"] = "User";
    /** Computer */
    KnownAccountType["Computer"] = "Computer";
})(KnownAccountType || (KnownAccountType = {}));
/** Default share permission for users using Kerberos authentication if RBAC role is not assigned. */
var KnownDefaultSharePermission;
(function (KnownDefaultSharePermission) {
    /** None */
    KnownDefaultSharePermission["None"] = "None";
    /** StorageFileDataSmbShareReader */
    KnownDefaultSharePermission["StorageFileDataSmbShareReader"] = "StorageFileDataSmbShareReader";
    /** StorageFileDataSmbShareContributor */
    KnownDefaultSharePermission["StorageFileDataSmbShareContributor"] = "StorageFileDataSmbShareContributor";
    /** StorageFileDataSmbShareElevatedContributor */
    KnownDefaultSharePermission["StorageFileDataSmbShareElevatedContributor"] = "StorageFileDataSmbShareElevatedContributor";
})(KnownDefaultSharePermission || (KnownDefaultSharePermission = {}));
function smbOAuthSettingsSerializer(item) {
    return { isSmbOAuthEnabled: item["isSmbOAuthEnabled"] };
}
function smbOAuthSettingsDeserializer(item) {
    return {
        isSmbOAuthEnabled: item["isSmbOAuthEnabled"],
    };
}
function networkRuleSetSerializer(item) {
    return {
        bypass: item["bypass"],
        resourceAccessRules: !item["resourceAccessRules"]
            ? item["resourceAccessRules"]
            : resourceAccessRuleArraySerializer(item["resourceAccessRules"]),
        virtualNetworkRules: !item["virtualNetworkRules"]
            ? item["virtualNetworkRules"]
            : virtualNetworkRuleArraySerializer(item["virtualNetworkRules"]),
        ipRules: !item["ipRules"] ? item["ipRules"] : ipRuleArraySerializer(item["ipRules"]),
        ipv6Rules: !item["ipv6Rules"] ? item["ipv6Rules"] : ipRuleArraySerializer(item["ipv6Rules"]),
        defaultAction: item["defaultAction"],
    };
}
function networkRuleSetDeserializer(item) {
    return {
        bypass: item["bypass"],
        resourceAccessRules: !item["resourceAccessRules"]
            ? item["resourceAccessRules"]
            : resourceAccessRuleArrayDeserializer(item["resourceAccessRules"]),
        virtualNetworkRules: !item["virtualNetworkRules"]
            ? item["virtualNetworkRules"]
            : virtualNetworkRuleArrayDeserializer(item["virtualNetworkRules"]),
        ipRules: !item["ipRules"] ? item["ipRules"] : ipRuleArrayDeserializer(item["ipRules"]),
        ipv6Rules: !item["ipv6Rules"] ? item["ipv6Rules"] : ipRuleArrayDeserializer(item["ipv6Rules"]),
        defaultAction: item["defaultAction"],
    };
}
/** Specifies whether traffic is bypassed for Logging/Metrics/AzureServices. Possible values are any combination of Logging|Metrics|AzureServices (For example, "Logging, Metrics"), or None to bypass none of those traffics. */
var KnownBypass;
(function (KnownBypass) {
    /** None */
    KnownBypass["None"] = "None";
    /** Logging */
    KnownBypass["Logging"] = "Logging";
    /** Metrics */
    KnownBypass["Metrics"] = "Metrics";
    /** AzureServices */
    KnownBypass["AzureServices"] = "AzureServices";
})(KnownBypass || (KnownBypass = {}));
function resourceAccessRuleArraySerializer(result) {
    return result.map((item) => {
        return resourceAccessRuleSerializer(item);
    });
}
function resourceAccessRuleArrayDeserializer(result) {
    return result.map((item) => {
        return resourceAccessRuleDeserializer(item);
    });
}
function resourceAccessRuleSerializer(item) {
    return { tenantId: item["tenantId"], resourceId: item["resourceId"] };
}
function resourceAccessRuleDeserializer(item) {
    return {
        tenantId: item["tenantId"],
        resourceId: item["resourceId"],
    };
}
function virtualNetworkRuleArraySerializer(result) {
    return result.map((item) => {
        return virtualNetworkRuleSerializer(item);
    });
}
function virtualNetworkRuleArrayDeserializer(result) {
    return result.map((item) => {
        return virtualNetworkRuleDeserializer(item);
    });
}
function virtualNetworkRuleSerializer(item) {
    return { id: item["virtualNetworkResourceId"], action: item["action"], state: item["state"] };
}
function virtualNetworkRuleDeserializer(item) {
    return {
        virtualNetworkResourceId: item["id"],
        action: item["action"],
        state: item["state"],
    };
}
/** Gets the state of virtual network rule. */
var KnownState;
(function (KnownState) {
    /** Provisioning */
    KnownState["Provisioning"] = "Provisioning";
    /** Deprovisioning */
    KnownState["Deprovisioning"] = "Deprovisioning";
    /** Succeeded */
    KnownState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownState["Failed"] = "Failed";
    /** NetworkSourceDeleted */
    KnownState["NetworkSourceDeleted"] = "NetworkSourceDeleted";
})(KnownState || (KnownState = {}));
function ipRuleArraySerializer(result) {
    return result.map((item) => {
        return ipRuleSerializer(item);
    });
}
function ipRuleArrayDeserializer(result) {
    return result.map((item) => {
        return ipRuleDeserializer(item);
    });
}
function ipRuleSerializer(item) {
    return { value: item["iPAddressOrRange"], action: item["action"] };
}
function ipRuleDeserializer(item) {
    return {
        iPAddressOrRange: item["value"],
        action: item["action"],
    };
}
function geoReplicationStatsDeserializer(item) {
    return {
        status: item["status"],
        lastSyncTime: !item["lastSyncTime"] ? item["lastSyncTime"] : new Date(item["lastSyncTime"]),
        canFailover: item["canFailover"],
        canPlannedFailover: item["canPlannedFailover"],
        postFailoverRedundancy: item["postFailoverRedundancy"],
        postPlannedFailoverRedundancy: item["postPlannedFailoverRedundancy"],
    };
}
/** The status of the secondary location. Possible values are: - Live: Indicates that the secondary location is active and operational. - Bootstrap: Indicates initial synchronization from the primary location to the secondary location is in progress.This typically occurs when replication is first enabled. - Unavailable: Indicates that the secondary location is temporarily unavailable. */
var KnownGeoReplicationStatus;
(function (KnownGeoReplicationStatus) {
    /** Live */
    KnownGeoReplicationStatus["Live"] = "Live";
    /** Bootstrap */
    KnownGeoReplicationStatus["Bootstrap"] = "Bootstrap";
    /** Unavailable */
    KnownGeoReplicationStatus["Unavailable"] = "Unavailable";
})(KnownGeoReplicationStatus || (KnownGeoReplicationStatus = {}));
/** The redundancy type of the account after an account failover is performed. */
var KnownPostFailoverRedundancy;
(function (KnownPostFailoverRedundancy) {
    /** Standard_LRS */
    KnownPostFailoverRedundancy["StandardLRS"] = "Standard_LRS";
    /** Standard_ZRS */
    KnownPostFailoverRedundancy["StandardZRS"] = "Standard_ZRS";
})(KnownPostFailoverRedundancy || (KnownPostFailoverRedundancy = {}));
/** The redundancy type of the account after a planned account failover is performed. */
var KnownPostPlannedFailoverRedundancy;
(function (KnownPostPlannedFailoverRedundancy) {
    /** Standard_GRS */
    KnownPostPlannedFailoverRedundancy["StandardGRS"] = "Standard_GRS";
    /** Standard_GZRS */
    KnownPostPlannedFailoverRedundancy["StandardGzrs"] = "Standard_GZRS";
    /** Standard_RAGRS */
    KnownPostPlannedFailoverRedundancy["StandardRagrs"] = "Standard_RAGRS";
    /** Standard_RAGZRS */
    KnownPostPlannedFailoverRedundancy["StandardRagzrs"] = "Standard_RAGZRS";
})(KnownPostPlannedFailoverRedundancy || (KnownPostPlannedFailoverRedundancy = {}));
/** Allow large file shares if sets to Enabled. It cannot be disabled once it is enabled. */
var KnownLargeFileSharesState;
(function (KnownLargeFileSharesState) {
    /** Disabled */
    KnownLargeFileSharesState["Disabled"] = "Disabled";
    /** Enabled */
    KnownLargeFileSharesState["Enabled"] = "Enabled";
})(KnownLargeFileSharesState || (KnownLargeFileSharesState = {}));
function privateEndpointConnectionArraySerializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionSerializer(item);
    });
}
function privateEndpointConnectionArrayDeserializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionDeserializer(item);
    });
}
function privateEndpointConnectionSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["privateEndpoint", "privateLinkServiceConnectionState"])
            ? undefined
            : _privateEndpointConnectionPropertiesSerializer(item),
    };
}
function privateEndpointConnectionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateEndpointConnectionPropertiesDeserializer(item["properties"])),
    };
}
function privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
        provisioningState: item["provisioningState"],
    };
}
function privateEndpointSerializer(_item) {
    return {};
}
function privateEndpointDeserializer(item) {
    return {
        id: item["id"],
    };
}
function privateLinkServiceConnectionStateSerializer(item) {
    return {
        status: item["status"],
        description: item["description"],
        actionRequired: item["actionRequired"],
    };
}
function privateLinkServiceConnectionStateDeserializer(item) {
    return {
        status: item["status"],
        description: item["description"],
        actionRequired: item["actionRequired"],
    };
}
/** The private endpoint connection status. */
var KnownPrivateEndpointServiceConnectionStatus;
(function (KnownPrivateEndpointServiceConnectionStatus) {
    /** Pending */
    KnownPrivateEndpointServiceConnectionStatus["Pending"] = "Pending";
    /** Approved */
    KnownPrivateEndpointServiceConnectionStatus["Approved"] = "Approved";
    /** Rejected */
    KnownPrivateEndpointServiceConnectionStatus["Rejected"] = "Rejected";
})(KnownPrivateEndpointServiceConnectionStatus || (KnownPrivateEndpointServiceConnectionStatus = {}));
/** The current provisioning state. */
var KnownPrivateEndpointConnectionProvisioningState;
(function (KnownPrivateEndpointConnectionProvisioningState) {
    /** Succeeded */
    KnownPrivateEndpointConnectionProvisioningState["Succeeded"] = "Succeeded";
    /** Creating */
    KnownPrivateEndpointConnectionProvisioningState["Creating"] = "Creating";
    /** Deleting */
    KnownPrivateEndpointConnectionProvisioningState["Deleting"] = "Deleting";
    /** Failed */
    KnownPrivateEndpointConnectionProvisioningState["Failed"] = "Failed";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
function routingPreferenceSerializer(item) {
    return {
        routingChoice: item["routingChoice"],
        publishMicrosoftEndpoints: item["publishMicrosoftEndpoints"],
        publishInternetEndpoints: item["publishInternetEndpoints"],
    };
}
function routingPreferenceDeserializer(item) {
    return {
        routingChoice: item["routingChoice"],
        publishMicrosoftEndpoints: item["publishMicrosoftEndpoints"],
        publishInternetEndpoints: item["publishInternetEndpoints"],
    };
}
/** Routing Choice defines the kind of network routing opted by the user. */
var KnownRoutingChoice;
(function (KnownRoutingChoice) {
    /** MicrosoftRouting */
    KnownRoutingChoice["MicrosoftRouting"] = "MicrosoftRouting";
    /** InternetRouting */
    KnownRoutingChoice["InternetRouting"] = "InternetRouting";
})(KnownRoutingChoice || (KnownRoutingChoice = {}));
function dualStackEndpointPreferenceSerializer(item) {
    return { publishIpv6Endpoint: item["publishIpv6Endpoint"] };
}
function dualStackEndpointPreferenceDeserializer(item) {
    return {
        publishIpv6Endpoint: item["publishIpv6Endpoint"],
    };
}
function blobRestoreStatusDeserializer(item) {
    return {
        status: item["status"],
        failureReason: item["failureReason"],
        restoreId: item["restoreId"],
        parameters: !item["parameters"]
            ? item["parameters"]
            : blobRestoreParametersDeserializer(item["parameters"]),
    };
}
/** The status of blob restore progress. Possible values are: - InProgress: Indicates that blob restore is ongoing. - Complete: Indicates that blob restore has been completed successfully. - Failed: Indicates that blob restore is failed. */
var KnownBlobRestoreProgressStatus;
(function (KnownBlobRestoreProgressStatus) {
    /** InProgress */
    KnownBlobRestoreProgressStatus["InProgress"] = "InProgress";
    /** Complete */
    KnownBlobRestoreProgressStatus["Complete"] = "Complete";
    /** Failed */
    KnownBlobRestoreProgressStatus["Failed"] = "Failed";
})(KnownBlobRestoreProgressStatus || (KnownBlobRestoreProgressStatus = {}));
function blobRestoreParametersSerializer(item) {
    return {
        timeToRestore: item["timeToRestore"].toISOString(),
        blobRanges: blobRestoreRangeArraySerializer(item["blobRanges"]),
    };
}
function blobRestoreParametersDeserializer(item) {
    return {
        timeToRestore: new Date(item["timeToRestore"]),
        blobRanges: blobRestoreRangeArrayDeserializer(item["blobRanges"]),
    };
}
function blobRestoreRangeArraySerializer(result) {
    return result.map((item) => {
        return blobRestoreRangeSerializer(item);
    });
}
function blobRestoreRangeArrayDeserializer(result) {
    return result.map((item) => {
        return blobRestoreRangeDeserializer(item);
    });
}
function blobRestoreRangeSerializer(item) {
    return { startRange: item["startRange"], endRange: item["endRange"] };
}
function blobRestoreRangeDeserializer(item) {
    return {
        startRange: item["startRange"],
        endRange: item["endRange"],
    };
}
/** Set the minimum TLS version to be permitted on requests to storage. The default interpretation is TLS 1.0 for this property. Minimum TLS version 1.3 version is not supported. */
var KnownMinimumTlsVersion;
(function (KnownMinimumTlsVersion) {
    /** TLS1_0 */
    KnownMinimumTlsVersion["TLS10"] = "TLS1_0";
    /** TLS1_1 */
    KnownMinimumTlsVersion["TLS11"] = "TLS1_1";
    /** TLS1_2 */
    KnownMinimumTlsVersion["TLS12"] = "TLS1_2";
    /** TLS1_3 */
    KnownMinimumTlsVersion["TLS13"] = "TLS1_3";
})(KnownMinimumTlsVersion || (KnownMinimumTlsVersion = {}));
/** Allow, disallow, or let Network Security Perimeter configuration to evaluate public network access to Storage Account. Value is optional but if passed in, must be 'Enabled', 'Disabled' or 'SecuredByPerimeter'. */
var KnownPublicNetworkAccess;
(function (KnownPublicNetworkAccess) {
    /** Enabled */
    KnownPublicNetworkAccess["Enabled"] = "Enabled";
    /** Disabled */
    KnownPublicNetworkAccess["Disabled"] = "Disabled";
    /** SecuredByPerimeter */
    KnownPublicNetworkAccess["SecuredByPerimeter"] = "SecuredByPerimeter";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
function immutableStorageAccountSerializer(item) {
    return {
        enabled: item["enabled"],
        immutabilityPolicy: !item["immutabilityPolicy"]
            ? item["immutabilityPolicy"]
            : accountImmutabilityPolicyPropertiesSerializer(item["immutabilityPolicy"]),
    };
}
function immutableStorageAccountDeserializer(item) {
    return {
        enabled: item["enabled"],
        immutabilityPolicy: !item["immutabilityPolicy"]
            ? item["immutabilityPolicy"]
            : accountImmutabilityPolicyPropertiesDeserializer(item["immutabilityPolicy"]),
    };
}
function accountImmutabilityPolicyPropertiesSerializer(item) {
    return {
        immutabilityPeriodSinceCreationInDays: item["immutabilityPeriodSinceCreationInDays"],
        state: item["state"],
        allowProtectedAppendWrites: item["allowProtectedAppendWrites"],
    };
}
function accountImmutabilityPolicyPropertiesDeserializer(item) {
    return {
        immutabilityPeriodSinceCreationInDays: item["immutabilityPeriodSinceCreationInDays"],
        state: item["state"],
        allowProtectedAppendWrites: item["allowProtectedAppendWrites"],
    };
}
/** The ImmutabilityPolicy state defines the mode of the policy. Disabled state disables the policy, Unlocked state allows increase and decrease of immutability retention time and also allows toggling allowProtectedAppendWrites property, Locked state only allows the increase of the immutability retention time. A policy can only be created in a Disabled or Unlocked state and can be toggled between the two states. Only a policy in an Unlocked state can transition to a Locked state which cannot be reverted. */
var KnownAccountImmutabilityPolicyState;
(function (KnownAccountImmutabilityPolicyState) {
    /** Unlocked */
    KnownAccountImmutabilityPolicyState["Unlocked"] = "Unlocked";
    /** Locked */
    KnownAccountImmutabilityPolicyState["Locked"] = "Locked";
    /** Disabled */
    KnownAccountImmutabilityPolicyState["Disabled"] = "Disabled";
})(KnownAccountImmutabilityPolicyState || (KnownAccountImmutabilityPolicyState = {}));
/** Restrict copy to and from Storage Accounts within an AAD tenant or with Private Links to the same VNet. */
var KnownAllowedCopyScope;
(function (KnownAllowedCopyScope) {
    /** PrivateLink */
    KnownAllowedCopyScope["PrivateLink"] = "PrivateLink";
    /** AAD */
    KnownAllowedCopyScope["AAD"] = "AAD";
    /** All */
    KnownAllowedCopyScope["All"] = "All";
})(KnownAllowedCopyScope || (KnownAllowedCopyScope = {}));
function storageAccountSkuConversionStatusDeserializer(item) {
    return {
        skuConversionStatus: item["skuConversionStatus"],
        targetSkuName: item["targetSkuName"],
        startTime: item["startTime"],
        endTime: item["endTime"],
    };
}
/** This property indicates the current sku conversion status. */
var KnownSkuConversionStatus;
(function (KnownSkuConversionStatus) {
    /** InProgress */
    KnownSkuConversionStatus["InProgress"] = "InProgress";
    /** Succeeded */
    KnownSkuConversionStatus["Succeeded"] = "Succeeded";
    /** Failed */
    KnownSkuConversionStatus["Failed"] = "Failed";
})(KnownSkuConversionStatus || (KnownSkuConversionStatus = {}));
/** Allows you to specify the type of endpoint. Set this to AzureDNSZone to create a large number of accounts in a single subscription, which creates accounts in an Azure DNS Zone and the endpoint URL will have an alphanumeric DNS Zone identifier. */
var KnownDnsEndpointType;
(function (KnownDnsEndpointType) {
    /** Standard */
    KnownDnsEndpointType["Standard"] = "Standard";
    /** AzureDnsZone */
    KnownDnsEndpointType["AzureDnsZone"] = "AzureDnsZone";
})(KnownDnsEndpointType || (KnownDnsEndpointType = {}));
function geoPriorityReplicationStatusSerializer(item) {
    return { isBlobEnabled: item["isBlobEnabled"] };
}
function geoPriorityReplicationStatusDeserializer(item) {
    return {
        isBlobEnabled: item["isBlobEnabled"],
    };
}
function storageAccountSharedKeyAccessPropertiesSerializer(item) {
    return {
        blob: !item["blob"] ? item["blob"] : serviceSharedKeyAccessPropertiesSerializer(item["blob"]),
        file: !item["file"] ? item["file"] : serviceSharedKeyAccessPropertiesSerializer(item["file"]),
        table: !item["table"]
            ? item["table"]
            : serviceSharedKeyAccessPropertiesSerializer(item["table"]),
        queue: !item["queue"]
            ? item["queue"]
            : serviceSharedKeyAccessPropertiesSerializer(item["queue"]),
    };
}
function storageAccountSharedKeyAccessPropertiesDeserializer(item) {
    return {
        blob: !item["blob"] ? item["blob"] : serviceSharedKeyAccessPropertiesDeserializer(item["blob"]),
        file: !item["file"] ? item["file"] : serviceSharedKeyAccessPropertiesDeserializer(item["file"]),
        table: !item["table"]
            ? item["table"]
            : serviceSharedKeyAccessPropertiesDeserializer(item["table"]),
        queue: !item["queue"]
            ? item["queue"]
            : serviceSharedKeyAccessPropertiesDeserializer(item["queue"]),
    };
}
function serviceSharedKeyAccessPropertiesSerializer(item) {
    return { enabled: item["enabled"] };
}
function serviceSharedKeyAccessPropertiesDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function storageDataCollaborationPolicyPropertiesSerializer(item) {
    return {
        allowStorageConnectors: item["allowStorageConnectors"],
        allowBlobAccessPoints: item["allowBlobAccessPoints"],
        allowStorageDataShares: item["allowStorageDataShares"],
        allowCrossTenantDataSharing: item["allowCrossTenantDataSharing"],
    };
}
function storageDataCollaborationPolicyPropertiesDeserializer(item) {
    return {
        allowStorageConnectors: item["allowStorageConnectors"],
        allowBlobAccessPoints: item["allowBlobAccessPoints"],
        allowStorageDataShares: item["allowStorageDataShares"],
        allowCrossTenantDataSharing: item["allowCrossTenantDataSharing"],
    };
}
/** Indicates the type of storage account. */
var KnownKind;
(function (KnownKind) {
    /** Storage */
    KnownKind["Storage"] = "Storage";
    /** StorageV2 */
    KnownKind["StorageV2"] = "StorageV2";
    /** BlobStorage */
    KnownKind["BlobStorage"] = "BlobStorage";
    /** FileStorage */
    KnownKind["FileStorage"] = "FileStorage";
    /** BlockBlobStorage */
    KnownKind["BlockBlobStorage"] = "BlockBlobStorage";
})(KnownKind || (KnownKind = {}));
function identitySerializer(item) {
    return {
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : userAssignedIdentityRecordSerializer(item["userAssignedIdentities"]),
    };
}
function identityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : userAssignedIdentityRecordDeserializer(item["userAssignedIdentities"]),
    };
}
/** The identity type. */
var KnownIdentityType;
(function (KnownIdentityType) {
    /** None */
    KnownIdentityType["None"] = "None";
    /** SystemAssigned */
    KnownIdentityType["SystemAssigned"] = "SystemAssigned";
    /** UserAssigned */
    KnownIdentityType["UserAssigned"] = "UserAssigned";
    /** SystemAssigned,UserAssigned */
    KnownIdentityType["SystemAssignedUserAssigned"] = "SystemAssigned,UserAssigned";
})(KnownIdentityType || (KnownIdentityType = {}));
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
function extendedLocationSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function extendedLocationDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
    };
}
/** The type of extendedLocation. */
var KnownExtendedLocationTypes;
(function (KnownExtendedLocationTypes) {
    /** EdgeZone */
    KnownExtendedLocationTypes["EdgeZone"] = "EdgeZone";
})(KnownExtendedLocationTypes || (KnownExtendedLocationTypes = {}));
function placementSerializer(item) {
    return { zonePlacementPolicy: item["zonePlacementPolicy"] };
}
function placementDeserializer(item) {
    return {
        zonePlacementPolicy: item["zonePlacementPolicy"],
    };
}
/** The availability zone pinning policy for the storage account. */
var KnownZonePlacementPolicy;
(function (KnownZonePlacementPolicy) {
    /** Any */
    KnownZonePlacementPolicy["Any"] = "Any";
    /** None */
    KnownZonePlacementPolicy["None"] = "None";
})(KnownZonePlacementPolicy || (KnownZonePlacementPolicy = {}));
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
function storageAccountCreateParametersSerializer(item) {
    return {
        sku: skuSerializer(item["sku"]),
        kind: item["kind"],
        location: item["location"],
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationSerializer(item["extendedLocation"]),
        zones: !item["zones"]
            ? item["zones"]
            : item["zones"].map((p) => {
                return p;
            }),
        placement: !item["placement"] ? item["placement"] : placementSerializer(item["placement"]),
        tags: item["tags"],
        identity: !item["identity"] ? item["identity"] : identitySerializer(item["identity"]),
        properties: areAllPropsUndefined(item, [
            "allowedCopyScope",
            "publicNetworkAccess",
            "sasPolicy",
            "keyPolicy",
            "customDomain",
            "encryption",
            "networkRuleSet",
            "accessTier",
            "turboTier",
            "azureFilesIdentityBasedAuthentication",
            "enableHttpsTrafficOnly",
            "isSftpEnabled",
            "isLocalUserEnabled",
            "enableExtendedGroups",
            "isHnsEnabled",
            "largeFileSharesState",
            "routingPreference",
            "dualStackEndpointPreference",
            "allowBlobPublicAccess",
            "minimumTlsVersion",
            "allowSharedKeyAccess",
            "enableNfsV3",
            "allowCrossTenantReplication",
            "defaultToOAuthAuthentication",
            "immutableStorageWithVersioning",
            "dnsEndpointType",
            "geoPriorityReplicationStatus",
            "allowSharedKeyAccessForServices",
            "dataCollaborationPolicyProperties",
            "allowCrossTenantDelegationSas",
        ])
            ? undefined
            : _storageAccountCreateParametersPropertiesSerializer(item),
    };
}
function storageAccountPropertiesCreateParametersSerializer(item) {
    return {
        allowedCopyScope: item["allowedCopyScope"],
        publicNetworkAccess: item["publicNetworkAccess"],
        sasPolicy: !item["sasPolicy"] ? item["sasPolicy"] : sasPolicySerializer(item["sasPolicy"]),
        keyPolicy: !item["keyPolicy"] ? item["keyPolicy"] : keyPolicySerializer(item["keyPolicy"]),
        customDomain: !item["customDomain"]
            ? item["customDomain"]
            : customDomainSerializer(item["customDomain"]),
        encryption: !item["encryption"] ? item["encryption"] : encryptionSerializer(item["encryption"]),
        networkAcls: !item["networkRuleSet"]
            ? item["networkRuleSet"]
            : networkRuleSetSerializer(item["networkRuleSet"]),
        accessTier: item["accessTier"],
        turboTier: !item["turboTier"] ? item["turboTier"] : turboTierSerializer(item["turboTier"]),
        azureFilesIdentityBasedAuthentication: !item["azureFilesIdentityBasedAuthentication"]
            ? item["azureFilesIdentityBasedAuthentication"]
            : azureFilesIdentityBasedAuthenticationSerializer(item["azureFilesIdentityBasedAuthentication"]),
        supportsHttpsTrafficOnly: item["enableHttpsTrafficOnly"],
        isSftpEnabled: item["isSftpEnabled"],
        isLocalUserEnabled: item["isLocalUserEnabled"],
        enableExtendedGroups: item["enableExtendedGroups"],
        isHnsEnabled: item["isHnsEnabled"],
        largeFileSharesState: item["largeFileSharesState"],
        routingPreference: !item["routingPreference"]
            ? item["routingPreference"]
            : routingPreferenceSerializer(item["routingPreference"]),
        dualStackEndpointPreference: !item["dualStackEndpointPreference"]
            ? item["dualStackEndpointPreference"]
            : dualStackEndpointPreferenceSerializer(item["dualStackEndpointPreference"]),
        allowBlobPublicAccess: item["allowBlobPublicAccess"],
        minimumTlsVersion: item["minimumTlsVersion"],
        allowSharedKeyAccess: item["allowSharedKeyAccess"],
        isNfsV3Enabled: item["enableNfsV3"],
        allowCrossTenantReplication: item["allowCrossTenantReplication"],
        defaultToOAuthAuthentication: item["defaultToOAuthAuthentication"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageAccountSerializer(item["immutableStorageWithVersioning"]),
        dnsEndpointType: item["dnsEndpointType"],
        geoPriorityReplicationStatus: !item["geoPriorityReplicationStatus"]
            ? item["geoPriorityReplicationStatus"]
            : geoPriorityReplicationStatusSerializer(item["geoPriorityReplicationStatus"]),
        allowSharedKeyAccessForServices: !item["allowSharedKeyAccessForServices"]
            ? item["allowSharedKeyAccessForServices"]
            : storageAccountSharedKeyAccessPropertiesSerializer(item["allowSharedKeyAccessForServices"]),
        dataCollaborationPolicyProperties: !item["dataCollaborationPolicyProperties"]
            ? item["dataCollaborationPolicyProperties"]
            : storageDataCollaborationPolicyPropertiesSerializer(item["dataCollaborationPolicyProperties"]),
        allowCrossTenantDelegationSas: item["allowCrossTenantDelegationSas"],
    };
}
function storageAccountUpdateParametersSerializer(item) {
    return {
        sku: !item["sku"] ? item["sku"] : skuSerializer(item["sku"]),
        tags: item["tags"],
        identity: !item["identity"] ? item["identity"] : identitySerializer(item["identity"]),
        properties: areAllPropsUndefined(item, [
            "customDomain",
            "encryption",
            "sasPolicy",
            "keyPolicy",
            "accessTier",
            "turboTier",
            "azureFilesIdentityBasedAuthentication",
            "enableHttpsTrafficOnly",
            "isSftpEnabled",
            "isLocalUserEnabled",
            "enableExtendedGroups",
            "networkRuleSet",
            "largeFileSharesState",
            "routingPreference",
            "dualStackEndpointPreference",
            "allowBlobPublicAccess",
            "minimumTlsVersion",
            "allowSharedKeyAccess",
            "allowCrossTenantReplication",
            "defaultToOAuthAuthentication",
            "publicNetworkAccess",
            "immutableStorageWithVersioning",
            "allowedCopyScope",
            "dnsEndpointType",
            "geoPriorityReplicationStatus",
            "allowSharedKeyAccessForServices",
            "dataCollaborationPolicyProperties",
            "allowCrossTenantDelegationSas",
        ])
            ? undefined
            : _storageAccountUpdateParametersPropertiesSerializer(item),
        kind: item["kind"],
        zones: !item["zones"]
            ? item["zones"]
            : item["zones"].map((p) => {
                return p;
            }),
        placement: !item["placement"] ? item["placement"] : placementSerializer(item["placement"]),
    };
}
function storageAccountPropertiesUpdateParametersSerializer(item) {
    return {
        customDomain: !item["customDomain"]
            ? item["customDomain"]
            : customDomainSerializer(item["customDomain"]),
        encryption: !item["encryption"] ? item["encryption"] : encryptionSerializer(item["encryption"]),
        sasPolicy: !item["sasPolicy"] ? item["sasPolicy"] : sasPolicySerializer(item["sasPolicy"]),
        keyPolicy: !item["keyPolicy"] ? item["keyPolicy"] : keyPolicySerializer(item["keyPolicy"]),
        accessTier: item["accessTier"],
        turboTier: !item["turboTier"] ? item["turboTier"] : turboTierSerializer(item["turboTier"]),
        azureFilesIdentityBasedAuthentication: !item["azureFilesIdentityBasedAuthentication"]
            ? item["azureFilesIdentityBasedAuthentication"]
            : azureFilesIdentityBasedAuthenticationSerializer(item["azureFilesIdentityBasedAuthentication"]),
        supportsHttpsTrafficOnly: item["enableHttpsTrafficOnly"],
        isSftpEnabled: item["isSftpEnabled"],
        isLocalUserEnabled: item["isLocalUserEnabled"],
        enableExtendedGroups: item["enableExtendedGroups"],
        networkAcls: !item["networkRuleSet"]
            ? item["networkRuleSet"]
            : networkRuleSetSerializer(item["networkRuleSet"]),
        largeFileSharesState: item["largeFileSharesState"],
        routingPreference: !item["routingPreference"]
            ? item["routingPreference"]
            : routingPreferenceSerializer(item["routingPreference"]),
        dualStackEndpointPreference: !item["dualStackEndpointPreference"]
            ? item["dualStackEndpointPreference"]
            : dualStackEndpointPreferenceSerializer(item["dualStackEndpointPreference"]),
        allowBlobPublicAccess: item["allowBlobPublicAccess"],
        minimumTlsVersion: item["minimumTlsVersion"],
        allowSharedKeyAccess: item["allowSharedKeyAccess"],
        allowCrossTenantReplication: item["allowCrossTenantReplication"],
        defaultToOAuthAuthentication: item["defaultToOAuthAuthentication"],
        publicNetworkAccess: item["publicNetworkAccess"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageAccountSerializer(item["immutableStorageWithVersioning"]),
        allowedCopyScope: item["allowedCopyScope"],
        dnsEndpointType: item["dnsEndpointType"],
        geoPriorityReplicationStatus: !item["geoPriorityReplicationStatus"]
            ? item["geoPriorityReplicationStatus"]
            : geoPriorityReplicationStatusSerializer(item["geoPriorityReplicationStatus"]),
        allowSharedKeyAccessForServices: !item["allowSharedKeyAccessForServices"]
            ? item["allowSharedKeyAccessForServices"]
            : storageAccountSharedKeyAccessPropertiesSerializer(item["allowSharedKeyAccessForServices"]),
        dataCollaborationPolicyProperties: !item["dataCollaborationPolicyProperties"]
            ? item["dataCollaborationPolicyProperties"]
            : storageDataCollaborationPolicyPropertiesSerializer(item["dataCollaborationPolicyProperties"]),
        allowCrossTenantDelegationSas: item["allowCrossTenantDelegationSas"],
    };
}
function _storageAccountListResultDeserializer(item) {
    return {
        value: storageAccountArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function storageAccountArrayDeserializer(result) {
    return result.map((item) => {
        return storageAccountDeserializer(item);
    });
}
function storageAccountListKeysResultDeserializer(item) {
    return {
        keys: !item["keys"] ? item["keys"] : storageAccountKeyArrayDeserializer(item["keys"]),
    };
}
function storageAccountKeyArrayDeserializer(result) {
    return result.map((item) => {
        return storageAccountKeyDeserializer(item);
    });
}
function storageAccountKeyDeserializer(item) {
    return {
        keyName: item["keyName"],
        value: item["value"],
        permissions: item["permissions"],
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
    };
}
function storageAccountRegenerateKeyParametersSerializer(item) {
    return { keyName: item["keyName"] };
}
function accountSasParametersSerializer(item) {
    return {
        signedServices: item["services"],
        signedResourceTypes: item["resourceTypes"],
        signedPermission: item["permissions"],
        signedIp: item["iPAddressOrRange"],
        signedProtocol: item["protocols"],
        signedStart: !item["sharedAccessStartTime"]
            ? item["sharedAccessStartTime"]
            : item["sharedAccessStartTime"].toISOString(),
        signedExpiry: item["sharedAccessExpiryTime"].toISOString(),
        keyToSign: item["keyToSign"],
    };
}
/** The signed services accessible with the account SAS. Possible values include: Blob (b), Queue (q), Table (t), File (f). */
var KnownServices;
(function (KnownServices) {
    /** b */
    KnownServices["B"] = "b";
    /** q */
    KnownServices["Q"] = "q";
    /** t */
    KnownServices["T"] = "t";
    /** f */
    KnownServices["F"] = "f";
})(KnownServices || (KnownServices = {}));
/** The signed resource types that are accessible with the account SAS. Service (s): Access to service-level APIs; Container (c): Access to container-level APIs; Object (o): Access to object-level APIs for blobs, queue messages, table entities, and files. */
var KnownSignedResourceTypes;
(function (KnownSignedResourceTypes) {
    /** s */
    KnownSignedResourceTypes["S"] = "s";
    /** c */
    KnownSignedResourceTypes["C"] = "c";
    /** o */
    KnownSignedResourceTypes["O"] = "o";
})(KnownSignedResourceTypes || (KnownSignedResourceTypes = {}));
/** The signed permissions for the account SAS. Possible values include: Read (r), Write (w), Delete (d), List (l), Add (a), Create (c), Update (u) and Process (p). */
var KnownPermissions;
(function (KnownPermissions) {
    /** r */
    KnownPermissions["R"] = "r";
    /** d */
    KnownPermissions["D"] = "d";
    /** w */
    KnownPermissions["W"] = "w";
    /** l */
    KnownPermissions["L"] = "l";
    /** a */
    KnownPermissions["A"] = "a";
    /** c */
    KnownPermissions["C"] = "c";
    /** u */
    KnownPermissions["U"] = "u";
    /** p */
    KnownPermissions["P"] = "p";
})(KnownPermissions || (KnownPermissions = {}));
function listAccountSasResponseDeserializer(item) {
    return {
        accountSasToken: item["accountSasToken"],
    };
}
function serviceSasParametersSerializer(item) {
    return {
        canonicalizedResource: item["canonicalizedResource"],
        signedResource: item["resource"],
        signedPermission: item["permissions"],
        signedIp: item["iPAddressOrRange"],
        signedProtocol: item["protocols"],
        signedStart: !item["sharedAccessStartTime"]
            ? item["sharedAccessStartTime"]
            : item["sharedAccessStartTime"].toISOString(),
        signedExpiry: !item["sharedAccessExpiryTime"]
            ? item["sharedAccessExpiryTime"]
            : item["sharedAccessExpiryTime"].toISOString(),
        signedIdentifier: item["identifier"],
        startPk: item["partitionKeyStart"],
        endPk: item["partitionKeyEnd"],
        startRk: item["rowKeyStart"],
        endRk: item["rowKeyEnd"],
        keyToSign: item["keyToSign"],
        rscc: item["cacheControl"],
        rscd: item["contentDisposition"],
        rsce: item["contentEncoding"],
        rscl: item["contentLanguage"],
        rsct: item["contentType"],
    };
}
/** The signed services accessible with the service SAS. Possible values include: Blob (b), Container (c), File (f), Share (s). */
var KnownSignedResource;
(function (KnownSignedResource) {
    /** b */
    KnownSignedResource["B"] = "b";
    /** c */
    KnownSignedResource["C"] = "c";
    /** f */
    KnownSignedResource["F"] = "f";
    /** s */
    KnownSignedResource["S"] = "s";
})(KnownSignedResource || (KnownSignedResource = {}));
function listServiceSasResponseDeserializer(item) {
    return {
        serviceSasToken: item["serviceSasToken"],
    };
}
function storageAccountMigrationSerializer(item) {
    return { properties: _storageAccountMigrationPropertiesSerializer(item) };
}
function storageAccountMigrationDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._storageAccountMigrationPropertiesDeserializer(item["properties"]),
    };
}
function storageAccountMigrationPropertiesSerializer(item) {
    return { targetSkuName: item["targetSkuName"] };
}
function storageAccountMigrationPropertiesDeserializer(item) {
    return {
        targetSkuName: item["targetSkuName"],
        migrationStatus: item["migrationStatus"],
        migrationFailedReason: item["migrationFailedReason"],
        migrationFailedDetailedReason: item["migrationFailedDetailedReason"],
    };
}
/** Current status of migration */
var KnownMigrationStatus;
(function (KnownMigrationStatus) {
    /** Invalid */
    KnownMigrationStatus["Invalid"] = "Invalid";
    /** SubmittedForConversion */
    KnownMigrationStatus["SubmittedForConversion"] = "SubmittedForConversion";
    /** InProgress */
    KnownMigrationStatus["InProgress"] = "InProgress";
    /** Complete */
    KnownMigrationStatus["Complete"] = "Complete";
    /** Failed */
    KnownMigrationStatus["Failed"] = "Failed";
})(KnownMigrationStatus || (KnownMigrationStatus = {}));
/** Known values of {@link MigrationName} that the service accepts. */
var KnownMigrationName;
(function (KnownMigrationName) {
    /** default */
    KnownMigrationName["Default"] = "default";
})(KnownMigrationName || (KnownMigrationName = {}));
function fileShareSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "metadata",
            "shareQuota",
            "provisionedIops",
            "provisionedBandwidthMibps",
            "enabledProtocols",
            "rootSquash",
            "accessTier",
            "signedIdentifiers",
            "fileSharePaidBursting",
        ])
            ? undefined
            : _fileSharePropertiesSerializer(item),
    };
}
function fileShareDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _fileSharePropertiesDeserializer(item["properties"])),
        etag: item["etag"],
    };
}
function fileSharePropertiesSerializer(item) {
    return {
        metadata: item["metadata"],
        shareQuota: item["shareQuota"],
        provisionedIops: item["provisionedIops"],
        provisionedBandwidthMibps: item["provisionedBandwidthMibps"],
        enabledProtocols: item["enabledProtocols"],
        rootSquash: item["rootSquash"],
        accessTier: item["accessTier"],
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : signedIdentifierArraySerializer(item["signedIdentifiers"]),
        fileSharePaidBursting: !item["fileSharePaidBursting"]
            ? item["fileSharePaidBursting"]
            : fileSharePropertiesFileSharePaidBurstingSerializer(item["fileSharePaidBursting"]),
    };
}
function fileSharePropertiesDeserializer(item) {
    return {
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        shareQuota: item["shareQuota"],
        provisionedIops: item["provisionedIops"],
        provisionedBandwidthMibps: item["provisionedBandwidthMibps"],
        includedBurstIops: item["includedBurstIops"],
        maxBurstCreditsForIops: item["maxBurstCreditsForIops"],
        nextAllowedQuotaDowngradeTime: !item["nextAllowedQuotaDowngradeTime"]
            ? item["nextAllowedQuotaDowngradeTime"]
            : new Date(item["nextAllowedQuotaDowngradeTime"]),
        nextAllowedProvisionedIopsDowngradeTime: !item["nextAllowedProvisionedIopsDowngradeTime"]
            ? item["nextAllowedProvisionedIopsDowngradeTime"]
            : new Date(item["nextAllowedProvisionedIopsDowngradeTime"]),
        nextAllowedProvisionedBandwidthDowngradeTime: !item["nextAllowedProvisionedBandwidthDowngradeTime"]
            ? item["nextAllowedProvisionedBandwidthDowngradeTime"]
            : new Date(item["nextAllowedProvisionedBandwidthDowngradeTime"]),
        enabledProtocols: item["enabledProtocols"],
        rootSquash: item["rootSquash"],
        version: item["version"],
        deleted: item["deleted"],
        deletedTime: !item["deletedTime"] ? item["deletedTime"] : new Date(item["deletedTime"]),
        remainingRetentionDays: item["remainingRetentionDays"],
        accessTier: item["accessTier"],
        accessTierChangeTime: !item["accessTierChangeTime"]
            ? item["accessTierChangeTime"]
            : new Date(item["accessTierChangeTime"]),
        accessTierStatus: item["accessTierStatus"],
        shareUsageBytes: item["shareUsageBytes"],
        leaseStatus: item["leaseStatus"],
        leaseState: item["leaseState"],
        leaseDuration: item["leaseDuration"],
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : signedIdentifierArrayDeserializer(item["signedIdentifiers"]),
        snapshotTime: !item["snapshotTime"] ? item["snapshotTime"] : new Date(item["snapshotTime"]),
        fileSharePaidBursting: !item["fileSharePaidBursting"]
            ? item["fileSharePaidBursting"]
            : fileSharePropertiesFileSharePaidBurstingDeserializer(item["fileSharePaidBursting"]),
    };
}
/** The authentication protocol that is used for the file share. Can only be specified when creating a share. */
var KnownEnabledProtocols;
(function (KnownEnabledProtocols) {
    /** SMB */
    KnownEnabledProtocols["SMB"] = "SMB";
    /** NFS */
    KnownEnabledProtocols["NFS"] = "NFS";
})(KnownEnabledProtocols || (KnownEnabledProtocols = {}));
/** The property is for NFS share only. The default is NoRootSquash. */
var KnownRootSquashType;
(function (KnownRootSquashType) {
    /** NoRootSquash */
    KnownRootSquashType["NoRootSquash"] = "NoRootSquash";
    /** RootSquash */
    KnownRootSquashType["RootSquash"] = "RootSquash";
    /** AllSquash */
    KnownRootSquashType["AllSquash"] = "AllSquash";
})(KnownRootSquashType || (KnownRootSquashType = {}));
/** Access tier for specific share. GpV2 account can choose between TransactionOptimized (default), Hot, and Cool. FileStorage account can choose Premium. */
var KnownShareAccessTier;
(function (KnownShareAccessTier) {
    /** TransactionOptimized */
    KnownShareAccessTier["TransactionOptimized"] = "TransactionOptimized";
    /** Hot */
    KnownShareAccessTier["Hot"] = "Hot";
    /** Cool */
    KnownShareAccessTier["Cool"] = "Cool";
    /** Premium */
    KnownShareAccessTier["Premium"] = "Premium";
})(KnownShareAccessTier || (KnownShareAccessTier = {}));
function signedIdentifierArraySerializer(result) {
    return result.map((item) => {
        return signedIdentifierSerializer(item);
    });
}
function signedIdentifierArrayDeserializer(result) {
    return result.map((item) => {
        return signedIdentifierDeserializer(item);
    });
}
function signedIdentifierSerializer(item) {
    return {
        id: item["id"],
        accessPolicy: !item["accessPolicy"]
            ? item["accessPolicy"]
            : accessPolicySerializer(item["accessPolicy"]),
    };
}
function signedIdentifierDeserializer(item) {
    return {
        id: item["id"],
        accessPolicy: !item["accessPolicy"]
            ? item["accessPolicy"]
            : accessPolicyDeserializer(item["accessPolicy"]),
    };
}
function accessPolicySerializer(item) {
    return {
        startTime: !item["startTime"] ? item["startTime"] : item["startTime"].toISOString(),
        expiryTime: !item["expiryTime"] ? item["expiryTime"] : item["expiryTime"].toISOString(),
        permission: item["permission"],
    };
}
function accessPolicyDeserializer(item) {
    return {
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        expiryTime: !item["expiryTime"] ? item["expiryTime"] : new Date(item["expiryTime"]),
        permission: item["permission"],
    };
}
function fileSharePropertiesFileSharePaidBurstingSerializer(item) {
    return {
        paidBurstingEnabled: item["paidBurstingEnabled"],
        paidBurstingMaxIops: item["paidBurstingMaxIops"],
        paidBurstingMaxBandwidthMibps: item["paidBurstingMaxBandwidthMibps"],
    };
}
function fileSharePropertiesFileSharePaidBurstingDeserializer(item) {
    return {
        paidBurstingEnabled: item["paidBurstingEnabled"],
        paidBurstingMaxIops: item["paidBurstingMaxIops"],
        paidBurstingMaxBandwidthMibps: item["paidBurstingMaxBandwidthMibps"],
    };
}
function deletedShareSerializer(item) {
    return {
        deletedShareName: item["deletedShareName"],
        deletedShareVersion: item["deletedShareVersion"],
    };
}
function leaseShareRequestSerializer(item) {
    return {
        action: item["action"],
        leaseId: item["leaseId"],
        breakPeriod: item["breakPeriod"],
        leaseDuration: item["leaseDuration"],
        proposedLeaseId: item["proposedLeaseId"],
    };
}
/** Specifies the lease action. Can be one of the available actions. */
var KnownLeaseShareAction;
(function (KnownLeaseShareAction) {
    /** Acquire */
    KnownLeaseShareAction["Acquire"] = "Acquire";
    /** Renew */
    KnownLeaseShareAction["Renew"] = "Renew";
    /** Change */
    KnownLeaseShareAction["Change"] = "Change";
    /** Release */
    KnownLeaseShareAction["Release"] = "Release";
    /** Break */
    KnownLeaseShareAction["Break"] = "Break";
})(KnownLeaseShareAction || (KnownLeaseShareAction = {}));
function leaseShareResponseDeserializer(item) {
    return {
        leaseId: item["leaseId"],
        leaseTimeSeconds: item["leaseTimeSeconds"],
    };
}
function _fileShareItemsDeserializer(item) {
    return {
        value: fileShareItemArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function fileShareItemArrayDeserializer(result) {
    return result.map((item) => {
        return fileShareItemDeserializer(item);
    });
}
function fileShareItemDeserializer(item) {
    return {
        etag: item["etag"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _fileShareItemPropertiesDeserializer(item["properties"])),
    };
}
function fileServicePropertiesSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "cors",
            "shareDeleteRetentionPolicy",
            "protocolSettings",
        ])
            ? undefined
            : _fileServicePropertiesPropertiesSerializer(item),
    };
}
function fileServicePropertiesDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _fileServicePropertiesPropertiesDeserializer(item["properties"])),
        sku: !item["sku"] ? item["sku"] : skuDeserializer(item["sku"]),
    };
}
function fileServicePropertiesPropertiesSerializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesSerializer(item["cors"]),
        shareDeleteRetentionPolicy: !item["shareDeleteRetentionPolicy"]
            ? item["shareDeleteRetentionPolicy"]
            : deleteRetentionPolicySerializer(item["shareDeleteRetentionPolicy"]),
        protocolSettings: !item["protocolSettings"]
            ? item["protocolSettings"]
            : protocolSettingsSerializer(item["protocolSettings"]),
    };
}
function fileServicePropertiesPropertiesDeserializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesDeserializer(item["cors"]),
        shareDeleteRetentionPolicy: !item["shareDeleteRetentionPolicy"]
            ? item["shareDeleteRetentionPolicy"]
            : deleteRetentionPolicyDeserializer(item["shareDeleteRetentionPolicy"]),
        protocolSettings: !item["protocolSettings"]
            ? item["protocolSettings"]
            : protocolSettingsDeserializer(item["protocolSettings"]),
    };
}
function protocolSettingsSerializer(item) {
    return {
        smb: !item["smb"] ? item["smb"] : smbSettingSerializer(item["smb"]),
        nfs: !item["nfs"] ? item["nfs"] : nfsSettingSerializer(item["nfs"]),
    };
}
function protocolSettingsDeserializer(item) {
    return {
        smb: !item["smb"] ? item["smb"] : smbSettingDeserializer(item["smb"]),
        nfs: !item["nfs"] ? item["nfs"] : nfsSettingDeserializer(item["nfs"]),
    };
}
function smbSettingSerializer(item) {
    return {
        multichannel: !item["multichannel"]
            ? item["multichannel"]
            : multichannelSerializer(item["multichannel"]),
        versions: item["versions"],
        authenticationMethods: item["authenticationMethods"],
        kerberosTicketEncryption: item["kerberosTicketEncryption"],
        channelEncryption: item["channelEncryption"],
        encryptionInTransit: !item["encryptionInTransit"]
            ? item["encryptionInTransit"]
            : encryptionInTransitSerializer(item["encryptionInTransit"]),
    };
}
function smbSettingDeserializer(item) {
    return {
        multichannel: !item["multichannel"]
            ? item["multichannel"]
            : multichannelDeserializer(item["multichannel"]),
        versions: item["versions"],
        authenticationMethods: item["authenticationMethods"],
        kerberosTicketEncryption: item["kerberosTicketEncryption"],
        channelEncryption: item["channelEncryption"],
        encryptionInTransit: !item["encryptionInTransit"]
            ? item["encryptionInTransit"]
            : encryptionInTransitDeserializer(item["encryptionInTransit"]),
    };
}
function multichannelSerializer(item) {
    return { enabled: item["enabled"] };
}
function multichannelDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function encryptionInTransitSerializer(item) {
    return { required: item["required"] };
}
function encryptionInTransitDeserializer(item) {
    return {
        required: item["required"],
    };
}
function nfsSettingSerializer(item) {
    return {
        encryptionInTransit: !item["encryptionInTransit"]
            ? item["encryptionInTransit"]
            : encryptionInTransitSerializer(item["encryptionInTransit"]),
    };
}
function nfsSettingDeserializer(item) {
    return {
        encryptionInTransit: !item["encryptionInTransit"]
            ? item["encryptionInTransit"]
            : encryptionInTransitDeserializer(item["encryptionInTransit"]),
    };
}
function fileServiceItemsDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : fileServicePropertiesArrayDeserializer(item["value"]),
    };
}
function fileServicePropertiesArraySerializer(result) {
    return result.map((item) => {
        return fileServicePropertiesSerializer(item);
    });
}
function fileServicePropertiesArrayDeserializer(result) {
    return result.map((item) => {
        return fileServicePropertiesDeserializer(item);
    });
}
function fileServiceUsageDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : fileServiceUsagePropertiesDeserializer(item["properties"]),
    };
}
function fileServiceUsagePropertiesDeserializer(item) {
    return {
        storageAccountLimits: !item["storageAccountLimits"]
            ? item["storageAccountLimits"]
            : accountLimitsDeserializer(item["storageAccountLimits"]),
        fileShareLimits: !item["fileShareLimits"]
            ? item["fileShareLimits"]
            : fileShareLimitsDeserializer(item["fileShareLimits"]),
        fileShareRecommendations: !item["fileShareRecommendations"]
            ? item["fileShareRecommendations"]
            : fileShareRecommendationsDeserializer(item["fileShareRecommendations"]),
        burstingConstants: !item["burstingConstants"]
            ? item["burstingConstants"]
            : burstingConstantsDeserializer(item["burstingConstants"]),
        storageAccountUsage: !item["storageAccountUsage"]
            ? item["storageAccountUsage"]
            : accountUsageDeserializer(item["storageAccountUsage"]),
    };
}
function accountLimitsDeserializer(item) {
    return {
        maxFileShares: item["maxFileShares"],
        maxProvisionedStorageGiB: item["maxProvisionedStorageGiB"],
        maxProvisionedIops: item["maxProvisionedIOPS"],
        maxProvisionedBandwidthMiBPerSec: item["maxProvisionedBandwidthMiBPerSec"],
    };
}
function fileShareLimitsDeserializer(item) {
    return {
        minProvisionedStorageGiB: item["minProvisionedStorageGiB"],
        maxProvisionedStorageGiB: item["maxProvisionedStorageGiB"],
        minProvisionedIops: item["minProvisionedIOPS"],
        maxProvisionedIops: item["maxProvisionedIOPS"],
        minProvisionedBandwidthMiBPerSec: item["minProvisionedBandwidthMiBPerSec"],
        maxProvisionedBandwidthMiBPerSec: item["maxProvisionedBandwidthMiBPerSec"],
        guardrailIOScalar: item["guardrailIOScalar"],
        guardrailBandwidthScalar: item["guardrailBandwidthScalar"],
    };
}
function fileShareRecommendationsDeserializer(item) {
    return {
        baseIops: item["baseIOPS"],
        ioScalar: item["ioScalar"],
        baseBandwidthMiBPerSec: item["baseBandwidthMiBPerSec"],
        bandwidthScalar: item["bandwidthScalar"],
    };
}
function burstingConstantsDeserializer(item) {
    return {
        burstFloorIops: item["burstFloorIOPS"],
        burstIOScalar: item["burstIOScalar"],
        burstTimeframeSeconds: item["burstTimeframeSeconds"],
    };
}
function accountUsageDeserializer(item) {
    return {
        liveShares: !item["liveShares"]
            ? item["liveShares"]
            : accountUsageElementsDeserializer(item["liveShares"]),
        softDeletedShares: !item["softDeletedShares"]
            ? item["softDeletedShares"]
            : accountUsageElementsDeserializer(item["softDeletedShares"]),
    };
}
function accountUsageElementsDeserializer(item) {
    return {
        fileShareCount: item["fileShareCount"],
        provisionedStorageGiB: item["provisionedStorageGiB"],
        provisionedIops: item["provisionedIOPS"],
        provisionedBandwidthMiBPerSec: item["provisionedBandwidthMiBPerSec"],
    };
}
function _fileServiceUsagesDeserializer(item) {
    return {
        value: fileServiceUsageArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function fileServiceUsageArrayDeserializer(result) {
    return result.map((item) => {
        return fileServiceUsageDeserializer(item);
    });
}
function queueServicePropertiesSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["cors"])
            ? undefined
            : _queueServicePropertiesPropertiesSerializer(item),
    };
}
function queueServicePropertiesDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _queueServicePropertiesPropertiesDeserializer(item["properties"])),
    };
}
function queueServicePropertiesPropertiesSerializer(item) {
    return { cors: !item["cors"] ? item["cors"] : corsRulesSerializer(item["cors"]) };
}
function queueServicePropertiesPropertiesDeserializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesDeserializer(item["cors"]),
    };
}
function listQueueServicesDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : queueServicePropertiesArrayDeserializer(item["value"]),
    };
}
function queueServicePropertiesArraySerializer(result) {
    return result.map((item) => {
        return queueServicePropertiesSerializer(item);
    });
}
function queueServicePropertiesArrayDeserializer(result) {
    return result.map((item) => {
        return queueServicePropertiesDeserializer(item);
    });
}
function deletedAccountDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _deletedAccountPropertiesDeserializer(item["properties"])),
    };
}
function deletedAccountPropertiesDeserializer(item) {
    return {
        storageAccountResourceId: item["storageAccountResourceId"],
        location: item["location"],
        restoreReference: item["restoreReference"],
        creationTime: item["creationTime"],
        deletionTime: item["deletionTime"],
    };
}
function _deletedAccountListResultDeserializer(item) {
    return {
        value: deletedAccountArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function deletedAccountArrayDeserializer(result) {
    return result.map((item) => {
        return deletedAccountDeserializer(item);
    });
}
function managementPolicySerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["policy"])
            ? undefined
            : _managementPolicyPropertiesSerializer(item),
    };
}
function managementPolicyDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _managementPolicyPropertiesDeserializer(item["properties"])),
    };
}
function managementPolicyPropertiesSerializer(item) {
    return { policy: managementPolicySchemaSerializer(item["policy"]) };
}
function managementPolicyPropertiesDeserializer(item) {
    return {
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        policy: managementPolicySchemaDeserializer(item["policy"]),
    };
}
function managementPolicySchemaSerializer(item) {
    return { rules: managementPolicyRuleArraySerializer(item["rules"]) };
}
function managementPolicySchemaDeserializer(item) {
    return {
        rules: managementPolicyRuleArrayDeserializer(item["rules"]),
    };
}
function managementPolicyRuleArraySerializer(result) {
    return result.map((item) => {
        return managementPolicyRuleSerializer(item);
    });
}
function managementPolicyRuleArrayDeserializer(result) {
    return result.map((item) => {
        return managementPolicyRuleDeserializer(item);
    });
}
function managementPolicyRuleSerializer(item) {
    return {
        enabled: item["enabled"],
        name: item["name"],
        type: item["type"],
        definition: managementPolicyDefinitionSerializer(item["definition"]),
    };
}
function managementPolicyRuleDeserializer(item) {
    return {
        enabled: item["enabled"],
        name: item["name"],
        type: item["type"],
        definition: managementPolicyDefinitionDeserializer(item["definition"]),
    };
}
/** The valid value is Lifecycle */
var KnownRuleType;
(function (KnownRuleType) {
    /** Lifecycle */
    KnownRuleType["Lifecycle"] = "Lifecycle";
})(KnownRuleType || (KnownRuleType = {}));
function managementPolicyDefinitionSerializer(item) {
    return {
        actions: managementPolicyActionSerializer(item["actions"]),
        filters: !item["filters"] ? item["filters"] : managementPolicyFilterSerializer(item["filters"]),
    };
}
function managementPolicyDefinitionDeserializer(item) {
    return {
        actions: managementPolicyActionDeserializer(item["actions"]),
        filters: !item["filters"]
            ? item["filters"]
            : managementPolicyFilterDeserializer(item["filters"]),
    };
}
function managementPolicyActionSerializer(item) {
    return {
        baseBlob: !item["baseBlob"]
            ? item["baseBlob"]
            : managementPolicyBaseBlobSerializer(item["baseBlob"]),
        snapshot: !item["snapshot"]
            ? item["snapshot"]
            : managementPolicySnapShotSerializer(item["snapshot"]),
        version: !item["version"]
            ? item["version"]
            : managementPolicyVersionSerializer(item["version"]),
    };
}
function managementPolicyActionDeserializer(item) {
    return {
        baseBlob: !item["baseBlob"]
            ? item["baseBlob"]
            : managementPolicyBaseBlobDeserializer(item["baseBlob"]),
        snapshot: !item["snapshot"]
            ? item["snapshot"]
            : managementPolicySnapShotDeserializer(item["snapshot"]),
        version: !item["version"]
            ? item["version"]
            : managementPolicyVersionDeserializer(item["version"]),
    };
}
function managementPolicyBaseBlobSerializer(item) {
    return {
        tierToCool: !item["tierToCool"]
            ? item["tierToCool"]
            : dateAfterModificationSerializer(item["tierToCool"]),
        tierToArchive: !item["tierToArchive"]
            ? item["tierToArchive"]
            : dateAfterModificationSerializer(item["tierToArchive"]),
        tierToCold: !item["tierToCold"]
            ? item["tierToCold"]
            : dateAfterModificationSerializer(item["tierToCold"]),
        tierToHot: !item["tierToHot"]
            ? item["tierToHot"]
            : dateAfterModificationSerializer(item["tierToHot"]),
        delete: !item["delete"] ? item["delete"] : dateAfterModificationSerializer(item["delete"]),
        enableAutoTierToHotFromCool: item["enableAutoTierToHotFromCool"],
    };
}
function managementPolicyBaseBlobDeserializer(item) {
    return {
        tierToCool: !item["tierToCool"]
            ? item["tierToCool"]
            : dateAfterModificationDeserializer(item["tierToCool"]),
        tierToArchive: !item["tierToArchive"]
            ? item["tierToArchive"]
            : dateAfterModificationDeserializer(item["tierToArchive"]),
        tierToCold: !item["tierToCold"]
            ? item["tierToCold"]
            : dateAfterModificationDeserializer(item["tierToCold"]),
        tierToHot: !item["tierToHot"]
            ? item["tierToHot"]
            : dateAfterModificationDeserializer(item["tierToHot"]),
        delete: !item["delete"] ? item["delete"] : dateAfterModificationDeserializer(item["delete"]),
        enableAutoTierToHotFromCool: item["enableAutoTierToHotFromCool"],
    };
}
function dateAfterModificationSerializer(item) {
    return {
        daysAfterModificationGreaterThan: item["daysAfterModificationGreaterThan"],
        daysAfterLastAccessTimeGreaterThan: item["daysAfterLastAccessTimeGreaterThan"],
        daysAfterLastTierChangeGreaterThan: item["daysAfterLastTierChangeGreaterThan"],
        daysAfterCreationGreaterThan: item["daysAfterCreationGreaterThan"],
    };
}
function dateAfterModificationDeserializer(item) {
    return {
        daysAfterModificationGreaterThan: item["daysAfterModificationGreaterThan"],
        daysAfterLastAccessTimeGreaterThan: item["daysAfterLastAccessTimeGreaterThan"],
        daysAfterLastTierChangeGreaterThan: item["daysAfterLastTierChangeGreaterThan"],
        daysAfterCreationGreaterThan: item["daysAfterCreationGreaterThan"],
    };
}
function managementPolicySnapShotSerializer(item) {
    return {
        tierToCool: !item["tierToCool"]
            ? item["tierToCool"]
            : dateAfterCreationSerializer(item["tierToCool"]),
        tierToArchive: !item["tierToArchive"]
            ? item["tierToArchive"]
            : dateAfterCreationSerializer(item["tierToArchive"]),
        tierToCold: !item["tierToCold"]
            ? item["tierToCold"]
            : dateAfterCreationSerializer(item["tierToCold"]),
        tierToHot: !item["tierToHot"]
            ? item["tierToHot"]
            : dateAfterCreationSerializer(item["tierToHot"]),
        delete: !item["delete"] ? item["delete"] : dateAfterCreationSerializer(item["delete"]),
    };
}
function managementPolicySnapShotDeserializer(item) {
    return {
        tierToCool: !item["tierToCool"]
            ? item["tierToCool"]
            : dateAfterCreationDeserializer(item["tierToCool"]),
        tierToArchive: !item["tierToArchive"]
            ? item["tierToArchive"]
            : dateAfterCreationDeserializer(item["tierToArchive"]),
        tierToCold: !item["tierToCold"]
            ? item["tierToCold"]
            : dateAfterCreationDeserializer(item["tierToCold"]),
        tierToHot: !item["tierToHot"]
            ? item["tierToHot"]
            : dateAfterCreationDeserializer(item["tierToHot"]),
        delete: !item["delete"] ? item["delete"] : dateAfterCreationDeserializer(item["delete"]),
    };
}
function dateAfterCreationSerializer(item) {
    return {
        daysAfterCreationGreaterThan: item["daysAfterCreationGreaterThan"],
        daysAfterLastTierChangeGreaterThan: item["daysAfterLastTierChangeGreaterThan"],
    };
}
function dateAfterCreationDeserializer(item) {
    return {
        daysAfterCreationGreaterThan: item["daysAfterCreationGreaterThan"],
        daysAfterLastTierChangeGreaterThan: item["daysAfterLastTierChangeGreaterThan"],
    };
}
function managementPolicyVersionSerializer(item) {
    return {
        tierToCool: !item["tierToCool"]
            ? item["tierToCool"]
            : dateAfterCreationSerializer(item["tierToCool"]),
        tierToArchive: !item["tierToArchive"]
            ? item["tierToArchive"]
            : dateAfterCreationSerializer(item["tierToArchive"]),
        tierToCold: !item["tierToCold"]
            ? item["tierToCold"]
            : dateAfterCreationSerializer(item["tierToCold"]),
        tierToHot: !item["tierToHot"]
            ? item["tierToHot"]
            : dateAfterCreationSerializer(item["tierToHot"]),
        delete: !item["delete"] ? item["delete"] : dateAfterCreationSerializer(item["delete"]),
    };
}
function managementPolicyVersionDeserializer(item) {
    return {
        tierToCool: !item["tierToCool"]
            ? item["tierToCool"]
            : dateAfterCreationDeserializer(item["tierToCool"]),
        tierToArchive: !item["tierToArchive"]
            ? item["tierToArchive"]
            : dateAfterCreationDeserializer(item["tierToArchive"]),
        tierToCold: !item["tierToCold"]
            ? item["tierToCold"]
            : dateAfterCreationDeserializer(item["tierToCold"]),
        tierToHot: !item["tierToHot"]
            ? item["tierToHot"]
            : dateAfterCreationDeserializer(item["tierToHot"]),
        delete: !item["delete"] ? item["delete"] : dateAfterCreationDeserializer(item["delete"]),
    };
}
function managementPolicyFilterSerializer(item) {
    return {
        prefixMatch: !item["prefixMatch"]
            ? item["prefixMatch"]
            : item["prefixMatch"].map((p) => {
                return p;
            }),
        blobTypes: item["blobTypes"].map((p) => {
            return p;
        }),
        blobIndexMatch: !item["blobIndexMatch"]
            ? item["blobIndexMatch"]
            : tagFilterArraySerializer(item["blobIndexMatch"]),
    };
}
function managementPolicyFilterDeserializer(item) {
    return {
        prefixMatch: !item["prefixMatch"]
            ? item["prefixMatch"]
            : item["prefixMatch"].map((p) => {
                return p;
            }),
        blobTypes: item["blobTypes"].map((p) => {
            return p;
        }),
        blobIndexMatch: !item["blobIndexMatch"]
            ? item["blobIndexMatch"]
            : tagFilterArrayDeserializer(item["blobIndexMatch"]),
    };
}
function tagFilterArraySerializer(result) {
    return result.map((item) => {
        return tagFilterSerializer(item);
    });
}
function tagFilterArrayDeserializer(result) {
    return result.map((item) => {
        return tagFilterDeserializer(item);
    });
}
function tagFilterSerializer(item) {
    return { name: item["name"], op: item["op"], value: item["value"] };
}
function tagFilterDeserializer(item) {
    return {
        name: item["name"],
        op: item["op"],
        value: item["value"],
    };
}
/** Known values of {@link ManagementPolicyName} that the service accepts. */
var KnownManagementPolicyName;
(function (KnownManagementPolicyName) {
    /** default */
    KnownManagementPolicyName["Default"] = "default";
})(KnownManagementPolicyName || (KnownManagementPolicyName = {}));
function blobInventoryPolicySerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["policy"])
            ? undefined
            : _blobInventoryPolicyPropertiesSerializer(item),
    };
}
function blobInventoryPolicyDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _blobInventoryPolicyPropertiesDeserializer(item["properties"])),
    };
}
function blobInventoryPolicyPropertiesSerializer(item) {
    return { policy: blobInventoryPolicySchemaSerializer(item["policy"]) };
}
function blobInventoryPolicyPropertiesDeserializer(item) {
    return {
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        policy: blobInventoryPolicySchemaDeserializer(item["policy"]),
    };
}
function blobInventoryPolicySchemaSerializer(item) {
    return {
        enabled: item["enabled"],
        type: item["type"],
        rules: blobInventoryPolicyRuleArraySerializer(item["rules"]),
    };
}
function blobInventoryPolicySchemaDeserializer(item) {
    return {
        enabled: item["enabled"],
        destination: item["destination"],
        type: item["type"],
        rules: blobInventoryPolicyRuleArrayDeserializer(item["rules"]),
    };
}
/** The valid value is Inventory */
var KnownInventoryRuleType;
(function (KnownInventoryRuleType) {
    /** Inventory */
    KnownInventoryRuleType["Inventory"] = "Inventory";
})(KnownInventoryRuleType || (KnownInventoryRuleType = {}));
function blobInventoryPolicyRuleArraySerializer(result) {
    return result.map((item) => {
        return blobInventoryPolicyRuleSerializer(item);
    });
}
function blobInventoryPolicyRuleArrayDeserializer(result) {
    return result.map((item) => {
        return blobInventoryPolicyRuleDeserializer(item);
    });
}
function blobInventoryPolicyRuleSerializer(item) {
    return {
        enabled: item["enabled"],
        name: item["name"],
        destination: item["destination"],
        definition: blobInventoryPolicyDefinitionSerializer(item["definition"]),
    };
}
function blobInventoryPolicyRuleDeserializer(item) {
    return {
        enabled: item["enabled"],
        name: item["name"],
        destination: item["destination"],
        definition: blobInventoryPolicyDefinitionDeserializer(item["definition"]),
    };
}
function blobInventoryPolicyDefinitionSerializer(item) {
    return {
        filters: !item["filters"]
            ? item["filters"]
            : blobInventoryPolicyFilterSerializer(item["filters"]),
        format: item["format"],
        schedule: item["schedule"],
        objectType: item["objectType"],
        schemaFields: item["schemaFields"].map((p) => {
            return p;
        }),
    };
}
function blobInventoryPolicyDefinitionDeserializer(item) {
    return {
        filters: !item["filters"]
            ? item["filters"]
            : blobInventoryPolicyFilterDeserializer(item["filters"]),
        format: item["format"],
        schedule: item["schedule"],
        objectType: item["objectType"],
        schemaFields: item["schemaFields"].map((p) => {
            return p;
        }),
    };
}
function blobInventoryPolicyFilterSerializer(item) {
    return {
        prefixMatch: !item["prefixMatch"]
            ? item["prefixMatch"]
            : item["prefixMatch"].map((p) => {
                return p;
            }),
        excludePrefix: !item["excludePrefix"]
            ? item["excludePrefix"]
            : item["excludePrefix"].map((p) => {
                return p;
            }),
        blobTypes: !item["blobTypes"]
            ? item["blobTypes"]
            : item["blobTypes"].map((p) => {
                return p;
            }),
        includeBlobVersions: item["includeBlobVersions"],
        includeSnapshots: item["includeSnapshots"],
        includeDeleted: item["includeDeleted"],
        creationTime: !item["creationTime"]
            ? item["creationTime"]
            : blobInventoryCreationTimeSerializer(item["creationTime"]),
    };
}
function blobInventoryPolicyFilterDeserializer(item) {
    return {
        prefixMatch: !item["prefixMatch"]
            ? item["prefixMatch"]
            : item["prefixMatch"].map((p) => {
                return p;
            }),
        excludePrefix: !item["excludePrefix"]
            ? item["excludePrefix"]
            : item["excludePrefix"].map((p) => {
                return p;
            }),
        blobTypes: !item["blobTypes"]
            ? item["blobTypes"]
            : item["blobTypes"].map((p) => {
                return p;
            }),
        includeBlobVersions: item["includeBlobVersions"],
        includeSnapshots: item["includeSnapshots"],
        includeDeleted: item["includeDeleted"],
        creationTime: !item["creationTime"]
            ? item["creationTime"]
            : blobInventoryCreationTimeDeserializer(item["creationTime"]),
    };
}
function blobInventoryCreationTimeSerializer(item) {
    return { lastNDays: item["lastNDays"] };
}
function blobInventoryCreationTimeDeserializer(item) {
    return {
        lastNDays: item["lastNDays"],
    };
}
/** This is a required field, it specifies the format for the inventory files. */
var KnownFormat;
(function (KnownFormat) {
    /** Csv */
    KnownFormat["Csv"] = "Csv";
    /** Parquet */
    KnownFormat["Parquet"] = "Parquet";
})(KnownFormat || (KnownFormat = {}));
/** This is a required field. This field is used to schedule an inventory formation. */
var KnownSchedule;
(function (KnownSchedule) {
    /** Daily */
    KnownSchedule["Daily"] = "Daily";
    /** Weekly */
    KnownSchedule["Weekly"] = "Weekly";
})(KnownSchedule || (KnownSchedule = {}));
/** This is a required field. This field specifies the scope of the inventory created either at the blob or container level. */
var KnownObjectType;
(function (KnownObjectType) {
    /** Blob */
    KnownObjectType["Blob"] = "Blob";
    /** Container */
    KnownObjectType["Container"] = "Container";
})(KnownObjectType || (KnownObjectType = {}));
/** Known values of {@link BlobInventoryPolicyName} that the service accepts. */
var KnownBlobInventoryPolicyName;
(function (KnownBlobInventoryPolicyName) {
    /** default */
    KnownBlobInventoryPolicyName["Default"] = "default";
})(KnownBlobInventoryPolicyName || (KnownBlobInventoryPolicyName = {}));
function _listBlobInventoryPolicyDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : blobInventoryPolicyArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function blobInventoryPolicyArraySerializer(result) {
    return result.map((item) => {
        return blobInventoryPolicySerializer(item);
    });
}
function blobInventoryPolicyArrayDeserializer(result) {
    return result.map((item) => {
        return blobInventoryPolicyDeserializer(item);
    });
}
function _privateEndpointConnectionListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : privateEndpointConnectionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function encryptionScopeSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "source",
            "state",
            "keyVaultProperties",
            "requireInfrastructureEncryption",
        ])
            ? undefined
            : _encryptionScopePropertiesSerializer(item),
    };
}
function encryptionScopeDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _encryptionScopePropertiesDeserializer(item["properties"])),
    };
}
function encryptionScopePropertiesSerializer(item) {
    return {
        source: item["source"],
        state: item["state"],
        keyVaultProperties: !item["keyVaultProperties"]
            ? item["keyVaultProperties"]
            : encryptionScopeKeyVaultPropertiesSerializer(item["keyVaultProperties"]),
        requireInfrastructureEncryption: item["requireInfrastructureEncryption"],
    };
}
function encryptionScopePropertiesDeserializer(item) {
    return {
        source: item["source"],
        state: item["state"],
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        keyVaultProperties: !item["keyVaultProperties"]
            ? item["keyVaultProperties"]
            : encryptionScopeKeyVaultPropertiesDeserializer(item["keyVaultProperties"]),
        requireInfrastructureEncryption: item["requireInfrastructureEncryption"],
    };
}
/** The provider for the encryption scope. Possible values (case-insensitive):  Microsoft.Storage, Microsoft.KeyVault. */
var KnownEncryptionScopeSource;
(function (KnownEncryptionScopeSource) {
    /** Microsoft.Storage */
    KnownEncryptionScopeSource["MicrosoftStorage"] = "Microsoft.Storage";
    /** Microsoft.KeyVault */
    KnownEncryptionScopeSource["MicrosoftKeyVault"] = "Microsoft.KeyVault";
})(KnownEncryptionScopeSource || (KnownEncryptionScopeSource = {}));
/** The state of the encryption scope. Possible values (case-insensitive):  Enabled, Disabled. */
var KnownEncryptionScopeState;
(function (KnownEncryptionScopeState) {
    /** Enabled */
    KnownEncryptionScopeState["Enabled"] = "Enabled";
    /** Disabled */
    KnownEncryptionScopeState["Disabled"] = "Disabled";
})(KnownEncryptionScopeState || (KnownEncryptionScopeState = {}));
function encryptionScopeKeyVaultPropertiesSerializer(item) {
    return { keyUri: item["keyUri"] };
}
function encryptionScopeKeyVaultPropertiesDeserializer(item) {
    return {
        keyUri: item["keyUri"],
        currentVersionedKeyIdentifier: item["currentVersionedKeyIdentifier"],
        lastKeyRotationTimestamp: !item["lastKeyRotationTimestamp"]
            ? item["lastKeyRotationTimestamp"]
            : new Date(item["lastKeyRotationTimestamp"]),
    };
}
function _encryptionScopeListResultDeserializer(item) {
    return {
        value: encryptionScopeArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function encryptionScopeArraySerializer(result) {
    return result.map((item) => {
        return encryptionScopeSerializer(item);
    });
}
function encryptionScopeArrayDeserializer(result) {
    return result.map((item) => {
        return encryptionScopeDeserializer(item);
    });
}
function tableServicePropertiesSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["cors"])
            ? undefined
            : _tableServicePropertiesPropertiesSerializer(item),
    };
}
function tableServicePropertiesDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _tableServicePropertiesPropertiesDeserializer(item["properties"])),
    };
}
function tableServicePropertiesPropertiesSerializer(item) {
    return { cors: !item["cors"] ? item["cors"] : corsRulesSerializer(item["cors"]) };
}
function tableServicePropertiesPropertiesDeserializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesDeserializer(item["cors"]),
    };
}
function listTableServicesDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : tableServicePropertiesArrayDeserializer(item["value"]),
    };
}
function tableServicePropertiesArraySerializer(result) {
    return result.map((item) => {
        return tableServicePropertiesSerializer(item);
    });
}
function tableServicePropertiesArrayDeserializer(result) {
    return result.map((item) => {
        return tableServicePropertiesDeserializer(item);
    });
}
function networkSecurityPerimeterConfigurationDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _networkSecurityPerimeterConfigurationPropertiesDeserializer(item["properties"])),
    };
}
function networkSecurityPerimeterConfigurationPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        provisioningIssues: !item["provisioningIssues"]
            ? item["provisioningIssues"]
            : provisioningIssueArrayDeserializer(item["provisioningIssues"]),
        networkSecurityPerimeter: !item["networkSecurityPerimeter"]
            ? item["networkSecurityPerimeter"]
            : networkSecurityPerimeterDeserializer(item["networkSecurityPerimeter"]),
        resourceAssociation: !item["resourceAssociation"]
            ? item["resourceAssociation"]
            : networkSecurityPerimeterConfigurationPropertiesResourceAssociationDeserializer(item["resourceAssociation"]),
        profile: !item["profile"]
            ? item["profile"]
            : networkSecurityPerimeterConfigurationPropertiesProfileDeserializer(item["profile"]),
    };
}
/** Provisioning state of Network Security Perimeter configuration propagation */
var KnownNetworkSecurityPerimeterConfigurationProvisioningState;
(function (KnownNetworkSecurityPerimeterConfigurationProvisioningState) {
    /** Accepted */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Accepted"] = "Accepted";
    /** Succeeded */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Failed"] = "Failed";
    /** Deleting */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Deleting"] = "Deleting";
    /** Canceled */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Canceled"] = "Canceled";
})(KnownNetworkSecurityPerimeterConfigurationProvisioningState || (KnownNetworkSecurityPerimeterConfigurationProvisioningState = {}));
function provisioningIssueArrayDeserializer(result) {
    return result.map((item) => {
        return provisioningIssueDeserializer(item);
    });
}
function provisioningIssueDeserializer(item) {
    return {
        name: item["name"],
        properties: !item["properties"]
            ? item["properties"]
            : provisioningIssuePropertiesDeserializer(item["properties"]),
    };
}
function provisioningIssuePropertiesDeserializer(item) {
    return {
        issueType: item["issueType"],
        severity: item["severity"],
        description: item["description"],
    };
}
/** Type of issue */
var KnownIssueType;
(function (KnownIssueType) {
    /** Unknown */
    KnownIssueType["Unknown"] = "Unknown";
    /** ConfigurationPropagationFailure */
    KnownIssueType["ConfigurationPropagationFailure"] = "ConfigurationPropagationFailure";
})(KnownIssueType || (KnownIssueType = {}));
/** Severity of the issue. */
var KnownSeverity;
(function (KnownSeverity) {
    /** Warning */
    KnownSeverity["Warning"] = "Warning";
    /** Error */
    KnownSeverity["Error"] = "Error";
})(KnownSeverity || (KnownSeverity = {}));
function networkSecurityPerimeterDeserializer(item) {
    return {
        id: item["id"],
        perimeterGuid: item["perimeterGuid"],
        location: item["location"],
    };
}
function networkSecurityPerimeterConfigurationPropertiesResourceAssociationDeserializer(item) {
    return {
        name: item["name"],
        accessMode: item["accessMode"],
    };
}
/** Access Mode of the resource association */
var KnownResourceAssociationAccessMode;
(function (KnownResourceAssociationAccessMode) {
    /** Enforced */
    KnownResourceAssociationAccessMode["Enforced"] = "Enforced";
    /** Learning */
    KnownResourceAssociationAccessMode["Learning"] = "Learning";
    /** Audit */
    KnownResourceAssociationAccessMode["Audit"] = "Audit";
})(KnownResourceAssociationAccessMode || (KnownResourceAssociationAccessMode = {}));
function networkSecurityPerimeterConfigurationPropertiesProfileDeserializer(item) {
    return {
        name: item["name"],
        accessRulesVersion: item["accessRulesVersion"],
        accessRules: !item["accessRules"]
            ? item["accessRules"]
            : nspAccessRuleArrayDeserializer(item["accessRules"]),
        diagnosticSettingsVersion: item["diagnosticSettingsVersion"],
        enabledLogCategories: !item["enabledLogCategories"]
            ? item["enabledLogCategories"]
            : item["enabledLogCategories"].map((p) => {
                return p;
            }),
    };
}
function nspAccessRuleArrayDeserializer(result) {
    return result.map((item) => {
        return nspAccessRuleDeserializer(item);
    });
}
function nspAccessRuleDeserializer(item) {
    return {
        name: item["name"],
        properties: !item["properties"]
            ? item["properties"]
            : nspAccessRulePropertiesDeserializer(item["properties"]),
    };
}
function nspAccessRulePropertiesDeserializer(item) {
    return {
        direction: item["direction"],
        addressPrefixes: !item["addressPrefixes"]
            ? item["addressPrefixes"]
            : item["addressPrefixes"].map((p) => {
                return p;
            }),
        subscriptions: !item["subscriptions"]
            ? item["subscriptions"]
            : nspAccessRulePropertiesSubscriptionsItemArrayDeserializer(item["subscriptions"]),
        networkSecurityPerimeters: !item["networkSecurityPerimeters"]
            ? item["networkSecurityPerimeters"]
            : networkSecurityPerimeterArrayDeserializer(item["networkSecurityPerimeters"]),
        fullyQualifiedDomainNames: !item["fullyQualifiedDomainNames"]
            ? item["fullyQualifiedDomainNames"]
            : item["fullyQualifiedDomainNames"].map((p) => {
                return p;
            }),
        serviceTags: !item["serviceTags"]
            ? item["serviceTags"]
            : item["serviceTags"].map((p) => {
                return p;
            }),
    };
}
/** Direction of Access Rule */
var KnownNspAccessRuleDirection;
(function (KnownNspAccessRuleDirection) {
    /** Inbound */
    KnownNspAccessRuleDirection["Inbound"] = "Inbound";
    /** Outbound */
    KnownNspAccessRuleDirection["Outbound"] = "Outbound";
})(KnownNspAccessRuleDirection || (KnownNspAccessRuleDirection = {}));
function nspAccessRulePropertiesSubscriptionsItemArrayDeserializer(result) {
    return result.map((item) => {
        return nspAccessRulePropertiesSubscriptionsItemDeserializer(item);
    });
}
function nspAccessRulePropertiesSubscriptionsItemDeserializer(item) {
    return {
        id: item["id"],
    };
}
function networkSecurityPerimeterArrayDeserializer(result) {
    return result.map((item) => {
        return networkSecurityPerimeterDeserializer(item);
    });
}
function _networkSecurityPerimeterConfigurationListDeserializer(item) {
    return {
        value: networkSecurityPerimeterConfigurationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function networkSecurityPerimeterConfigurationArrayDeserializer(result) {
    return result.map((item) => {
        return networkSecurityPerimeterConfigurationDeserializer(item);
    });
}
function storageTaskAssignmentSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : storageTaskAssignmentPropertiesSerializer(item["properties"]),
    };
}
function storageTaskAssignmentDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : storageTaskAssignmentPropertiesDeserializer(item["properties"]),
    };
}
function storageTaskAssignmentPropertiesSerializer(item) {
    return {
        taskId: item["taskId"],
        enabled: item["enabled"],
        description: item["description"],
        executionContext: storageTaskAssignmentExecutionContextSerializer(item["executionContext"]),
        report: storageTaskAssignmentReportSerializer(item["report"]),
        runStatus: !item["runStatus"]
            ? item["runStatus"]
            : storageTaskReportPropertiesSerializer(item["runStatus"]),
    };
}
function storageTaskAssignmentPropertiesDeserializer(item) {
    return {
        taskId: item["taskId"],
        enabled: item["enabled"],
        description: item["description"],
        executionContext: storageTaskAssignmentExecutionContextDeserializer(item["executionContext"]),
        report: storageTaskAssignmentReportDeserializer(item["report"]),
        provisioningState: item["provisioningState"],
        runStatus: !item["runStatus"]
            ? item["runStatus"]
            : storageTaskReportPropertiesDeserializer(item["runStatus"]),
    };
}
function storageTaskAssignmentExecutionContextSerializer(item) {
    return {
        target: !item["target"] ? item["target"] : executionTargetSerializer(item["target"]),
        trigger: executionTriggerSerializer(item["trigger"]),
    };
}
function storageTaskAssignmentExecutionContextDeserializer(item) {
    return {
        target: !item["target"] ? item["target"] : executionTargetDeserializer(item["target"]),
        trigger: executionTriggerDeserializer(item["trigger"]),
    };
}
function executionTargetSerializer(item) {
    return {
        prefix: !item["prefix"]
            ? item["prefix"]
            : item["prefix"].map((p) => {
                return p;
            }),
        excludePrefix: !item["excludePrefix"]
            ? item["excludePrefix"]
            : item["excludePrefix"].map((p) => {
                return p;
            }),
    };
}
function executionTargetDeserializer(item) {
    return {
        prefix: !item["prefix"]
            ? item["prefix"]
            : item["prefix"].map((p) => {
                return p;
            }),
        excludePrefix: !item["excludePrefix"]
            ? item["excludePrefix"]
            : item["excludePrefix"].map((p) => {
                return p;
            }),
    };
}
function executionTriggerSerializer(item) {
    return { type: item["type"], parameters: triggerParametersSerializer(item["parameters"]) };
}
function executionTriggerDeserializer(item) {
    return {
        type: item["type"],
        parameters: triggerParametersDeserializer(item["parameters"]),
    };
}
/** The trigger type of the storage task assignment execution */
var KnownTriggerType;
(function (KnownTriggerType) {
    /** RunOnce */
    KnownTriggerType["RunOnce"] = "RunOnce";
    /** OnSchedule */
    KnownTriggerType["OnSchedule"] = "OnSchedule";
    /** Run the task as a mock for testing */
    KnownTriggerType["MockRun"] = "MockRun";
})(KnownTriggerType || (KnownTriggerType = {}));
function triggerParametersSerializer(item) {
    return {
        startFrom: !item["startFrom"] ? item["startFrom"] : item["startFrom"].toISOString(),
        interval: item["interval"],
        intervalUnit: item["intervalUnit"],
        endBy: !item["endBy"] ? item["endBy"] : item["endBy"].toISOString(),
        startOn: !item["startOn"] ? item["startOn"] : item["startOn"].toISOString(),
    };
}
function triggerParametersDeserializer(item) {
    return {
        startFrom: !item["startFrom"] ? item["startFrom"] : new Date(item["startFrom"]),
        interval: item["interval"],
        intervalUnit: item["intervalUnit"],
        endBy: !item["endBy"] ? item["endBy"] : new Date(item["endBy"]),
        startOn: !item["startOn"] ? item["startOn"] : new Date(item["startOn"]),
    };
}
/** Run interval unit of task execution. This is a required field when ExecutionTrigger.properties.type is 'OnSchedule'; this property should not be present when ExecutionTrigger.properties.type is 'RunOnce' */
var KnownIntervalUnit;
(function (KnownIntervalUnit) {
    /** Days */
    KnownIntervalUnit["Days"] = "Days";
})(KnownIntervalUnit || (KnownIntervalUnit = {}));
function storageTaskAssignmentReportSerializer(item) {
    return { prefix: item["prefix"] };
}
function storageTaskAssignmentReportDeserializer(item) {
    return {
        prefix: item["prefix"],
    };
}
/** Gets the status of the storage account at the time the operation was called. */
var KnownStorageTaskAssignmentProvisioningState;
(function (KnownStorageTaskAssignmentProvisioningState) {
    /** ValidateSubscriptionQuotaBegin */
    KnownStorageTaskAssignmentProvisioningState["ValidateSubscriptionQuotaBegin"] = "ValidateSubscriptionQuotaBegin";
    /** ValidateSubscriptionQuotaEnd */
    KnownStorageTaskAssignmentProvisioningState["ValidateSubscriptionQuotaEnd"] = "ValidateSubscriptionQuotaEnd";
    /** Accepted */
    KnownStorageTaskAssignmentProvisioningState["Accepted"] = "Accepted";
    /** Creating */
    KnownStorageTaskAssignmentProvisioningState["Creating"] = "Creating";
    /** Succeeded */
    KnownStorageTaskAssignmentProvisioningState["Succeeded"] = "Succeeded";
    /** Deleting */
    KnownStorageTaskAssignmentProvisioningState["Deleting"] = "Deleting";
    /** Canceled */
    KnownStorageTaskAssignmentProvisioningState["Canceled"] = "Canceled";
    /** Failed */
    KnownStorageTaskAssignmentProvisioningState["Failed"] = "Failed";
})(KnownStorageTaskAssignmentProvisioningState || (KnownStorageTaskAssignmentProvisioningState = {}));
function storageTaskReportPropertiesSerializer(_item) {
    return {};
}
function storageTaskReportPropertiesDeserializer(item) {
    return {
        taskAssignmentId: item["taskAssignmentId"],
        storageAccountId: item["storageAccountId"],
        startTime: item["startTime"],
        finishTime: item["finishTime"],
        objectsTargetedCount: item["objectsTargetedCount"],
        objectsOperatedOnCount: item["objectsOperatedOnCount"],
        objectFailedCount: item["objectFailedCount"],
        objectsSucceededCount: item["objectsSucceededCount"],
        runStatusError: item["runStatusError"],
        runStatusEnum: item["runStatusEnum"],
        summaryReportPath: item["summaryReportPath"],
        taskId: item["taskId"],
        taskVersion: item["taskVersion"],
        runResult: item["runResult"],
    };
}
/** Represents the status of the execution. */
var KnownRunStatusEnum;
(function (KnownRunStatusEnum) {
    /** InProgress */
    KnownRunStatusEnum["InProgress"] = "InProgress";
    /** Finished */
    KnownRunStatusEnum["Finished"] = "Finished";
})(KnownRunStatusEnum || (KnownRunStatusEnum = {}));
/** Represents the overall result of the execution for the run instance */
var KnownRunResult;
(function (KnownRunResult) {
    /** Succeeded */
    KnownRunResult["Succeeded"] = "Succeeded";
    /** Failed */
    KnownRunResult["Failed"] = "Failed";
})(KnownRunResult || (KnownRunResult = {}));
function storageTaskAssignmentUpdateParametersSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : storageTaskAssignmentUpdatePropertiesSerializer(item["properties"]),
    };
}
function storageTaskAssignmentUpdatePropertiesSerializer(item) {
    return {
        enabled: item["enabled"],
        description: item["description"],
        executionContext: !item["executionContext"]
            ? item["executionContext"]
            : storageTaskAssignmentUpdateExecutionContextSerializer(item["executionContext"]),
        report: !item["report"]
            ? item["report"]
            : storageTaskAssignmentUpdateReportSerializer(item["report"]),
        runStatus: !item["runStatus"]
            ? item["runStatus"]
            : storageTaskReportPropertiesSerializer(item["runStatus"]),
    };
}
function storageTaskAssignmentUpdateExecutionContextSerializer(item) {
    return {
        target: !item["target"] ? item["target"] : executionTargetSerializer(item["target"]),
        trigger: !item["trigger"] ? item["trigger"] : executionTriggerUpdateSerializer(item["trigger"]),
    };
}
function executionTriggerUpdateSerializer(item) {
    return {
        type: item["type"],
        parameters: !item["parameters"]
            ? item["parameters"]
            : triggerParametersUpdateSerializer(item["parameters"]),
    };
}
function triggerParametersUpdateSerializer(item) {
    return {
        startFrom: !item["startFrom"] ? item["startFrom"] : item["startFrom"].toISOString(),
        interval: item["interval"],
        intervalUnit: item["intervalUnit"],
        endBy: !item["endBy"] ? item["endBy"] : item["endBy"].toISOString(),
        startOn: !item["startOn"] ? item["startOn"] : item["startOn"].toISOString(),
    };
}
function storageTaskAssignmentUpdateReportSerializer(item) {
    return { prefix: item["prefix"] };
}
function _storageTaskAssignmentsListDeserializer(item) {
    return {
        value: storageTaskAssignmentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function storageTaskAssignmentArraySerializer(result) {
    return result.map((item) => {
        return storageTaskAssignmentSerializer(item);
    });
}
function storageTaskAssignmentArrayDeserializer(result) {
    return result.map((item) => {
        return storageTaskAssignmentDeserializer(item);
    });
}
function errorResponseDeserializer_1(item) {
    return {
        error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"]),
    };
}
function connectorSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: storageConnectorPropertiesSerializer(item["properties"]),
    };
}
function connectorDeserializer(item) {
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
        properties: storageConnectorPropertiesDeserializer(item["properties"]),
    };
}
function storageConnectorPropertiesSerializer(item) {
    return {
        state: item["state"],
        description: item["description"],
        testConnection: item["testConnection"],
        dataSourceType: item["dataSourceType"],
        source: storageConnectorSourceUnionSerializer(item["source"]),
    };
}
function storageConnectorPropertiesDeserializer(item) {
    return {
        uniqueId: item["uniqueId"],
        state: item["state"],
        creationTime: item["creationTime"],
        description: item["description"],
        testConnection: item["testConnection"],
        dataSourceType: item["dataSourceType"],
        source: storageConnectorSourceUnionDeserializer(item["source"]),
        provisioningState: item["provisioningState"],
    };
}
/** The state of the storage connector */
var KnownStorageConnectorState;
(function (KnownStorageConnectorState) {
    /** Whether the connector is active */
    KnownStorageConnectorState["Active"] = "Active";
    /** Whether the connector is inactive */
    KnownStorageConnectorState["Inactive"] = "Inactive";
})(KnownStorageConnectorState || (KnownStorageConnectorState = {}));
/** The type of the backing data source for storage connector */
var KnownStorageConnectorDataSourceType;
(function (KnownStorageConnectorDataSourceType) {
    /** Azure DataShare data source type. */
    KnownStorageConnectorDataSourceType["AzureDataShare"] = "Azure_DataShare";
})(KnownStorageConnectorDataSourceType || (KnownStorageConnectorDataSourceType = {}));
function storageConnectorSourceSerializer(item) {
    return { type: item["type"] };
}
function storageConnectorSourceDeserializer(item) {
    return {
        type: item["type"],
    };
}
function storageConnectorSourceUnionSerializer(item) {
    switch (item.type) {
        case "DataShare":
            return dataShareSourceSerializer(item);
        default:
            return storageConnectorSourceSerializer(item);
    }
}
function storageConnectorSourceUnionDeserializer(item) {
    switch (item["type"]) {
        case "DataShare":
            return dataShareSourceDeserializer(item);
        default:
            return storageConnectorSourceDeserializer(item);
    }
}
/** The type of the backing data source for storage connector */
var KnownStorageConnectorSourceType;
(function (KnownStorageConnectorSourceType) {
    /** Source type - DataShare */
    KnownStorageConnectorSourceType["DataShare"] = "DataShare";
})(KnownStorageConnectorSourceType || (KnownStorageConnectorSourceType = {}));
function dataShareSourceSerializer(item) {
    return {
        type: item["type"],
        connection: storageConnectorConnectionUnionSerializer(item["connection"]),
        authProperties: storageConnectorAuthPropertiesUnionSerializer(item["authProperties"]),
    };
}
function dataShareSourceDeserializer(item) {
    return {
        type: item["type"],
        connection: storageConnectorConnectionUnionDeserializer(item["connection"]),
        authProperties: storageConnectorAuthPropertiesUnionDeserializer(item["authProperties"]),
    };
}
function storageConnectorConnectionSerializer(item) {
    return { type: item["type"] };
}
function storageConnectorConnectionDeserializer(item) {
    return {
        type: item["type"],
    };
}
function storageConnectorConnectionUnionSerializer(item) {
    switch (item.type) {
        case "DataShare":
            return dataShareConnectionSerializer(item);
        default:
            return storageConnectorConnectionSerializer(item);
    }
}
function storageConnectorConnectionUnionDeserializer(item) {
    switch (item["type"]) {
        case "DataShare":
            return dataShareConnectionDeserializer(item);
        default:
            return storageConnectorConnectionDeserializer(item);
    }
}
/** The connection type for bucket connection in storage connector. */
var KnownStorageConnectorConnectionType;
(function (KnownStorageConnectorConnectionType) {
    /** DataShare connection type */
    KnownStorageConnectorConnectionType["DataShare"] = "DataShare";
})(KnownStorageConnectorConnectionType || (KnownStorageConnectorConnectionType = {}));
function dataShareConnectionSerializer(item) {
    return { type: item["type"], dataShareUri: item["dataShareUri"] };
}
function dataShareConnectionDeserializer(item) {
    return {
        type: item["type"],
        dataShareUri: item["dataShareUri"],
    };
}
function storageConnectorAuthPropertiesSerializer(item) {
    return { type: item["type"] };
}
function storageConnectorAuthPropertiesDeserializer(item) {
    return {
        type: item["type"],
    };
}
function storageConnectorAuthPropertiesUnionSerializer(item) {
    switch (item.type) {
        case "ManagedIdentity":
            return managedIdentityAuthPropertiesSerializer(item);
        default:
            return storageConnectorAuthPropertiesSerializer(item);
    }
}
function storageConnectorAuthPropertiesUnionDeserializer(item) {
    switch (item["type"]) {
        case "ManagedIdentity":
            return managedIdentityAuthPropertiesDeserializer(item);
        default:
            return storageConnectorAuthPropertiesDeserializer(item);
    }
}
/** The auth type supported for bucket connection in storage connector. */
var KnownStorageConnectorAuthType;
(function (KnownStorageConnectorAuthType) {
    /** Managed Identity auth type */
    KnownStorageConnectorAuthType["ManagedIdentity"] = "ManagedIdentity";
})(KnownStorageConnectorAuthType || (KnownStorageConnectorAuthType = {}));
function managedIdentityAuthPropertiesSerializer(item) {
    return { type: item["type"], identityResourceId: item["identityResourceId"] };
}
function managedIdentityAuthPropertiesDeserializer(item) {
    return {
        type: item["type"],
        identityResourceId: item["identityResourceId"],
    };
}
/** Provisioning state of the resource at the time the operation was called. */
var KnownNativeDataSharingProvisioningState;
(function (KnownNativeDataSharingProvisioningState) {
    /** The request has been accepted for processing. */
    KnownNativeDataSharingProvisioningState["Accepted"] = "Accepted";
    /** The resource is being created. */
    KnownNativeDataSharingProvisioningState["Creating"] = "Creating";
    /** The resource has been successfully created. */
    KnownNativeDataSharingProvisioningState["Succeeded"] = "Succeeded";
    /** The resource is being deleted. */
    KnownNativeDataSharingProvisioningState["Deleting"] = "Deleting";
    /** The request has been canceled. */
    KnownNativeDataSharingProvisioningState["Canceled"] = "Canceled";
    /** The resource creation or deletion has failed. */
    KnownNativeDataSharingProvisioningState["Failed"] = "Failed";
})(KnownNativeDataSharingProvisioningState || (KnownNativeDataSharingProvisioningState = {}));
function connectorUpdateSerializer(item) {
    return {
        tags: item["tags"],
        properties: !item["properties"]
            ? item["properties"]
            : storageConnectorPropertiesUpdateSerializer(item["properties"]),
    };
}
function storageConnectorPropertiesUpdateSerializer(item) {
    return {
        state: item["state"],
        description: item["description"],
        testConnection: item["testConnection"],
        source: !item["source"]
            ? item["source"]
            : storageConnectorSourceUpdateUnionSerializer(item["source"]),
    };
}
function storageConnectorSourceUpdateSerializer(item) {
    return { type: item["type"] };
}
function storageConnectorSourceUpdateUnionSerializer(item) {
    switch (item.type) {
        case "DataShare":
            return dataShareSourceUpdateSerializer(item);
        default:
            return storageConnectorSourceUpdateSerializer(item);
    }
}
function dataShareSourceUpdateSerializer(item) {
    return {
        type: item["type"],
        authProperties: !item["authProperties"]
            ? item["authProperties"]
            : storageConnectorAuthPropertiesUpdateUnionSerializer(item["authProperties"]),
    };
}
function storageConnectorAuthPropertiesUpdateSerializer(item) {
    return { type: item["type"] };
}
function storageConnectorAuthPropertiesUpdateUnionSerializer(item) {
    switch (item.type) {
        case "ManagedIdentity":
            return managedIdentityAuthPropertiesUpdateSerializer(item);
        default:
            return storageConnectorAuthPropertiesUpdateSerializer(item);
    }
}
function managedIdentityAuthPropertiesUpdateSerializer(item) {
    return { type: item["type"], identityResourceId: item["identityResourceId"] };
}
function trackedResourceUpdateSerializer(item) {
    return { tags: item["tags"] };
}
function _connectorListResultDeserializer(item) {
    return {
        value: connectorArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function connectorArraySerializer(result) {
    return result.map((item) => {
        return connectorSerializer(item);
    });
}
function connectorArrayDeserializer(result) {
    return result.map((item) => {
        return connectorDeserializer(item);
    });
}
function testExistingConnectionRequestSerializer(item) {
    return { uniqueId: item["uniqueId"] };
}
function testConnectionResponseDeserializer(item) {
    return {
        storageConnectorMethodName: item["storageConnectorMethodName"],
        storageConnectorErrorMessage: item["storageConnectorErrorMessage"],
        storageConnectorRequestId: item["storageConnectorRequestId"],
    };
}
function dataShareSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: storageDataSharePropertiesSerializer(item["properties"]),
    };
}
function dataShareDeserializer(item) {
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
        properties: storageDataSharePropertiesDeserializer(item["properties"]),
    };
}
function storageDataSharePropertiesSerializer(item) {
    return {
        description: item["description"],
        accessPolicies: storageDataShareAccessPolicyArraySerializer(item["accessPolicies"]),
        assets: storageDataShareAssetArraySerializer(item["assets"]),
    };
}
function storageDataSharePropertiesDeserializer(item) {
    return {
        dataShareIdentifier: item["dataShareIdentifier"],
        description: item["description"],
        dataShareUri: item["dataShareUri"],
        accessPolicies: storageDataShareAccessPolicyArrayDeserializer(item["accessPolicies"]),
        assets: storageDataShareAssetArrayDeserializer(item["assets"]),
        provisioningState: item["provisioningState"],
    };
}
function storageDataShareAccessPolicyArraySerializer(result) {
    return result.map((item) => {
        return storageDataShareAccessPolicySerializer(item);
    });
}
function storageDataShareAccessPolicyArrayDeserializer(result) {
    return result.map((item) => {
        return storageDataShareAccessPolicyDeserializer(item);
    });
}
function storageDataShareAccessPolicySerializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        permission: item["permission"],
    };
}
function storageDataShareAccessPolicyDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        permission: item["permission"],
    };
}
/** The permissions supported in access policies for storage data share */
var KnownStorageDataShareAccessPolicyPermission;
(function (KnownStorageDataShareAccessPolicyPermission) {
    /** No permission */
    KnownStorageDataShareAccessPolicyPermission["None"] = "None";
    /** Read permission */
    KnownStorageDataShareAccessPolicyPermission["Read"] = "Read";
})(KnownStorageDataShareAccessPolicyPermission || (KnownStorageDataShareAccessPolicyPermission = {}));
function storageDataShareAssetArraySerializer(result) {
    return result.map((item) => {
        return storageDataShareAssetSerializer(item);
    });
}
function storageDataShareAssetArrayDeserializer(result) {
    return result.map((item) => {
        return storageDataShareAssetDeserializer(item);
    });
}
function storageDataShareAssetSerializer(item) {
    return { assetPath: item["assetPath"], displayName: item["displayName"] };
}
function storageDataShareAssetDeserializer(item) {
    return {
        assetPath: item["assetPath"],
        displayName: item["displayName"],
    };
}
function dataShareUpdateSerializer(item) {
    return {
        tags: item["tags"],
        properties: !item["properties"]
            ? item["properties"]
            : storageDataSharePropertiesUpdateSerializer(item["properties"]),
    };
}
function storageDataSharePropertiesUpdateSerializer(item) {
    return {
        description: item["description"],
        accessPolicies: !item["accessPolicies"]
            ? item["accessPolicies"]
            : storageDataShareAccessPolicyArraySerializer(item["accessPolicies"]),
        assets: !item["assets"] ? item["assets"] : storageDataShareAssetArraySerializer(item["assets"]),
    };
}
function _dataShareListResultDeserializer(item) {
    return {
        value: dataShareArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function dataShareArraySerializer(result) {
    return result.map((item) => {
        return dataShareSerializer(item);
    });
}
function dataShareArrayDeserializer(result) {
    return result.map((item) => {
        return dataShareDeserializer(item);
    });
}
function contextCacheSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: contextCachePropertiesSerializer(item["properties"]),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
    };
}
function contextCacheDeserializer(item) {
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
        properties: contextCachePropertiesDeserializer(item["properties"]),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function contextCachePropertiesSerializer(item) {
    return {
        accountKind: item["accountKind"],
        description: item["description"],
        encryption: !item["encryption"]
            ? item["encryption"]
            : armEncryptionSerializer(item["encryption"]),
    };
}
function contextCachePropertiesDeserializer(item) {
    return {
        accountKind: item["accountKind"],
        description: item["description"],
        provisioningState: item["provisioningState"],
        encryption: !item["encryption"]
            ? item["encryption"]
            : armEncryptionDeserializer(item["encryption"]),
    };
}
/** The kind of context cache account, determining storage topology. */
var KnownContextCacheAccountKind;
(function (KnownContextCacheAccountKind) {
    /** Single-region storage account */
    KnownContextCacheAccountKind["Regional"] = "Regional";
    /** Multi-region within a data zone */
    KnownContextCacheAccountKind["DataZone"] = "DataZone";
    /** All regions with global distribution */
    KnownContextCacheAccountKind["Global"] = "Global";
})(KnownContextCacheAccountKind || (KnownContextCacheAccountKind = {}));
/** The status of the current operation. */
var KnownContextCacheProvisioningState;
(function (KnownContextCacheProvisioningState) {
    /** Resource has been created. */
    KnownContextCacheProvisioningState["Succeeded"] = "Succeeded";
    /** Resource creation failed. */
    KnownContextCacheProvisioningState["Failed"] = "Failed";
    /** Resource creation was canceled. */
    KnownContextCacheProvisioningState["Canceled"] = "Canceled";
    /** Initial provisioning in progress */
    KnownContextCacheProvisioningState["Creating"] = "Creating";
    /** Update in progress */
    KnownContextCacheProvisioningState["Updating"] = "Updating";
    /** Deletion in progress */
    KnownContextCacheProvisioningState["Deleting"] = "Deleting";
    /** Change accepted for processing */
    KnownContextCacheProvisioningState["Accepted"] = "Accepted";
})(KnownContextCacheProvisioningState || (KnownContextCacheProvisioningState = {}));
function armEncryptionSerializer(item) {
    return {
        infrastructureEncryption: item["infrastructureEncryption"],
        customerManagedKeyEncryption: !item["customerManagedKeyEncryption"]
            ? item["customerManagedKeyEncryption"]
            : customerManagedKeyEncryptionSerializer(item["customerManagedKeyEncryption"]),
    };
}
function armEncryptionDeserializer(item) {
    return {
        infrastructureEncryption: item["infrastructureEncryption"],
        customerManagedKeyEncryption: !item["customerManagedKeyEncryption"]
            ? item["customerManagedKeyEncryption"]
            : customerManagedKeyEncryptionDeserializer(item["customerManagedKeyEncryption"]),
    };
}
/** (Optional) Discouraged to include in resource definition. Only needed where it is possible to disable platform (AKA infrastructure) encryption. Azure SQL TDE is an example of this. Values are enabled and disabled. */
var KnownInfrastructureEncryption;
(function (KnownInfrastructureEncryption) {
    /** Encryption is enabled */
    KnownInfrastructureEncryption["Enabled"] = "enabled";
    /** Encryption is disabled */
    KnownInfrastructureEncryption["Disabled"] = "disabled";
})(KnownInfrastructureEncryption || (KnownInfrastructureEncryption = {}));
function customerManagedKeyEncryptionSerializer(item) {
    return {
        keyEncryptionKeyIdentity: !item["keyEncryptionKeyIdentity"]
            ? item["keyEncryptionKeyIdentity"]
            : keyEncryptionKeyIdentitySerializer(item["keyEncryptionKeyIdentity"]),
        keyEncryptionKeyUrl: item["keyEncryptionKeyUrl"],
    };
}
function customerManagedKeyEncryptionDeserializer(item) {
    return {
        keyEncryptionKeyIdentity: !item["keyEncryptionKeyIdentity"]
            ? item["keyEncryptionKeyIdentity"]
            : keyEncryptionKeyIdentityDeserializer(item["keyEncryptionKeyIdentity"]),
        keyEncryptionKeyUrl: item["keyEncryptionKeyUrl"],
    };
}
function keyEncryptionKeyIdentitySerializer(item) {
    return {
        identityType: item["identityType"],
        userAssignedIdentityResourceId: item["userAssignedIdentityResourceId"],
        federatedClientId: item["federatedClientId"],
        delegatedIdentityClientId: item["delegatedIdentityClientId"],
    };
}
function keyEncryptionKeyIdentityDeserializer(item) {
    return {
        identityType: item["identityType"],
        userAssignedIdentityResourceId: item["userAssignedIdentityResourceId"],
        federatedClientId: item["federatedClientId"],
        delegatedIdentityClientId: item["delegatedIdentityClientId"],
    };
}
/** The type of identity to use. */
var KnownKeyEncryptionKeyIdentityType;
(function (KnownKeyEncryptionKeyIdentityType) {
    /** System assigned identity */
    KnownKeyEncryptionKeyIdentityType["SystemAssignedIdentity"] = "systemAssignedIdentity";
    /** User assigned identity */
    KnownKeyEncryptionKeyIdentityType["UserAssignedIdentity"] = "userAssignedIdentity";
    /** Delegated identity */
    KnownKeyEncryptionKeyIdentityType["DelegatedResourceIdentity"] = "delegatedResourceIdentity";
})(KnownKeyEncryptionKeyIdentityType || (KnownKeyEncryptionKeyIdentityType = {}));
function managedServiceIdentitySerializer(item) {
    return { type: item["type"], userAssignedIdentities: item["userAssignedIdentities"] };
}
function managedServiceIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : Object.fromEntries(Object.entries(item["userAssignedIdentities"]).map(([k, p]) => [
                k,
                !p ? p : userAssignedIdentityDeserializer(p),
            ])),
    };
}
/** Type of managed service identity (where both SystemAssigned and UserAssigned types are allowed). */
var KnownManagedServiceIdentityType;
(function (KnownManagedServiceIdentityType) {
    /** No managed identity. */
    KnownManagedServiceIdentityType["None"] = "None";
    /** System assigned managed identity. */
    KnownManagedServiceIdentityType["SystemAssigned"] = "SystemAssigned";
    /** User assigned managed identity. */
    KnownManagedServiceIdentityType["UserAssigned"] = "UserAssigned";
    /** System and user assigned managed identity. */
    KnownManagedServiceIdentityType["SystemAssignedUserAssigned"] = "SystemAssigned,UserAssigned";
})(KnownManagedServiceIdentityType || (KnownManagedServiceIdentityType = {}));
function contextCacheUpdateSerializer(item) {
    return {
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: !item["properties"]
            ? item["properties"]
            : contextCachePropertiesUpdateSerializer(item["properties"]),
    };
}
function contextCachePropertiesUpdateSerializer(item) {
    return {
        description: item["description"],
        encryption: !item["encryption"]
            ? item["encryption"]
            : armEncryptionSerializer(item["encryption"]),
    };
}
function _contextCacheListResultDeserializer(item) {
    return {
        value: contextCacheArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function contextCacheArraySerializer(result) {
    return result.map((item) => {
        return contextCacheSerializer(item);
    });
}
function contextCacheArrayDeserializer(result) {
    return result.map((item) => {
        return contextCacheDeserializer(item);
    });
}
function contextCacheCheckNameAvailabilityParametersSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function contextCacheCheckNameAvailabilityResultDeserializer(item) {
    return {
        nameAvailable: item["nameAvailable"],
        reason: item["reason"],
        message: item["message"],
    };
}
/** The reason why the context cache name is not available. The Reason element is only returned if NameAvailable is false. */
var KnownContextCacheCheckNameAvailabilityFailureReason;
(function (KnownContextCacheCheckNameAvailabilityFailureReason) {
    /** The context cache name is already in use. */
    KnownContextCacheCheckNameAvailabilityFailureReason["AlreadyExists"] = "AlreadyExists";
    /** The context cache name is invalid. */
    KnownContextCacheCheckNameAvailabilityFailureReason["ContextCacheNameInvalid"] = "ContextCacheNameInvalid";
})(KnownContextCacheCheckNameAvailabilityFailureReason || (KnownContextCacheCheckNameAvailabilityFailureReason = {}));
function contextCacheContainerSerializer(item) {
    return { properties: contextCacheContainerPropertiesSerializer(item["properties"]) };
}
function contextCacheContainerDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: contextCacheContainerPropertiesDeserializer(item["properties"]),
    };
}
function contextCacheContainerPropertiesSerializer(item) {
    return {
        description: item["description"],
        modelName: item["modelName"],
        provider: item["provider"],
        timeToLive: item["timeToLive"],
    };
}
function contextCacheContainerPropertiesDeserializer(item) {
    return {
        description: item["description"],
        modelName: item["modelName"],
        provider: item["provider"],
        timeToLive: item["timeToLive"],
        provisioningState: item["provisioningState"],
    };
}
/** The AI provider associated with a container. */
var KnownAiProvider;
(function (KnownAiProvider) {
    /** OpenAI provider. */
    KnownAiProvider["OpenAI"] = "OpenAI";
})(KnownAiProvider || (KnownAiProvider = {}));
function contextCacheContainerUpdateSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : contextCacheContainerPropertiesUpdateSerializer(item["properties"]),
    };
}
function contextCacheContainerPropertiesUpdateSerializer(item) {
    return { description: item["description"], timeToLive: item["timeToLive"] };
}
function _contextCacheContainerListResultDeserializer(item) {
    return {
        value: contextCacheContainerArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function contextCacheContainerArraySerializer(result) {
    return result.map((item) => {
        return contextCacheContainerSerializer(item);
    });
}
function contextCacheContainerArrayDeserializer(result) {
    return result.map((item) => {
        return contextCacheContainerDeserializer(item);
    });
}
function blobAccessPointConfigurationSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: blobAccessPointConfigurationPropertiesSerializer(item["properties"]),
    };
}
function blobAccessPointConfigurationDeserializer(item) {
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
        properties: blobAccessPointConfigurationPropertiesDeserializer(item["properties"]),
    };
}
function blobAccessPointConfigurationPropertiesSerializer(item) {
    return {
        state: item["state"],
        description: item["description"],
        source: blobAccessPointSourcePropertiesUnionSerializer(item["source"]),
    };
}
function blobAccessPointConfigurationPropertiesDeserializer(item) {
    return {
        uniqueId: item["uniqueId"],
        state: item["state"],
        description: item["description"],
        lastConnectionTestStatus: item["lastConnectionTestStatus"],
        lastConnectionTestTimestamp: !item["lastConnectionTestTimestamp"]
            ? item["lastConnectionTestTimestamp"]
            : new Date(item["lastConnectionTestTimestamp"]),
        lastConnectionTestErrorMessage: item["lastConnectionTestErrorMessage"],
        source: blobAccessPointSourcePropertiesUnionDeserializer(item["source"]),
        provisioningState: item["provisioningState"],
    };
}
/** The state of a Blob Access Point configuration. */
var KnownBlobAccessPointConfigurationState;
(function (KnownBlobAccessPointConfigurationState) {
    /** The Blob Access Point configuration is active. */
    KnownBlobAccessPointConfigurationState["Active"] = "Active";
    /** The Blob Access Point configuration is inactive. */
    KnownBlobAccessPointConfigurationState["Inactive"] = "Inactive";
})(KnownBlobAccessPointConfigurationState || (KnownBlobAccessPointConfigurationState = {}));
/** The status of the most recent connection test. */
var KnownBlobAccessPointConnectionTestStatus;
(function (KnownBlobAccessPointConnectionTestStatus) {
    /** The connection test succeeded. */
    KnownBlobAccessPointConnectionTestStatus["Succeeded"] = "Succeeded";
    /** The connection test failed. */
    KnownBlobAccessPointConnectionTestStatus["Failed"] = "Failed";
})(KnownBlobAccessPointConnectionTestStatus || (KnownBlobAccessPointConnectionTestStatus = {}));
function blobAccessPointSourcePropertiesSerializer(item) {
    return { sourceType: item["sourceType"] };
}
function blobAccessPointSourcePropertiesDeserializer(item) {
    return {
        sourceType: item["sourceType"],
    };
}
function blobAccessPointSourcePropertiesUnionSerializer(item) {
    switch (item.sourceType) {
        case "NetAppOntap":
            return blobAccessPointNetAppOntapSourcePropertiesSerializer(item);
        case "AzureNetAppFiles":
            return blobAccessPointAzureNetAppFilesSourcePropertiesSerializer(item);
        case "DellOneFs":
            return blobAccessPointDellOneFsSourcePropertiesSerializer(item);
        case "Qumulo":
            return blobAccessPointQumuloSourcePropertiesSerializer(item);
        case "Commvault":
            return blobAccessPointCommvaultSourcePropertiesSerializer(item);
        case "Nasuni":
            return blobAccessPointNasuniSourcePropertiesSerializer(item);
        case "S3Compatible":
            return blobAccessPointGenericS3SourcePropertiesSerializer(item);
        default:
            return blobAccessPointSourcePropertiesSerializer(item);
    }
}
function blobAccessPointSourcePropertiesUnionDeserializer(item) {
    switch (item["sourceType"]) {
        case "NetAppOntap":
            return blobAccessPointNetAppOntapSourcePropertiesDeserializer(item);
        case "AzureNetAppFiles":
            return blobAccessPointAzureNetAppFilesSourcePropertiesDeserializer(item);
        case "DellOneFs":
            return blobAccessPointDellOneFsSourcePropertiesDeserializer(item);
        case "Qumulo":
            return blobAccessPointQumuloSourcePropertiesDeserializer(item);
        case "Commvault":
            return blobAccessPointCommvaultSourcePropertiesDeserializer(item);
        case "Nasuni":
            return blobAccessPointNasuniSourcePropertiesDeserializer(item);
        case "S3Compatible":
            return blobAccessPointGenericS3SourcePropertiesDeserializer(item);
        default:
            return blobAccessPointSourcePropertiesDeserializer(item);
    }
}
/** The type of the non-Azure S3-compatible data source exposed through the Blob Access Point. */
var KnownBlobAccessPointSourceType;
(function (KnownBlobAccessPointSourceType) {
    /** NetApp ONTAP. */
    KnownBlobAccessPointSourceType["NetAppOntap"] = "NetAppOntap";
    /** Azure NetApp Files. */
    KnownBlobAccessPointSourceType["AzureNetAppFiles"] = "AzureNetAppFiles";
    /** Dell OneFS. */
    KnownBlobAccessPointSourceType["DellOneFs"] = "DellOneFs";
    /** Qumulo S3-compatible data source. */
    KnownBlobAccessPointSourceType["Qumulo"] = "Qumulo";
    /** Commvault S3-compatible data source. */
    KnownBlobAccessPointSourceType["Commvault"] = "Commvault";
    /** Nasuni S3-compatible data source. */
    KnownBlobAccessPointSourceType["Nasuni"] = "Nasuni";
    /** Another S3-compatible data source. */
    KnownBlobAccessPointSourceType["S3Compatible"] = "S3Compatible";
})(KnownBlobAccessPointSourceType || (KnownBlobAccessPointSourceType = {}));
function blobAccessPointNetAppOntapSourcePropertiesSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionSerializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionSerializer(item["auth"]),
    };
}
function blobAccessPointNetAppOntapSourcePropertiesDeserializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionDeserializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionDeserializer(item["auth"]),
    };
}
function blobAccessPointConnectionPropertiesSerializer(item) {
    return { connectionType: item["connectionType"] };
}
function blobAccessPointConnectionPropertiesDeserializer(item) {
    return {
        connectionType: item["connectionType"],
    };
}
function blobAccessPointConnectionPropertiesUnionSerializer(item) {
    switch (item.connectionType) {
        case "Endpoint":
            return blobAccessPointEndpointConnectionPropertiesSerializer(item);
        case "PrivateLink":
            return blobAccessPointPrivateLinkConnectionPropertiesSerializer(item);
        default:
            return blobAccessPointConnectionPropertiesSerializer(item);
    }
}
function blobAccessPointConnectionPropertiesUnionDeserializer(item) {
    switch (item["connectionType"]) {
        case "Endpoint":
            return blobAccessPointEndpointConnectionPropertiesDeserializer(item);
        case "PrivateLink":
            return blobAccessPointPrivateLinkConnectionPropertiesDeserializer(item);
        default:
            return blobAccessPointConnectionPropertiesDeserializer(item);
    }
}
/** The connection type used to reach a non-Azure backing data source. */
var KnownBlobAccessPointConnectionType;
(function (KnownBlobAccessPointConnectionType) {
    /** Connect directly to a public or otherwise routable endpoint. */
    KnownBlobAccessPointConnectionType["Endpoint"] = "Endpoint";
    /** Connect through Azure Private Link. */
    KnownBlobAccessPointConnectionType["PrivateLink"] = "PrivateLink";
})(KnownBlobAccessPointConnectionType || (KnownBlobAccessPointConnectionType = {}));
function blobAccessPointEndpointConnectionPropertiesSerializer(item) {
    return {
        connectionType: item["connectionType"],
        endpoint: item["endpoint"],
        tlsVerification: item["tlsVerification"],
    };
}
function blobAccessPointEndpointConnectionPropertiesDeserializer(item) {
    return {
        connectionType: item["connectionType"],
        endpoint: item["endpoint"],
        tlsVerification: item["tlsVerification"],
    };
}
/** TLS certificate verification behavior. */
var KnownBlobAccessPointTlsVerification;
(function (KnownBlobAccessPointTlsVerification) {
    /** Verify the TLS certificate chain. */
    KnownBlobAccessPointTlsVerification["Perform"] = "Perform";
    /** Skip TLS certificate-chain verification. Use only when the backing source uses a certificate that cannot be validated against a trusted root. Skipping verification exposes credentials and data to an on-path attacker. */
    KnownBlobAccessPointTlsVerification["Skip"] = "Skip";
})(KnownBlobAccessPointTlsVerification || (KnownBlobAccessPointTlsVerification = {}));
function blobAccessPointPrivateLinkConnectionPropertiesSerializer(item) {
    return {
        connectionType: item["connectionType"],
        privateLinkIdType: item["privateLinkIdType"],
        privateLinkId: item["privateLinkId"],
        privateLinkGroupId: item["privateLinkGroupId"],
        privateLinkLocation: item["privateLinkLocation"],
        requestMessage: item["requestMessage"],
        endpoint: item["endpoint"],
        tlsVerification: item["tlsVerification"],
    };
}
function blobAccessPointPrivateLinkConnectionPropertiesDeserializer(item) {
    return {
        connectionType: item["connectionType"],
        privateLinkIdType: item["privateLinkIdType"],
        privateLinkId: item["privateLinkId"],
        privateLinkGroupId: item["privateLinkGroupId"],
        privateLinkLocation: item["privateLinkLocation"],
        requestMessage: item["requestMessage"],
        endpoint: item["endpoint"],
        tlsVerification: item["tlsVerification"],
        privateEndpointName: item["privateEndpointName"],
    };
}
/** The format used by a Private Link identifier. */
var KnownBlobAccessPointPrivateLinkIdType;
(function (KnownBlobAccessPointPrivateLinkIdType) {
    /** The identifier is an Azure resource ID. */
    KnownBlobAccessPointPrivateLinkIdType["ResourceId"] = "ResourceId";
})(KnownBlobAccessPointPrivateLinkIdType || (KnownBlobAccessPointPrivateLinkIdType = {}));
function blobAccessPointRemoteAuthPropertiesSerializer(item) {
    return { authType: item["authType"] };
}
function blobAccessPointRemoteAuthPropertiesDeserializer(item) {
    return {
        authType: item["authType"],
    };
}
function blobAccessPointRemoteAuthPropertiesUnionSerializer(item) {
    switch (item.authType) {
        case "AccessKey":
            return blobAccessPointAccessKeyAuthPropertiesSerializer(item);
        default:
            return blobAccessPointRemoteAuthPropertiesSerializer(item);
    }
}
function blobAccessPointRemoteAuthPropertiesUnionDeserializer(item) {
    switch (item["authType"]) {
        case "AccessKey":
            return blobAccessPointAccessKeyAuthPropertiesDeserializer(item);
        default:
            return blobAccessPointRemoteAuthPropertiesDeserializer(item);
    }
}
/** How Azure Storage authenticates to a non-Azure S3-compatible source. */
var KnownBlobAccessPointRemoteAuthType;
(function (KnownBlobAccessPointRemoteAuthType) {
    /** Authenticate with an S3 access key and secret access key. */
    KnownBlobAccessPointRemoteAuthType["AccessKey"] = "AccessKey";
})(KnownBlobAccessPointRemoteAuthType || (KnownBlobAccessPointRemoteAuthType = {}));
function blobAccessPointAccessKeyAuthPropertiesSerializer(item) {
    return {
        authType: item["authType"],
        accessKeyId: item["accessKeyId"],
        secretAccessKey: item["secretAccessKey"],
        signingRegion: item["signingRegion"],
        hostOverride: item["hostOverride"],
    };
}
function blobAccessPointAccessKeyAuthPropertiesDeserializer(item) {
    return {
        authType: item["authType"],
        accessKeyId: item["accessKeyId"],
        secretAccessKey: item["secretAccessKey"],
        signingRegion: item["signingRegion"],
        hostOverride: item["hostOverride"],
    };
}
function blobAccessPointAzureNetAppFilesSourcePropertiesSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionSerializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionSerializer(item["auth"]),
    };
}
function blobAccessPointAzureNetAppFilesSourcePropertiesDeserializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionDeserializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionDeserializer(item["auth"]),
    };
}
function blobAccessPointDellOneFsSourcePropertiesSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionSerializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionSerializer(item["auth"]),
    };
}
function blobAccessPointDellOneFsSourcePropertiesDeserializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionDeserializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionDeserializer(item["auth"]),
    };
}
function blobAccessPointQumuloSourcePropertiesSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionSerializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionSerializer(item["auth"]),
    };
}
function blobAccessPointQumuloSourcePropertiesDeserializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionDeserializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionDeserializer(item["auth"]),
    };
}
function blobAccessPointCommvaultSourcePropertiesSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionSerializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionSerializer(item["auth"]),
    };
}
function blobAccessPointCommvaultSourcePropertiesDeserializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionDeserializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionDeserializer(item["auth"]),
    };
}
function blobAccessPointNasuniSourcePropertiesSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionSerializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionSerializer(item["auth"]),
    };
}
function blobAccessPointNasuniSourcePropertiesDeserializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionDeserializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionDeserializer(item["auth"]),
    };
}
function blobAccessPointGenericS3SourcePropertiesSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionSerializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionSerializer(item["auth"]),
    };
}
function blobAccessPointGenericS3SourcePropertiesDeserializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: blobAccessPointConnectionPropertiesUnionDeserializer(item["connection"]),
        auth: blobAccessPointRemoteAuthPropertiesUnionDeserializer(item["auth"]),
    };
}
function blobAccessPointConfigurationUpdateSerializer(item) {
    return {
        tags: item["tags"],
        properties: !item["properties"]
            ? item["properties"]
            : blobAccessPointConfigurationPropertiesUpdateSerializer(item["properties"]),
    };
}
function blobAccessPointConfigurationPropertiesUpdateSerializer(item) {
    return {
        state: item["state"],
        description: item["description"],
        source: !item["source"]
            ? item["source"]
            : blobAccessPointSourcePropertiesUpdateUnionSerializer(item["source"]),
    };
}
function blobAccessPointSourcePropertiesUpdateSerializer(item) {
    return { sourceType: item["sourceType"] };
}
function blobAccessPointSourcePropertiesUpdateUnionSerializer(item) {
    switch (item.sourceType) {
        case "NetAppOntap":
            return blobAccessPointNetAppOntapSourcePropertiesUpdateSerializer(item);
        case "AzureNetAppFiles":
            return blobAccessPointAzureNetAppFilesSourcePropertiesUpdateSerializer(item);
        case "DellOneFs":
            return blobAccessPointDellOneFsSourcePropertiesUpdateSerializer(item);
        case "Qumulo":
            return blobAccessPointQumuloSourcePropertiesUpdateSerializer(item);
        case "Commvault":
            return blobAccessPointCommvaultSourcePropertiesUpdateSerializer(item);
        case "Nasuni":
            return blobAccessPointNasuniSourcePropertiesUpdateSerializer(item);
        case "S3Compatible":
            return blobAccessPointGenericS3SourcePropertiesUpdateSerializer(item);
        default:
            return blobAccessPointSourcePropertiesUpdateSerializer(item);
    }
}
function blobAccessPointNetAppOntapSourcePropertiesUpdateSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: !item["connection"]
            ? item["connection"]
            : blobAccessPointConnectionPropertiesUpdateUnionSerializer(item["connection"]),
        auth: !item["auth"]
            ? item["auth"]
            : blobAccessPointRemoteAuthPropertiesUpdateUnionSerializer(item["auth"]),
    };
}
function blobAccessPointConnectionPropertiesUpdateSerializer(item) {
    return { connectionType: item["connectionType"] };
}
function blobAccessPointConnectionPropertiesUpdateUnionSerializer(item) {
    switch (item.connectionType) {
        case "Endpoint":
            return blobAccessPointEndpointConnectionPropertiesUpdateSerializer(item);
        case "PrivateLink":
            return blobAccessPointPrivateLinkConnectionPropertiesUpdateSerializer(item);
        default:
            return blobAccessPointConnectionPropertiesUpdateSerializer(item);
    }
}
function blobAccessPointEndpointConnectionPropertiesUpdateSerializer(item) {
    return { connectionType: item["connectionType"], tlsVerification: item["tlsVerification"] };
}
function blobAccessPointPrivateLinkConnectionPropertiesUpdateSerializer(item) {
    return { connectionType: item["connectionType"], tlsVerification: item["tlsVerification"] };
}
function blobAccessPointRemoteAuthPropertiesUpdateSerializer(item) {
    return { authType: item["authType"] };
}
function blobAccessPointRemoteAuthPropertiesUpdateUnionSerializer(item) {
    switch (item.authType) {
        case "AccessKey":
            return blobAccessPointAccessKeyAuthPropertiesUpdateSerializer(item);
        default:
            return blobAccessPointRemoteAuthPropertiesUpdateSerializer(item);
    }
}
function blobAccessPointAccessKeyAuthPropertiesUpdateSerializer(item) {
    return {
        authType: item["authType"],
        accessKeyId: item["accessKeyId"],
        secretAccessKey: item["secretAccessKey"],
        signingRegion: item["signingRegion"],
        hostOverride: item["hostOverride"],
    };
}
function blobAccessPointAzureNetAppFilesSourcePropertiesUpdateSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: !item["connection"]
            ? item["connection"]
            : blobAccessPointConnectionPropertiesUpdateUnionSerializer(item["connection"]),
        auth: !item["auth"]
            ? item["auth"]
            : blobAccessPointRemoteAuthPropertiesUpdateUnionSerializer(item["auth"]),
    };
}
function blobAccessPointDellOneFsSourcePropertiesUpdateSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: !item["connection"]
            ? item["connection"]
            : blobAccessPointConnectionPropertiesUpdateUnionSerializer(item["connection"]),
        auth: !item["auth"]
            ? item["auth"]
            : blobAccessPointRemoteAuthPropertiesUpdateUnionSerializer(item["auth"]),
    };
}
function blobAccessPointQumuloSourcePropertiesUpdateSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: !item["connection"]
            ? item["connection"]
            : blobAccessPointConnectionPropertiesUpdateUnionSerializer(item["connection"]),
        auth: !item["auth"]
            ? item["auth"]
            : blobAccessPointRemoteAuthPropertiesUpdateUnionSerializer(item["auth"]),
    };
}
function blobAccessPointCommvaultSourcePropertiesUpdateSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: !item["connection"]
            ? item["connection"]
            : blobAccessPointConnectionPropertiesUpdateUnionSerializer(item["connection"]),
        auth: !item["auth"]
            ? item["auth"]
            : blobAccessPointRemoteAuthPropertiesUpdateUnionSerializer(item["auth"]),
    };
}
function blobAccessPointNasuniSourcePropertiesUpdateSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: !item["connection"]
            ? item["connection"]
            : blobAccessPointConnectionPropertiesUpdateUnionSerializer(item["connection"]),
        auth: !item["auth"]
            ? item["auth"]
            : blobAccessPointRemoteAuthPropertiesUpdateUnionSerializer(item["auth"]),
    };
}
function blobAccessPointGenericS3SourcePropertiesUpdateSerializer(item) {
    return {
        sourceType: item["sourceType"],
        connection: !item["connection"]
            ? item["connection"]
            : blobAccessPointConnectionPropertiesUpdateUnionSerializer(item["connection"]),
        auth: !item["auth"]
            ? item["auth"]
            : blobAccessPointRemoteAuthPropertiesUpdateUnionSerializer(item["auth"]),
    };
}
function _blobAccessPointConfigurationListResultDeserializer(item) {
    return {
        value: blobAccessPointConfigurationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function blobAccessPointConfigurationArraySerializer(result) {
    return result.map((item) => {
        return blobAccessPointConfigurationSerializer(item);
    });
}
function blobAccessPointConfigurationArrayDeserializer(result) {
    return result.map((item) => {
        return blobAccessPointConfigurationDeserializer(item);
    });
}
function blobAccessPointConnectionTestRequestSerializer(item) {
    return { uniqueId: item["uniqueId"] };
}
function blobAccessPointConnectionTestResponseDeserializer(item) {
    return {
        methodName: item["methodName"],
        errorMessage: item["errorMessage"],
        requestId: item["requestId"],
    };
}
function blobAccessPointProposedConnectionTestRequestSerializer(item) {
    return { source: blobAccessPointSourcePropertiesUnionSerializer(item["source"]) };
}
function advancedPlatformMetricsRuleSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : advancedPlatformMetricsRulePropertiesSerializer(item["properties"]),
    };
}
function advancedPlatformMetricsRuleDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : advancedPlatformMetricsRulePropertiesDeserializer(item["properties"]),
    };
}
function advancedPlatformMetricsRulePropertiesSerializer(item) {
    return {
        enabled: item["enabled"],
        ruleConfig: advancedPlatformMetricsRuleConfigSerializer(item["ruleConfig"]),
    };
}
function advancedPlatformMetricsRulePropertiesDeserializer(item) {
    return {
        ruleType: item["ruleType"],
        enabled: item["enabled"],
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        metricsEmitted: !item["metricsEmitted"]
            ? item["metricsEmitted"]
            : item["metricsEmitted"].map((p) => {
                return p;
            }),
        ruleConfig: advancedPlatformMetricsRuleConfigDeserializer(item["ruleConfig"]),
    };
}
/** The type of the advanced platform metrics rule. */
var KnownAdvancedPlatformMetricsRuleType;
(function (KnownAdvancedPlatformMetricsRuleType) {
    /** Container level capacity metrics rule type */
    KnownAdvancedPlatformMetricsRuleType["ContainerLevelCapacityMetrics"] = "ContainerLevelCapacityMetrics";
})(KnownAdvancedPlatformMetricsRuleType || (KnownAdvancedPlatformMetricsRuleType = {}));
/** The metrics emitted by the advanced platform metrics rule. */
var KnownMetricsEmitted;
(function (KnownMetricsEmitted) {
    /** Container blob count metric */
    KnownMetricsEmitted["ContainerBlobCount"] = "ContainerBlobCount";
    /** Container used size metric */
    KnownMetricsEmitted["ContainerUsedSize"] = "ContainerUsedSize";
})(KnownMetricsEmitted || (KnownMetricsEmitted = {}));
function advancedPlatformMetricsRuleConfigSerializer(item) {
    return {
        filterType: item["filterType"],
        filterValues: !item["filterValues"]
            ? item["filterValues"]
            : item["filterValues"].map((p) => {
                return p;
            }),
    };
}
function advancedPlatformMetricsRuleConfigDeserializer(item) {
    return {
        filterType: item["filterType"],
        filterValues: !item["filterValues"]
            ? item["filterValues"]
            : item["filterValues"].map((p) => {
                return p;
            }),
    };
}
/** The type of filter applied to the advanced platform metrics rule. */
var KnownAdvancedPlatformMetricsFilterType;
(function (KnownAdvancedPlatformMetricsFilterType) {
    /** Filter applies to all containers */
    KnownAdvancedPlatformMetricsFilterType["AllContainersFilter"] = "AllContainersFilter";
    /** Filter applies to containers matching a prefix */
    KnownAdvancedPlatformMetricsFilterType["ContainerPrefixFilter"] = "ContainerPrefixFilter";
    /** Filter applies to a specific list of containers */
    KnownAdvancedPlatformMetricsFilterType["ContainerListFilter"] = "ContainerListFilter";
})(KnownAdvancedPlatformMetricsFilterType || (KnownAdvancedPlatformMetricsFilterType = {}));
function _advancedPlatformMetricsRuleListResultDeserializer(item) {
    return {
        value: advancedPlatformMetricsRuleArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function advancedPlatformMetricsRuleArraySerializer(result) {
    return result.map((item) => {
        return advancedPlatformMetricsRuleSerializer(item);
    });
}
function advancedPlatformMetricsRuleArrayDeserializer(result) {
    return result.map((item) => {
        return advancedPlatformMetricsRuleDeserializer(item);
    });
}
function privateLinkResourceListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : privateLinkResourceArrayDeserializer(item["value"]),
    };
}
function privateLinkResourceArrayDeserializer(result) {
    return result.map((item) => {
        return privateLinkResourceDeserializer(item);
    });
}
function privateLinkResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateLinkResourcePropertiesDeserializer(item["properties"])),
    };
}
function privateLinkResourcePropertiesDeserializer(item) {
    return {
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        requiredZoneNames: !item["requiredZoneNames"]
            ? item["requiredZoneNames"]
            : item["requiredZoneNames"].map((p) => {
                return p;
            }),
    };
}
function _storageTaskReportSummaryDeserializer(item) {
    return {
        value: storageTaskReportInstanceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function storageTaskReportInstanceArrayDeserializer(result) {
    return result.map((item) => {
        return storageTaskReportInstanceDeserializer(item);
    });
}
function storageTaskReportInstanceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : storageTaskReportPropertiesDeserializer(item["properties"]),
    };
}
function _listQueueResourceDeserializer(item) {
    return {
        value: listQueueArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function listQueueArrayDeserializer(result) {
    return result.map((item) => {
        return listQueueDeserializer(item);
    });
}
function listQueueDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _listQueueQueuePropertiesDeserializer(item["properties"])),
    };
}
function listQueuePropertiesDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
    };
}
function storageQueueSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["metadata"])
            ? undefined
            : _storageQueuePropertiesSerializer(item),
    };
}
function storageQueueDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _storageQueuePropertiesDeserializer(item["properties"])),
    };
}
function queuePropertiesSerializer(item) {
    return { metadata: item["metadata"] };
}
function queuePropertiesDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        approximateMessageCount: item["approximateMessageCount"],
    };
}
function objectReplicationPolicySerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "sourceAccount",
            "destinationAccount",
            "rules",
            "metrics",
            "priorityReplication",
            "tagsReplication",
        ])
            ? undefined
            : _objectReplicationPolicyPropertiesSerializer(item),
    };
}
function objectReplicationPolicyDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _objectReplicationPolicyPropertiesDeserializer(item["properties"])),
    };
}
function objectReplicationPolicyPropertiesSerializer(item) {
    return {
        sourceAccount: item["sourceAccount"],
        destinationAccount: item["destinationAccount"],
        rules: !item["rules"]
            ? item["rules"]
            : objectReplicationPolicyRuleArraySerializer(item["rules"]),
        metrics: !item["metrics"]
            ? item["metrics"]
            : objectReplicationPolicyPropertiesMetricsSerializer(item["metrics"]),
        priorityReplication: !item["priorityReplication"]
            ? item["priorityReplication"]
            : objectReplicationPolicyPropertiesPriorityReplicationSerializer(item["priorityReplication"]),
        tagsReplication: !item["tagsReplication"]
            ? item["tagsReplication"]
            : objectReplicationPolicyPropertiesTagsReplicationSerializer(item["tagsReplication"]),
    };
}
function objectReplicationPolicyPropertiesDeserializer(item) {
    return {
        policyId: item["policyId"],
        enabledTime: !item["enabledTime"] ? item["enabledTime"] : new Date(item["enabledTime"]),
        sourceAccount: item["sourceAccount"],
        destinationAccount: item["destinationAccount"],
        rules: !item["rules"]
            ? item["rules"]
            : objectReplicationPolicyRuleArrayDeserializer(item["rules"]),
        metrics: !item["metrics"]
            ? item["metrics"]
            : objectReplicationPolicyPropertiesMetricsDeserializer(item["metrics"]),
        priorityReplication: !item["priorityReplication"]
            ? item["priorityReplication"]
            : objectReplicationPolicyPropertiesPriorityReplicationDeserializer(item["priorityReplication"]),
        tagsReplication: !item["tagsReplication"]
            ? item["tagsReplication"]
            : objectReplicationPolicyPropertiesTagsReplicationDeserializer(item["tagsReplication"]),
    };
}
function objectReplicationPolicyRuleArraySerializer(result) {
    return result.map((item) => {
        return objectReplicationPolicyRuleSerializer(item);
    });
}
function objectReplicationPolicyRuleArrayDeserializer(result) {
    return result.map((item) => {
        return objectReplicationPolicyRuleDeserializer(item);
    });
}
function objectReplicationPolicyRuleSerializer(item) {
    return {
        ruleId: item["ruleId"],
        sourceContainer: item["sourceContainer"],
        destinationContainer: item["destinationContainer"],
        filters: !item["filters"]
            ? item["filters"]
            : objectReplicationPolicyFilterSerializer(item["filters"]),
    };
}
function objectReplicationPolicyRuleDeserializer(item) {
    return {
        ruleId: item["ruleId"],
        sourceContainer: item["sourceContainer"],
        destinationContainer: item["destinationContainer"],
        filters: !item["filters"]
            ? item["filters"]
            : objectReplicationPolicyFilterDeserializer(item["filters"]),
    };
}
function objectReplicationPolicyFilterSerializer(item) {
    return {
        prefixMatch: !item["prefixMatch"]
            ? item["prefixMatch"]
            : item["prefixMatch"].map((p) => {
                return p;
            }),
        minCreationTime: item["minCreationTime"],
    };
}
function objectReplicationPolicyFilterDeserializer(item) {
    return {
        prefixMatch: !item["prefixMatch"]
            ? item["prefixMatch"]
            : item["prefixMatch"].map((p) => {
                return p;
            }),
        minCreationTime: item["minCreationTime"],
    };
}
function objectReplicationPolicyPropertiesMetricsSerializer(item) {
    return { enabled: item["enabled"] };
}
function objectReplicationPolicyPropertiesMetricsDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function objectReplicationPolicyPropertiesPriorityReplicationSerializer(item) {
    return { enabled: item["enabled"] };
}
function objectReplicationPolicyPropertiesPriorityReplicationDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function objectReplicationPolicyPropertiesTagsReplicationSerializer(item) {
    return { enabled: item["enabled"] };
}
function objectReplicationPolicyPropertiesTagsReplicationDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function _objectReplicationPoliciesDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : objectReplicationPolicyArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function objectReplicationPolicyArraySerializer(result) {
    return result.map((item) => {
        return objectReplicationPolicySerializer(item);
    });
}
function objectReplicationPolicyArrayDeserializer(result) {
    return result.map((item) => {
        return objectReplicationPolicyDeserializer(item);
    });
}
function localUserSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "permissionScopes",
            "homeDirectory",
            "sshAuthorizedKeys",
            "hasSharedKey",
            "hasSshKey",
            "hasSshPassword",
            "groupId",
            "allowAclAuthorization",
            "extendedGroups",
            "isNFSv3Enabled",
        ])
            ? undefined
            : _localUserPropertiesSerializer(item),
    };
}
function localUserDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _localUserPropertiesDeserializer(item["properties"])),
    };
}
function localUserPropertiesSerializer(item) {
    return {
        permissionScopes: !item["permissionScopes"]
            ? item["permissionScopes"]
            : permissionScopeArraySerializer(item["permissionScopes"]),
        homeDirectory: item["homeDirectory"],
        sshAuthorizedKeys: !item["sshAuthorizedKeys"]
            ? item["sshAuthorizedKeys"]
            : sshPublicKeyArraySerializer(item["sshAuthorizedKeys"]),
        hasSharedKey: item["hasSharedKey"],
        hasSshKey: item["hasSshKey"],
        hasSshPassword: item["hasSshPassword"],
        groupId: item["groupId"],
        allowAclAuthorization: item["allowAclAuthorization"],
        extendedGroups: !item["extendedGroups"]
            ? item["extendedGroups"]
            : item["extendedGroups"].map((p) => {
                return p;
            }),
        isNFSv3Enabled: item["isNFSv3Enabled"],
    };
}
function localUserPropertiesDeserializer(item) {
    return {
        permissionScopes: !item["permissionScopes"]
            ? item["permissionScopes"]
            : permissionScopeArrayDeserializer(item["permissionScopes"]),
        homeDirectory: item["homeDirectory"],
        sshAuthorizedKeys: !item["sshAuthorizedKeys"]
            ? item["sshAuthorizedKeys"]
            : sshPublicKeyArrayDeserializer(item["sshAuthorizedKeys"]),
        sid: item["sid"],
        hasSharedKey: item["hasSharedKey"],
        hasSshKey: item["hasSshKey"],
        hasSshPassword: item["hasSshPassword"],
        userId: item["userId"],
        groupId: item["groupId"],
        allowAclAuthorization: item["allowAclAuthorization"],
        extendedGroups: !item["extendedGroups"]
            ? item["extendedGroups"]
            : item["extendedGroups"].map((p) => {
                return p;
            }),
        isNFSv3Enabled: item["isNFSv3Enabled"],
    };
}
function permissionScopeArraySerializer(result) {
    return result.map((item) => {
        return permissionScopeSerializer(item);
    });
}
function permissionScopeArrayDeserializer(result) {
    return result.map((item) => {
        return permissionScopeDeserializer(item);
    });
}
function permissionScopeSerializer(item) {
    return {
        permissions: item["permissions"],
        service: item["service"],
        resourceName: item["resourceName"],
    };
}
function permissionScopeDeserializer(item) {
    return {
        permissions: item["permissions"],
        service: item["service"],
        resourceName: item["resourceName"],
    };
}
function sshPublicKeyArraySerializer(result) {
    return result.map((item) => {
        return sshPublicKeySerializer(item);
    });
}
function sshPublicKeyArrayDeserializer(result) {
    return result.map((item) => {
        return sshPublicKeyDeserializer(item);
    });
}
function sshPublicKeySerializer(item) {
    return { description: item["description"], key: item["key"] };
}
function sshPublicKeyDeserializer(item) {
    return {
        description: item["description"],
        key: item["key"],
    };
}
function _localUsersDeserializer(item) {
    return {
        value: localUserArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function localUserArraySerializer(result) {
    return result.map((item) => {
        return localUserSerializer(item);
    });
}
function localUserArrayDeserializer(result) {
    return result.map((item) => {
        return localUserDeserializer(item);
    });
}
function localUserKeysDeserializer(item) {
    return {
        sshAuthorizedKeys: !item["sshAuthorizedKeys"]
            ? item["sshAuthorizedKeys"]
            : sshPublicKeyArrayDeserializer(item["sshAuthorizedKeys"]),
        sharedKey: item["sharedKey"],
    };
}
function localUserRegeneratePasswordResultDeserializer(item) {
    return {
        sshPassword: item["sshPassword"],
    };
}
function tableSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["signedIdentifiers"])
            ? undefined
            : _tablePropertiesSerializer(item),
    };
}
function tableDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _tablePropertiesDeserializer(item["properties"])),
    };
}
function tablePropertiesSerializer(item) {
    return {
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : tableSignedIdentifierArraySerializer(item["signedIdentifiers"]),
    };
}
function tablePropertiesDeserializer(item) {
    return {
        tableName: item["tableName"],
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : tableSignedIdentifierArrayDeserializer(item["signedIdentifiers"]),
    };
}
function tableSignedIdentifierArraySerializer(result) {
    return result.map((item) => {
        return tableSignedIdentifierSerializer(item);
    });
}
function tableSignedIdentifierArrayDeserializer(result) {
    return result.map((item) => {
        return tableSignedIdentifierDeserializer(item);
    });
}
function tableSignedIdentifierSerializer(item) {
    return {
        id: item["id"],
        accessPolicy: !item["accessPolicy"]
            ? item["accessPolicy"]
            : tableAccessPolicySerializer(item["accessPolicy"]),
    };
}
function tableSignedIdentifierDeserializer(item) {
    return {
        id: item["id"],
        accessPolicy: !item["accessPolicy"]
            ? item["accessPolicy"]
            : tableAccessPolicyDeserializer(item["accessPolicy"]),
    };
}
function tableAccessPolicySerializer(item) {
    return {
        startTime: !item["startTime"] ? item["startTime"] : item["startTime"].toISOString(),
        expiryTime: !item["expiryTime"] ? item["expiryTime"] : item["expiryTime"].toISOString(),
        permission: item["permission"],
    };
}
function tableAccessPolicyDeserializer(item) {
    return {
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        expiryTime: !item["expiryTime"] ? item["expiryTime"] : new Date(item["expiryTime"]),
        permission: item["permission"],
    };
}
function _listTableResourceDeserializer(item) {
    return {
        value: tableArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function tableArraySerializer(result) {
    return result.map((item) => {
        return tableSerializer(item);
    });
}
function tableArrayDeserializer(result) {
    return result.map((item) => {
        return tableDeserializer(item);
    });
}
function _storageSkuListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : skuInformationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function skuInformationArrayDeserializer(result) {
    return result.map((item) => {
        return skuInformationDeserializer(item);
    });
}
function skuInformationDeserializer(item) {
    return {
        name: item["name"],
        tier: item["tier"],
        resourceType: item["resourceType"],
        kind: item["kind"],
        locations: !item["locations"]
            ? item["locations"]
            : item["locations"].map((p) => {
                return p;
            }),
        locationInfo: !item["locationInfo"]
            ? item["locationInfo"]
            : skuInformationLocationInfoItemArrayDeserializer(item["locationInfo"]),
        capabilities: !item["capabilities"]
            ? item["capabilities"]
            : skuCapabilityArrayDeserializer(item["capabilities"]),
        restrictions: !item["restrictions"]
            ? item["restrictions"]
            : restrictionArrayDeserializer(item["restrictions"]),
    };
}
function skuInformationLocationInfoItemArrayDeserializer(result) {
    return result.map((item) => {
        return skuInformationLocationInfoItemDeserializer(item);
    });
}
function skuInformationLocationInfoItemDeserializer(item) {
    return {
        location: item["location"],
        zones: !item["zones"]
            ? item["zones"]
            : item["zones"].map((p) => {
                return p;
            }),
    };
}
function skuCapabilityArrayDeserializer(result) {
    return result.map((item) => {
        return skuCapabilityDeserializer(item);
    });
}
function skuCapabilityDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function restrictionArrayDeserializer(result) {
    return result.map((item) => {
        return restrictionDeserializer(item);
    });
}
function restrictionDeserializer(item) {
    return {
        type: item["type"],
        values: !item["values"]
            ? item["values"]
            : item["values"].map((p) => {
                return p;
            }),
        reasonCode: item["reasonCode"],
    };
}
/** The reason for the restriction. As of now this can be "QuotaId" or "NotAvailableForSubscription". Quota Id is set when the SKU has requiredQuotas parameter as the subscription does not belong to that quota. The "NotAvailableForSubscription" is related to capacity at DC. */
var KnownReasonCode;
(function (KnownReasonCode) {
    /** QuotaId */
    KnownReasonCode["QuotaId"] = "QuotaId";
    /** NotAvailableForSubscription */
    KnownReasonCode["NotAvailableForSubscription"] = "NotAvailableForSubscription";
})(KnownReasonCode || (KnownReasonCode = {}));
function _usageListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : usageArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function usageArrayDeserializer(result) {
    return result.map((item) => {
        return usageDeserializer(item);
    });
}
function usageDeserializer(item) {
    return {
        unit: item["unit"],
        currentValue: item["currentValue"],
        limit: item["limit"],
        name: !item["name"] ? item["name"] : usageNameDeserializer(item["name"]),
    };
}
function usageNameDeserializer(item) {
    return {
        value: item["value"],
        localizedValue: item["localizedValue"],
    };
}
/** Known values of {@link ListContainersInclude} that the service accepts. */
var KnownListContainersInclude;
(function (KnownListContainersInclude) {
    /** deleted */
    KnownListContainersInclude["Deleted"] = "deleted";
})(KnownListContainersInclude || (KnownListContainersInclude = {}));
/** Known values of {@link ListEncryptionScopesInclude} that the service accepts. */
var KnownListEncryptionScopesInclude;
(function (KnownListEncryptionScopesInclude) {
    /** All */
    KnownListEncryptionScopesInclude["All"] = "All";
    /** Enabled */
    KnownListEncryptionScopesInclude["Enabled"] = "Enabled";
    /** Disabled */
    KnownListEncryptionScopesInclude["Disabled"] = "Disabled";
})(KnownListEncryptionScopesInclude || (KnownListEncryptionScopesInclude = {}));
/** Known values of {@link ListLocalUserIncludeParam} that the service accepts. */
var KnownListLocalUserIncludeParam;
(function (KnownListLocalUserIncludeParam) {
    /** nfsv3 */
    KnownListLocalUserIncludeParam["Nfsv3"] = "nfsv3";
})(KnownListLocalUserIncludeParam || (KnownListLocalUserIncludeParam = {}));
/** The available API versions. */
var KnownVersions;
(function (KnownVersions) {
    /** The 2025-06-01 API version. */
    KnownVersions["V20250601"] = "2025-06-01";
    /** The 2025-08-01 API version. */
    KnownVersions["V20250801"] = "2025-08-01";
    /** The 2026-04-01 API version. */
    KnownVersions["V20260401"] = "2026-04-01";
    /** The 2026-06-01 API version. */
    KnownVersions["V20260601"] = "2026-06-01";
    /** The 2026-09-01 API version. */
    KnownVersions["V20260901"] = "2026-09-01";
})(KnownVersions || (KnownVersions = {}));
function _operationOperationPropertiesDeserializer(item) {
    return {
        serviceSpecification: !item["serviceSpecification"]
            ? item["serviceSpecification"]
            : serviceSpecificationDeserializer(item["serviceSpecification"]),
    };
}
function _immutabilityPolicyPropertiesPropertiesSerializer(item) {
    return {
        immutabilityPeriodSinceCreationInDays: item["immutabilityPeriodSinceCreationInDays"],
        allowProtectedAppendWrites: item["allowProtectedAppendWrites"],
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
    };
}
function _immutabilityPolicyPropertiesPropertiesDeserializer(item) {
    return {
        immutabilityPeriodSinceCreationInDays: item["immutabilityPeriodSinceCreationInDays"],
        state: item["state"],
        allowProtectedAppendWrites: item["allowProtectedAppendWrites"],
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
    };
}
function _blobContainerPropertiesSerializer(item) {
    return {
        defaultEncryptionScope: item["defaultEncryptionScope"],
        denyEncryptionScopeOverride: item["denyEncryptionScopeOverride"],
        publicAccess: item["publicAccess"],
        metadata: item["metadata"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageWithVersioningSerializer(item["immutableStorageWithVersioning"]),
        enableNfsV3RootSquash: item["enableNfsV3RootSquash"],
        enableNfsV3AllSquash: item["enableNfsV3AllSquash"],
        blobAccessPointConfiguration: !item["blobAccessPointConfiguration"]
            ? item["blobAccessPointConfiguration"]
            : blobAccessPointConfigurationConnectionSerializer(item["blobAccessPointConfiguration"]),
    };
}
function _blobContainerPropertiesDeserializer(item) {
    return {
        version: item["version"],
        deleted: item["deleted"],
        deletedTime: !item["deletedTime"] ? item["deletedTime"] : new Date(item["deletedTime"]),
        remainingRetentionDays: item["remainingRetentionDays"],
        defaultEncryptionScope: item["defaultEncryptionScope"],
        denyEncryptionScopeOverride: item["denyEncryptionScopeOverride"],
        publicAccess: item["publicAccess"],
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        leaseStatus: item["leaseStatus"],
        leaseState: item["leaseState"],
        leaseDuration: item["leaseDuration"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        immutabilityPolicy: !item["immutabilityPolicy"]
            ? item["immutabilityPolicy"]
            : immutabilityPolicyPropertiesDeserializer(item["immutabilityPolicy"]),
        legalHold: !item["legalHold"]
            ? item["legalHold"]
            : legalHoldPropertiesDeserializer(item["legalHold"]),
        hasLegalHold: item["hasLegalHold"],
        hasImmutabilityPolicy: item["hasImmutabilityPolicy"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageWithVersioningDeserializer(item["immutableStorageWithVersioning"]),
        enableNfsV3RootSquash: item["enableNfsV3RootSquash"],
        enableNfsV3AllSquash: item["enableNfsV3AllSquash"],
        blobAccessPointConfiguration: !item["blobAccessPointConfiguration"]
            ? item["blobAccessPointConfiguration"]
            : blobAccessPointConfigurationConnectionDeserializer(item["blobAccessPointConfiguration"]),
    };
}
function _listContainerItemPropertiesSerializer(item) {
    return {
        defaultEncryptionScope: item["defaultEncryptionScope"],
        denyEncryptionScopeOverride: item["denyEncryptionScopeOverride"],
        publicAccess: item["publicAccess"],
        metadata: item["metadata"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageWithVersioningSerializer(item["immutableStorageWithVersioning"]),
        enableNfsV3RootSquash: item["enableNfsV3RootSquash"],
        enableNfsV3AllSquash: item["enableNfsV3AllSquash"],
        blobAccessPointConfiguration: !item["blobAccessPointConfiguration"]
            ? item["blobAccessPointConfiguration"]
            : blobAccessPointConfigurationConnectionSerializer(item["blobAccessPointConfiguration"]),
    };
}
function _listContainerItemPropertiesDeserializer(item) {
    return {
        version: item["version"],
        deleted: item["deleted"],
        deletedTime: !item["deletedTime"] ? item["deletedTime"] : new Date(item["deletedTime"]),
        remainingRetentionDays: item["remainingRetentionDays"],
        defaultEncryptionScope: item["defaultEncryptionScope"],
        denyEncryptionScopeOverride: item["denyEncryptionScopeOverride"],
        publicAccess: item["publicAccess"],
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        leaseStatus: item["leaseStatus"],
        leaseState: item["leaseState"],
        leaseDuration: item["leaseDuration"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        immutabilityPolicy: !item["immutabilityPolicy"]
            ? item["immutabilityPolicy"]
            : immutabilityPolicyPropertiesDeserializer(item["immutabilityPolicy"]),
        legalHold: !item["legalHold"]
            ? item["legalHold"]
            : legalHoldPropertiesDeserializer(item["legalHold"]),
        hasLegalHold: item["hasLegalHold"],
        hasImmutabilityPolicy: item["hasImmutabilityPolicy"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageWithVersioningDeserializer(item["immutableStorageWithVersioning"]),
        enableNfsV3RootSquash: item["enableNfsV3RootSquash"],
        enableNfsV3AllSquash: item["enableNfsV3AllSquash"],
        blobAccessPointConfiguration: !item["blobAccessPointConfiguration"]
            ? item["blobAccessPointConfiguration"]
            : blobAccessPointConfigurationConnectionDeserializer(item["blobAccessPointConfiguration"]),
    };
}
function _immutabilityPolicyPropertiesSerializer(item) {
    return {
        immutabilityPeriodSinceCreationInDays: item["immutabilityPeriodSinceCreationInDays"],
        allowProtectedAppendWrites: item["allowProtectedAppendWrites"],
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
    };
}
function _immutabilityPolicyPropertiesDeserializer(item) {
    return {
        immutabilityPeriodSinceCreationInDays: item["immutabilityPeriodSinceCreationInDays"],
        state: item["state"],
        allowProtectedAppendWrites: item["allowProtectedAppendWrites"],
        allowProtectedAppendWritesAll: item["allowProtectedAppendWritesAll"],
    };
}
function _blobServicePropertiesPropertiesSerializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesSerializer(item["cors"]),
        defaultServiceVersion: item["defaultServiceVersion"],
        deleteRetentionPolicy: !item["deleteRetentionPolicy"]
            ? item["deleteRetentionPolicy"]
            : deleteRetentionPolicySerializer(item["deleteRetentionPolicy"]),
        staticWebsite: !item["staticWebsite"]
            ? item["staticWebsite"]
            : staticWebsiteSerializer(item["staticWebsite"]),
        isVersioningEnabled: item["isVersioningEnabled"],
        automaticSnapshotPolicyEnabled: item["automaticSnapshotPolicyEnabled"],
        changeFeed: !item["changeFeed"] ? item["changeFeed"] : changeFeedSerializer(item["changeFeed"]),
        restorePolicy: !item["restorePolicy"]
            ? item["restorePolicy"]
            : restorePolicyPropertiesSerializer(item["restorePolicy"]),
        containerDeleteRetentionPolicy: !item["containerDeleteRetentionPolicy"]
            ? item["containerDeleteRetentionPolicy"]
            : deleteRetentionPolicySerializer(item["containerDeleteRetentionPolicy"]),
        lastAccessTimeTrackingPolicy: !item["lastAccessTimeTrackingPolicy"]
            ? item["lastAccessTimeTrackingPolicy"]
            : lastAccessTimeTrackingPolicySerializer(item["lastAccessTimeTrackingPolicy"]),
    };
}
function _blobServicePropertiesPropertiesDeserializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesDeserializer(item["cors"]),
        defaultServiceVersion: item["defaultServiceVersion"],
        deleteRetentionPolicy: !item["deleteRetentionPolicy"]
            ? item["deleteRetentionPolicy"]
            : deleteRetentionPolicyDeserializer(item["deleteRetentionPolicy"]),
        staticWebsite: !item["staticWebsite"]
            ? item["staticWebsite"]
            : staticWebsiteDeserializer(item["staticWebsite"]),
        isVersioningEnabled: item["isVersioningEnabled"],
        automaticSnapshotPolicyEnabled: item["automaticSnapshotPolicyEnabled"],
        changeFeed: !item["changeFeed"]
            ? item["changeFeed"]
            : changeFeedDeserializer(item["changeFeed"]),
        restorePolicy: !item["restorePolicy"]
            ? item["restorePolicy"]
            : restorePolicyPropertiesDeserializer(item["restorePolicy"]),
        containerDeleteRetentionPolicy: !item["containerDeleteRetentionPolicy"]
            ? item["containerDeleteRetentionPolicy"]
            : deleteRetentionPolicyDeserializer(item["containerDeleteRetentionPolicy"]),
        lastAccessTimeTrackingPolicy: !item["lastAccessTimeTrackingPolicy"]
            ? item["lastAccessTimeTrackingPolicy"]
            : lastAccessTimeTrackingPolicyDeserializer(item["lastAccessTimeTrackingPolicy"]),
    };
}
function _privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
        provisioningState: item["provisioningState"],
    };
}
function _storageAccountPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        primaryEndpoints: !item["primaryEndpoints"]
            ? item["primaryEndpoints"]
            : endpointsDeserializer(item["primaryEndpoints"]),
        primaryLocation: item["primaryLocation"],
        statusOfPrimary: item["statusOfPrimary"],
        lastGeoFailoverTime: !item["lastGeoFailoverTime"]
            ? item["lastGeoFailoverTime"]
            : new Date(item["lastGeoFailoverTime"]),
        secondaryLocation: item["secondaryLocation"],
        statusOfSecondary: item["statusOfSecondary"],
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        customDomain: !item["customDomain"]
            ? item["customDomain"]
            : customDomainDeserializer(item["customDomain"]),
        sasPolicy: !item["sasPolicy"] ? item["sasPolicy"] : sasPolicyDeserializer(item["sasPolicy"]),
        keyPolicy: !item["keyPolicy"] ? item["keyPolicy"] : keyPolicyDeserializer(item["keyPolicy"]),
        keyCreationTime: !item["keyCreationTime"]
            ? item["keyCreationTime"]
            : keyCreationTimeDeserializer(item["keyCreationTime"]),
        secondaryEndpoints: !item["secondaryEndpoints"]
            ? item["secondaryEndpoints"]
            : endpointsDeserializer(item["secondaryEndpoints"]),
        encryption: !item["encryption"]
            ? item["encryption"]
            : encryptionDeserializer(item["encryption"]),
        accessTier: item["accessTier"],
        turboTier: !item["turboTier"] ? item["turboTier"] : turboTierDeserializer(item["turboTier"]),
        azureFilesIdentityBasedAuthentication: !item["azureFilesIdentityBasedAuthentication"]
            ? item["azureFilesIdentityBasedAuthentication"]
            : azureFilesIdentityBasedAuthenticationDeserializer(item["azureFilesIdentityBasedAuthentication"]),
        enableHttpsTrafficOnly: item["supportsHttpsTrafficOnly"],
        networkRuleSet: !item["networkAcls"]
            ? item["networkAcls"]
            : networkRuleSetDeserializer(item["networkAcls"]),
        isSftpEnabled: item["isSftpEnabled"],
        isLocalUserEnabled: item["isLocalUserEnabled"],
        enableExtendedGroups: item["enableExtendedGroups"],
        isHnsEnabled: item["isHnsEnabled"],
        geoReplicationStats: !item["geoReplicationStats"]
            ? item["geoReplicationStats"]
            : geoReplicationStatsDeserializer(item["geoReplicationStats"]),
        failoverInProgress: item["failoverInProgress"],
        largeFileSharesState: item["largeFileSharesState"],
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        routingPreference: !item["routingPreference"]
            ? item["routingPreference"]
            : routingPreferenceDeserializer(item["routingPreference"]),
        dualStackEndpointPreference: !item["dualStackEndpointPreference"]
            ? item["dualStackEndpointPreference"]
            : dualStackEndpointPreferenceDeserializer(item["dualStackEndpointPreference"]),
        blobRestoreStatus: !item["blobRestoreStatus"]
            ? item["blobRestoreStatus"]
            : blobRestoreStatusDeserializer(item["blobRestoreStatus"]),
        allowBlobPublicAccess: item["allowBlobPublicAccess"],
        minimumTlsVersion: item["minimumTlsVersion"],
        allowSharedKeyAccess: item["allowSharedKeyAccess"],
        enableNfsV3: item["isNfsV3Enabled"],
        allowCrossTenantReplication: item["allowCrossTenantReplication"],
        defaultToOAuthAuthentication: item["defaultToOAuthAuthentication"],
        publicNetworkAccess: item["publicNetworkAccess"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageAccountDeserializer(item["immutableStorageWithVersioning"]),
        allowedCopyScope: item["allowedCopyScope"],
        storageAccountSkuConversionStatus: !item["storageAccountSkuConversionStatus"]
            ? item["storageAccountSkuConversionStatus"]
            : storageAccountSkuConversionStatusDeserializer(item["storageAccountSkuConversionStatus"]),
        dnsEndpointType: item["dnsEndpointType"],
        isSkuConversionBlocked: item["isSkuConversionBlocked"],
        accountMigrationInProgress: item["accountMigrationInProgress"],
        geoPriorityReplicationStatus: !item["geoPriorityReplicationStatus"]
            ? item["geoPriorityReplicationStatus"]
            : geoPriorityReplicationStatusDeserializer(item["geoPriorityReplicationStatus"]),
        allowSharedKeyAccessForServices: !item["allowSharedKeyAccessForServices"]
            ? item["allowSharedKeyAccessForServices"]
            : storageAccountSharedKeyAccessPropertiesDeserializer(item["allowSharedKeyAccessForServices"]),
        dataCollaborationPolicyProperties: !item["dataCollaborationPolicyProperties"]
            ? item["dataCollaborationPolicyProperties"]
            : storageDataCollaborationPolicyPropertiesDeserializer(item["dataCollaborationPolicyProperties"]),
        allowCrossTenantDelegationSas: item["allowCrossTenantDelegationSas"],
    };
}
function _storageAccountCreateParametersPropertiesSerializer(item) {
    return {
        allowedCopyScope: item["allowedCopyScope"],
        publicNetworkAccess: item["publicNetworkAccess"],
        sasPolicy: !item["sasPolicy"] ? item["sasPolicy"] : sasPolicySerializer(item["sasPolicy"]),
        keyPolicy: !item["keyPolicy"] ? item["keyPolicy"] : keyPolicySerializer(item["keyPolicy"]),
        customDomain: !item["customDomain"]
            ? item["customDomain"]
            : customDomainSerializer(item["customDomain"]),
        encryption: !item["encryption"] ? item["encryption"] : encryptionSerializer(item["encryption"]),
        networkAcls: !item["networkRuleSet"]
            ? item["networkRuleSet"]
            : networkRuleSetSerializer(item["networkRuleSet"]),
        accessTier: item["accessTier"],
        turboTier: !item["turboTier"] ? item["turboTier"] : turboTierSerializer(item["turboTier"]),
        azureFilesIdentityBasedAuthentication: !item["azureFilesIdentityBasedAuthentication"]
            ? item["azureFilesIdentityBasedAuthentication"]
            : azureFilesIdentityBasedAuthenticationSerializer(item["azureFilesIdentityBasedAuthentication"]),
        supportsHttpsTrafficOnly: item["enableHttpsTrafficOnly"],
        isSftpEnabled: item["isSftpEnabled"],
        isLocalUserEnabled: item["isLocalUserEnabled"],
        enableExtendedGroups: item["enableExtendedGroups"],
        isHnsEnabled: item["isHnsEnabled"],
        largeFileSharesState: item["largeFileSharesState"],
        routingPreference: !item["routingPreference"]
            ? item["routingPreference"]
            : routingPreferenceSerializer(item["routingPreference"]),
        dualStackEndpointPreference: !item["dualStackEndpointPreference"]
            ? item["dualStackEndpointPreference"]
            : dualStackEndpointPreferenceSerializer(item["dualStackEndpointPreference"]),
        allowBlobPublicAccess: item["allowBlobPublicAccess"],
        minimumTlsVersion: item["minimumTlsVersion"],
        allowSharedKeyAccess: item["allowSharedKeyAccess"],
        isNfsV3Enabled: item["enableNfsV3"],
        allowCrossTenantReplication: item["allowCrossTenantReplication"],
        defaultToOAuthAuthentication: item["defaultToOAuthAuthentication"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageAccountSerializer(item["immutableStorageWithVersioning"]),
        dnsEndpointType: item["dnsEndpointType"],
        geoPriorityReplicationStatus: !item["geoPriorityReplicationStatus"]
            ? item["geoPriorityReplicationStatus"]
            : geoPriorityReplicationStatusSerializer(item["geoPriorityReplicationStatus"]),
        allowSharedKeyAccessForServices: !item["allowSharedKeyAccessForServices"]
            ? item["allowSharedKeyAccessForServices"]
            : storageAccountSharedKeyAccessPropertiesSerializer(item["allowSharedKeyAccessForServices"]),
        dataCollaborationPolicyProperties: !item["dataCollaborationPolicyProperties"]
            ? item["dataCollaborationPolicyProperties"]
            : storageDataCollaborationPolicyPropertiesSerializer(item["dataCollaborationPolicyProperties"]),
        allowCrossTenantDelegationSas: item["allowCrossTenantDelegationSas"],
    };
}
function _storageAccountUpdateParametersPropertiesSerializer(item) {
    return {
        customDomain: !item["customDomain"]
            ? item["customDomain"]
            : customDomainSerializer(item["customDomain"]),
        encryption: !item["encryption"] ? item["encryption"] : encryptionSerializer(item["encryption"]),
        sasPolicy: !item["sasPolicy"] ? item["sasPolicy"] : sasPolicySerializer(item["sasPolicy"]),
        keyPolicy: !item["keyPolicy"] ? item["keyPolicy"] : keyPolicySerializer(item["keyPolicy"]),
        accessTier: item["accessTier"],
        turboTier: !item["turboTier"] ? item["turboTier"] : turboTierSerializer(item["turboTier"]),
        azureFilesIdentityBasedAuthentication: !item["azureFilesIdentityBasedAuthentication"]
            ? item["azureFilesIdentityBasedAuthentication"]
            : azureFilesIdentityBasedAuthenticationSerializer(item["azureFilesIdentityBasedAuthentication"]),
        supportsHttpsTrafficOnly: item["enableHttpsTrafficOnly"],
        isSftpEnabled: item["isSftpEnabled"],
        isLocalUserEnabled: item["isLocalUserEnabled"],
        enableExtendedGroups: item["enableExtendedGroups"],
        networkAcls: !item["networkRuleSet"]
            ? item["networkRuleSet"]
            : networkRuleSetSerializer(item["networkRuleSet"]),
        largeFileSharesState: item["largeFileSharesState"],
        routingPreference: !item["routingPreference"]
            ? item["routingPreference"]
            : routingPreferenceSerializer(item["routingPreference"]),
        dualStackEndpointPreference: !item["dualStackEndpointPreference"]
            ? item["dualStackEndpointPreference"]
            : dualStackEndpointPreferenceSerializer(item["dualStackEndpointPreference"]),
        allowBlobPublicAccess: item["allowBlobPublicAccess"],
        minimumTlsVersion: item["minimumTlsVersion"],
        allowSharedKeyAccess: item["allowSharedKeyAccess"],
        allowCrossTenantReplication: item["allowCrossTenantReplication"],
        defaultToOAuthAuthentication: item["defaultToOAuthAuthentication"],
        publicNetworkAccess: item["publicNetworkAccess"],
        immutableStorageWithVersioning: !item["immutableStorageWithVersioning"]
            ? item["immutableStorageWithVersioning"]
            : immutableStorageAccountSerializer(item["immutableStorageWithVersioning"]),
        allowedCopyScope: item["allowedCopyScope"],
        dnsEndpointType: item["dnsEndpointType"],
        geoPriorityReplicationStatus: !item["geoPriorityReplicationStatus"]
            ? item["geoPriorityReplicationStatus"]
            : geoPriorityReplicationStatusSerializer(item["geoPriorityReplicationStatus"]),
        allowSharedKeyAccessForServices: !item["allowSharedKeyAccessForServices"]
            ? item["allowSharedKeyAccessForServices"]
            : storageAccountSharedKeyAccessPropertiesSerializer(item["allowSharedKeyAccessForServices"]),
        dataCollaborationPolicyProperties: !item["dataCollaborationPolicyProperties"]
            ? item["dataCollaborationPolicyProperties"]
            : storageDataCollaborationPolicyPropertiesSerializer(item["dataCollaborationPolicyProperties"]),
        allowCrossTenantDelegationSas: item["allowCrossTenantDelegationSas"],
    };
}
function _storageAccountMigrationPropertiesSerializer(item) {
    return { targetSkuName: item["targetSkuName"] };
}
function _storageAccountMigrationPropertiesDeserializer(item) {
    return {
        targetSkuName: item["targetSkuName"],
        migrationStatus: item["migrationStatus"],
        migrationFailedReason: item["migrationFailedReason"],
        migrationFailedDetailedReason: item["migrationFailedDetailedReason"],
    };
}
function _fileSharePropertiesSerializer(item) {
    return {
        metadata: item["metadata"],
        shareQuota: item["shareQuota"],
        provisionedIops: item["provisionedIops"],
        provisionedBandwidthMibps: item["provisionedBandwidthMibps"],
        enabledProtocols: item["enabledProtocols"],
        rootSquash: item["rootSquash"],
        accessTier: item["accessTier"],
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : signedIdentifierArraySerializer(item["signedIdentifiers"]),
        fileSharePaidBursting: !item["fileSharePaidBursting"]
            ? item["fileSharePaidBursting"]
            : fileSharePropertiesFileSharePaidBurstingSerializer(item["fileSharePaidBursting"]),
    };
}
function _fileSharePropertiesDeserializer(item) {
    return {
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        shareQuota: item["shareQuota"],
        provisionedIops: item["provisionedIops"],
        provisionedBandwidthMibps: item["provisionedBandwidthMibps"],
        includedBurstIops: item["includedBurstIops"],
        maxBurstCreditsForIops: item["maxBurstCreditsForIops"],
        nextAllowedQuotaDowngradeTime: !item["nextAllowedQuotaDowngradeTime"]
            ? item["nextAllowedQuotaDowngradeTime"]
            : new Date(item["nextAllowedQuotaDowngradeTime"]),
        nextAllowedProvisionedIopsDowngradeTime: !item["nextAllowedProvisionedIopsDowngradeTime"]
            ? item["nextAllowedProvisionedIopsDowngradeTime"]
            : new Date(item["nextAllowedProvisionedIopsDowngradeTime"]),
        nextAllowedProvisionedBandwidthDowngradeTime: !item["nextAllowedProvisionedBandwidthDowngradeTime"]
            ? item["nextAllowedProvisionedBandwidthDowngradeTime"]
            : new Date(item["nextAllowedProvisionedBandwidthDowngradeTime"]),
        enabledProtocols: item["enabledProtocols"],
        rootSquash: item["rootSquash"],
        version: item["version"],
        deleted: item["deleted"],
        deletedTime: !item["deletedTime"] ? item["deletedTime"] : new Date(item["deletedTime"]),
        remainingRetentionDays: item["remainingRetentionDays"],
        accessTier: item["accessTier"],
        accessTierChangeTime: !item["accessTierChangeTime"]
            ? item["accessTierChangeTime"]
            : new Date(item["accessTierChangeTime"]),
        accessTierStatus: item["accessTierStatus"],
        shareUsageBytes: item["shareUsageBytes"],
        leaseStatus: item["leaseStatus"],
        leaseState: item["leaseState"],
        leaseDuration: item["leaseDuration"],
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : signedIdentifierArrayDeserializer(item["signedIdentifiers"]),
        snapshotTime: !item["snapshotTime"] ? item["snapshotTime"] : new Date(item["snapshotTime"]),
        fileSharePaidBursting: !item["fileSharePaidBursting"]
            ? item["fileSharePaidBursting"]
            : fileSharePropertiesFileSharePaidBurstingDeserializer(item["fileSharePaidBursting"]),
    };
}
function _fileShareItemPropertiesSerializer(item) {
    return {
        metadata: item["metadata"],
        shareQuota: item["shareQuota"],
        provisionedIops: item["provisionedIops"],
        provisionedBandwidthMibps: item["provisionedBandwidthMibps"],
        enabledProtocols: item["enabledProtocols"],
        rootSquash: item["rootSquash"],
        accessTier: item["accessTier"],
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : signedIdentifierArraySerializer(item["signedIdentifiers"]),
        fileSharePaidBursting: !item["fileSharePaidBursting"]
            ? item["fileSharePaidBursting"]
            : fileSharePropertiesFileSharePaidBurstingSerializer(item["fileSharePaidBursting"]),
    };
}
function _fileShareItemPropertiesDeserializer(item) {
    return {
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        shareQuota: item["shareQuota"],
        provisionedIops: item["provisionedIops"],
        provisionedBandwidthMibps: item["provisionedBandwidthMibps"],
        includedBurstIops: item["includedBurstIops"],
        maxBurstCreditsForIops: item["maxBurstCreditsForIops"],
        nextAllowedQuotaDowngradeTime: !item["nextAllowedQuotaDowngradeTime"]
            ? item["nextAllowedQuotaDowngradeTime"]
            : new Date(item["nextAllowedQuotaDowngradeTime"]),
        nextAllowedProvisionedIopsDowngradeTime: !item["nextAllowedProvisionedIopsDowngradeTime"]
            ? item["nextAllowedProvisionedIopsDowngradeTime"]
            : new Date(item["nextAllowedProvisionedIopsDowngradeTime"]),
        nextAllowedProvisionedBandwidthDowngradeTime: !item["nextAllowedProvisionedBandwidthDowngradeTime"]
            ? item["nextAllowedProvisionedBandwidthDowngradeTime"]
            : new Date(item["nextAllowedProvisionedBandwidthDowngradeTime"]),
        enabledProtocols: item["enabledProtocols"],
        rootSquash: item["rootSquash"],
        version: item["version"],
        deleted: item["deleted"],
        deletedTime: !item["deletedTime"] ? item["deletedTime"] : new Date(item["deletedTime"]),
        remainingRetentionDays: item["remainingRetentionDays"],
        accessTier: item["accessTier"],
        accessTierChangeTime: !item["accessTierChangeTime"]
            ? item["accessTierChangeTime"]
            : new Date(item["accessTierChangeTime"]),
        accessTierStatus: item["accessTierStatus"],
        shareUsageBytes: item["shareUsageBytes"],
        leaseStatus: item["leaseStatus"],
        leaseState: item["leaseState"],
        leaseDuration: item["leaseDuration"],
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : signedIdentifierArrayDeserializer(item["signedIdentifiers"]),
        snapshotTime: !item["snapshotTime"] ? item["snapshotTime"] : new Date(item["snapshotTime"]),
        fileSharePaidBursting: !item["fileSharePaidBursting"]
            ? item["fileSharePaidBursting"]
            : fileSharePropertiesFileSharePaidBurstingDeserializer(item["fileSharePaidBursting"]),
    };
}
function _fileServicePropertiesPropertiesSerializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesSerializer(item["cors"]),
        shareDeleteRetentionPolicy: !item["shareDeleteRetentionPolicy"]
            ? item["shareDeleteRetentionPolicy"]
            : deleteRetentionPolicySerializer(item["shareDeleteRetentionPolicy"]),
        protocolSettings: !item["protocolSettings"]
            ? item["protocolSettings"]
            : protocolSettingsSerializer(item["protocolSettings"]),
    };
}
function _fileServicePropertiesPropertiesDeserializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesDeserializer(item["cors"]),
        shareDeleteRetentionPolicy: !item["shareDeleteRetentionPolicy"]
            ? item["shareDeleteRetentionPolicy"]
            : deleteRetentionPolicyDeserializer(item["shareDeleteRetentionPolicy"]),
        protocolSettings: !item["protocolSettings"]
            ? item["protocolSettings"]
            : protocolSettingsDeserializer(item["protocolSettings"]),
    };
}
function _queueServicePropertiesPropertiesSerializer(item) {
    return { cors: !item["cors"] ? item["cors"] : corsRulesSerializer(item["cors"]) };
}
function _queueServicePropertiesPropertiesDeserializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesDeserializer(item["cors"]),
    };
}
function _deletedAccountPropertiesDeserializer(item) {
    return {
        storageAccountResourceId: item["storageAccountResourceId"],
        location: item["location"],
        restoreReference: item["restoreReference"],
        creationTime: item["creationTime"],
        deletionTime: item["deletionTime"],
    };
}
function _managementPolicyPropertiesSerializer(item) {
    return {
        policy: !item["policy"] ? item["policy"] : managementPolicySchemaSerializer(item["policy"]),
    };
}
function _managementPolicyPropertiesDeserializer(item) {
    return {
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        policy: !item["policy"] ? item["policy"] : managementPolicySchemaDeserializer(item["policy"]),
    };
}
function _blobInventoryPolicyPropertiesSerializer(item) {
    return {
        policy: !item["policy"] ? item["policy"] : blobInventoryPolicySchemaSerializer(item["policy"]),
    };
}
function _blobInventoryPolicyPropertiesDeserializer(item) {
    return {
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        policy: !item["policy"]
            ? item["policy"]
            : blobInventoryPolicySchemaDeserializer(item["policy"]),
    };
}
function _encryptionScopePropertiesSerializer(item) {
    return {
        source: item["source"],
        state: item["state"],
        keyVaultProperties: !item["keyVaultProperties"]
            ? item["keyVaultProperties"]
            : encryptionScopeKeyVaultPropertiesSerializer(item["keyVaultProperties"]),
        requireInfrastructureEncryption: item["requireInfrastructureEncryption"],
    };
}
function _encryptionScopePropertiesDeserializer(item) {
    return {
        source: item["source"],
        state: item["state"],
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        lastModifiedTime: !item["lastModifiedTime"]
            ? item["lastModifiedTime"]
            : new Date(item["lastModifiedTime"]),
        keyVaultProperties: !item["keyVaultProperties"]
            ? item["keyVaultProperties"]
            : encryptionScopeKeyVaultPropertiesDeserializer(item["keyVaultProperties"]),
        requireInfrastructureEncryption: item["requireInfrastructureEncryption"],
    };
}
function _tableServicePropertiesPropertiesSerializer(item) {
    return { cors: !item["cors"] ? item["cors"] : corsRulesSerializer(item["cors"]) };
}
function _tableServicePropertiesPropertiesDeserializer(item) {
    return {
        cors: !item["cors"] ? item["cors"] : corsRulesDeserializer(item["cors"]),
    };
}
function _networkSecurityPerimeterConfigurationPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        provisioningIssues: !item["provisioningIssues"]
            ? item["provisioningIssues"]
            : provisioningIssueArrayDeserializer(item["provisioningIssues"]),
        networkSecurityPerimeter: !item["networkSecurityPerimeter"]
            ? item["networkSecurityPerimeter"]
            : networkSecurityPerimeterDeserializer(item["networkSecurityPerimeter"]),
        resourceAssociation: !item["resourceAssociation"]
            ? item["resourceAssociation"]
            : networkSecurityPerimeterConfigurationPropertiesResourceAssociationDeserializer(item["resourceAssociation"]),
        profile: !item["profile"]
            ? item["profile"]
            : networkSecurityPerimeterConfigurationPropertiesProfileDeserializer(item["profile"]),
    };
}
function _privateLinkResourcePropertiesDeserializer(item) {
    return {
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        requiredZoneNames: !item["requiredZoneNames"]
            ? item["requiredZoneNames"]
            : item["requiredZoneNames"].map((p) => {
                return p;
            }),
    };
}
function _listQueueQueuePropertiesDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
    };
}
function _storageQueuePropertiesSerializer(item) {
    return { metadata: item["metadata"] };
}
function _storageQueuePropertiesDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        approximateMessageCount: item["approximateMessageCount"],
    };
}
function _objectReplicationPolicyPropertiesSerializer(item) {
    return {
        sourceAccount: item["sourceAccount"],
        destinationAccount: item["destinationAccount"],
        rules: !item["rules"]
            ? item["rules"]
            : objectReplicationPolicyRuleArraySerializer(item["rules"]),
        metrics: !item["metrics"]
            ? item["metrics"]
            : objectReplicationPolicyPropertiesMetricsSerializer(item["metrics"]),
        priorityReplication: !item["priorityReplication"]
            ? item["priorityReplication"]
            : objectReplicationPolicyPropertiesPriorityReplicationSerializer(item["priorityReplication"]),
        tagsReplication: !item["tagsReplication"]
            ? item["tagsReplication"]
            : objectReplicationPolicyPropertiesTagsReplicationSerializer(item["tagsReplication"]),
    };
}
function _objectReplicationPolicyPropertiesDeserializer(item) {
    return {
        policyId: item["policyId"],
        enabledTime: !item["enabledTime"] ? item["enabledTime"] : new Date(item["enabledTime"]),
        sourceAccount: item["sourceAccount"],
        destinationAccount: item["destinationAccount"],
        rules: !item["rules"]
            ? item["rules"]
            : objectReplicationPolicyRuleArrayDeserializer(item["rules"]),
        metrics: !item["metrics"]
            ? item["metrics"]
            : objectReplicationPolicyPropertiesMetricsDeserializer(item["metrics"]),
        priorityReplication: !item["priorityReplication"]
            ? item["priorityReplication"]
            : objectReplicationPolicyPropertiesPriorityReplicationDeserializer(item["priorityReplication"]),
        tagsReplication: !item["tagsReplication"]
            ? item["tagsReplication"]
            : objectReplicationPolicyPropertiesTagsReplicationDeserializer(item["tagsReplication"]),
    };
}
function _localUserPropertiesSerializer(item) {
    return {
        permissionScopes: !item["permissionScopes"]
            ? item["permissionScopes"]
            : permissionScopeArraySerializer(item["permissionScopes"]),
        homeDirectory: item["homeDirectory"],
        sshAuthorizedKeys: !item["sshAuthorizedKeys"]
            ? item["sshAuthorizedKeys"]
            : sshPublicKeyArraySerializer(item["sshAuthorizedKeys"]),
        hasSharedKey: item["hasSharedKey"],
        hasSshKey: item["hasSshKey"],
        hasSshPassword: item["hasSshPassword"],
        groupId: item["groupId"],
        allowAclAuthorization: item["allowAclAuthorization"],
        extendedGroups: !item["extendedGroups"]
            ? item["extendedGroups"]
            : item["extendedGroups"].map((p) => {
                return p;
            }),
        isNFSv3Enabled: item["isNFSv3Enabled"],
    };
}
function _localUserPropertiesDeserializer(item) {
    return {
        permissionScopes: !item["permissionScopes"]
            ? item["permissionScopes"]
            : permissionScopeArrayDeserializer(item["permissionScopes"]),
        homeDirectory: item["homeDirectory"],
        sshAuthorizedKeys: !item["sshAuthorizedKeys"]
            ? item["sshAuthorizedKeys"]
            : sshPublicKeyArrayDeserializer(item["sshAuthorizedKeys"]),
        sid: item["sid"],
        hasSharedKey: item["hasSharedKey"],
        hasSshKey: item["hasSshKey"],
        hasSshPassword: item["hasSshPassword"],
        userId: item["userId"],
        groupId: item["groupId"],
        allowAclAuthorization: item["allowAclAuthorization"],
        extendedGroups: !item["extendedGroups"]
            ? item["extendedGroups"]
            : item["extendedGroups"].map((p) => {
                return p;
            }),
        isNFSv3Enabled: item["isNFSv3Enabled"],
    };
}
function _tablePropertiesSerializer(item) {
    return {
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : tableSignedIdentifierArraySerializer(item["signedIdentifiers"]),
    };
}
function _tablePropertiesDeserializer(item) {
    return {
        tableName: item["tableName"],
        signedIdentifiers: !item["signedIdentifiers"]
            ? item["signedIdentifiers"]
            : tableSignedIdentifierArrayDeserializer(item["signedIdentifiers"]),
    };
}
//# sourceMappingURL=models.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var core_rest_pipeline_dist_esm = __webpack_require__(20690);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/static-helpers/pagingHelpers.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/static-helpers/urlTemplate.js
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
                // No need to encode varName considering it is already encoded
                vals.push(`${varName}`);
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
        // No need to encode varName considering it is already encoded
        vals.push(varName);
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/advancedPlatformMetrics/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/advancedPlatformMetrics{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
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
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return _advancedPlatformMetricsRuleListResultDeserializer(result.body);
}
/** List the advanced platform metrics rules associated with the storage account. */
function list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSend(context, resourceGroupName, accountName, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function _$deleteSend(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/advancedPlatformMetrics/{advancedPlatformMetricsRuleType}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        advancedPlatformMetricsRuleType: advancedPlatformMetricsRuleType,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return;
}
/** Delete the advanced platform metrics rule for the storage account by rule type. */
async function $delete(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, options = { requestOptions: {} }) {
    const result = await _$deleteSend(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, options);
    return _$deleteDeserialize(result);
}
function _createOrUpdateSend(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, resource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/advancedPlatformMetrics/{advancedPlatformMetricsRuleType}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        advancedPlatformMetricsRuleType: advancedPlatformMetricsRuleType,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: advancedPlatformMetricsRuleSerializer(resource),
    });
}
async function _createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return advancedPlatformMetricsRuleDeserializer(result.body);
}
/** Create or update the advanced platform metrics rule for the storage account. */
async function createOrUpdate(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, resource, options = { requestOptions: {} }) {
    const result = await _createOrUpdateSend(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, resource, options);
    return _createOrUpdateDeserialize(result);
}
function _getSend(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/advancedPlatformMetrics/{advancedPlatformMetricsRuleType}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        advancedPlatformMetricsRuleType: advancedPlatformMetricsRuleType,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
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
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return advancedPlatformMetricsRuleDeserializer(result.body);
}
/** Get the advanced platform metrics rule for the storage account by rule type. */
async function get(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, options = { requestOptions: {} }) {
    const result = await _getSend(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, options);
    return _getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/advancedPlatformMetrics/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getAdvancedPlatformMetrics(context) {
    return {
        list: (resourceGroupName, accountName, options) => list(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, advancedPlatformMetricsRuleType, options) => $delete(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, options),
        createOrUpdate: (resourceGroupName, accountName, advancedPlatformMetricsRuleType, resource, options) => createOrUpdate(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, resource, options),
        get: (resourceGroupName, accountName, advancedPlatformMetricsRuleType, options) => get(context, resourceGroupName, accountName, advancedPlatformMetricsRuleType, options),
    };
}
function _getAdvancedPlatformMetricsOperations(context) {
    return {
        ..._getAdvancedPlatformMetrics(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const logger_logger = (0,esm/* createClientLogger */.KV)("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/node_modules/@azure/core-lro/dist/esm/poller/constants.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/node_modules/@azure/core-lro/dist/esm/poller/operation.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/node_modules/@azure/core-lro/dist/esm/http/operation.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/node_modules/@azure/core-lro/dist/esm/poller/poller.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/node_modules/@azure/core-lro/dist/esm/http/utils.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/node_modules/@azure/core-lro/dist/esm/http/poller.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/static-helpers/pollingHelpers.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/blobAccessPointConfigurations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _testExistingConnectionSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, body, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations/{blobAccessPointConfigurationName}/testExistingConnection{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        blobAccessPointConfigurationName: blobAccessPointConfigurationName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: blobAccessPointConnectionTestRequestSerializer(body),
    });
}
async function _testExistingConnectionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return blobAccessPointConnectionTestResponseDeserializer(result.body);
}
/** Test the connection configured on an existing Blob Access Point configuration. */
function testExistingConnection(context, resourceGroupName, accountName, blobAccessPointConfigurationName, body, options = {
    requestOptions: {},
}) {
    return getLongRunningPoller(context, _testExistingConnectionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _testExistingConnectionSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, body, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _listByStorageAccountSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByStorageAccountDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return _blobAccessPointConfigurationListResultDeserializer(result.body);
}
/** List all Blob Access Point configurations in a Storage Account. */
function listByStorageAccount(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByStorageAccountSend(context, resourceGroupName, accountName, options), _listByStorageAccountDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function operations_$deleteSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations/{blobAccessPointConfigurationName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        blobAccessPointConfigurationName: blobAccessPointConfigurationName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Blob Access Point configuration. */
function operations_$delete(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_$deleteSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _updateSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations/{blobAccessPointConfigurationName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        blobAccessPointConfigurationName: blobAccessPointConfigurationName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: blobAccessPointConfigurationUpdateSerializer(properties),
    });
}
async function _updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return blobAccessPointConfigurationDeserializer(result.body);
}
/** Update a Blob Access Point configuration. */
function update(context, resourceGroupName, accountName, blobAccessPointConfigurationName, properties, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, properties, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _createSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, resource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations/{blobAccessPointConfigurationName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        blobAccessPointConfigurationName: blobAccessPointConfigurationName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: blobAccessPointConfigurationSerializer(resource),
    });
}
async function _createDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return blobAccessPointConfigurationDeserializer(result.body);
}
/** Creates or updates a Blob Access Point configuration. */
function create(context, resourceGroupName, accountName, blobAccessPointConfigurationName, resource, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, resource, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function operations_getSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations/{blobAccessPointConfigurationName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        blobAccessPointConfigurationName: blobAccessPointConfigurationName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
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
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return blobAccessPointConfigurationDeserializer(result.body);
}
/** Get the specified Blob Access Point configuration. */
async function operations_get(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options = { requestOptions: {} }) {
    const result = await operations_getSend(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options);
    return operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/static-helpers/simplePollerHelpers.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/blobAccessPointConfigurations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getBlobAccessPointConfigurations(context) {
    return {
        testExistingConnection: (resourceGroupName, accountName, blobAccessPointConfigurationName, body, options) => testExistingConnection(context, resourceGroupName, accountName, blobAccessPointConfigurationName, body, options),
        beginTestExistingConnection: async (resourceGroupName, accountName, blobAccessPointConfigurationName, body, options) => {
            const poller = testExistingConnection(context, resourceGroupName, accountName, blobAccessPointConfigurationName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginTestExistingConnectionAndWait: async (resourceGroupName, accountName, blobAccessPointConfigurationName, body, options) => {
            return await testExistingConnection(context, resourceGroupName, accountName, blobAccessPointConfigurationName, body, options);
        },
        listByStorageAccount: (resourceGroupName, accountName, options) => listByStorageAccount(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, blobAccessPointConfigurationName, options) => operations_$delete(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options),
        beginDelete: async (resourceGroupName, accountName, blobAccessPointConfigurationName, options) => {
            const poller = operations_$delete(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, accountName, blobAccessPointConfigurationName, options) => {
            return await operations_$delete(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options);
        },
        update: (resourceGroupName, accountName, blobAccessPointConfigurationName, properties, options) => update(context, resourceGroupName, accountName, blobAccessPointConfigurationName, properties, options),
        beginUpdate: async (resourceGroupName, accountName, blobAccessPointConfigurationName, properties, options) => {
            const poller = update(context, resourceGroupName, accountName, blobAccessPointConfigurationName, properties, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, accountName, blobAccessPointConfigurationName, properties, options) => {
            return await update(context, resourceGroupName, accountName, blobAccessPointConfigurationName, properties, options);
        },
        create: (resourceGroupName, accountName, blobAccessPointConfigurationName, resource, options) => create(context, resourceGroupName, accountName, blobAccessPointConfigurationName, resource, options),
        beginCreate: async (resourceGroupName, accountName, blobAccessPointConfigurationName, resource, options) => {
            const poller = create(context, resourceGroupName, accountName, blobAccessPointConfigurationName, resource, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateAndWait: async (resourceGroupName, accountName, blobAccessPointConfigurationName, resource, options) => {
            return await create(context, resourceGroupName, accountName, blobAccessPointConfigurationName, resource, options);
        },
        get: (resourceGroupName, accountName, blobAccessPointConfigurationName, options) => operations_get(context, resourceGroupName, accountName, blobAccessPointConfigurationName, options),
    };
}
function _getBlobAccessPointConfigurationsOperations(context) {
    return {
        ..._getBlobAccessPointConfigurations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/blobAccessPointConnectionTests/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _testProposedConnectionSend(context, resourceGroupName, accountName, body, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/testBlobAccessPointConfigurationProposedConnection{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: blobAccessPointProposedConnectionTestRequestSerializer(body),
    });
}
async function _testProposedConnectionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return blobAccessPointConnectionTestResponseDeserializer(result.body);
}
/** Test a proposed Blob Access Point connection before the configuration is created. The connection is validated in the context of the storage account in the request path, so no Blob Access Point configuration needs to exist beforehand. */
function testProposedConnection(context, resourceGroupName, accountName, body, options = {
    requestOptions: {},
}) {
    return getLongRunningPoller(context, _testProposedConnectionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _testProposedConnectionSend(context, resourceGroupName, accountName, body, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/blobAccessPointConnectionTests/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getBlobAccessPointConnectionTests(context) {
    return {
        testProposedConnection: (resourceGroupName, accountName, body, options) => testProposedConnection(context, resourceGroupName, accountName, body, options),
        beginTestProposedConnection: async (resourceGroupName, accountName, body, options) => {
            const poller = testProposedConnection(context, resourceGroupName, accountName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginTestProposedConnectionAndWait: async (resourceGroupName, accountName, body, options) => {
            return await testProposedConnection(context, resourceGroupName, accountName, body, options);
        },
    };
}
function _getBlobAccessPointConnectionTestsOperations(context) {
    return {
        ..._getBlobAccessPointConnectionTests(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/blobContainers/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _extendImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, ifMatch, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/immutabilityPolicies/default/extend{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: {
            "if-match": ifMatch,
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: !options?.parameters
            ? options?.parameters
            : immutabilityPolicySerializer(options?.parameters),
    });
}
async function _extendImmutabilityPolicyDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return immutabilityPolicyDeserializer(result.body);
}
/** Extends the immutabilityPeriodSinceCreationInDays of a locked immutabilityPolicy. The only action allowed on a Locked policy will be this action. ETag in If-Match is required for this operation. */
async function extendImmutabilityPolicy(context, resourceGroupName, accountName, containerName, ifMatch, options = { requestOptions: {} }) {
    const result = await _extendImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, ifMatch, options);
    return _extendImmutabilityPolicyDeserialize(result);
}
function _lockImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, ifMatch, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/immutabilityPolicies/default/lock{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: {
            "if-match": ifMatch,
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _lockImmutabilityPolicyDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return immutabilityPolicyDeserializer(result.body);
}
/** Sets the ImmutabilityPolicy to Locked state. The only action allowed on a Locked policy is ExtendImmutabilityPolicy action. ETag in If-Match is required for this operation. */
async function lockImmutabilityPolicy(context, resourceGroupName, accountName, containerName, ifMatch, options = { requestOptions: {} }) {
    const result = await _lockImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, ifMatch, options);
    return _lockImmutabilityPolicyDeserialize(result);
}
function _deleteImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, ifMatch, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/immutabilityPolicies/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: {
            "if-match": ifMatch,
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _deleteImmutabilityPolicyDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return immutabilityPolicyDeserializer(result.body);
}
/** Aborts an unlocked immutability policy. The response of delete has immutabilityPeriodSinceCreationInDays set to 0. ETag in If-Match is required for this operation. Deleting a locked immutability policy is not allowed, the only way is to delete the container after deleting all expired blobs inside the policy locked container. */
async function deleteImmutabilityPolicy(context, resourceGroupName, accountName, containerName, ifMatch, options = { requestOptions: {} }) {
    const result = await _deleteImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, ifMatch, options);
    return _deleteImmutabilityPolicyDeserialize(result);
}
function _createOrUpdateImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/immutabilityPolicies/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: {
            ...(options?.ifMatch !== undefined ? { "if-match": options?.ifMatch } : {}),
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: !options?.parameters
            ? options?.parameters
            : immutabilityPolicySerializer(options?.parameters),
    });
}
async function _createOrUpdateImmutabilityPolicyDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return immutabilityPolicyDeserializer(result.body);
}
/** Creates or updates an unlocked immutability policy. ETag in If-Match is honored if given but not required for this operation. */
async function createOrUpdateImmutabilityPolicy(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const result = await _createOrUpdateImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, options);
    return _createOrUpdateImmutabilityPolicyDeserialize(result);
}
function _getImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/immutabilityPolicies/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: {
            ...(options?.ifMatch !== undefined ? { "if-match": options?.ifMatch } : {}),
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _getImmutabilityPolicyDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return immutabilityPolicyDeserializer(result.body);
}
/** Gets the existing immutability policy along with the corresponding ETag in response headers and body. */
async function getImmutabilityPolicy(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const result = await _getImmutabilityPolicySend(context, resourceGroupName, accountName, containerName, options);
    return _getImmutabilityPolicyDeserialize(result);
}
function operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers{?api%2Dversion,%24maxpagesize,%24filter,%24include}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24maxpagesize": options?.maxpagesize,
        "%24filter": options?.filter,
        "%24include": options?.include,
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
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _listContainerItemsDeserializer(result.body);
}
/** Lists all containers and does not support a prefix like data plane. Also SRP today does not return continuation token. */
function operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listSend(context, resourceGroupName, accountName, options), operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function _objectLevelWormSend(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/migrate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _objectLevelWormDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** This operation migrates a blob container from container level WORM to object level immutability enabled container. Prerequisites require a container level immutability policy either in locked or unlocked state, Account level versioning must be enabled and there should be no Legal hold on the container. */
function objectLevelWorm(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _objectLevelWormDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _objectLevelWormSend(context, resourceGroupName, accountName, containerName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _leaseSend(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/lease{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.parameters
            ? options?.parameters
            : leaseContainerRequestSerializer(options?.parameters),
    });
}
async function _leaseDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return leaseContainerResponseDeserializer(result.body);
}
/** The Lease Container operation establishes and manages a lock on a container for delete operations. The lock duration can be 15 to 60 seconds, or can be infinite. */
async function lease(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const result = await _leaseSend(context, resourceGroupName, accountName, containerName, options);
    return _leaseDeserialize(result);
}
function _clearLegalHoldSend(context, resourceGroupName, accountName, containerName, legalHold, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/clearLegalHold{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: legalHoldSerializer(legalHold),
    });
}
async function _clearLegalHoldDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return legalHoldDeserializer(result.body);
}
/** Clears legal hold tags. Clearing the same or non-existent tag results in an idempotent operation. ClearLegalHold clears out only the specified tags in the request. */
async function clearLegalHold(context, resourceGroupName, accountName, containerName, legalHold, options = { requestOptions: {} }) {
    const result = await _clearLegalHoldSend(context, resourceGroupName, accountName, containerName, legalHold, options);
    return _clearLegalHoldDeserialize(result);
}
function _setLegalHoldSend(context, resourceGroupName, accountName, containerName, legalHold, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/setLegalHold{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: legalHoldSerializer(legalHold),
    });
}
async function _setLegalHoldDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return legalHoldDeserializer(result.body);
}
/** Sets legal hold tags. Setting the same tag results in an idempotent operation. SetLegalHold follows an append pattern and does not clear out the existing tags that are not specified in the request. */
async function setLegalHold(context, resourceGroupName, accountName, containerName, legalHold, options = { requestOptions: {} }) {
    const result = await _setLegalHoldSend(context, resourceGroupName, accountName, containerName, legalHold, options);
    return _setLegalHoldDeserialize(result);
}
function blobContainers_operations_$deleteSend(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function blobContainers_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes specified container under its account. */
async function blobContainers_operations_$delete(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const result = await blobContainers_operations_$deleteSend(context, resourceGroupName, accountName, containerName, options);
    return blobContainers_operations_$deleteDeserialize(result);
}
function operations_updateSend(context, resourceGroupName, accountName, containerName, blobContainer, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: blobContainerSerializer(blobContainer),
    });
}
async function operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return blobContainerDeserializer(result.body);
}
/** Updates container properties as specified in request body. Properties not mentioned in the request will be unchanged. Update fails if the specified container doesn't already exist. */
async function operations_update(context, resourceGroupName, accountName, containerName, blobContainer, options = { requestOptions: {} }) {
    const result = await operations_updateSend(context, resourceGroupName, accountName, containerName, blobContainer, options);
    return operations_updateDeserialize(result);
}
function operations_createSend(context, resourceGroupName, accountName, containerName, blobContainer, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: blobContainerSerializer(blobContainer),
    });
}
async function operations_createDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return blobContainerDeserializer(result.body);
}
/** Creates a new container under the specified account as described by request body. The container resource includes metadata and properties for that container. It does not include a list of the blobs contained by the container. */
async function operations_create(context, resourceGroupName, accountName, containerName, blobContainer, options = { requestOptions: {} }) {
    const result = await operations_createSend(context, resourceGroupName, accountName, containerName, blobContainer, options);
    return operations_createDeserialize(result);
}
function blobContainers_operations_getSend(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function blobContainers_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return blobContainerDeserializer(result.body);
}
/** Gets properties of a specified container. */
async function blobContainers_operations_get(context, resourceGroupName, accountName, containerName, options = { requestOptions: {} }) {
    const result = await blobContainers_operations_getSend(context, resourceGroupName, accountName, containerName, options);
    return blobContainers_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/blobContainers/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getBlobContainers(context) {
    return {
        extendImmutabilityPolicy: (resourceGroupName, accountName, containerName, ifMatch, options) => extendImmutabilityPolicy(context, resourceGroupName, accountName, containerName, ifMatch, options),
        lockImmutabilityPolicy: (resourceGroupName, accountName, containerName, ifMatch, options) => lockImmutabilityPolicy(context, resourceGroupName, accountName, containerName, ifMatch, options),
        deleteImmutabilityPolicy: (resourceGroupName, accountName, containerName, ifMatch, options) => deleteImmutabilityPolicy(context, resourceGroupName, accountName, containerName, ifMatch, options),
        createOrUpdateImmutabilityPolicy: (resourceGroupName, accountName, containerName, options) => createOrUpdateImmutabilityPolicy(context, resourceGroupName, accountName, containerName, options),
        getImmutabilityPolicy: (resourceGroupName, accountName, containerName, options) => getImmutabilityPolicy(context, resourceGroupName, accountName, containerName, options),
        list: (resourceGroupName, accountName, options) => operations_list(context, resourceGroupName, accountName, options),
        objectLevelWorm: (resourceGroupName, accountName, containerName, options) => objectLevelWorm(context, resourceGroupName, accountName, containerName, options),
        beginObjectLevelWorm: async (resourceGroupName, accountName, containerName, options) => {
            const poller = objectLevelWorm(context, resourceGroupName, accountName, containerName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginObjectLevelWormAndWait: async (resourceGroupName, accountName, containerName, options) => {
            return await objectLevelWorm(context, resourceGroupName, accountName, containerName, options);
        },
        lease: (resourceGroupName, accountName, containerName, options) => lease(context, resourceGroupName, accountName, containerName, options),
        clearLegalHold: (resourceGroupName, accountName, containerName, legalHold, options) => clearLegalHold(context, resourceGroupName, accountName, containerName, legalHold, options),
        setLegalHold: (resourceGroupName, accountName, containerName, legalHold, options) => setLegalHold(context, resourceGroupName, accountName, containerName, legalHold, options),
        delete: (resourceGroupName, accountName, containerName, options) => blobContainers_operations_$delete(context, resourceGroupName, accountName, containerName, options),
        update: (resourceGroupName, accountName, containerName, blobContainer, options) => operations_update(context, resourceGroupName, accountName, containerName, blobContainer, options),
        create: (resourceGroupName, accountName, containerName, blobContainer, options) => operations_create(context, resourceGroupName, accountName, containerName, blobContainer, options),
        get: (resourceGroupName, accountName, containerName, options) => blobContainers_operations_get(context, resourceGroupName, accountName, containerName, options),
    };
}
function _getBlobContainersOperations(context) {
    return {
        ..._getBlobContainers(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/blobInventoryPolicies/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function blobInventoryPolicies_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/inventoryPolicies{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function blobInventoryPolicies_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _listBlobInventoryPolicyDeserializer(result.body);
}
/** Gets the blob inventory policy associated with the specified storage account. */
function blobInventoryPolicies_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => blobInventoryPolicies_operations_listSend(context, resourceGroupName, accountName, options), blobInventoryPolicies_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function blobInventoryPolicies_operations_$deleteSend(context, resourceGroupName, accountName, blobInventoryPolicyName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/inventoryPolicies/{blobInventoryPolicyName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        blobInventoryPolicyName: blobInventoryPolicyName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function blobInventoryPolicies_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the blob inventory policy associated with the specified storage account. */
async function blobInventoryPolicies_operations_$delete(context, resourceGroupName, accountName, blobInventoryPolicyName, options = { requestOptions: {} }) {
    const result = await blobInventoryPolicies_operations_$deleteSend(context, resourceGroupName, accountName, blobInventoryPolicyName, options);
    return blobInventoryPolicies_operations_$deleteDeserialize(result);
}
function operations_createOrUpdateSend(context, resourceGroupName, accountName, blobInventoryPolicyName, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/inventoryPolicies/{blobInventoryPolicyName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        blobInventoryPolicyName: blobInventoryPolicyName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: blobInventoryPolicySerializer(properties),
    });
}
async function operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return blobInventoryPolicyDeserializer(result.body);
}
/** Sets the blob inventory policy to the specified storage account. */
async function operations_createOrUpdate(context, resourceGroupName, accountName, blobInventoryPolicyName, properties, options = { requestOptions: {} }) {
    const result = await operations_createOrUpdateSend(context, resourceGroupName, accountName, blobInventoryPolicyName, properties, options);
    return operations_createOrUpdateDeserialize(result);
}
function blobInventoryPolicies_operations_getSend(context, resourceGroupName, accountName, blobInventoryPolicyName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/inventoryPolicies/{blobInventoryPolicyName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        blobInventoryPolicyName: blobInventoryPolicyName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function blobInventoryPolicies_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return blobInventoryPolicyDeserializer(result.body);
}
/** Gets the blob inventory policy associated with the specified storage account. */
async function blobInventoryPolicies_operations_get(context, resourceGroupName, accountName, blobInventoryPolicyName, options = { requestOptions: {} }) {
    const result = await blobInventoryPolicies_operations_getSend(context, resourceGroupName, accountName, blobInventoryPolicyName, options);
    return blobInventoryPolicies_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/blobInventoryPolicies/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getBlobInventoryPolicies(context) {
    return {
        list: (resourceGroupName, accountName, options) => blobInventoryPolicies_operations_list(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, blobInventoryPolicyName, options) => blobInventoryPolicies_operations_$delete(context, resourceGroupName, accountName, blobInventoryPolicyName, options),
        createOrUpdate: (resourceGroupName, accountName, blobInventoryPolicyName, properties, options) => operations_createOrUpdate(context, resourceGroupName, accountName, blobInventoryPolicyName, properties, options),
        get: (resourceGroupName, accountName, blobInventoryPolicyName, options) => blobInventoryPolicies_operations_get(context, resourceGroupName, accountName, blobInventoryPolicyName, options),
    };
}
function _getBlobInventoryPoliciesOperations(context) {
    return {
        ..._getBlobInventoryPolicies(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/blobServices/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function blobServices_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function blobServices_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _blobServiceItemsDeserializer(result.body);
}
/** List blob services of storage account. It returns a collection of one object named default. */
function blobServices_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => blobServices_operations_listSend(context, resourceGroupName, accountName, options), blobServices_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function _setServicePropertiesSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: blobServicePropertiesSerializer(parameters),
    });
}
async function _setServicePropertiesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return blobServicePropertiesDeserializer(result.body);
}
/** Sets the properties of a storage account’s Blob service, including properties for Storage Analytics and CORS (Cross-Origin Resource Sharing) rules. */
async function setServiceProperties(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const result = await _setServicePropertiesSend(context, resourceGroupName, accountName, parameters, options);
    return _setServicePropertiesDeserialize(result);
}
function _getServicePropertiesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getServicePropertiesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return blobServicePropertiesDeserializer(result.body);
}
/** Gets the properties of a storage account’s Blob service, including properties for Storage Analytics and CORS (Cross-Origin Resource Sharing) rules. */
async function getServiceProperties(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await _getServicePropertiesSend(context, resourceGroupName, accountName, options);
    return _getServicePropertiesDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/blobServices/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getBlobServices(context) {
    return {
        list: (resourceGroupName, accountName, options) => blobServices_operations_list(context, resourceGroupName, accountName, options),
        setServiceProperties: (resourceGroupName, accountName, parameters, options) => setServiceProperties(context, resourceGroupName, accountName, parameters, options),
        getServiceProperties: (resourceGroupName, accountName, options) => getServiceProperties(context, resourceGroupName, accountName, options),
    };
}
function _getBlobServicesOperations(context) {
    return {
        ..._getBlobServices(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/connectors/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function operations_testExistingConnectionSend(context, resourceGroupName, accountName, connectorName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors/{connectorName}/testExistingConnection{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        connectorName: connectorName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: testExistingConnectionRequestSerializer(body),
    });
}
async function operations_testExistingConnectionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return testConnectionResponseDeserializer(result.body);
}
/**
 * This method is used to verify that the connection to the backing data store works.
 * This API is designed to be used for monitoring and debugging purposes. From the caller’s perspective,
 * this method does the following: Calls List on the backing data store, attempting to list up to one blob/object/etc.
 * If the above succeeds, and if a blob/object/etc is found, calls Get on that object, attempting to download one byte.
 */
function operations_testExistingConnection(context, resourceGroupName, accountName, connectorName, body, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, operations_testExistingConnectionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_testExistingConnectionSend(context, resourceGroupName, accountName, connectorName, body, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function operations_listByStorageAccountSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByStorageAccountDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return _connectorListResultDeserializer(result.body);
}
/** List all Storage Connectors in a Storage Account. */
function operations_listByStorageAccount(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listByStorageAccountSend(context, resourceGroupName, accountName, options), operations_listByStorageAccountDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function connectors_operations_$deleteSend(context, resourceGroupName, accountName, connectorName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors/{connectorName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        connectorName: connectorName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function connectors_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Storage Connector. */
function connectors_operations_$delete(context, resourceGroupName, accountName, connectorName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, connectors_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectors_operations_$deleteSend(context, resourceGroupName, accountName, connectorName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function connectors_operations_updateSend(context, resourceGroupName, accountName, connectorName, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors/{connectorName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        connectorName: connectorName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: connectorUpdateSerializer(properties),
    });
}
async function connectors_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return connectorDeserializer(result.body);
}
/** Update a Storage Connector. */
function connectors_operations_update(context, resourceGroupName, accountName, connectorName, properties, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, connectors_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectors_operations_updateSend(context, resourceGroupName, accountName, connectorName, properties, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function connectors_operations_createSend(context, resourceGroupName, accountName, connectorName, resource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors/{connectorName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        connectorName: connectorName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: connectorSerializer(resource),
    });
}
async function connectors_operations_createDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return connectorDeserializer(result.body);
}
/** Create a Storage Connector if it does not already exist; otherwise, error out. This API will not allow you to replace an already existing resource. */
function connectors_operations_create(context, resourceGroupName, accountName, connectorName, resource, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, connectors_operations_createDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectors_operations_createSend(context, resourceGroupName, accountName, connectorName, resource, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function connectors_operations_getSend(context, resourceGroupName, accountName, connectorName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors/{connectorName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        connectorName: connectorName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function connectors_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return connectorDeserializer(result.body);
}
/** Get the specified Storage Connector. */
async function connectors_operations_get(context, resourceGroupName, accountName, connectorName, options = { requestOptions: {} }) {
    const result = await connectors_operations_getSend(context, resourceGroupName, accountName, connectorName, options);
    return connectors_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/connectors/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getConnectors(context) {
    return {
        testExistingConnection: (resourceGroupName, accountName, connectorName, body, options) => operations_testExistingConnection(context, resourceGroupName, accountName, connectorName, body, options),
        beginTestExistingConnection: async (resourceGroupName, accountName, connectorName, body, options) => {
            const poller = operations_testExistingConnection(context, resourceGroupName, accountName, connectorName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginTestExistingConnectionAndWait: async (resourceGroupName, accountName, connectorName, body, options) => {
            return await operations_testExistingConnection(context, resourceGroupName, accountName, connectorName, body, options);
        },
        listByStorageAccount: (resourceGroupName, accountName, options) => operations_listByStorageAccount(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, connectorName, options) => connectors_operations_$delete(context, resourceGroupName, accountName, connectorName, options),
        beginDelete: async (resourceGroupName, accountName, connectorName, options) => {
            const poller = connectors_operations_$delete(context, resourceGroupName, accountName, connectorName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, accountName, connectorName, options) => {
            return await connectors_operations_$delete(context, resourceGroupName, accountName, connectorName, options);
        },
        update: (resourceGroupName, accountName, connectorName, properties, options) => connectors_operations_update(context, resourceGroupName, accountName, connectorName, properties, options),
        beginUpdate: async (resourceGroupName, accountName, connectorName, properties, options) => {
            const poller = connectors_operations_update(context, resourceGroupName, accountName, connectorName, properties, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, accountName, connectorName, properties, options) => {
            return await connectors_operations_update(context, resourceGroupName, accountName, connectorName, properties, options);
        },
        create: (resourceGroupName, accountName, connectorName, resource, options) => connectors_operations_create(context, resourceGroupName, accountName, connectorName, resource, options),
        beginCreate: async (resourceGroupName, accountName, connectorName, resource, options) => {
            const poller = connectors_operations_create(context, resourceGroupName, accountName, connectorName, resource, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateAndWait: async (resourceGroupName, accountName, connectorName, resource, options) => {
            return await connectors_operations_create(context, resourceGroupName, accountName, connectorName, resource, options);
        },
        get: (resourceGroupName, accountName, connectorName, options) => connectors_operations_get(context, resourceGroupName, accountName, connectorName, options),
    };
}
function _getConnectorsOperations(context) {
    return {
        ..._getConnectors(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/contextCacheContainers/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listByContextCacheSend(context, resourceGroupName, contextCacheName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}/contextCacheContainers{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        contextCacheName: contextCacheName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByContextCacheDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return _contextCacheContainerListResultDeserializer(result.body);
}
/** List all containers in a Context Cache. */
function listByContextCache(context, resourceGroupName, contextCacheName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByContextCacheSend(context, resourceGroupName, contextCacheName, options), _listByContextCacheDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function contextCacheContainers_operations_$deleteSend(context, resourceGroupName, contextCacheName, contextCacheContainerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}/contextCacheContainers/{contextCacheContainerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        contextCacheName: contextCacheName,
        contextCacheContainerName: contextCacheContainerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function contextCacheContainers_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a container from a Context Cache. */
function contextCacheContainers_operations_$delete(context, resourceGroupName, contextCacheName, contextCacheContainerName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, contextCacheContainers_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => contextCacheContainers_operations_$deleteSend(context, resourceGroupName, contextCacheName, contextCacheContainerName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function contextCacheContainers_operations_updateSend(context, resourceGroupName, contextCacheName, contextCacheContainerName, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}/contextCacheContainers/{contextCacheContainerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        contextCacheName: contextCacheName,
        contextCacheContainerName: contextCacheContainerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: contextCacheContainerUpdateSerializer(properties),
    });
}
async function contextCacheContainers_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return contextCacheContainerDeserializer(result.body);
}
/** Update a container in a Context Cache. */
function contextCacheContainers_operations_update(context, resourceGroupName, contextCacheName, contextCacheContainerName, properties, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, contextCacheContainers_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => contextCacheContainers_operations_updateSend(context, resourceGroupName, contextCacheName, contextCacheContainerName, properties, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function contextCacheContainers_operations_createOrUpdateSend(context, resourceGroupName, contextCacheName, contextCacheContainerName, resource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}/contextCacheContainers/{contextCacheContainerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        contextCacheName: contextCacheName,
        contextCacheContainerName: contextCacheContainerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: contextCacheContainerSerializer(resource),
    });
}
async function contextCacheContainers_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return contextCacheContainerDeserializer(result.body);
}
/** Create or update a container in a Context Cache. */
function contextCacheContainers_operations_createOrUpdate(context, resourceGroupName, contextCacheName, contextCacheContainerName, resource, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, contextCacheContainers_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => contextCacheContainers_operations_createOrUpdateSend(context, resourceGroupName, contextCacheName, contextCacheContainerName, resource, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function contextCacheContainers_operations_getSend(context, resourceGroupName, contextCacheName, contextCacheContainerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}/contextCacheContainers/{contextCacheContainerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        contextCacheName: contextCacheName,
        contextCacheContainerName: contextCacheContainerName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function contextCacheContainers_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return contextCacheContainerDeserializer(result.body);
}
/** Get a container in a Context Cache. */
async function contextCacheContainers_operations_get(context, resourceGroupName, contextCacheName, contextCacheContainerName, options = { requestOptions: {} }) {
    const result = await contextCacheContainers_operations_getSend(context, resourceGroupName, contextCacheName, contextCacheContainerName, options);
    return contextCacheContainers_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/contextCacheContainers/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getContextCacheContainers(context) {
    return {
        listByContextCache: (resourceGroupName, contextCacheName, options) => listByContextCache(context, resourceGroupName, contextCacheName, options),
        delete: (resourceGroupName, contextCacheName, contextCacheContainerName, options) => contextCacheContainers_operations_$delete(context, resourceGroupName, contextCacheName, contextCacheContainerName, options),
        beginDelete: async (resourceGroupName, contextCacheName, contextCacheContainerName, options) => {
            const poller = contextCacheContainers_operations_$delete(context, resourceGroupName, contextCacheName, contextCacheContainerName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, contextCacheName, contextCacheContainerName, options) => {
            return await contextCacheContainers_operations_$delete(context, resourceGroupName, contextCacheName, contextCacheContainerName, options);
        },
        update: (resourceGroupName, contextCacheName, contextCacheContainerName, properties, options) => contextCacheContainers_operations_update(context, resourceGroupName, contextCacheName, contextCacheContainerName, properties, options),
        beginUpdate: async (resourceGroupName, contextCacheName, contextCacheContainerName, properties, options) => {
            const poller = contextCacheContainers_operations_update(context, resourceGroupName, contextCacheName, contextCacheContainerName, properties, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, contextCacheName, contextCacheContainerName, properties, options) => {
            return await contextCacheContainers_operations_update(context, resourceGroupName, contextCacheName, contextCacheContainerName, properties, options);
        },
        createOrUpdate: (resourceGroupName, contextCacheName, contextCacheContainerName, resource, options) => contextCacheContainers_operations_createOrUpdate(context, resourceGroupName, contextCacheName, contextCacheContainerName, resource, options),
        beginCreateOrUpdate: async (resourceGroupName, contextCacheName, contextCacheContainerName, resource, options) => {
            const poller = contextCacheContainers_operations_createOrUpdate(context, resourceGroupName, contextCacheName, contextCacheContainerName, resource, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, contextCacheName, contextCacheContainerName, resource, options) => {
            return await contextCacheContainers_operations_createOrUpdate(context, resourceGroupName, contextCacheName, contextCacheContainerName, resource, options);
        },
        get: (resourceGroupName, contextCacheName, contextCacheContainerName, options) => contextCacheContainers_operations_get(context, resourceGroupName, contextCacheName, contextCacheContainerName, options),
    };
}
function _getContextCacheContainersOperations(context) {
    return {
        ..._getContextCacheContainers(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/contextCaches/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _checkNameAvailabilitySend(context, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Storage/contextCacheCheckNameAvailability{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: contextCacheCheckNameAvailabilityParametersSerializer(body),
    });
}
async function _checkNameAvailabilityDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return contextCacheCheckNameAvailabilityResultDeserializer(result.body);
}
/** Check the availability of a context cache resource name. */
async function checkNameAvailability(context, body, options = { requestOptions: {} }) {
    const result = await _checkNameAvailabilitySend(context, body, options);
    return _checkNameAvailabilityDeserialize(result);
}
function _listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Storage/contextCaches{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return _contextCacheListResultDeserializer(result.body);
}
/** List Context Caches by subscription. */
function listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listBySubscriptionSend(context, options), _listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
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
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return _contextCacheListResultDeserializer(result.body);
}
/** List Context Caches by resource group. */
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function contextCaches_operations_$deleteSend(context, resourceGroupName, contextCacheName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        contextCacheName: contextCacheName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function contextCaches_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Context Cache. */
function contextCaches_operations_$delete(context, resourceGroupName, contextCacheName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, contextCaches_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => contextCaches_operations_$deleteSend(context, resourceGroupName, contextCacheName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function contextCaches_operations_updateSend(context, resourceGroupName, contextCacheName, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        contextCacheName: contextCacheName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: contextCacheUpdateSerializer(properties),
    });
}
async function contextCaches_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return contextCacheDeserializer(result.body);
}
/** Update a Context Cache. */
function contextCaches_operations_update(context, resourceGroupName, contextCacheName, properties, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, contextCaches_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => contextCaches_operations_updateSend(context, resourceGroupName, contextCacheName, properties, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function contextCaches_operations_createOrUpdateSend(context, resourceGroupName, contextCacheName, resource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        contextCacheName: contextCacheName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: contextCacheSerializer(resource),
    });
}
async function contextCaches_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return contextCacheDeserializer(result.body);
}
/** Create or update a Context Cache. */
function contextCaches_operations_createOrUpdate(context, resourceGroupName, contextCacheName, resource, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, contextCaches_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => contextCaches_operations_createOrUpdateSend(context, resourceGroupName, contextCacheName, resource, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function contextCaches_operations_getSend(context, resourceGroupName, contextCacheName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        contextCacheName: contextCacheName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function contextCaches_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return contextCacheDeserializer(result.body);
}
/** Get a Context Cache. */
async function contextCaches_operations_get(context, resourceGroupName, contextCacheName, options = { requestOptions: {} }) {
    const result = await contextCaches_operations_getSend(context, resourceGroupName, contextCacheName, options);
    return contextCaches_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/contextCaches/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getContextCaches(context) {
    return {
        checkNameAvailability: (body, options) => checkNameAvailability(context, body, options),
        listBySubscription: (options) => listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, contextCacheName, options) => contextCaches_operations_$delete(context, resourceGroupName, contextCacheName, options),
        beginDelete: async (resourceGroupName, contextCacheName, options) => {
            const poller = contextCaches_operations_$delete(context, resourceGroupName, contextCacheName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, contextCacheName, options) => {
            return await contextCaches_operations_$delete(context, resourceGroupName, contextCacheName, options);
        },
        update: (resourceGroupName, contextCacheName, properties, options) => contextCaches_operations_update(context, resourceGroupName, contextCacheName, properties, options),
        beginUpdate: async (resourceGroupName, contextCacheName, properties, options) => {
            const poller = contextCaches_operations_update(context, resourceGroupName, contextCacheName, properties, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, contextCacheName, properties, options) => {
            return await contextCaches_operations_update(context, resourceGroupName, contextCacheName, properties, options);
        },
        createOrUpdate: (resourceGroupName, contextCacheName, resource, options) => contextCaches_operations_createOrUpdate(context, resourceGroupName, contextCacheName, resource, options),
        beginCreateOrUpdate: async (resourceGroupName, contextCacheName, resource, options) => {
            const poller = contextCaches_operations_createOrUpdate(context, resourceGroupName, contextCacheName, resource, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, contextCacheName, resource, options) => {
            return await contextCaches_operations_createOrUpdate(context, resourceGroupName, contextCacheName, resource, options);
        },
        get: (resourceGroupName, contextCacheName, options) => contextCaches_operations_get(context, resourceGroupName, contextCacheName, options),
    };
}
function _getContextCachesOperations(context) {
    return {
        ..._getContextCaches(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/dataShares/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function dataShares_operations_listByStorageAccountSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/dataShares{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dataShares_operations_listByStorageAccountDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return _dataShareListResultDeserializer(result.body);
}
/** List all Storage DataShares in a Storage Account. */
function dataShares_operations_listByStorageAccount(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => dataShares_operations_listByStorageAccountSend(context, resourceGroupName, accountName, options), dataShares_operations_listByStorageAccountDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function dataShares_operations_$deleteSend(context, resourceGroupName, accountName, dataShareName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/dataShares/{dataShareName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        dataShareName: dataShareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function dataShares_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Storage DataShare. */
function dataShares_operations_$delete(context, resourceGroupName, accountName, dataShareName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, dataShares_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => dataShares_operations_$deleteSend(context, resourceGroupName, accountName, dataShareName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function dataShares_operations_updateSend(context, resourceGroupName, accountName, dataShareName, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/dataShares/{dataShareName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        dataShareName: dataShareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: dataShareUpdateSerializer(properties),
    });
}
async function dataShares_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return dataShareDeserializer(result.body);
}
/** Update a Storage DataShare. */
function dataShares_operations_update(context, resourceGroupName, accountName, dataShareName, properties, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, dataShares_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => dataShares_operations_updateSend(context, resourceGroupName, accountName, dataShareName, properties, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function dataShares_operations_createSend(context, resourceGroupName, accountName, dataShareName, resource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/dataShares/{dataShareName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        dataShareName: dataShareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: dataShareSerializer(resource),
    });
}
async function dataShares_operations_createDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return dataShareDeserializer(result.body);
}
/** Create a Storage DataShare if it does not already exist; otherwise, error out. This API will not allow you to replace an already existing resource. */
function dataShares_operations_create(context, resourceGroupName, accountName, dataShareName, resource, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, dataShares_operations_createDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => dataShares_operations_createSend(context, resourceGroupName, accountName, dataShareName, resource, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function dataShares_operations_getSend(context, resourceGroupName, accountName, dataShareName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/dataShares/{dataShareName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        dataShareName: dataShareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dataShares_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return dataShareDeserializer(result.body);
}
/** Get the specified Storage DataShare. */
async function dataShares_operations_get(context, resourceGroupName, accountName, dataShareName, options = { requestOptions: {} }) {
    const result = await dataShares_operations_getSend(context, resourceGroupName, accountName, dataShareName, options);
    return dataShares_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/dataShares/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getDataShares(context) {
    return {
        listByStorageAccount: (resourceGroupName, accountName, options) => dataShares_operations_listByStorageAccount(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, dataShareName, options) => dataShares_operations_$delete(context, resourceGroupName, accountName, dataShareName, options),
        beginDelete: async (resourceGroupName, accountName, dataShareName, options) => {
            const poller = dataShares_operations_$delete(context, resourceGroupName, accountName, dataShareName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, accountName, dataShareName, options) => {
            return await dataShares_operations_$delete(context, resourceGroupName, accountName, dataShareName, options);
        },
        update: (resourceGroupName, accountName, dataShareName, properties, options) => dataShares_operations_update(context, resourceGroupName, accountName, dataShareName, properties, options),
        beginUpdate: async (resourceGroupName, accountName, dataShareName, properties, options) => {
            const poller = dataShares_operations_update(context, resourceGroupName, accountName, dataShareName, properties, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, accountName, dataShareName, properties, options) => {
            return await dataShares_operations_update(context, resourceGroupName, accountName, dataShareName, properties, options);
        },
        create: (resourceGroupName, accountName, dataShareName, resource, options) => dataShares_operations_create(context, resourceGroupName, accountName, dataShareName, resource, options),
        beginCreate: async (resourceGroupName, accountName, dataShareName, resource, options) => {
            const poller = dataShares_operations_create(context, resourceGroupName, accountName, dataShareName, resource, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateAndWait: async (resourceGroupName, accountName, dataShareName, resource, options) => {
            return await dataShares_operations_create(context, resourceGroupName, accountName, dataShareName, resource, options);
        },
        get: (resourceGroupName, accountName, dataShareName, options) => dataShares_operations_get(context, resourceGroupName, accountName, dataShareName, options),
    };
}
function _getDataSharesOperations(context) {
    return {
        ..._getDataShares(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/deletedAccounts/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function deletedAccounts_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Storage/deletedAccounts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function deletedAccounts_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _deletedAccountListResultDeserializer(result.body);
}
/** Lists deleted accounts under the subscription. */
function deletedAccounts_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => deletedAccounts_operations_listSend(context, options), deletedAccounts_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function deletedAccounts_operations_getSend(context, deletedAccountName, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Storage/locations/{location}/deletedAccounts/{deletedAccountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        deletedAccountName: deletedAccountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function deletedAccounts_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return deletedAccountDeserializer(result.body);
}
/** Get properties of specified deleted account resource. */
async function deletedAccounts_operations_get(context, deletedAccountName, location, options = { requestOptions: {} }) {
    const result = await deletedAccounts_operations_getSend(context, deletedAccountName, location, options);
    return deletedAccounts_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/deletedAccounts/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getDeletedAccounts(context) {
    return {
        list: (options) => deletedAccounts_operations_list(context, options),
        get: (deletedAccountName, location, options) => deletedAccounts_operations_get(context, deletedAccountName, location, options),
    };
}
function _getDeletedAccountsOperations(context) {
    return {
        ..._getDeletedAccounts(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/encryptionScopes/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function encryptionScopes_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/encryptionScopes{?api%2Dversion,%24maxpagesize,%24filter,%24include}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24maxpagesize": options?.maxpagesize,
        "%24filter": options?.filter,
        "%24include": options?.include,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function encryptionScopes_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _encryptionScopeListResultDeserializer(result.body);
}
/** Lists all the encryption scopes available under the specified storage account. */
function encryptionScopes_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => encryptionScopes_operations_listSend(context, resourceGroupName, accountName, options), encryptionScopes_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function _patchSend(context, resourceGroupName, accountName, encryptionScopeName, encryptionScope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/encryptionScopes/{encryptionScopeName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        encryptionScopeName: encryptionScopeName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: encryptionScopeSerializer(encryptionScope),
    });
}
async function _patchDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return encryptionScopeDeserializer(result.body);
}
/** Update encryption scope properties as specified in the request body. Update fails if the specified encryption scope does not already exist. */
async function patch(context, resourceGroupName, accountName, encryptionScopeName, encryptionScope, options = { requestOptions: {} }) {
    const result = await _patchSend(context, resourceGroupName, accountName, encryptionScopeName, encryptionScope, options);
    return _patchDeserialize(result);
}
function _putSend(context, resourceGroupName, accountName, encryptionScopeName, encryptionScope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/encryptionScopes/{encryptionScopeName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        encryptionScopeName: encryptionScopeName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: encryptionScopeSerializer(encryptionScope),
    });
}
async function _putDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return encryptionScopeDeserializer(result.body);
}
/** Synchronously creates or updates an encryption scope under the specified storage account. If an encryption scope is already created and a subsequent request is issued with different properties, the encryption scope properties will be updated per the specified request. */
async function put(context, resourceGroupName, accountName, encryptionScopeName, encryptionScope, options = { requestOptions: {} }) {
    const result = await _putSend(context, resourceGroupName, accountName, encryptionScopeName, encryptionScope, options);
    return _putDeserialize(result);
}
function encryptionScopes_operations_getSend(context, resourceGroupName, accountName, encryptionScopeName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/encryptionScopes/{encryptionScopeName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        encryptionScopeName: encryptionScopeName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function encryptionScopes_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return encryptionScopeDeserializer(result.body);
}
/** Returns the properties for the specified encryption scope. */
async function encryptionScopes_operations_get(context, resourceGroupName, accountName, encryptionScopeName, options = { requestOptions: {} }) {
    const result = await encryptionScopes_operations_getSend(context, resourceGroupName, accountName, encryptionScopeName, options);
    return encryptionScopes_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/encryptionScopes/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getEncryptionScopes(context) {
    return {
        list: (resourceGroupName, accountName, options) => encryptionScopes_operations_list(context, resourceGroupName, accountName, options),
        patch: (resourceGroupName, accountName, encryptionScopeName, encryptionScope, options) => patch(context, resourceGroupName, accountName, encryptionScopeName, encryptionScope, options),
        put: (resourceGroupName, accountName, encryptionScopeName, encryptionScope, options) => put(context, resourceGroupName, accountName, encryptionScopeName, encryptionScope, options),
        get: (resourceGroupName, accountName, encryptionScopeName, options) => encryptionScopes_operations_get(context, resourceGroupName, accountName, encryptionScopeName, options),
    };
}
function _getEncryptionScopesOperations(context) {
    return {
        ..._getEncryptionScopes(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/fileServices/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listServiceUsagesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/usages{?api%2Dversion,%24maxpagesize}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24maxpagesize": options?.maxpagesize,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listServiceUsagesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _fileServiceUsagesDeserializer(result.body);
}
/** Gets the usages of file service in storage account. */
function listServiceUsages(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listServiceUsagesSend(context, resourceGroupName, accountName, options), _listServiceUsagesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function _getServiceUsageSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/usages/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getServiceUsageDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return fileServiceUsageDeserializer(result.body);
}
/** Gets the usage of file service in storage account including account limits, file share limits and constants used in recommendations and bursting formula. */
async function getServiceUsage(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await _getServiceUsageSend(context, resourceGroupName, accountName, options);
    return _getServiceUsageDeserialize(result);
}
function fileServices_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function fileServices_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return fileServiceItemsDeserializer(result.body);
}
/** List all file services in storage accounts */
async function fileServices_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await fileServices_operations_listSend(context, resourceGroupName, accountName, options);
    return fileServices_operations_listDeserialize(result);
}
function operations_setServicePropertiesSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: fileServicePropertiesSerializer(parameters),
    });
}
async function operations_setServicePropertiesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return fileServicePropertiesDeserializer(result.body);
}
/** Sets the properties of file services in storage accounts, including CORS (Cross-Origin Resource Sharing) rules. */
async function operations_setServiceProperties(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const result = await operations_setServicePropertiesSend(context, resourceGroupName, accountName, parameters, options);
    return operations_setServicePropertiesDeserialize(result);
}
function operations_getServicePropertiesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getServicePropertiesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return fileServicePropertiesDeserializer(result.body);
}
/** Gets the properties of file services in storage accounts, including CORS (Cross-Origin Resource Sharing) rules. */
async function operations_getServiceProperties(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await operations_getServicePropertiesSend(context, resourceGroupName, accountName, options);
    return operations_getServicePropertiesDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/fileServices/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getFileServices(context) {
    return {
        listServiceUsages: (resourceGroupName, accountName, options) => listServiceUsages(context, resourceGroupName, accountName, options),
        getServiceUsage: (resourceGroupName, accountName, options) => getServiceUsage(context, resourceGroupName, accountName, options),
        list: (resourceGroupName, accountName, options) => fileServices_operations_list(context, resourceGroupName, accountName, options),
        setServiceProperties: (resourceGroupName, accountName, parameters, options) => operations_setServiceProperties(context, resourceGroupName, accountName, parameters, options),
        getServiceProperties: (resourceGroupName, accountName, options) => operations_getServiceProperties(context, resourceGroupName, accountName, options),
    };
}
function _getFileServicesOperations(context) {
    return {
        ..._getFileServices(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/fileShares/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function fileShares_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/shares{?api%2Dversion,%24maxpagesize,%24filter,%24expand}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24maxpagesize": options?.maxpagesize,
        "%24filter": options?.filter,
        "%24expand": options?.expand,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function fileShares_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _fileShareItemsDeserializer(result.body);
}
/** Lists all shares. */
function fileShares_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => fileShares_operations_listSend(context, resourceGroupName, accountName, options), fileShares_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function operations_leaseSend(context, resourceGroupName, accountName, shareName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/shares/{shareName}/lease{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        shareName: shareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: {
            ...(options?.xMsSnapshot !== undefined ? { "x-ms-snapshot": options?.xMsSnapshot } : {}),
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: !options?.parameters
            ? options?.parameters
            : leaseShareRequestSerializer(options?.parameters),
    });
}
async function operations_leaseDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return leaseShareResponseDeserializer(result.body);
}
/** The Lease Share operation establishes and manages a lock on a share for delete operations. The lock duration can be 15 to 60 seconds, or can be infinite. */
async function operations_lease(context, resourceGroupName, accountName, shareName, options = { requestOptions: {} }) {
    const result = await operations_leaseSend(context, resourceGroupName, accountName, shareName, options);
    return operations_leaseDeserialize(result);
}
function _restoreSend(context, resourceGroupName, accountName, shareName, deletedShare, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/shares/{shareName}/restore{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        shareName: shareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: deletedShareSerializer(deletedShare),
    });
}
async function _restoreDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Restore a file share within a valid retention days if share soft delete is enabled */
async function restore(context, resourceGroupName, accountName, shareName, deletedShare, options = { requestOptions: {} }) {
    const result = await _restoreSend(context, resourceGroupName, accountName, shareName, deletedShare, options);
    return _restoreDeserialize(result);
}
function fileShares_operations_$deleteSend(context, resourceGroupName, accountName, shareName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/shares/{shareName}{?api%2Dversion,%24include}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        shareName: shareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24include": options?.include,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: {
            ...(options?.xMsSnapshot !== undefined ? { "x-ms-snapshot": options?.xMsSnapshot } : {}),
            ...options.requestOptions?.headers,
        },
    });
}
async function fileShares_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes specified share under its account. */
async function fileShares_operations_$delete(context, resourceGroupName, accountName, shareName, options = { requestOptions: {} }) {
    const result = await fileShares_operations_$deleteSend(context, resourceGroupName, accountName, shareName, options);
    return fileShares_operations_$deleteDeserialize(result);
}
function fileShares_operations_updateSend(context, resourceGroupName, accountName, shareName, fileShare, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/shares/{shareName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        shareName: shareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: fileShareSerializer(fileShare),
    });
}
async function fileShares_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return fileShareDeserializer(result.body);
}
/** Updates share properties as specified in request body. Properties not mentioned in the request will not be changed. Update fails if the specified share does not already exist. */
async function fileShares_operations_update(context, resourceGroupName, accountName, shareName, fileShare, options = { requestOptions: {} }) {
    const result = await fileShares_operations_updateSend(context, resourceGroupName, accountName, shareName, fileShare, options);
    return fileShares_operations_updateDeserialize(result);
}
function fileShares_operations_createSend(context, resourceGroupName, accountName, shareName, fileShare, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/shares/{shareName}{?api%2Dversion,%24expand}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        shareName: shareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24expand": options?.expand,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: fileShareSerializer(fileShare),
    });
}
async function fileShares_operations_createDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return fileShareDeserializer(result.body);
}
/** Creates a new share under the specified account as described by request body. The share resource includes metadata and properties for that share. It does not include a list of the files contained by the share. */
async function fileShares_operations_create(context, resourceGroupName, accountName, shareName, fileShare, options = { requestOptions: {} }) {
    const result = await fileShares_operations_createSend(context, resourceGroupName, accountName, shareName, fileShare, options);
    return fileShares_operations_createDeserialize(result);
}
function fileShares_operations_getSend(context, resourceGroupName, accountName, shareName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/shares/{shareName}{?api%2Dversion,%24expand}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        shareName: shareName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24expand": options?.expand,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: {
            ...(options?.xMsSnapshot !== undefined ? { "x-ms-snapshot": options?.xMsSnapshot } : {}),
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function fileShares_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return fileShareDeserializer(result.body);
}
/** Gets properties of a specified share. */
async function fileShares_operations_get(context, resourceGroupName, accountName, shareName, options = { requestOptions: {} }) {
    const result = await fileShares_operations_getSend(context, resourceGroupName, accountName, shareName, options);
    return fileShares_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/fileShares/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getFileShares(context) {
    return {
        list: (resourceGroupName, accountName, options) => fileShares_operations_list(context, resourceGroupName, accountName, options),
        lease: (resourceGroupName, accountName, shareName, options) => operations_lease(context, resourceGroupName, accountName, shareName, options),
        restore: (resourceGroupName, accountName, shareName, deletedShare, options) => restore(context, resourceGroupName, accountName, shareName, deletedShare, options),
        delete: (resourceGroupName, accountName, shareName, options) => fileShares_operations_$delete(context, resourceGroupName, accountName, shareName, options),
        update: (resourceGroupName, accountName, shareName, fileShare, options) => fileShares_operations_update(context, resourceGroupName, accountName, shareName, fileShare, options),
        create: (resourceGroupName, accountName, shareName, fileShare, options) => fileShares_operations_create(context, resourceGroupName, accountName, shareName, fileShare, options),
        get: (resourceGroupName, accountName, shareName, options) => fileShares_operations_get(context, resourceGroupName, accountName, shareName, options),
    };
}
function _getFileSharesOperations(context) {
    return {
        ..._getFileShares(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/localUsers/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _regeneratePasswordSend(context, resourceGroupName, accountName, username, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/localUsers/{username}/regeneratePassword{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        username: username,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _regeneratePasswordDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return localUserRegeneratePasswordResultDeserializer(result.body);
}
/** Regenerate the local user SSH password. */
async function regeneratePassword(context, resourceGroupName, accountName, username, options = { requestOptions: {} }) {
    const result = await _regeneratePasswordSend(context, resourceGroupName, accountName, username, options);
    return _regeneratePasswordDeserialize(result);
}
function _listKeysSend(context, resourceGroupName, accountName, username, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/localUsers/{username}/listKeys{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        username: username,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listKeysDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return localUserKeysDeserializer(result.body);
}
/** List SSH authorized keys and shared key of the local user. */
async function listKeys(context, resourceGroupName, accountName, username, options = { requestOptions: {} }) {
    const result = await _listKeysSend(context, resourceGroupName, accountName, username, options);
    return _listKeysDeserialize(result);
}
function localUsers_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/localUsers{?api%2Dversion,%24maxpagesize,%24filter,%24include}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24maxpagesize": options?.maxpagesize,
        "%24filter": options?.filter,
        "%24include": options?.include,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function localUsers_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _localUsersDeserializer(result.body);
}
/** List the local users associated with the storage account. */
function localUsers_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => localUsers_operations_listSend(context, resourceGroupName, accountName, options), localUsers_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function localUsers_operations_$deleteSend(context, resourceGroupName, accountName, username, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/localUsers/{username}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        username: username,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function localUsers_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the local user associated with the specified storage account. */
async function localUsers_operations_$delete(context, resourceGroupName, accountName, username, options = { requestOptions: {} }) {
    const result = await localUsers_operations_$deleteSend(context, resourceGroupName, accountName, username, options);
    return localUsers_operations_$deleteDeserialize(result);
}
function localUsers_operations_createOrUpdateSend(context, resourceGroupName, accountName, username, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/localUsers/{username}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        username: username,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: localUserSerializer(properties),
    });
}
async function localUsers_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return localUserDeserializer(result.body);
}
/** Create or update the properties of a local user associated with the storage account. Properties for NFSv3 enablement and extended groups cannot be set with other properties. */
async function localUsers_operations_createOrUpdate(context, resourceGroupName, accountName, username, properties, options = { requestOptions: {} }) {
    const result = await localUsers_operations_createOrUpdateSend(context, resourceGroupName, accountName, username, properties, options);
    return localUsers_operations_createOrUpdateDeserialize(result);
}
function localUsers_operations_getSend(context, resourceGroupName, accountName, username, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/localUsers/{username}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        username: username,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function localUsers_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return localUserDeserializer(result.body);
}
/** Get the local user of the storage account by username. */
async function localUsers_operations_get(context, resourceGroupName, accountName, username, options = { requestOptions: {} }) {
    const result = await localUsers_operations_getSend(context, resourceGroupName, accountName, username, options);
    return localUsers_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/localUsers/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getLocalUsers(context) {
    return {
        regeneratePassword: (resourceGroupName, accountName, username, options) => regeneratePassword(context, resourceGroupName, accountName, username, options),
        listKeys: (resourceGroupName, accountName, username, options) => listKeys(context, resourceGroupName, accountName, username, options),
        list: (resourceGroupName, accountName, options) => localUsers_operations_list(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, username, options) => localUsers_operations_$delete(context, resourceGroupName, accountName, username, options),
        createOrUpdate: (resourceGroupName, accountName, username, properties, options) => localUsers_operations_createOrUpdate(context, resourceGroupName, accountName, username, properties, options),
        get: (resourceGroupName, accountName, username, options) => localUsers_operations_get(context, resourceGroupName, accountName, username, options),
    };
}
function _getLocalUsersOperations(context) {
    return {
        ..._getLocalUsers(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/managementPolicies/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function managementPolicies_operations_$deleteSend(context, resourceGroupName, accountName, managementPolicyName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/managementPolicies/{managementPolicyName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        managementPolicyName: managementPolicyName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function managementPolicies_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the managementpolicy associated with the specified storage account. */
async function managementPolicies_operations_$delete(context, resourceGroupName, accountName, managementPolicyName, options = { requestOptions: {} }) {
    const result = await managementPolicies_operations_$deleteSend(context, resourceGroupName, accountName, managementPolicyName, options);
    return managementPolicies_operations_$deleteDeserialize(result);
}
function managementPolicies_operations_createOrUpdateSend(context, resourceGroupName, accountName, managementPolicyName, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/managementPolicies/{managementPolicyName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        managementPolicyName: managementPolicyName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: managementPolicySerializer(properties),
    });
}
async function managementPolicies_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managementPolicyDeserializer(result.body);
}
/** Sets the managementpolicy to the specified storage account. */
async function managementPolicies_operations_createOrUpdate(context, resourceGroupName, accountName, managementPolicyName, properties, options = { requestOptions: {} }) {
    const result = await managementPolicies_operations_createOrUpdateSend(context, resourceGroupName, accountName, managementPolicyName, properties, options);
    return managementPolicies_operations_createOrUpdateDeserialize(result);
}
function managementPolicies_operations_getSend(context, resourceGroupName, accountName, managementPolicyName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/managementPolicies/{managementPolicyName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        managementPolicyName: managementPolicyName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managementPolicies_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managementPolicyDeserializer(result.body);
}
/** Gets the managementpolicy associated with the specified storage account. */
async function managementPolicies_operations_get(context, resourceGroupName, accountName, managementPolicyName, options = { requestOptions: {} }) {
    const result = await managementPolicies_operations_getSend(context, resourceGroupName, accountName, managementPolicyName, options);
    return managementPolicies_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/managementPolicies/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getManagementPolicies(context) {
    return {
        delete: (resourceGroupName, accountName, managementPolicyName, options) => managementPolicies_operations_$delete(context, resourceGroupName, accountName, managementPolicyName, options),
        createOrUpdate: (resourceGroupName, accountName, managementPolicyName, properties, options) => managementPolicies_operations_createOrUpdate(context, resourceGroupName, accountName, managementPolicyName, properties, options),
        get: (resourceGroupName, accountName, managementPolicyName, options) => managementPolicies_operations_get(context, resourceGroupName, accountName, managementPolicyName, options),
    };
}
function _getManagementPoliciesOperations(context) {
    return {
        ..._getManagementPolicies(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/networkSecurityPerimeterConfigurations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _reconcileSend(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}/reconcile{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        networkSecurityPerimeterConfigurationName: networkSecurityPerimeterConfigurationName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _reconcileDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Refreshes any information about the association. */
function reconcile(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _reconcileDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _reconcileSend(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function networkSecurityPerimeterConfigurations_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/networkSecurityPerimeterConfigurations{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function networkSecurityPerimeterConfigurations_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _networkSecurityPerimeterConfigurationListDeserializer(result.body);
}
/** Gets list of effective NetworkSecurityPerimeterConfiguration for storage account */
function networkSecurityPerimeterConfigurations_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => networkSecurityPerimeterConfigurations_operations_listSend(context, resourceGroupName, accountName, options), networkSecurityPerimeterConfigurations_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function networkSecurityPerimeterConfigurations_operations_getSend(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        networkSecurityPerimeterConfigurationName: networkSecurityPerimeterConfigurationName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function networkSecurityPerimeterConfigurations_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return networkSecurityPerimeterConfigurationDeserializer(result.body);
}
/** Gets effective NetworkSecurityPerimeterConfiguration for association */
async function networkSecurityPerimeterConfigurations_operations_get(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const result = await networkSecurityPerimeterConfigurations_operations_getSend(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options);
    return networkSecurityPerimeterConfigurations_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/networkSecurityPerimeterConfigurations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getNetworkSecurityPerimeterConfigurations(context) {
    return {
        reconcile: (resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options) => reconcile(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options),
        beginReconcile: async (resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options) => {
            const poller = reconcile(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginReconcileAndWait: async (resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options) => {
            return await reconcile(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options);
        },
        list: (resourceGroupName, accountName, options) => networkSecurityPerimeterConfigurations_operations_list(context, resourceGroupName, accountName, options),
        get: (resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options) => networkSecurityPerimeterConfigurations_operations_get(context, resourceGroupName, accountName, networkSecurityPerimeterConfigurationName, options),
    };
}
function _getNetworkSecurityPerimeterConfigurationsOperations(context) {
    return {
        ..._getNetworkSecurityPerimeterConfigurations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/objectReplicationPolicies/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function objectReplicationPolicies_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/objectReplicationPolicies{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function objectReplicationPolicies_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _objectReplicationPoliciesDeserializer(result.body);
}
/** List the object replication policies associated with the storage account. */
function objectReplicationPolicies_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => objectReplicationPolicies_operations_listSend(context, resourceGroupName, accountName, options), objectReplicationPolicies_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function objectReplicationPolicies_operations_$deleteSend(context, resourceGroupName, accountName, objectReplicationPolicyId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/objectReplicationPolicies/{objectReplicationPolicyId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        objectReplicationPolicyId: objectReplicationPolicyId,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function objectReplicationPolicies_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the object replication policy associated with the specified storage account. */
async function objectReplicationPolicies_operations_$delete(context, resourceGroupName, accountName, objectReplicationPolicyId, options = { requestOptions: {} }) {
    const result = await objectReplicationPolicies_operations_$deleteSend(context, resourceGroupName, accountName, objectReplicationPolicyId, options);
    return objectReplicationPolicies_operations_$deleteDeserialize(result);
}
function objectReplicationPolicies_operations_createOrUpdateSend(context, resourceGroupName, accountName, objectReplicationPolicyId, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/objectReplicationPolicies/{objectReplicationPolicyId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        objectReplicationPolicyId: objectReplicationPolicyId,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: objectReplicationPolicySerializer(properties),
    });
}
async function objectReplicationPolicies_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return objectReplicationPolicyDeserializer(result.body);
}
/** Create or update the object replication policy of the storage account. */
async function objectReplicationPolicies_operations_createOrUpdate(context, resourceGroupName, accountName, objectReplicationPolicyId, properties, options = { requestOptions: {} }) {
    const result = await objectReplicationPolicies_operations_createOrUpdateSend(context, resourceGroupName, accountName, objectReplicationPolicyId, properties, options);
    return objectReplicationPolicies_operations_createOrUpdateDeserialize(result);
}
function objectReplicationPolicies_operations_getSend(context, resourceGroupName, accountName, objectReplicationPolicyId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/objectReplicationPolicies/{objectReplicationPolicyId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        objectReplicationPolicyId: objectReplicationPolicyId,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function objectReplicationPolicies_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return objectReplicationPolicyDeserializer(result.body);
}
/** Get the object replication policy of the storage account by policy ID. */
async function objectReplicationPolicies_operations_get(context, resourceGroupName, accountName, objectReplicationPolicyId, options = { requestOptions: {} }) {
    const result = await objectReplicationPolicies_operations_getSend(context, resourceGroupName, accountName, objectReplicationPolicyId, options);
    return objectReplicationPolicies_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/objectReplicationPolicies/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getObjectReplicationPolicies(context) {
    return {
        list: (resourceGroupName, accountName, options) => objectReplicationPolicies_operations_list(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, objectReplicationPolicyId, options) => objectReplicationPolicies_operations_$delete(context, resourceGroupName, accountName, objectReplicationPolicyId, options),
        createOrUpdate: (resourceGroupName, accountName, objectReplicationPolicyId, properties, options) => objectReplicationPolicies_operations_createOrUpdate(context, resourceGroupName, accountName, objectReplicationPolicyId, properties, options),
        get: (resourceGroupName, accountName, objectReplicationPolicyId, options) => objectReplicationPolicies_operations_get(context, resourceGroupName, accountName, objectReplicationPolicyId, options),
    };
}
function _getObjectReplicationPoliciesOperations(context) {
    return {
        ..._getObjectReplicationPolicies(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/operations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Storage/operations{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _operationListResultDeserializer(result.body);
}
/** Lists all of the available Storage Rest API operations. */
function operations_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_operations_listSend(context, options), operations_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/operations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getOperations(context) {
    return {
        list: (options) => operations_operations_list(context, options),
    };
}
function _getOperationsOperations(context) {
    return {
        ..._getOperations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/privateEndpointConnections/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function privateEndpointConnections_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/privateEndpointConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateEndpointConnections_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _privateEndpointConnectionListResultDeserializer(result.body);
}
/** List all the private endpoint connections associated with the storage account. */
function privateEndpointConnections_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => privateEndpointConnections_operations_listSend(context, resourceGroupName, accountName, options), privateEndpointConnections_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function privateEndpointConnections_operations_$deleteSend(context, resourceGroupName, accountName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function privateEndpointConnections_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the specified private endpoint connection associated with the storage account. */
async function privateEndpointConnections_operations_$delete(context, resourceGroupName, accountName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const result = await privateEndpointConnections_operations_$deleteSend(context, resourceGroupName, accountName, privateEndpointConnectionName, options);
    return privateEndpointConnections_operations_$deleteDeserialize(result);
}
function operations_putSend(context, resourceGroupName, accountName, privateEndpointConnectionName, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: privateEndpointConnectionSerializer(properties),
    });
}
async function operations_putDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Update the state of specified private endpoint connection associated with the storage account. */
async function operations_put(context, resourceGroupName, accountName, privateEndpointConnectionName, properties, options = { requestOptions: {} }) {
    const result = await operations_putSend(context, resourceGroupName, accountName, privateEndpointConnectionName, properties, options);
    return operations_putDeserialize(result);
}
function privateEndpointConnections_operations_getSend(context, resourceGroupName, accountName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateEndpointConnections_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Gets the specified private endpoint connection associated with the storage account. */
async function privateEndpointConnections_operations_get(context, resourceGroupName, accountName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const result = await privateEndpointConnections_operations_getSend(context, resourceGroupName, accountName, privateEndpointConnectionName, options);
    return privateEndpointConnections_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/privateEndpointConnections/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPrivateEndpointConnections(context) {
    return {
        list: (resourceGroupName, accountName, options) => privateEndpointConnections_operations_list(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_$delete(context, resourceGroupName, accountName, privateEndpointConnectionName, options),
        put: (resourceGroupName, accountName, privateEndpointConnectionName, properties, options) => operations_put(context, resourceGroupName, accountName, privateEndpointConnectionName, properties, options),
        get: (resourceGroupName, accountName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_get(context, resourceGroupName, accountName, privateEndpointConnectionName, options),
    };
}
function _getPrivateEndpointConnectionsOperations(context) {
    return {
        ..._getPrivateEndpointConnections(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/privateLinkResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function privateLinkResources_operations_listByStorageAccountSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/privateLinkResources{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkResources_operations_listByStorageAccountDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateLinkResourceListResultDeserializer(result.body);
}
/** Gets the private link resources that need to be created for a storage account. */
async function privateLinkResources_operations_listByStorageAccount(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await privateLinkResources_operations_listByStorageAccountSend(context, resourceGroupName, accountName, options);
    return privateLinkResources_operations_listByStorageAccountDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/privateLinkResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPrivateLinkResources(context) {
    return {
        listByStorageAccount: (resourceGroupName, accountName, options) => privateLinkResources_operations_listByStorageAccount(context, resourceGroupName, accountName, options),
    };
}
function _getPrivateLinkResourcesOperations(context) {
    return {
        ..._getPrivateLinkResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/queue/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function queue_operations_$deleteSend(context, resourceGroupName, accountName, queueName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default/queues/{queueName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        queueName: queueName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function queue_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the queue with the specified queue name, under the specified account if it exists. */
async function queue_operations_$delete(context, resourceGroupName, accountName, queueName, options = { requestOptions: {} }) {
    const result = await queue_operations_$deleteSend(context, resourceGroupName, accountName, queueName, options);
    return queue_operations_$deleteDeserialize(result);
}
function queue_operations_updateSend(context, resourceGroupName, accountName, queueName, queue, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default/queues/{queueName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        queueName: queueName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: storageQueueSerializer(queue),
    });
}
async function queue_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return storageQueueDeserializer(result.body);
}
/** Creates a new queue with the specified queue name, under the specified account. */
async function queue_operations_update(context, resourceGroupName, accountName, queueName, queue, options = { requestOptions: {} }) {
    const result = await queue_operations_updateSend(context, resourceGroupName, accountName, queueName, queue, options);
    return queue_operations_updateDeserialize(result);
}
function queue_operations_createSend(context, resourceGroupName, accountName, queueName, queue, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default/queues/{queueName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        queueName: queueName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: storageQueueSerializer(queue),
    });
}
async function queue_operations_createDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return storageQueueDeserializer(result.body);
}
/** Creates a new queue with the specified queue name, under the specified account. */
async function queue_operations_create(context, resourceGroupName, accountName, queueName, queue, options = { requestOptions: {} }) {
    const result = await queue_operations_createSend(context, resourceGroupName, accountName, queueName, queue, options);
    return queue_operations_createDeserialize(result);
}
function queue_operations_getSend(context, resourceGroupName, accountName, queueName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default/queues/{queueName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        queueName: queueName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function queue_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return storageQueueDeserializer(result.body);
}
/** Gets the queue with the specified queue name, under the specified account if it exists. */
async function queue_operations_get(context, resourceGroupName, accountName, queueName, options = { requestOptions: {} }) {
    const result = await queue_operations_getSend(context, resourceGroupName, accountName, queueName, options);
    return queue_operations_getDeserialize(result);
}
function queue_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default/queues{?api%2Dversion,%24maxpagesize,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24maxpagesize": options?.maxpagesize,
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function queue_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _listQueueResourceDeserializer(result.body);
}
/** Gets a list of all the queues under the specified storage account */
function queue_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => queue_operations_listSend(context, resourceGroupName, accountName, options), queue_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/queue/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getQueue(context) {
    return {
        delete: (resourceGroupName, accountName, queueName, options) => queue_operations_$delete(context, resourceGroupName, accountName, queueName, options),
        update: (resourceGroupName, accountName, queueName, queue, options) => queue_operations_update(context, resourceGroupName, accountName, queueName, queue, options),
        create: (resourceGroupName, accountName, queueName, queue, options) => queue_operations_create(context, resourceGroupName, accountName, queueName, queue, options),
        get: (resourceGroupName, accountName, queueName, options) => queue_operations_get(context, resourceGroupName, accountName, queueName, options),
        list: (resourceGroupName, accountName, options) => queue_operations_list(context, resourceGroupName, accountName, options),
    };
}
function _getQueueOperations(context) {
    return {
        ..._getQueue(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/queueServices/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function queueServices_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function queueServices_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return listQueueServicesDeserializer(result.body);
}
/** List all queue services for the storage account */
async function queueServices_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await queueServices_operations_listSend(context, resourceGroupName, accountName, options);
    return queueServices_operations_listDeserialize(result);
}
function queueServices_operations_setServicePropertiesSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: queueServicePropertiesSerializer(parameters),
    });
}
async function queueServices_operations_setServicePropertiesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return queueServicePropertiesDeserializer(result.body);
}
/** Sets the properties of a storage account’s Queue service, including properties for Storage Analytics and CORS (Cross-Origin Resource Sharing) rules. */
async function queueServices_operations_setServiceProperties(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const result = await queueServices_operations_setServicePropertiesSend(context, resourceGroupName, accountName, parameters, options);
    return queueServices_operations_setServicePropertiesDeserialize(result);
}
function queueServices_operations_getServicePropertiesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function queueServices_operations_getServicePropertiesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return queueServicePropertiesDeserializer(result.body);
}
/** Gets the properties of a storage account’s Queue service, including properties for Storage Analytics and CORS (Cross-Origin Resource Sharing) rules. */
async function queueServices_operations_getServiceProperties(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await queueServices_operations_getServicePropertiesSend(context, resourceGroupName, accountName, options);
    return queueServices_operations_getServicePropertiesDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/queueServices/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getQueueServices(context) {
    return {
        list: (resourceGroupName, accountName, options) => queueServices_operations_list(context, resourceGroupName, accountName, options),
        setServiceProperties: (resourceGroupName, accountName, parameters, options) => queueServices_operations_setServiceProperties(context, resourceGroupName, accountName, parameters, options),
        getServiceProperties: (resourceGroupName, accountName, options) => queueServices_operations_getServiceProperties(context, resourceGroupName, accountName, options),
    };
}
function _getQueueServicesOperations(context) {
    return {
        ..._getQueueServices(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/skus/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function skus_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Storage/skus{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function skus_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _storageSkuListResultDeserializer(result.body);
}
/** Lists the available SKUs supported by Microsoft.Storage for given subscription. */
function skus_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => skus_operations_listSend(context, options), skus_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/skus/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getSkus(context) {
    return {
        list: (options) => skus_operations_list(context, options),
    };
}
function _getSkusOperations(context) {
    return {
        ..._getSkus(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/storageAccounts/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _getCustomerInitiatedMigrationSend(context, resourceGroupName, accountName, migrationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/accountMigrations/{migrationName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        migrationName: migrationName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCustomerInitiatedMigrationDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return storageAccountMigrationDeserializer(result.body);
}
/** Gets the status of the ongoing migration for the specified storage account. */
async function getCustomerInitiatedMigration(context, resourceGroupName, accountName, migrationName, options = { requestOptions: {} }) {
    const result = await _getCustomerInitiatedMigrationSend(context, resourceGroupName, accountName, migrationName, options);
    return _getCustomerInitiatedMigrationDeserialize(result);
}
function _revokeUserDelegationKeysSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/revokeUserDelegationKeys{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _revokeUserDelegationKeysDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Revoke user delegation keys. */
async function revokeUserDelegationKeys(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await _revokeUserDelegationKeysSend(context, resourceGroupName, accountName, options);
    return _revokeUserDelegationKeysDeserialize(result);
}
function _restoreBlobRangesSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/restoreBlobRanges{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: blobRestoreParametersSerializer(parameters),
    });
}
async function _restoreBlobRangesDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return blobRestoreStatusDeserializer(result.body);
}
/** Restore blobs in the specified blob ranges */
function restoreBlobRanges(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _restoreBlobRangesDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _restoreBlobRangesSend(context, resourceGroupName, accountName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _customerInitiatedMigrationSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/startAccountMigration{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: storageAccountMigrationSerializer(parameters),
    });
}
async function _customerInitiatedMigrationDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Account Migration request can be triggered for a storage account to change its redundancy level. The migration updates the non-zonal redundant storage account to a zonal redundant account or vice-versa in order to have better reliability and availability. Zone-redundant storage (ZRS) replicates your storage account synchronously across three Azure availability zones in the primary region. */
function customerInitiatedMigration(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _customerInitiatedMigrationDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _customerInitiatedMigrationSend(context, resourceGroupName, accountName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _abortHierarchicalNamespaceMigrationSend(context, resourceGroupName, accountName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/aborthnsonmigration{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _abortHierarchicalNamespaceMigrationDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Abort live Migration of storage account to enable Hns */
function abortHierarchicalNamespaceMigration(context, resourceGroupName, accountName, options = {
    requestOptions: {},
}) {
    return getLongRunningPoller(context, _abortHierarchicalNamespaceMigrationDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _abortHierarchicalNamespaceMigrationSend(context, resourceGroupName, accountName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _hierarchicalNamespaceMigrationSend(context, resourceGroupName, accountName, requestType, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/hnsonmigration{?api%2Dversion,requestType}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        requestType: requestType,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _hierarchicalNamespaceMigrationDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Live Migration of storage account to enable Hns */
function hierarchicalNamespaceMigration(context, resourceGroupName, accountName, requestType, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _hierarchicalNamespaceMigrationDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _hierarchicalNamespaceMigrationSend(context, resourceGroupName, accountName, requestType, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _failoverSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/failover{?api%2Dversion,failoverType}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        failoverType: !options?.failoverType ? options?.failoverType : "Planned",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _failoverDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** A failover request can be triggered for a storage account in the event a primary endpoint becomes unavailable for any reason. The failover occurs from the storage account's primary cluster to the secondary cluster for RA-GRS accounts. The secondary cluster will become primary after failover and the account is converted to LRS. In the case of a Planned Failover, the primary and secondary clusters are swapped after failover and the account remains geo-replicated. Failover should continue to be used in the event of availability issues as Planned failover is only available while the primary and secondary endpoints are available. The primary use case of a Planned Failover is disaster recovery testing drills. This type of failover is invoked by setting FailoverType parameter to 'Planned'. Learn more about the failover options here- https://learn.microsoft.com/azure/storage/common/storage-disaster-recovery-guidance */
function failover(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _failoverDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _failoverSend(context, resourceGroupName, accountName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _listServiceSASSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/listServiceSas{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: serviceSasParametersSerializer(parameters),
    });
}
async function _listServiceSASDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return listServiceSasResponseDeserializer(result.body);
}
/** List service SAS credentials of a specific resource. */
async function listServiceSAS(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const result = await _listServiceSASSend(context, resourceGroupName, accountName, parameters, options);
    return _listServiceSASDeserialize(result);
}
function _listAccountSASSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/listAccountSas{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: accountSasParametersSerializer(parameters),
    });
}
async function _listAccountSASDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return listAccountSasResponseDeserializer(result.body);
}
/** List SAS credentials of a storage account. */
async function listAccountSAS(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const result = await _listAccountSASSend(context, resourceGroupName, accountName, parameters, options);
    return _listAccountSASDeserialize(result);
}
function _regenerateKeySend(context, resourceGroupName, accountName, regenerateKeyParameter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/regenerateKey{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: storageAccountRegenerateKeyParametersSerializer(regenerateKeyParameter),
    });
}
async function _regenerateKeyDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return storageAccountListKeysResultDeserializer(result.body);
}
/** Regenerates one of the access keys or Kerberos keys for the specified storage account. */
async function regenerateKey(context, resourceGroupName, accountName, regenerateKeyParameter, options = { requestOptions: {} }) {
    const result = await _regenerateKeySend(context, resourceGroupName, accountName, regenerateKeyParameter, options);
    return _regenerateKeyDeserialize(result);
}
function operations_listKeysSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/listKeys{?api%2Dversion,%24expand}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24expand": !options?.expand ? options?.expand : "kerb",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listKeysDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return storageAccountListKeysResultDeserializer(result.body);
}
/** Lists the access keys or Kerberos keys (if active directory enabled) for the specified storage account. */
async function operations_listKeys(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await operations_listKeysSend(context, resourceGroupName, accountName, options);
    return operations_listKeysDeserialize(result);
}
function storageAccounts_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Storage/storageAccounts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function storageAccounts_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _storageAccountListResultDeserializer(result.body);
}
/** Lists all the storage accounts available under the subscription. Note that storage keys are not returned; use the ListKeys operation for this. */
function storageAccounts_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => storageAccounts_operations_listSend(context, options), storageAccounts_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _storageAccountListResultDeserializer(result.body);
}
/** Lists all the storage accounts available under the given resource group. Note that storage keys are not returned; use the ListKeys operation for this. */
function operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listByResourceGroupSend(context, resourceGroupName, options), operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function storageAccounts_operations_$deleteSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function storageAccounts_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a storage account in Microsoft Azure. */
async function storageAccounts_operations_$delete(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await storageAccounts_operations_$deleteSend(context, resourceGroupName, accountName, options);
    return storageAccounts_operations_$deleteDeserialize(result);
}
function storageAccounts_operations_updateSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: storageAccountUpdateParametersSerializer(parameters),
    });
}
async function storageAccounts_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return storageAccountDeserializer(result.body);
}
/** The update operation can be used to update the SKU, encryption, access tier, or tags for a storage account. It can also be used to map the account to a custom domain. Only one custom domain is supported per storage account; the replacement/change of custom domain is not supported. In order to replace an old custom domain, the old value must be cleared/unregistered before a new value can be set. The update of multiple properties is supported. This call does not change the storage keys for the account. If you want to change the storage account keys, use the regenerate keys operation. The location and name of the storage account cannot be changed after creation. */
async function storageAccounts_operations_update(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const result = await storageAccounts_operations_updateSend(context, resourceGroupName, accountName, parameters, options);
    return storageAccounts_operations_updateDeserialize(result);
}
function storageAccounts_operations_createSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: storageAccountCreateParametersSerializer(parameters),
    });
}
async function storageAccounts_operations_createDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return storageAccountDeserializer(result.body);
}
/** Asynchronously creates a new storage account with the specified parameters. If an account is already created and a subsequent create request is issued with different properties, the account properties will be updated. If an account is already created and a subsequent create or update request is issued with the exact same set of properties, the request will succeed. */
function storageAccounts_operations_create(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, storageAccounts_operations_createDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => storageAccounts_operations_createSend(context, resourceGroupName, accountName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function _getPropertiesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}{?api%2Dversion,%24expand}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24expand": options?.expand,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getPropertiesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return storageAccountDeserializer(result.body);
}
/** Returns the properties for the specified storage account including but not limited to name, SKU name, location, and account status. The ListKeys operation should be used to retrieve storage keys. */
async function getProperties(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await _getPropertiesSend(context, resourceGroupName, accountName, options);
    return _getPropertiesDeserialize(result);
}
function operations_checkNameAvailabilitySend(context, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Storage/checkNameAvailability{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: storageAccountCheckNameAvailabilityParametersSerializer(accountName),
    });
}
async function operations_checkNameAvailabilityDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return checkNameAvailabilityResultDeserializer(result.body);
}
/** Checks that the storage account name is valid and is not already in use. */
async function operations_checkNameAvailability(context, accountName, options = { requestOptions: {} }) {
    const result = await operations_checkNameAvailabilitySend(context, accountName, options);
    return operations_checkNameAvailabilityDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/storageAccounts/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getStorageAccounts(context) {
    return {
        getCustomerInitiatedMigration: (resourceGroupName, accountName, migrationName, options) => getCustomerInitiatedMigration(context, resourceGroupName, accountName, migrationName, options),
        revokeUserDelegationKeys: (resourceGroupName, accountName, options) => revokeUserDelegationKeys(context, resourceGroupName, accountName, options),
        restoreBlobRanges: (resourceGroupName, accountName, parameters, options) => restoreBlobRanges(context, resourceGroupName, accountName, parameters, options),
        beginRestoreBlobRanges: async (resourceGroupName, accountName, parameters, options) => {
            const poller = restoreBlobRanges(context, resourceGroupName, accountName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRestoreBlobRangesAndWait: async (resourceGroupName, accountName, parameters, options) => {
            return await restoreBlobRanges(context, resourceGroupName, accountName, parameters, options);
        },
        customerInitiatedMigration: (resourceGroupName, accountName, parameters, options) => customerInitiatedMigration(context, resourceGroupName, accountName, parameters, options),
        beginCustomerInitiatedMigration: async (resourceGroupName, accountName, parameters, options) => {
            const poller = customerInitiatedMigration(context, resourceGroupName, accountName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCustomerInitiatedMigrationAndWait: async (resourceGroupName, accountName, parameters, options) => {
            return await customerInitiatedMigration(context, resourceGroupName, accountName, parameters, options);
        },
        abortHierarchicalNamespaceMigration: (resourceGroupName, accountName, options) => abortHierarchicalNamespaceMigration(context, resourceGroupName, accountName, options),
        beginAbortHierarchicalNamespaceMigration: async (resourceGroupName, accountName, options) => {
            const poller = abortHierarchicalNamespaceMigration(context, resourceGroupName, accountName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginAbortHierarchicalNamespaceMigrationAndWait: async (resourceGroupName, accountName, options) => {
            return await abortHierarchicalNamespaceMigration(context, resourceGroupName, accountName, options);
        },
        hierarchicalNamespaceMigration: (resourceGroupName, accountName, requestType, options) => hierarchicalNamespaceMigration(context, resourceGroupName, accountName, requestType, options),
        beginHierarchicalNamespaceMigration: async (resourceGroupName, accountName, requestType, options) => {
            const poller = hierarchicalNamespaceMigration(context, resourceGroupName, accountName, requestType, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginHierarchicalNamespaceMigrationAndWait: async (resourceGroupName, accountName, requestType, options) => {
            return await hierarchicalNamespaceMigration(context, resourceGroupName, accountName, requestType, options);
        },
        failover: (resourceGroupName, accountName, options) => failover(context, resourceGroupName, accountName, options),
        beginFailover: async (resourceGroupName, accountName, options) => {
            const poller = failover(context, resourceGroupName, accountName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginFailoverAndWait: async (resourceGroupName, accountName, options) => {
            return await failover(context, resourceGroupName, accountName, options);
        },
        listServiceSAS: (resourceGroupName, accountName, parameters, options) => listServiceSAS(context, resourceGroupName, accountName, parameters, options),
        listAccountSAS: (resourceGroupName, accountName, parameters, options) => listAccountSAS(context, resourceGroupName, accountName, parameters, options),
        regenerateKey: (resourceGroupName, accountName, regenerateKeyParameter, options) => regenerateKey(context, resourceGroupName, accountName, regenerateKeyParameter, options),
        listKeys: (resourceGroupName, accountName, options) => operations_listKeys(context, resourceGroupName, accountName, options),
        list: (options) => storageAccounts_operations_list(context, options),
        listByResourceGroup: (resourceGroupName, options) => operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, accountName, options) => storageAccounts_operations_$delete(context, resourceGroupName, accountName, options),
        update: (resourceGroupName, accountName, parameters, options) => storageAccounts_operations_update(context, resourceGroupName, accountName, parameters, options),
        create: (resourceGroupName, accountName, parameters, options) => storageAccounts_operations_create(context, resourceGroupName, accountName, parameters, options),
        beginCreate: async (resourceGroupName, accountName, parameters, options) => {
            const poller = storageAccounts_operations_create(context, resourceGroupName, accountName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateAndWait: async (resourceGroupName, accountName, parameters, options) => {
            return await storageAccounts_operations_create(context, resourceGroupName, accountName, parameters, options);
        },
        getProperties: (resourceGroupName, accountName, options) => getProperties(context, resourceGroupName, accountName, options),
        checkNameAvailability: (accountName, options) => operations_checkNameAvailability(context, accountName, options),
    };
}
function _getStorageAccountsOperations(context) {
    return {
        ..._getStorageAccounts(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/storageTaskAssignmentInstancesReport/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function storageTaskAssignmentInstancesReport_operations_listSend(context, resourceGroupName, accountName, storageTaskAssignmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}/reports{?api%2Dversion,%24maxpagesize,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        storageTaskAssignmentName: storageTaskAssignmentName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24maxpagesize": options?.maxpagesize,
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function storageTaskAssignmentInstancesReport_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _storageTaskReportSummaryDeserializer(result.body);
}
/** Fetch the report summary of a single storage task assignment's instances */
function storageTaskAssignmentInstancesReport_operations_list(context, resourceGroupName, accountName, storageTaskAssignmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => storageTaskAssignmentInstancesReport_operations_listSend(context, resourceGroupName, accountName, storageTaskAssignmentName, options), storageTaskAssignmentInstancesReport_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/storageTaskAssignmentInstancesReport/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getStorageTaskAssignmentInstancesReport(context) {
    return {
        list: (resourceGroupName, accountName, storageTaskAssignmentName, options) => storageTaskAssignmentInstancesReport_operations_list(context, resourceGroupName, accountName, storageTaskAssignmentName, options),
    };
}
function _getStorageTaskAssignmentInstancesReportOperations(context) {
    return {
        ..._getStorageTaskAssignmentInstancesReport(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/storageTaskAssignments/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _stopAssignmentSend(context, resourceGroupName, accountName, storageTaskAssignmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}/stopAssignment{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        storageTaskAssignmentName: storageTaskAssignmentName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _stopAssignmentDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer_1(result.body);
        }
        throw error;
    }
    return;
}
/** Stops any active running storage action for the storage task assignment */
function stopAssignment(context, resourceGroupName, accountName, storageTaskAssignmentName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _stopAssignmentDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _stopAssignmentSend(context, resourceGroupName, accountName, storageTaskAssignmentName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function storageTaskAssignments_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments{?api%2Dversion,%24top}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24top": options?.top,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function storageTaskAssignments_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _storageTaskAssignmentsListDeserializer(result.body);
}
/** List all the storage task assignments in an account */
function storageTaskAssignments_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => storageTaskAssignments_operations_listSend(context, resourceGroupName, accountName, options), storageTaskAssignments_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function storageTaskAssignments_operations_$deleteSend(context, resourceGroupName, accountName, storageTaskAssignmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        storageTaskAssignmentName: storageTaskAssignmentName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function storageTaskAssignments_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete the storage task assignment sub-resource */
function storageTaskAssignments_operations_$delete(context, resourceGroupName, accountName, storageTaskAssignmentName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, storageTaskAssignments_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => storageTaskAssignments_operations_$deleteSend(context, resourceGroupName, accountName, storageTaskAssignmentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function storageTaskAssignments_operations_updateSend(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        storageTaskAssignmentName: storageTaskAssignmentName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: storageTaskAssignmentUpdateParametersSerializer(parameters),
    });
}
async function storageTaskAssignments_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return storageTaskAssignmentDeserializer(result.body);
}
/** Update storage task assignment properties */
function storageTaskAssignments_operations_update(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, storageTaskAssignments_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => storageTaskAssignments_operations_updateSend(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function storageTaskAssignments_operations_createSend(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        storageTaskAssignmentName: storageTaskAssignmentName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: storageTaskAssignmentSerializer(parameters),
    });
}
async function storageTaskAssignments_operations_createDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return storageTaskAssignmentDeserializer(result.body);
}
/** Asynchronously creates a new storage task assignment sub-resource with the specified parameters. If a storage task assignment is already created and a subsequent create request is issued with different properties, the storage task assignment properties will be updated. If a storage task assignment is already created and a subsequent create or update request is issued with the exact same set of properties, the request will succeed. */
function storageTaskAssignments_operations_create(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, storageTaskAssignments_operations_createDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => storageTaskAssignments_operations_createSend(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-09-01",
    });
}
function storageTaskAssignments_operations_getSend(context, resourceGroupName, accountName, storageTaskAssignmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        storageTaskAssignmentName: storageTaskAssignmentName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function storageTaskAssignments_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return storageTaskAssignmentDeserializer(result.body);
}
/** Get the storage task assignment properties */
async function storageTaskAssignments_operations_get(context, resourceGroupName, accountName, storageTaskAssignmentName, options = { requestOptions: {} }) {
    const result = await storageTaskAssignments_operations_getSend(context, resourceGroupName, accountName, storageTaskAssignmentName, options);
    return storageTaskAssignments_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/storageTaskAssignments/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getStorageTaskAssignments(context) {
    return {
        stopAssignment: (resourceGroupName, accountName, storageTaskAssignmentName, options) => stopAssignment(context, resourceGroupName, accountName, storageTaskAssignmentName, options),
        beginStopAssignment: async (resourceGroupName, accountName, storageTaskAssignmentName, options) => {
            const poller = stopAssignment(context, resourceGroupName, accountName, storageTaskAssignmentName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStopAssignmentAndWait: async (resourceGroupName, accountName, storageTaskAssignmentName, options) => {
            return await stopAssignment(context, resourceGroupName, accountName, storageTaskAssignmentName, options);
        },
        list: (resourceGroupName, accountName, options) => storageTaskAssignments_operations_list(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, storageTaskAssignmentName, options) => storageTaskAssignments_operations_$delete(context, resourceGroupName, accountName, storageTaskAssignmentName, options),
        beginDelete: async (resourceGroupName, accountName, storageTaskAssignmentName, options) => {
            const poller = storageTaskAssignments_operations_$delete(context, resourceGroupName, accountName, storageTaskAssignmentName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, accountName, storageTaskAssignmentName, options) => {
            return await storageTaskAssignments_operations_$delete(context, resourceGroupName, accountName, storageTaskAssignmentName, options);
        },
        update: (resourceGroupName, accountName, storageTaskAssignmentName, parameters, options) => storageTaskAssignments_operations_update(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options),
        beginUpdate: async (resourceGroupName, accountName, storageTaskAssignmentName, parameters, options) => {
            const poller = storageTaskAssignments_operations_update(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, accountName, storageTaskAssignmentName, parameters, options) => {
            return await storageTaskAssignments_operations_update(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options);
        },
        create: (resourceGroupName, accountName, storageTaskAssignmentName, parameters, options) => storageTaskAssignments_operations_create(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options),
        beginCreate: async (resourceGroupName, accountName, storageTaskAssignmentName, parameters, options) => {
            const poller = storageTaskAssignments_operations_create(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateAndWait: async (resourceGroupName, accountName, storageTaskAssignmentName, parameters, options) => {
            return await storageTaskAssignments_operations_create(context, resourceGroupName, accountName, storageTaskAssignmentName, parameters, options);
        },
        get: (resourceGroupName, accountName, storageTaskAssignmentName, options) => storageTaskAssignments_operations_get(context, resourceGroupName, accountName, storageTaskAssignmentName, options),
    };
}
function _getStorageTaskAssignmentsOperations(context) {
    return {
        ..._getStorageTaskAssignments(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/storageTaskAssignmentsInstancesReport/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function storageTaskAssignmentsInstancesReport_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/reports{?api%2Dversion,%24maxpagesize,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
        "%24maxpagesize": options?.maxpagesize,
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function storageTaskAssignmentsInstancesReport_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _storageTaskReportSummaryDeserializer(result.body);
}
/** Fetch the report summary of all the storage task assignments and instances in an account */
function storageTaskAssignmentsInstancesReport_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => storageTaskAssignmentsInstancesReport_operations_listSend(context, resourceGroupName, accountName, options), storageTaskAssignmentsInstancesReport_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/storageTaskAssignmentsInstancesReport/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getStorageTaskAssignmentsInstancesReport(context) {
    return {
        list: (resourceGroupName, accountName, options) => storageTaskAssignmentsInstancesReport_operations_list(context, resourceGroupName, accountName, options),
    };
}
function _getStorageTaskAssignmentsInstancesReportOperations(context) {
    return {
        ..._getStorageTaskAssignmentsInstancesReport(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/table/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function table_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices/default/tables{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function table_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _listTableResourceDeserializer(result.body);
}
/** Gets a list of all the tables under the specified storage account */
function table_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => table_operations_listSend(context, resourceGroupName, accountName, options), table_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
function table_operations_$deleteSend(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices/default/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function table_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the table with the specified table name, under the specified account if it exists. */
async function table_operations_$delete(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const result = await table_operations_$deleteSend(context, resourceGroupName, accountName, tableName, options);
    return table_operations_$deleteDeserialize(result);
}
function table_operations_updateSend(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices/default/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.parameters ? options?.parameters : tableSerializer(options?.parameters),
    });
}
async function table_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return tableDeserializer(result.body);
}
/** Creates a new table with the specified table name, under the specified account. */
async function table_operations_update(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const result = await table_operations_updateSend(context, resourceGroupName, accountName, tableName, options);
    return table_operations_updateDeserialize(result);
}
function table_operations_createSend(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices/default/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.parameters ? options?.parameters : tableSerializer(options?.parameters),
    });
}
async function table_operations_createDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return tableDeserializer(result.body);
}
/** Creates a new table with the specified table name, under the specified account. */
async function table_operations_create(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const result = await table_operations_createSend(context, resourceGroupName, accountName, tableName, options);
    return table_operations_createDeserialize(result);
}
function table_operations_getSend(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices/default/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function table_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return tableDeserializer(result.body);
}
/** Gets the table with the specified table name, under the specified account if it exists. */
async function table_operations_get(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const result = await table_operations_getSend(context, resourceGroupName, accountName, tableName, options);
    return table_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/table/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getTable(context) {
    return {
        list: (resourceGroupName, accountName, options) => table_operations_list(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, tableName, options) => table_operations_$delete(context, resourceGroupName, accountName, tableName, options),
        update: (resourceGroupName, accountName, tableName, options) => table_operations_update(context, resourceGroupName, accountName, tableName, options),
        create: (resourceGroupName, accountName, tableName, options) => table_operations_create(context, resourceGroupName, accountName, tableName, options),
        get: (resourceGroupName, accountName, tableName, options) => table_operations_get(context, resourceGroupName, accountName, tableName, options),
    };
}
function _getTableOperations(context) {
    return {
        ..._getTable(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/tableServices/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function tableServices_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function tableServices_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return listTableServicesDeserializer(result.body);
}
/** List all table services for the storage account. */
async function tableServices_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await tableServices_operations_listSend(context, resourceGroupName, accountName, options);
    return tableServices_operations_listDeserialize(result);
}
function tableServices_operations_setServicePropertiesSend(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: tableServicePropertiesSerializer(parameters),
    });
}
async function tableServices_operations_setServicePropertiesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return tableServicePropertiesDeserializer(result.body);
}
/** Sets the properties of a storage account’s Table service, including properties for Storage Analytics and CORS (Cross-Origin Resource Sharing) rules. */
async function tableServices_operations_setServiceProperties(context, resourceGroupName, accountName, parameters, options = { requestOptions: {} }) {
    const result = await tableServices_operations_setServicePropertiesSend(context, resourceGroupName, accountName, parameters, options);
    return tableServices_operations_setServicePropertiesDeserialize(result);
}
function tableServices_operations_getServicePropertiesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function tableServices_operations_getServicePropertiesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return tableServicePropertiesDeserializer(result.body);
}
/** Gets the properties of a storage account’s Table service, including properties for Storage Analytics and CORS (Cross-Origin Resource Sharing) rules. */
async function tableServices_operations_getServiceProperties(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await tableServices_operations_getServicePropertiesSend(context, resourceGroupName, accountName, options);
    return tableServices_operations_getServicePropertiesDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/tableServices/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getTableServices(context) {
    return {
        list: (resourceGroupName, accountName, options) => tableServices_operations_list(context, resourceGroupName, accountName, options),
        setServiceProperties: (resourceGroupName, accountName, parameters, options) => tableServices_operations_setServiceProperties(context, resourceGroupName, accountName, parameters, options),
        getServiceProperties: (resourceGroupName, accountName, options) => tableServices_operations_getServiceProperties(context, resourceGroupName, accountName, options),
    };
}
function _getTableServicesOperations(context) {
    return {
        ..._getTableServices(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/api/usages/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listByLocationSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Storage/locations/{location}/usages{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByLocationDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _usageListResultDeserializer(result.body);
}
/** Gets the current usage count and the limit for the resources of the location under the subscription. */
function listByLocation(context, location, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByLocationSend(context, location, options), _listByLocationDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-09-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/classic/usages/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getUsages(context) {
    return {
        listByLocation: (location, options) => listByLocation(context, location, options),
    };
}
function _getUsagesOperations(context) {
    return {
        ..._getUsages(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/storageManagementClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
































class StorageManagementClient {
    _client;
    /** The pipeline used by this client to make requests */
    pipeline;
    /** The Azure Storage Management API. */
    constructor(credential, subscriptionIdOrOptions, options) {
        let subscriptionId;
        if (typeof subscriptionIdOrOptions === "string") {
            subscriptionId = subscriptionIdOrOptions;
        }
        else if (typeof subscriptionIdOrOptions === "object") {
            options = subscriptionIdOrOptions;
        }
        options = options ?? {};
        this._client = createStorageManagement(credential, subscriptionId ?? "", options);
        this.pipeline = this._client.pipeline;
        this.usages = _getUsagesOperations(this._client);
        this.skus = _getSkusOperations(this._client);
        this.storageTaskAssignmentInstancesReport = _getStorageTaskAssignmentInstancesReportOperations(this._client);
        this.table = _getTableOperations(this._client);
        this.localUsers = _getLocalUsersOperations(this._client);
        this.objectReplicationPolicies = _getObjectReplicationPoliciesOperations(this._client);
        this.queue = _getQueueOperations(this._client);
        this.storageTaskAssignmentsInstancesReport =
            _getStorageTaskAssignmentsInstancesReportOperations(this._client);
        this.privateLinkResources = _getPrivateLinkResourcesOperations(this._client);
        this.advancedPlatformMetrics = _getAdvancedPlatformMetricsOperations(this._client);
        this.blobAccessPointConnectionTests = _getBlobAccessPointConnectionTestsOperations(this._client);
        this.blobAccessPointConfigurations = _getBlobAccessPointConfigurationsOperations(this._client);
        this.contextCacheContainers = _getContextCacheContainersOperations(this._client);
        this.contextCaches = _getContextCachesOperations(this._client);
        this.dataShares = _getDataSharesOperations(this._client);
        this.connectors = _getConnectorsOperations(this._client);
        this.storageTaskAssignments = _getStorageTaskAssignmentsOperations(this._client);
        this.networkSecurityPerimeterConfigurations =
            _getNetworkSecurityPerimeterConfigurationsOperations(this._client);
        this.tableServices = _getTableServicesOperations(this._client);
        this.encryptionScopes = _getEncryptionScopesOperations(this._client);
        this.privateEndpointConnections = _getPrivateEndpointConnectionsOperations(this._client);
        this.blobInventoryPolicies = _getBlobInventoryPoliciesOperations(this._client);
        this.managementPolicies = _getManagementPoliciesOperations(this._client);
        this.deletedAccounts = _getDeletedAccountsOperations(this._client);
        this.queueServices = _getQueueServicesOperations(this._client);
        this.fileServices = _getFileServicesOperations(this._client);
        this.fileShares = _getFileSharesOperations(this._client);
        this.storageAccounts = _getStorageAccountsOperations(this._client);
        this.blobServices = _getBlobServicesOperations(this._client);
        this.blobContainers = _getBlobContainersOperations(this._client);
        this.operations = _getOperationsOperations(this._client);
    }
    /** The operation groups for usages */
    usages;
    /** The operation groups for skus */
    skus;
    /** The operation groups for storageTaskAssignmentInstancesReport */
    storageTaskAssignmentInstancesReport;
    /** The operation groups for table */
    table;
    /** The operation groups for localUsers */
    localUsers;
    /** The operation groups for objectReplicationPolicies */
    objectReplicationPolicies;
    /** The operation groups for queue */
    queue;
    /** The operation groups for storageTaskAssignmentsInstancesReport */
    storageTaskAssignmentsInstancesReport;
    /** The operation groups for privateLinkResources */
    privateLinkResources;
    /** The operation groups for advancedPlatformMetrics */
    advancedPlatformMetrics;
    /** The operation groups for blobAccessPointConnectionTests */
    blobAccessPointConnectionTests;
    /** The operation groups for blobAccessPointConfigurations */
    blobAccessPointConfigurations;
    /** The operation groups for contextCacheContainers */
    contextCacheContainers;
    /** The operation groups for contextCaches */
    contextCaches;
    /** The operation groups for dataShares */
    dataShares;
    /** The operation groups for connectors */
    connectors;
    /** The operation groups for storageTaskAssignments */
    storageTaskAssignments;
    /** The operation groups for networkSecurityPerimeterConfigurations */
    networkSecurityPerimeterConfigurations;
    /** The operation groups for tableServices */
    tableServices;
    /** The operation groups for encryptionScopes */
    encryptionScopes;
    /** The operation groups for privateEndpointConnections */
    privateEndpointConnections;
    /** The operation groups for blobInventoryPolicies */
    blobInventoryPolicies;
    /** The operation groups for managementPolicies */
    managementPolicies;
    /** The operation groups for deletedAccounts */
    deletedAccounts;
    /** The operation groups for queueServices */
    queueServices;
    /** The operation groups for fileServices */
    fileServices;
    /** The operation groups for fileShares */
    fileShares;
    /** The operation groups for storageAccounts */
    storageAccounts;
    /** The operation groups for blobServices */
    blobServices;
    /** The operation groups for blobContainers */
    blobContainers;
    /** The operation groups for operations */
    operations;
}
//# sourceMappingURL=storageManagementClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/restorePollerHelpers.js
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
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/testBlobAccessPointConfigurationProposedConnection": { deserializer: _testProposedConnectionDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations/{blobAccessPointConfigurationName}/testExistingConnection": { deserializer: _testExistingConnectionDeserialize, expectedStatuses: ["200", "202", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations/{blobAccessPointConfigurationName}": { deserializer: operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations/{blobAccessPointConfigurationName}": { deserializer: _updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobAccessPointConfigurations/{blobAccessPointConfigurationName}": { deserializer: _createDeserialize, expectedStatuses: ["200", "201", "202"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}/contextCacheContainers/{contextCacheContainerName}": {
        deserializer: contextCacheContainers_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}/contextCacheContainers/{contextCacheContainerName}": {
        deserializer: contextCacheContainers_operations_updateDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}/contextCacheContainers/{contextCacheContainerName}": { deserializer: contextCacheContainers_operations_createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}": { deserializer: contextCaches_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}": { deserializer: contextCaches_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/contextCaches/{contextCacheName}": {
        deserializer: contextCaches_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/dataShares/{dataShareName}": { deserializer: dataShares_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/dataShares/{dataShareName}": { deserializer: dataShares_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/dataShares/{dataShareName}": { deserializer: dataShares_operations_createDeserialize, expectedStatuses: ["200", "201", "202"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors/{connectorName}/testExistingConnection": {
        deserializer: operations_testExistingConnectionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors/{connectorName}": { deserializer: connectors_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors/{connectorName}": { deserializer: connectors_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/connectors/{connectorName}": { deserializer: connectors_operations_createDeserialize, expectedStatuses: ["200", "201", "202"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}/stopAssignment": { deserializer: _stopAssignmentDeserialize, expectedStatuses: ["202", "204", "200", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}": {
        deserializer: storageTaskAssignments_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}": {
        deserializer: storageTaskAssignments_operations_updateDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/storageTaskAssignments/{storageTaskAssignmentName}": {
        deserializer: storageTaskAssignments_operations_createDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}/reconcile": { deserializer: _reconcileDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/restoreBlobRanges": { deserializer: _restoreBlobRangesDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/startAccountMigration": {
        deserializer: _customerInitiatedMigrationDeserialize,
        expectedStatuses: ["202", "200", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/aborthnsonmigration": {
        deserializer: _abortHierarchicalNamespaceMigrationDeserialize,
        expectedStatuses: ["202", "200", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/hnsonmigration": {
        deserializer: _hierarchicalNamespaceMigrationDeserialize,
        expectedStatuses: ["202", "200", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/failover": { deserializer: _failoverDeserialize, expectedStatuses: ["202", "200", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}": { deserializer: storageAccounts_operations_createDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/migrate": { deserializer: _objectLevelWormDeserialize, expectedStatuses: ["202", "200", "201"] },
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/models/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-storage/dist/esm/index.js
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
