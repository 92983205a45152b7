// Written by scripts/undici-on-demand.mjs: do not edit. undici, loaded from ./undici/index.cjs on first use.
import { createRequire } from 'node:module';
let undici;
const load = () => (undici ??= createRequire(import.meta.url)('./undici/index.cjs'));
/** undici's ProxyAgent (`new ProxyAgent(options)` returns the real one). */
export function ProxyAgent(...args) {
  return new (load().ProxyAgent)(...args);
}
/** undici's fetch. */
export function fetch(...args) {
  return load().fetch(...args);
}
