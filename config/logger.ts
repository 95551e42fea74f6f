import { winston, formats } from '@strapi/logger';

/**
 * Strapi's notice, in development, that the default e-mail provider is sendmail. The bulk
 * import (scripts/import.ts) sends no e-mail and sets LOG_EMAIL_PROVIDER_NOTICE=false: the
 * notice is dropped there, by its text, and every other warning still shows.
 */
const EMAIL_PROVIDER_NOTICE = /^\[email\]: The "sendmail" email provider is still supported/;
const withoutEmailProviderNotice = winston.format((info) =>
  process.env.LOG_EMAIL_PROVIDER_NOTICE === 'false' && typeof info.message === 'string' && EMAIL_PROVIDER_NOTICE.test(info.message)
    ? false
    : info,
);

// LOG_LEVEL quiets the server in tests and batch runs (`warn`); the default shows requests.
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'http',
      format: winston.format.combine(
        withoutEmailProviderNotice(),
        formats.prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' }),
      ),
    }),
  ],
};
