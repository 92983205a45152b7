export * from './requirements.js';
export * from './setup.js';
export * from './markdown.js';
