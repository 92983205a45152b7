/** Written by scripts/bundle.js from package.json: do not edit. */
export const PRODUCT_VERSION = '0.1.0';
