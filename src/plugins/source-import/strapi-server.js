'use strict';

// Strapi loads a plugin's server entry with `require`, as JavaScript. The server code is
// TypeScript: esbuild-register compiles it on load (no build step, nothing in dist/ to forget).
// Not needed where .ts files are compiled already: under Jest (ts-jest) or tsx (the CLI).
if (!process.env.JEST_WORKER_ID && !require.extensions['.ts']) {
  require('esbuild-register/dist/node').register({ target: 'node20', format: 'cjs' });
}

module.exports = require('./server/src/index.ts').default;
