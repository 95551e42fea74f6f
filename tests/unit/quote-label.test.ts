import { firstWords, quoteLabel, QUOTE_LABEL_MAX } from '../../src/utils/quote-label';

describe('quoteLabel', () => {
  it.each([
    [
      'Although the harbour authority expects that there will be only between 300 and 450 ferries',
      'Miriam K. Ostrander',
      '“Although the harbour authority expects that there will…” — Miriam K. Ostrander',
    ],
    ['has a long history', 'Tomas Eriksen Vale', '“has a long history” — Tomas Eriksen Vale'],
    ['"We will watch the water"', null, '“We will watch the water”'],
    ['a full review.', '  an   official ', '“a full review.” — an official'],
    ['', null, '“”'],
  ])('%j by %j reads %j', (text, speaker, label) => {
    expect(quoteLabel(text, speaker)).toBe(label);
  });

  it('ends the first words at a word, without a trailing comma, and marks the cut', () => {
    expect(firstWords('One, two, three, four, five, six, seven, eight, nine')).toBe('One, two, three, four, five, six, seven, eight…');
    expect(firstWords('Supercalifragilisticexpialidocious '.repeat(3)).length).toBeLessThanOrEqual(61);
  });

  it('fits the stored attribute', () => {
    expect(quoteLabel('words', 'x'.repeat(400))).toHaveLength(QUOTE_LABEL_MAX);
  });
});
