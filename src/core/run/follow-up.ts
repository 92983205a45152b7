/** The CLI command that follows a build left running in Azure (printed by every adapter; it must work as printed). */
import type { Settings } from '../settings.js';

export function followUpCommand(settings: Settings, templateName: string, command = 'status'): string {
  return `aks-jumpbox-image ${command} --subscription-id ${settings.subscriptionId} --builder-resource-group ${settings.builderResourceGroup} --template-name ${templateName}`;
}
