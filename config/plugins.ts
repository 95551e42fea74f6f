import type { Core } from '@strapi/strapi';
import { costRule } from '../src/graphql/limits';
import { readLimits } from '../src/utils/read-limits';

const allowedMediaTypes = [
  'image/*',
  'video/*',
  'audio/*',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.*',
  'text/plain',
  'text/csv',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      // No Apollo landing page: it loads its UI from a CDN, and the app makes no outbound calls.
      landingPage: false,
      // A hostile query cannot take the server down: bounded depth and page sizes.
      depthLimit: 7,
      defaultLimit: 25,
      maxLimit: 100,
      // Added to Strapi's own rules: the estimated cost of an operation is bounded too.
      // Aliases, fragment cycles and subscriptions are refused before Apollo
      // (src/middlewares/request-guard.ts).
      apolloServer: { introspection: true, validationRules: [costRule(readLimits(env).graphql)] },
    },
  },
  'source-import': {
    enabled: true,
    resolve: './src/plugins/source-import',
    config: {
      maxBytes: env.int('IMPORT_MAX_BYTES', 5 * 1024 * 1024),
      // A fresh install opens on a real article: the seed page, imported as a draft awaiting
      // its headline. Idempotent: an unchanged document is left alone at every start.
      importOnStart: env.array('IMPORT_ON_START', ['tests/fixtures/seed/000_e6ea2678bb7cae54.txt']),
      // Background runs (a drop of many files on the Source import page): every app node works
      // on them unless IMPORT_WORKER=false; the CLI's process never does.
      background: { worker: env.bool('IMPORT_WORKER', true), pollMs: env.int('IMPORT_WORKER_POLL_MS', 2000) },
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
      },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: allowedMediaTypes,
        deniedTypes,
      },
    },
  },
});

export default config;
