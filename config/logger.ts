import { winston, formats } from '@strapi/logger';

// LOG_LEVEL quiets the server in tests and batch runs (`warn`); the default shows requests.
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'http',
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' }),
    }),
  ],
};
