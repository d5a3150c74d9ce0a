export * from './diagnostic.js';
export * from './locate.js';
export * from './text.js';
