/** What every provider module of the simulator shares. */
import type { Faults, JournalEntry, Router } from './http.js';
import type { SigningKey } from './jwt.js';
import type { SimState } from './state.js';
import type { BlobStore } from './azurite.js';

export interface GithubOidcConfig {
  /** The bearer token the runner gives the job (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  requestToken: string;
  issuer: string;
  subject: string;
}

export interface AzurePipelinesOidcConfig {
  /** The job access token (System.AccessToken). */
  jobToken: string;
  issuer: string;
  /** Service connection id -> subject (`sc://org/project/name`). */
  serviceConnections: Record<string, string>;
}

export interface SimContext {
  state: SimState;
  router: Router;
  faults: Faults;
  journal: JournalEntry[];
  key: SigningKey;
  origin: () => string;
  blobs: () => BlobStore;
  github: GithubOidcConfig;
  azurePipelines: AzurePipelinesOidcConfig;
  /** Counters of token issuance, for tests that check token reuse. */
  counters: { accessTokens: number; githubIdTokens: number; azurePipelinesIdTokens: number };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
