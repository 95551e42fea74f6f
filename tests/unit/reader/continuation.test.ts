import { read, type Speaker } from './helpers';

const name = (s: Speaker | null) => (s && 'name' in s ? s.name : null);

function doc(body: string): string {
  return ['Minister Speaks on Trade Talks', '', 'A short lead paragraph that introduces the story for the reader.', '', body, ''].join('\n');
}

const quotesOf = (body: string) => read(doc(body)).quotes.map((q) => [q.text, name(q.speaker), q.cue]);

describe('a quote right after an attributed one', () => {
  it('takes the same speaker and cue when only the attribution stands between them', () => {
    const q = quotesOf('Trade Minister Anna Kowalczyk spoke on Monday.\n\n"The talks went well," Kowalczyk said. "We expect a deal soon."');
    expect(q[1]).toEqual(['We expect a deal soon.', 'Anna Kowalczyk', 'said']);
  });

  it('keeps lowercase words of the attribution (`told reporters`)', () => {
    const q = quotesOf('Trade Minister Anna Kowalczyk spoke on Monday.\n\n"The talks went well," Kowalczyk told reporters. "We expect a deal soon."');
    expect(q[1]).toEqual(['We expect a deal soon.', 'Anna Kowalczyk', 'told']);
  });

  it('stays unattributed when another name stands between them', () => {
    const q = quotesOf('Trade Minister Anna Kowalczyk spoke on Monday.\n\n"The talks went well," Kowalczyk said after meeting Pedro Alves. "We expect a deal soon."');
    expect(q[1][1]).toBeNull();
  });

  it('stays unattributed when a second cue stands between them', () => {
    const q = quotesOf('Trade Minister Anna Kowalczyk spoke on Monday.\n\n"The talks went well," Kowalczyk said, and officials confirmed it. "We expect a deal soon."');
    expect(q[1][1]).toBeNull();
  });

  it('stays unattributed after a question someone asked', () => {
    const q = quotesOf('Trade Minister Anna Kowalczyk spoke on Monday.\n\n"Will there be a deal?" Kowalczyk asked. "Not this year, and probably not the next one either."');
    expect(q[1][1]).toBeNull();
  });

  it('stays unattributed when the second quote has an attribution of its own', () => {
    const q = quotesOf('Trade Minister Anna Kowalczyk spoke on Monday.\n\n"The talks went well," Kowalczyk said. "We expect a deal soon," an aide added.');
    expect(q[1][1]).toBeNull();
  });
});

describe('acronyms that skip a word of the full name', () => {
  const orgs = (body: string) => read(doc(body)).organizations.map((o) => [o.name, o.aliases]);

  it('ties the acronym to the name when its letters are the initials in order', () => {
    expect(orgs('The Northern Agency for Water Supply and Management (NAWM) said on Monday that reserves were low.'))
      .toContainEqual(['Northern Agency for Water Supply and Management', ['NAWM']]);
  });

  it('leaves an acronym whose first letter is not the first word of the name', () => {
    const names = orgs('The Northern Agency for Water Supply and Management (AWSM) said on Monday that reserves were low.').map((o) => o[0]);
    expect(names).not.toContain('Northern Agency for Water Supply and Management');
  });
});

describe('a quote right after one attributed to someone who told an outlet', () => {
  it('keeps the speaker across `told <outlet>`', () => {
    const q = quotesOf('Trade Minister Anna Kowalczyk spoke to Reuters on Monday.\n\n"The talks went well," Kowalczyk told Reuters. "We expect a deal soon."');
    expect(q[1]).toEqual(['We expect a deal soon.', 'Anna Kowalczyk', 'told']);
  });

  it('does not keep it across `told <person>`', () => {
    const q = quotesOf('Trade Minister Anna Kowalczyk met Pedro Alves on Monday.\n\n"The talks went well," Kowalczyk told Pedro Alves. "We expect a deal soon."');
    expect(q[1][1]).toBeNull();
  });
});

describe('organization kinds', () => {
  const kinds = (body: string) => Object.fromEntries(read(doc(body)).organizations.map((o) => [o.name, o.kind]));

  it('a UN body is international, a trade union is not', () => {
    const k = kinds('The United Nations Human Rights Council met as the Dock Workers\' Union called a strike and the African Union issued a statement.');
    expect(k['United Nations Human Rights Council']).toBe('international_body');
    expect(k["Dock Workers' Union"]).toBe('other');
    expect(k['African Union']).toBe('international_body');
  });
});
