/** The secrets search itself finds what it must (so that zero hits in the e2e tests means something). */
import { describe, expect, it } from 'vitest';
import { IssuedSecrets } from '../azure-sim/secrets.js';
import { secretHits } from '../helpers/secrets.js';

const jwt = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.${'s'.repeat(20)}SIGNATURE${'q'.repeat(20)}`;
const pem = [
  '-----BEGIN PRIVATE KEY-----',
  'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg0123456789abcdefABCD',
  'hRANCAAQ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX',
  '-----END PRIVATE KEY-----',
  '-----BEGIN CERTIFICATE-----',
  'MIIBkTCB+wIJAPublicCertificateLineThatIsNotSecret0123456789abcdefgh',
  '-----END CERTIFICATE-----',
].join('\n');

describe('secretHits', () => {
  it('finds a whole token, a JWT signature printed alone and a line of a private key', () => {
    const secrets = [
      { category: 'client secret', value: 'cs~0123456789abcdef' },
      { category: 'access token', value: jwt },
      { category: 'certificate private key', value: pem },
    ];
    expect(secretHits(secrets, { log: 'nothing here', summary: 'clean' })).toEqual([]);
    expect(secretHits(secrets, { log: 'secret=cs~0123456789abcdef' })).toEqual(['client secret in log']);
    expect(secretHits(secrets, { outputs: `truncated …${jwt.split('.')[2]}` })).toEqual([
      'access token in outputs',
    ]);
    expect(secretHits(secrets, { artifacts: pem.split('\n')[2]! })).toEqual([
      'certificate private key in artifacts',
    ]);
    // The certificate beside the key is public.
    expect(secretHits(secrets, { log: pem.split('\n')[5]! })).toEqual([]);
  });

  it('the simulator records the secrets a token request sent and its answer issued', () => {
    const issued = new IssuedSecrets();
    issued.observe('entra.token', 'grant_type=client_credentials&client_secret=cs%7Esecret-value', {
      access_token: jwt,
    });
    issued.observe('oidc.github', '', { count: 1, value: `${jwt}gh` });
    issued.observe('storageAccounts.listKeys', '', {
      keys: [{ keyName: 'key1', value: 'a2V5LXZhbHVlLTEyMzQ=' }],
    });
    issued.observe('staging.get', '', { url: 'https://x/c/b?sv=2024&sig=abcdefgh1234' });
    expect(issued.list().map((s) => s.category)).toEqual([
      'client secret',
      'access token',
      'GitHub ID token',
      'storage key',
      'SAS',
    ]);
    expect(issued.list()[0]!.value).toBe('cs~secret-value');
  });
});
