/**
 * Invariants of the lexicon that the extractors rely on for speed.
 */
import { GIVEN_NAMES } from '../../../src/plugins/source-import/server/src/reader/lexicon/given-names';
import { isCap } from '../../../src/plugins/source-import/server/src/reader/extract/text';

describe('lexicon', () => {
  it('has only capitalized given names (the given-name finder looks up capitalized words only)', () => {
    expect([...GIVEN_NAMES].filter((name) => !isCap(name))).toEqual([]);
  });
});
