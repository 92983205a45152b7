/** The "follow it with" command: every flag status needs, the cloud when not the public one, quoted for a shell. */
import { describe, expect, it } from 'vitest';
import { followUpCommand, shellQuote } from '../../src/core/run/follow-up.js';
import { resolveCloud } from '../../src/core/index.js';

const settings = { subscriptionId: '11111111-2222-3333-4444-555555555555', builderResourceGroup: 'rg-b' };

describe('followUpCommand', () => {
  it('names the subscription, resource group and template, and the cloud when it is not AzureCloud', () => {
    expect(followUpCommand(settings, 'it-jumpbox', 'status', resolveCloud({}))).toBe(
      'aks-jumpbox-image status --subscription-id 11111111-2222-3333-4444-555555555555 --builder-resource-group rg-b --template-name it-jumpbox',
    );
    expect(
      followUpCommand(settings, 't', 'logs', resolveCloud({ environment: 'AzureUSGovernment' })),
    ).toMatch(/^aks-jumpbox-image logs .* --environment AzureUSGovernment$/);
    expect(
      followUpCommand(
        settings,
        't',
        'status',
        resolveCloud({
          resourceManagerEndpoint: 'https://arm.contoso.example',
          authorityHost: 'https://login.contoso.example',
        }),
      ),
    ).toMatch(
      /--resource-manager-endpoint https:\/\/arm\.contoso\.example --authority-host https:\/\/login\.contoso\.example$/,
    );
  });

  it('quotes values a shell would split or expand', () => {
    expect(shellQuote('rg (prod)')).toBe("'rg (prod)'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('rg-b.1')).toBe('rg-b.1');
  });
});
