/**
 * The plugin's options, set in the app's config/plugins.ts under `source-import.config`.
 */
export default {
  default: {
    /** Largest document accepted, in bytes. */
    maxBytes: 5 * 1024 * 1024,
    /** How often an import that lost a race on a unique index is tried again. */
    retries: 5,
    /** Files imported at start-up (idempotently), e.g. the seed document of a fresh install. */
    importOnStart: [] as string[],
    /**
     * Background runs (services/background.ts): whether this process works on them (the CLI's
     * does not), and how often an idle worker looks for waiting batches, in milliseconds.
     */
    background: { worker: true, pollMs: 2000 },
  },
  validator(config: { maxBytes?: unknown; retries?: unknown; importOnStart?: unknown; background?: { worker?: unknown; pollMs?: unknown } }) {
    if (typeof config.maxBytes !== 'number' || config.maxBytes <= 0) {
      throw new Error('source-import: `maxBytes` must be a positive number of bytes');
    }
    if (typeof config.retries !== 'number' || config.retries < 0) {
      throw new Error('source-import: `retries` must be a number, 0 or more');
    }
    if (!Array.isArray(config.importOnStart)) {
      throw new Error('source-import: `importOnStart` must be a list of file paths');
    }
    const { worker, pollMs } = config.background ?? {};
    if (typeof worker !== 'boolean' || typeof pollMs !== 'number' || pollMs < 10) {
      throw new Error('source-import: `background` must be `{ worker: true | false, pollMs: 10 or more }`');
    }
  },
};
