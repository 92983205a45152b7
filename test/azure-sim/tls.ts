/** A throw-away certificate authority and a server certificate for 127.0.0.1 / localhost, made at start-up. */
import { randomBytes } from 'node:crypto';
import selfsigned from 'selfsigned';

export interface SimulatorTls {
  caCertPem: string;
  serverCertPem: string;
  serverKeyPem: string;
}

export async function createSimulatorTls(): Promise<SimulatorTls> {
  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000);
  const notAfterDate = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  // A name of its own per simulator: with two simulators in one process, a verifier that finds the issuer by name
  // would otherwise pick the other simulator's CA and refuse the certificate.
  const caName = `aks-jumpbox-image simulator CA ${randomBytes(4).toString('hex')}`;
  const ca = await selfsigned.generate([{ name: 'commonName', value: caName }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const server = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { caCertPem: ca.cert, serverCertPem: server.cert, serverKeyPem: server.private };
}
