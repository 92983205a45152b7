/** The error when neither an Entra token nor the account key can read the build log: names the role and where. */
export function noDataAccess(
  stagingResourceGroupId: string,
  account: { name: string; sharedKey: boolean } | undefined,
  cause: unknown,
): Error {
  const scope = account
    ? `${stagingResourceGroupId}/providers/Microsoft.Storage/storageAccounts/${account.name}`
    : stagingResourceGroupId;
  const why =
    account?.sharedKey === false
      ? 'the staging storage account does not allow shared-key access'
      : 'the storage account key was refused';
  return new Error(
    `Reading the build log failed: ${why} and the identity running this tool has no data-plane role on it. Grant it Storage Blob Data Reader on ${scope} (or its resource group ${stagingResourceGroupId}), e.g. az role assignment create --role "Storage Blob Data Reader" --assignee <object id> --scope ${scope}.`,
    { cause },
  );
}
