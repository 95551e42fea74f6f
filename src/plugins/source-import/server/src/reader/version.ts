/**
 * The reader's version, recorded with every article it read (the import record and the article's
 * import source) and with every re-read (before and after). Bump it with any change that changes
 * a reading (an expected.json of the fixtures moves): `npm run import -- --reread` then knows
 * which articles were read by an older reader. A date, so that two branches that bump it at once
 * still sort and rarely clash.
 */
export const READER_VERSION = '2026.11.26';
