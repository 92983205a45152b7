/**
 * The CLI command that follows a build the run stopped waiting for: printed in "Follow it with: ..." hints. It
 * carries every flag `status` requires (the subscription too) and the cloud when it is not the public one, so it
 * works as printed.
 */
import type { Cloud } from '../cloud.js';

/** Quotes a value for POSIX shells when it holds anything but safe characters. */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function followUpCommand(
  settings: { subscriptionId: string; builderResourceGroup: string },
  templateName: string,
  command: 'status' | 'logs' | 'cancel' = 'status',
  cloud?: Pick<Cloud, 'name' | 'resourceManagerEndpoint' | 'authorityHost'>,
): string {
  const flags: Array<[string, string]> = [
    ['subscription-id', settings.subscriptionId],
    ['builder-resource-group', settings.builderResourceGroup],
    ['template-name', templateName],
  ];
  if (cloud && cloud.name === 'Custom')
    flags.push(
      ['resource-manager-endpoint', cloud.resourceManagerEndpoint],
      ['authority-host', cloud.authorityHost],
    );
  else if (cloud && cloud.name !== 'AzureCloud') flags.push(['environment', cloud.name]);
  return `aks-jumpbox-image ${command} ${flags.map(([k, v]) => `--${k} ${shellQuote(v)}`).join(' ')}`;
}
