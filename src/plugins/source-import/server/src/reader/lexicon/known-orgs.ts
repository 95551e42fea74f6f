import type { OrgKind } from './index';

/**
 * Well-known organizations that news text names by a bare name with no head word the reader
 * could use (`Gazprom`, `NATO`, `Hezbollah`): general knowledge, grouped by class, written from
 * the public record (the organizations' own names and the common English spellings and
 * transliterations that wire services use). Each class is meant to be complete for its kind at
 * the level of a world-news desk's style guide, not tuned to any page.
 *
 * Left out on purpose: names that are ordinary words or places as often as organizations
 * (`Apple`, `Amazon`, `Shell`, `Time`, `Total`, `Meta`, `Intel`), and short
 * forms that are also words or surnames (`Amnesty`, `Kaspersky`), social platforms that the conventions
 * treat as places of publication rather than organizations (`Twitter`, `Facebook`, `Telegram`,
 * `YouTube`), and acronyms that collide with agencies already in NEWS_AGENCIES (`EPA`).
 *
 * Matching is exact and case-sensitive on whole words; a name followed by another capitalized
 * word is part of a longer name and is left to the other patterns (`Sputnik V`, `NATO Council`).
 */
export interface KnownOrg { name: string; aliases?: string[]; kind: OrgKind }

/** News agencies, broadcasters and newspapers without a head word (`Times`, `News`, `Radio`). */
const MEDIA: KnownOrg[] = [
  // Russian state and private media.
  { name: 'Sputnik', kind: 'media' },
  { name: 'RT', aliases: ['Russia Today'], kind: 'media' },
  { name: 'Rossiya Segodnya', kind: 'media' },
  { name: 'RIA Novosti', aliases: ['RIA'], kind: 'media' },
  { name: 'Izvestia', kind: 'media' },
  { name: 'Kommersant', kind: 'media' },
  { name: 'Vedomosti', kind: 'media' },
  { name: 'Rossiyskaya Gazeta', kind: 'media' },
  { name: 'Komsomolskaya Pravda', kind: 'media' },
  { name: 'Novaya Gazeta', kind: 'media' },
  { name: 'Nezavisimaya Gazeta', kind: 'media' },
  { name: 'Moskovsky Komsomolets', kind: 'media' },
  { name: 'Ekho Moskvy', aliases: ['Echo of Moscow', 'Echo Moskvy'], kind: 'media' },
  { name: 'Meduza', kind: 'media' },
  { name: 'Rossiya 1', kind: 'media' },
  { name: 'Channel One', kind: 'media' },
  { name: 'Zvezda', kind: 'media' },
  { name: 'RBC', kind: 'media' },
  // US broadcasters and outlets.
  { name: 'CNN', kind: 'media' },
  { name: 'MSNBC', kind: 'media' },
  { name: 'CNBC', kind: 'media' },
  { name: 'NBC', kind: 'media' },
  { name: 'CBS', kind: 'media' },
  { name: 'PBS', kind: 'media' },
  { name: 'NPR', kind: 'media' },
  { name: 'C-SPAN', kind: 'media' },
  { name: 'Fox News', kind: 'media' },
  { name: 'Politico', kind: 'media' },
  { name: 'Axios', kind: 'media' },
  { name: 'Newsweek', kind: 'media' },
  { name: 'Forbes', kind: 'media' },
  { name: 'HuffPost', aliases: ['Huffington Post'], kind: 'media' },
  { name: 'BuzzFeed', kind: 'media' },
  { name: 'Breitbart', kind: 'media' },
  { name: 'Vox', kind: 'media' },
  { name: 'Voice of America', aliases: ['VOA'], kind: 'media' },
  { name: 'Radio Free Europe', aliases: ['Radio Liberty'], kind: 'media' },
  // European, Middle Eastern and Asian outlets.
  { name: 'BBC', kind: 'media' },
  { name: 'Sky News', kind: 'media' },
  { name: 'Deutsche Welle', aliases: ['DW'], kind: 'media' },
  { name: 'Der Spiegel', aliases: ['Spiegel'], kind: 'media' },
  { name: 'Bild', kind: 'media' },
  { name: 'Die Welt', kind: 'media' },
  { name: 'Die Zeit', kind: 'media' },
  { name: 'Le Monde', kind: 'media' },
  { name: 'Le Figaro', kind: 'media' },
  { name: 'Libération', kind: 'media' },
  { name: 'France 24', kind: 'media' },
  { name: 'Euronews', kind: 'media' },
  { name: 'El País', kind: 'media' },
  { name: 'El Mundo', kind: 'media' },
  { name: 'La Repubblica', kind: 'media' },
  { name: 'Corriere della Sera', kind: 'media' },
  { name: 'Haaretz', kind: 'media' },
  { name: 'Al-Monitor', kind: 'media' },
  { name: 'Al Mayadeen', kind: 'media' },
  { name: 'CGTN', kind: 'media' },
  { name: 'Yomiuri Shimbun', kind: 'media' },
  { name: 'Asahi Shimbun', kind: 'media' },
  { name: 'Nikkei', kind: 'media' },
  // Publishers of leaked documents and open-source investigators.
  { name: 'WikiLeaks', kind: 'media' },
  { name: 'Bellingcat', kind: 'media' },
];

/** International bodies and alliances named by an acronym or a name with no head word. */
const INTERNATIONAL: KnownOrg[] = [
  { name: 'NATO', kind: 'international_body' },
  { name: 'WTO', aliases: ['World Trade Organization'], kind: 'international_body' },
  { name: 'WHO', aliases: ['World Health Organization'], kind: 'international_body' },
  { name: 'IMF', aliases: ['International Monetary Fund'], kind: 'international_body' },
  { name: 'OPEC', kind: 'international_body' },
  { name: 'OSCE', kind: 'international_body' },
  { name: 'IAEA', kind: 'international_body' },
  { name: 'OPCW', kind: 'international_body' },
  { name: 'UNESCO', kind: 'international_body' },
  { name: 'UNICEF', kind: 'international_body' },
  { name: 'UNHCR', kind: 'international_body' },
  { name: 'UNRWA', kind: 'international_body' },
  { name: 'ASEAN', kind: 'international_body' },
  { name: 'APEC', kind: 'international_body' },
  { name: 'BRICS', kind: 'international_body' },
  { name: 'CSTO', kind: 'international_body' },
  { name: 'SCO', kind: 'international_body' },
  { name: 'Interpol', kind: 'international_body' },
  { name: 'Europol', kind: 'international_body' },
  { name: 'Frontex', kind: 'international_body' },
  { name: 'Gavi', aliases: ['GAVI'], kind: 'international_body' },
  { name: 'CEPI', kind: 'international_body' },
  { name: 'FIFA', kind: 'international_body' },
  { name: 'UEFA', kind: 'international_body' },
  { name: 'WADA', kind: 'international_body' },
  { name: 'Amnesty International', kind: 'other' },
  { name: 'Human Rights Watch', aliases: ['HRW'], kind: 'other' },
  { name: 'Greenpeace', kind: 'other' },
  { name: 'Médecins Sans Frontières', aliases: ['Doctors Without Borders', 'MSF'], kind: 'other' },
];

/** Government agencies and services known by a short name. */
const GOVERNMENT: KnownOrg[] = [
  { name: 'FBI', kind: 'government' },
  { name: 'CIA', kind: 'government' },
  { name: 'NSA', kind: 'government' },
  { name: 'NASA', kind: 'government' },
  { name: 'FEMA', kind: 'government' },
  { name: 'CDC', kind: 'government' },
  { name: 'FDA', kind: 'government' },
  { name: 'DEA', kind: 'government' },
  { name: 'DHS', kind: 'government' },
  { name: 'Customs and Border Protection', aliases: ['CBP', 'U.S. Customs and Border Protection', 'US Customs and Border Protection'], kind: 'government' },
  { name: 'Immigration and Customs Enforcement', aliases: ['ICE'], kind: 'government' },
  { name: 'Federal Reserve', kind: 'government' },
  { name: 'FSB', kind: 'government' },
  { name: 'SVR', kind: 'government' },
  { name: 'GRU', kind: 'government' },
  { name: 'KGB', kind: 'government' },
  { name: 'Mossad', kind: 'government' },
  { name: 'Shin Bet', kind: 'government' },
  { name: 'MI5', kind: 'government' },
  { name: 'MI6', kind: 'government' },
  { name: 'Roscosmos', kind: 'government' },
  { name: 'Rosatom', kind: 'company' },
];

/** Companies: technology, energy, defence, pharmaceuticals (world's largest by market and by news coverage). */
const COMPANIES: KnownOrg[] = [
  { name: 'Google', kind: 'company' },
  { name: 'Alphabet', kind: 'company' },
  { name: 'Microsoft', kind: 'company' },
  { name: 'Huawei', kind: 'company' },
  { name: 'ZTE', kind: 'company' },
  { name: 'Samsung', kind: 'company' },
  { name: 'IBM', kind: 'company' },
  { name: 'Nvidia', kind: 'company' },
  { name: 'SpaceX', kind: 'company' },
  { name: 'OpenAI', kind: 'company' },
  { name: 'Yandex', kind: 'company' },
  { name: 'Kaspersky Lab', kind: 'company' },
  { name: 'Baidu', kind: 'company' },
  { name: 'Alibaba', kind: 'company' },
  { name: 'Tencent', kind: 'company' },
  { name: 'ByteDance', kind: 'company' },
  { name: 'ExxonMobil', aliases: ['Exxon Mobil', 'Exxon'], kind: 'company' },
  { name: 'Chevron', kind: 'company' },
  { name: 'BP', kind: 'company' },
  { name: 'Gazprom', kind: 'company' },
  { name: 'Rosneft', kind: 'company' },
  { name: 'Lukoil', kind: 'company' },
  { name: 'Novatek', kind: 'company' },
  { name: 'Saudi Aramco', aliases: ['Aramco'], kind: 'company' },
  { name: 'Boeing', kind: 'company' },
  { name: 'Airbus', kind: 'company' },
  { name: 'Lockheed Martin', kind: 'company' },
  { name: 'Raytheon', kind: 'company' },
  { name: 'Northrop Grumman', kind: 'company' },
  { name: 'Rostec', kind: 'company' },
  { name: 'Pfizer', kind: 'company' },
  { name: 'Moderna', kind: 'company' },
  { name: 'AstraZeneca', kind: 'company' },
  { name: 'BioNTech', kind: 'company' },
];

/** Armed groups on the UN Security Council's and the US State Department's public lists, by their common English spellings. */
const ARMED_GROUPS: KnownOrg[] = [
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'al-Qaida', 'al Qaida', 'Al-Qaida', 'Al Qaida'], kind: 'armed_group' },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'], kind: 'armed_group' },
  { name: 'Hamas', kind: 'armed_group' },
  { name: 'Taliban', kind: 'armed_group' },
  { name: 'Boko Haram', kind: 'armed_group' },
  { name: 'al-Shabaab', aliases: ['al-Shabab', 'Al-Shabaab', 'Al-Shabab'], kind: 'armed_group' },
  { name: 'Jabhat al-Nusra', aliases: ['al-Nusra Front', 'Nusra Front', 'Jabhat Fatah al-Sham'], kind: 'armed_group' },
  { name: 'Hayat Tahrir al-Sham', aliases: ['HTS'], kind: 'armed_group' },
  { name: 'PKK', kind: 'armed_group' },
  { name: 'Lashkar-e-Taiba', kind: 'armed_group' },
  { name: 'Jaish-e-Mohammed', kind: 'armed_group' },
];

export const KNOWN_ORGS: KnownOrg[] = [...MEDIA, ...INTERNATIONAL, ...GOVERNMENT, ...COMPANIES, ...ARMED_GROUPS];
