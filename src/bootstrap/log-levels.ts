import type { Core } from '@strapi/strapi';

type Logger = Record<string, unknown> & { levels: Record<string, number>; isLevelEnabled(level: string): boolean };

/**
 * A message of a level no transport writes is dropped at the call, before winston formats it.
 *
 * Why: `strapi::logger` logs every request at `http`; winston formats a message (its timestamp,
 * through fecha) before its transports look at the level, so with `LOG_LEVEL=warn` each request
 * still paid ~3% of its Node CPU for a line nobody writes (profile of the one-article read, read
 * cache off). Whether a level is written is asked for every message (winston's own
 * `isLevelEnabled`: the logger's level and its transports'), so a transport added or a level
 * changed later is obeyed at once.
 */
export function dropUnwrittenLevels(strapi: Core.Strapi) {
  const log = strapi.log as unknown as Logger;
  for (const level of Object.keys(log.levels ?? {})) {
    const write = log[level];
    if (typeof write !== 'function') continue;
    log[level] = function (this: Logger | undefined, ...args: unknown[]) {
      const self = this ?? log;
      return self.isLevelEnabled(level) ? (write as (...a: unknown[]) => unknown).apply(self, args) : self;
    };
  }
}
