/** The post step's logic under the name `@github/local-action` expects (`run`); the runner uses dist/index.js (main.ts). */
export { runPost as run } from './action.js';
