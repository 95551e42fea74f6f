/** Flattened dataset rows: the date forms of their prefixes and the headline test of their first sentence. */
import { matchDate } from '../../../src/plugins/source-import/server/src/reader/parse/dates';
import { bylineAgency, headlinese } from '../../../src/plugins/source-import/server/src/reader/parse/rows';

describe('row date prefixes', () => {
  it.each([
    ['14.03.2019(updated 1642 14.03.2019) Get short URL', '2019-03-14', 35],
    ['Published March 12 2019 A storm', '2019-03-12', 23],
    ['Tue 12 Mar 2019 at 1130 Port', '2019-03-12T11:30:00Z', 23],
    ['AFP Tuesday 12 Mar 2019 Ferry', '2019-03-12', 23],
    ['March 12 2019 1500 people were evacuated', '2019-03-12', 13],
  ])('%s', (text, iso, length) => {
    expect(matchDate(text)).toMatchObject({ iso, length });
  });
  it('reads no date from a weekday alone or an agency before a bare date', () => {
    expect(matchDate('Tuesday crowds gathered')).toBeNull();
    expect(matchDate('AFP 12 Mar 2019')).toBeNull();
  });
  it('takes the agency of a byline date', () => {
    expect(bylineAgency('AFP Tuesday 12 Mar 2019')).toBe('AFP');
    expect(bylineAgency('Tuesday 12 Mar 2019')).toBeNull();
  });
});

describe('row headlines', () => {
  it.each([
    ['Port authority says ferry service resumes after storm', false, true],
    ['The port authority says ferry service resumes', false, false],
    ['Storm closes Kelby port for second day', true, true],
    ['Storm closes Kelby port for second day', false, false],
    ['Rescue teams evacuated forty residents from the valley', true, false],
    ['Crews took the last boats out of the harbour', true, false],
  ])('%s (timed %s)', (text, timed, expected) => {
    expect(headlinese(text, timed)).toBe(expected);
  });
});
