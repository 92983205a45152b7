/** Minimal JWT (JWS compact) signing and verification with node:crypto, enough for the simulated issuers. */
import {
  createHash,
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
  type KeyObject,
  constants,
} from 'node:crypto';

export type JwtClaims = Record<string, unknown> & {
  exp?: number;
  nbf?: number;
  iat?: number;
  iss?: string;
  aud?: string;
  sub?: string;
};

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64url')
    .slice(0, 16);
  return { kid, privateKey, publicKey };
}

export function signJwt(claims: JwtClaims, key: SigningKey): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key.privateKey);
  return `${input}.${b64url(signature)}`;
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: JwtClaims;
  signingInput: string;
  signature: Buffer;
}

export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    return {
      header: JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Record<string, unknown>,
      claims: JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as JwtClaims,
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2]!, 'base64url'),
    };
  } catch {
    return undefined;
  }
}

/** Verifies an RS256 or PS256 signature with a public key or the public key of an X.509 certificate. */
export function verifyJwtSignature(jwt: DecodedJwt, key: KeyObject | string): boolean {
  const publicKey = typeof key === 'string' ? createPublicKey(key) : key;
  const alg = jwt.header.alg;
  if (alg === 'RS256')
    return createVerify('RSA-SHA256').update(jwt.signingInput).verify(publicKey, jwt.signature);
  if (alg === 'PS256') {
    return createVerify('RSA-SHA256')
      .update(jwt.signingInput)
      .verify({ key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, jwt.signature);
  }
  return false;
}

export function jwk(key: SigningKey): Record<string, unknown> {
  return {
    ...(key.publicKey.export({ format: 'jwk' }) as Record<string, unknown>),
    kid: key.kid,
    use: 'sig',
    alg: 'RS256',
  };
}
