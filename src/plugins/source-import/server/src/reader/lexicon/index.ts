/**
 * General knowledge the reader leans on: words, not facts from any one page.
 * Everything here is data. Nothing is taken from the seed document; the few proper names
 * (news agencies, the Islamic State family of names) are world knowledge that the site
 * family uses constantly and that no text pattern could recover (e.g. `AP` = `Associated Press`).
 */

export const MONTHS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Reporting verbs. Key: the (lower-case) word; value: the word that must follow it to form
 * the cue (`points out`, `according to`), or '' when the word alone is the cue.
 */
const CUE_WORDS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'note', 'notes', 'noted', 'noting',
  'stress', 'stresses', 'stressed', 'stressing', 'underscore', 'underscores', 'underscored', 'underscoring',
  'underline', 'underlines', 'underlined', 'explain', 'explains', 'explained', 'explaining',
  'argue', 'argues', 'argued', 'arguing', 'suggest', 'suggests', 'suggested', 'suggesting',
  'remark', 'remarks', 'remarked', 'assume', 'assumes', 'assumed', 'add', 'adds', 'added', 'adding',
  'state', 'states', 'stated', 'claim', 'claims', 'claimed', 'claiming', 'assert', 'asserts', 'asserted',
  'write', 'writes', 'wrote', 'writing', 'declare', 'declares', 'declared', 'declaring', 'insist', 'insists', 'insisted',
  'warn', 'warns', 'warned', 'warning', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing',
  'emphasise', 'emphasises', 'emphasised', 'recall', 'recalls', 'recalled', 'comment', 'comments',
  'commented', 'commenting', 'continue', 'continues', 'continued', 'conclude', 'concludes', 'concluded',
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'announce', 'announces', 'announced',
  'confirm', 'confirms', 'confirmed', 'report', 'reports', 'reported', 'reveal', 'reveals', 'revealed',
  'admit', 'admits', 'admitted', 'acknowledge', 'acknowledges', 'acknowledged', 'observe', 'observes',
  'observed', 'opine', 'opines', 'opined', 'reply', 'replies', 'replied', 'respond', 'responds', 'responded',
  'answer', 'answers', 'answered', 'ask', 'asks', 'asked', 'urge', 'urges', 'urged', 'inform', 'informs',
  'informed', 'predict', 'predicts', 'predicted', 'predicting', 'mention', 'mentions', 'mentioned',
  'highlight', 'highlights', 'highlighted', 'clarify', 'clarifies', 'clarified', 'estimate', 'estimates',
  'estimated', 'allege', 'alleges', 'alleged', 'maintain', 'maintains', 'maintained', 'contend', 'contends',
  'contended', 'reiterate', 'reiterates', 'reiterated', 'tweet', 'tweets', 'tweeted', 'tweeting', 'posit', 'posits',
  'posited', 'cautions', 'cautioned', 'proclaimed', 'quipped', 'noticed', 'agreed', 'agrees', 'denied',
  'denies', 'specified', 'elaborated', 'indicated', 'indicates', 'lamented', 'conceded', 'recounted',
  'described', 'describes', 'assured', 'assures', 'vowed', 'vows', 'promised', 'promises', 'wondered',
  'relayed', 'relays', 'posted', 'posts', 'posting',
];
const CUE_PAIRS: Array<[string, string]> = [
  ['points', 'out'], ['pointed', 'out'], ['point', 'out'], ['pointing', 'out'], ['according', 'to'],
  ['went', 'on'], ['goes', 'on'], ['spelled', 'out'], ['summed', 'up'],
];
export const CUES = new Map<string, string>();
for (const w of CUE_WORDS) CUES.set(w, '');
for (const [w, next] of CUE_PAIRS) CUES.set(w, next);

/**
 * Verbs that govern a short quotation from outside its clause, with the preposition that
 * introduces it: `dismissed as "baseless"`, `described the plan as "a stunt"`, `accused the
 * lobby of "scaremongering"`. Their subject is the quotation's source.
 */
export const GOVERNING_VERBS: Record<string, 'as' | 'of'> = Object.assign(Object.create(null) as Record<string, 'as' | 'of'>, {});
for (const w of [
  'dismissed', 'dismisses', 'dismissing', 'described', 'describes', 'describing', 'branded', 'brands', 'branding',
  'denounced', 'denounces', 'denouncing', 'condemned', 'condemns', 'condemning', 'slammed', 'slams', 'slamming',
  'characterized', 'characterizes', 'characterised', 'characterises', 'decried', 'decries', 'hailed', 'hails',
  'praised', 'praises', 'welcomed', 'welcomes', 'criticized', 'criticizes', 'criticised', 'criticises', 'derided',
  'derides', 'ridiculed', 'ridicules', 'rejected', 'rejects', 'mocked', 'mocks', 'touted', 'touts', 'lambasted',
  'lambasts', 'blasted', 'blasts', 'portrayed', 'portrays', 'depicted', 'depicts', 'castigated', 'castigates',
]) GOVERNING_VERBS[w] = 'as';
for (const w of [
  'accused', 'accuses', 'accusing', 'warned', 'warns', 'warning', 'spoke', 'speaks', 'speaking', 'complained',
  'complains', 'complaining', 'boasted', 'boasts', 'talked', 'talks', 'talking',
]) GOVERNING_VERBS[w] = 'of';

/** Cues that open a participle clause: their subject is the subject of the clause before. */
export function isParticipleCue(word: string): boolean {
  return word.endsWith('ing') && word !== 'according';
}

/** Words that may sit between a speaker and the cue (`Lenz also notes`, `he has said`). */
export const CUE_FILLERS = new Set([
  'also', 'further', 'then', 'later', 'earlier', 'once', 'previously', 'recently', 'repeatedly', 'reportedly',
  'additionally', 'again', 'has', 'have', 'had', 'was', 'is', 'will', 'would', 'had', 'once', 'even', 'rightly',
  'openly', 'bluntly', 'frankly', 'simply', 'however', 'herself', 'himself', 'explicitly', 'publicly', 'then',
  'cautiously', 'flatly', 'firmly', 'clearly',
]);

/** Personal pronouns that can stand for a speaker. */
export const PRONOUNS = new Set(['he', 'she']);

/**
 * Family relations that introduce a relative by given name (`his daughter Anna`, `her husband,
 * Piotr,`). Common English nouns.
 */
export const FAMILY_NOUNS = new Set([
  'daughter', 'son', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'niece', 'nephew', 'cousin',
  'grandson', 'granddaughter', 'grandmother', 'grandfather', 'uncle', 'aunt', 'partner', 'fiancee', 'fiance', 'widow',
]);

/**
 * Connectives and sentence adverbs that may open a sentence before its subject
 * (`However, he ...`, `Finally, Name ...`). Common English function words.
 */
export const CLAUSE_OPENERS = new Set([
  'however', 'but', 'and', 'yet', 'still', 'finally', 'also', 'meanwhile', 'then', 'so', 'instead', 'moreover',
  'nevertheless', 'indeed', 'now', 'later', 'earlier', 'again',
]);

/**
 * Role and title nouns (lower case). A phrase ending in one of these is a role:
 * `a senior fellow at ...`, `the analyst`, `the field marshal`.
 */
export const ROLE_NOUNS = new Set([
  'fellow', 'analyst', 'expert', 'scholar', 'researcher', 'professor', 'journalist', 'correspondent', 'reporter',
  'editor', 'columnist', 'commentator', 'representative', 'member', 'spokesman', 'spokeswoman', 'spokesperson',
  'minister', 'president', 'chairman', 'chairwoman', 'chair', 'head', 'leader', 'director', 'chief', 'commander',
  'general', 'officer', 'ambassador', 'envoy', 'diplomat', 'lawmaker', 'senator', 'deputy', 'politician',
  'adviser', 'advisor', 'aide', 'secretary', 'governor', 'mayor', 'founder', 'co-founder', 'ceo', 'executive',
  'economist', 'historian', 'lecturer', 'activist', 'blogger', 'writer', 'author', 'observer', 'colonel',
  'lieutenant', 'marshal', 'strategist', 'specialist', 'consultant', 'lawyer', 'attorney', 'judge',
  'prosecutor', 'cleric', 'imam', 'priest', 'bishop', 'mufti', 'coordinator', 'negotiator', 'associate',
  'manager', 'chancellor', 'premier', 'king', 'queen', 'prince', 'emir', 'pundit', 'academic', 'scientist',
  'mp', 'mep', 'congressman', 'congresswoman', 'parliamentarian', 'speaker', 'veteran', 'admiral', 'major',
  'captain', 'sergeant', 'inspector', 'official', 'candidate', 'resident', 'eyewitness', 'witness', 'engineer',
  'physician', 'doctor', 'teacher', 'student', 'pilot', 'sociologist', 'political scientist', 'vice-president',
  'ex-president', 'ex-minister', 'orientalist', 'arabist', 'protester', 'protestor', 'demonstrator', 'envoy', 'sovietologist', 'publicist', 'broadcaster-host', 'host',
  'virologist', 'epidemiologist', 'immunologist', 'biologist', 'physicist', 'chemist', 'psychologist', 'psychiatrist',
  'surgeon', 'nurse', 'paramedic', 'ombudsman', 'mediator', 'rapporteur', 'attaché', 'consul', 'emir', 'sheikh',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'editor-in-chief', 'publisher', 'anchor',
  'presenter', 'producer', 'director-general', 'secretary-general', 'chief-of-staff',
]);

/**
 * Role nouns vague enough that "the analyst" may stand for the last person quoted even when
 * that person's introduction used another word ("a senior fellow" later called "the scholar").
 */
export const GENERIC_ROLE_NOUNS = new Set([
  'scholar', 'analyst', 'expert', 'researcher', 'academic', 'observer', 'commentator', 'pundit', 'specialist',
  'author', 'writer', 'journalist', 'strategist', 'diplomat',
]);

/**
 * Plural nouns for people that introduce a list of names (`activists A and B`, `celebrities such
 * as A and B`, `A and other economists`). Lower case: a capitalized plural title is PLURAL_TITLES.
 */
export const PERSON_PLURALS = new Set([
  'senators', 'lawmakers', 'legislators', 'congressmen', 'congresswomen', 'representatives', 'politicians',
  'leaders', 'ministers', 'presidents', 'diplomats', 'officials', 'candidates', 'governors', 'mayors',
  'actors', 'actresses', 'activists', 'celebrities', 'stars', 'singers', 'musicians', 'artists', 'rappers',
  'comedians', 'athletes', 'players', 'writers', 'authors', 'journalists', 'reporters', 'commentators',
  'analysts', 'experts', 'economists', 'scholars', 'academics', 'scientists', 'historians', 'figures',
  'personalities', 'billionaires', 'businessmen', 'executives', 'entrepreneurs', 'investors', 'generals',
  'commanders', 'lawyers', 'judges', 'clerics', 'dissidents', 'bloggers', 'hosts', 'presenters', 'directors',
  'filmmakers', 'producers', 'colleagues', 'co-founders', 'founders', 'members', 'republicans', 'democrats',
]);
/** Capitalized plural titles before a list of names: `Senators A (R-XX), B and C`. Value: the singular. */
export const PLURAL_TITLES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  Senators: 'Senator', 'Sens.': 'Senator', Representatives: 'Representative', 'Reps.': 'Representative',
  Congressmen: 'Congressman', Congresswomen: 'Congresswoman', Presidents: 'President', Ministers: 'Minister',
  Generals: 'General', Governors: 'Governor', Ambassadors: 'Ambassador', Mayors: 'Mayor', Judges: 'Judge',
  Justices: 'Justice', Professors: 'Professor', Drs: 'Dr',
});

/** Nouns for unnamed sources: "an unnamed source in ...", "sources", "an official". */
export const SOURCE_NOUNS = new Set(['source', 'sources', 'insider', 'insiders', 'officials', 'official']);

/** Capitalized titles that precede a name: `Syrian President Bashar ...`, `Gen. ...`. */
export const TITLES = new Set([
  'President', 'Vice-President', 'Vice', 'Prime', 'Minister', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess',
  'Emir', 'Crown', 'Secretary', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Ambassador', 'General', 'Gen.',
  'Colonel', 'Col.', 'Lieutenant', 'Lt.', 'Major', 'Maj.', 'Admiral', 'Adm.', 'Marshal', 'Field', 'Senator',
  'Sen.', 'Rep.', 'Representative', 'Governor', 'Gov.', 'Mayor', 'Commander', 'Chief', 'Director', 'Chairman',
  'Leader', 'Pope', 'Patriarch', 'Ayatollah', 'Professor', 'Prof.', 'Foreign', 'Defense', 'Defence', 'Deputy',
  'Interior', 'Finance', 'Economy', 'Justice', 'State', 'Supreme', 'Premier', 'Speaker', 'Captain', 'Capt.',
  'Sergeant', 'Sgt.', 'Judge', 'Attorney', 'Senior', 'Former', 'Ex-President', 'Acting', 'Congressman',
  'Congresswoman', 'Sheikh', 'Imam', 'Archbishop', 'Bishop', 'Metropolitan',
]);
/** The words among TITLES that alone make a title (others only qualify one). */
export const TITLE_HEADS = new Set([
  'President', 'Vice-President', 'Minister', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Emir',
  'Secretary', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Ambassador', 'General', 'Gen.', 'Colonel', 'Col.',
  'Lieutenant', 'Lt.', 'Major', 'Maj.', 'Admiral', 'Adm.', 'Marshal', 'Senator', 'Sen.', 'Rep.', 'Governor',
  'Gov.', 'Mayor', 'Commander', 'Chief', 'Director', 'Chairman', 'Leader', 'Pope', 'Patriarch', 'Ayatollah',
  'Professor', 'Prof.', 'Premier', 'Speaker', 'Captain', 'Capt.', 'Sergeant', 'Sgt.', 'Judge', 'Ex-President',
  'Congressman', 'Congresswoman', 'Sheikh', 'Imam', 'Archbishop', 'Bishop', 'Metropolitan', 'MP', 'MEP',
]);
/**
 * Words that end the complement of an office (`Secretary of State`, `Minister of Foreign Affairs`,
 * `Ministry of Trade`): a capitalized word after one of them starts something else, often a name.
 */
export const OFFICE_COMPLEMENTS = new Set([
  'State', 'Affairs', 'Relations', 'Defense', 'Defence', 'Interior', 'Justice', 'Finance', 'Economy', 'Trade',
  'Commerce', 'Industry', 'Health', 'Education', 'Energy', 'Agriculture', 'Transport', 'Labour', 'Labor',
  'Culture', 'Environment', 'Security', 'Development', 'Communications', 'Information', 'Tourism', 'Treasury',
]);
/** Courtesy titles: dropped from names, never a role. */
export const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Madam', 'Lord', 'Lady']);

/** Particles inside personal names. */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'del', 'della', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'do', 'ben', 'ul', 'ud',
]);

export type OrgKind =
  | 'media' | 'government' | 'military' | 'armed_group' | 'political_party' | 'think_tank'
  | 'international_body' | 'company' | 'other';

/** Capitalized head words that end an organization's name, with the kind they suggest. */
/* Prototype-free maps: a token such as `constructor` must not look like a head word. */
export const ORG_HEADS: Record<string, OrgKind> = Object.assign(Object.create(null) as Record<string, OrgKind>, {
  Party: 'political_party', Army: 'military', Forces: 'military', Navy: 'military', Guard: 'military',
  Guards: 'military', Command: 'military', Brigade: 'armed_group', Brigades: 'armed_group', Militia: 'armed_group',
  Front: 'armed_group', Movement: 'other', Institution: 'think_tank', Institute: 'think_tank', Center: 'other',
  Centre: 'other', Foundation: 'think_tank', Council: 'government', Committee: 'government', Ministry: 'government',
  Agency: 'government', Department: 'government', Office: 'government', Service: 'government', Commission: 'government',
  Parliament: 'government', Senate: 'government', Congress: 'government', Assembly: 'government', Court: 'government',
  Government: 'government', Administration: 'government', Pentagon: 'government', Kremlin: 'government',
  Network: 'media', News: 'media', Television: 'media', TV: 'media', Radio: 'media', Channel: 'media',
  Times: 'media', Post: 'media', Gazette: 'media', Journal: 'media', Herald: 'media', Tribune: 'media',
  Telegraph: 'media', Guardian: 'media', Magazine: 'media', Daily: 'media', Press: 'media',
  Sentinel: 'media', Chronicle: 'media', Courier: 'media', Inquirer: 'media', Examiner: 'media', Dispatch: 'media',
  Review: 'media', Monitor: 'media', Observatory: 'other', Organization: 'international_body',
  Organisation: 'international_body', Union: 'international_body', Alliance: 'international_body',
  Bank: 'company', Fund: 'other', Corporation: 'company', Company: 'company', Inc: 'company', Ltd: 'company',
  University: 'other', Academy: 'other', Coalition: 'other', Association: 'other', Federation: 'other',
  Society: 'other', Group: 'company', Embassy: 'government', Consulate: 'government',
  Force: 'military', Corps: 'military', Units: 'armed_group', Directorate: 'government', Bureau: 'government',
  Authority: 'government',
});

/**
 * Well-known bodies whose names have no head word the reader could use (general knowledge).
 * Found wherever the text spells them out, capitalized as here.
 */
export const KNOWN_BODIES: Array<{ name: string; kind: OrgKind }> = [
  { name: 'United Nations', kind: 'international_body' },
  { name: 'European Union', kind: 'international_body' },
  { name: 'House of Commons', kind: 'government' },
  { name: 'House of Lords', kind: 'government' },
  { name: 'House of Representatives', kind: 'government' },
  { name: 'Red Cross', kind: 'international_body' },
  { name: 'Red Crescent', kind: 'international_body' },
];

/**
 * Acronyms of bodies that also serve as adjectives (`EU leaders`, `UN envoy`), with the body's
 * name: an organization only after `the` and not before a capitalized word (`in the EU if ...`).
 */
export const NOUN_ONLY_ACRONYMS: ReadonlyMap<string, string> = new Map([['EU', 'European Union'], ['UN', 'United Nations']]);

/** Lower-case nouns that, in a bracket gloss or an `X group` suffix, mark the name before as an organization. */
export const ORG_NOUNS: Record<string, OrgKind> = Object.assign(Object.create(null) as Record<string, OrgKind>, {
  group: 'armed_group', militia: 'armed_group', militias: 'armed_group', movement: 'armed_group',
  organization: 'other', organisation: 'other', party: 'political_party', army: 'military', forces: 'military',
  faction: 'armed_group', network: 'other', coalition: 'other', alliance: 'other', agency: 'government',
  ministry: 'government', newspaper: 'media', channel: 'media', broadcaster: 'media', outlet: 'media',
  daily: 'media', magazine: 'media',
});

/** Words before a name that mark it as a media outlet (`channel Al ...`, `newspaper The ...`). */
export const MEDIA_NOUNS = new Set([
  'channel', 'newspaper', 'broadcaster', 'outlet', 'daily', 'magazine', 'website', 'portal', 'agency', 'tabloid',
  'weekly', 'station', 'network', 'paper', 'publication', 'blog', 'journal',
]);

/**
 * Well-known news agencies: canonical short name and its other names (world knowledge).
 * Used to recognise photo credits and datelines, and to add the long form as an alias.
 */
export const NEWS_AGENCIES: Array<{ name: string; aliases: string[] }> = [
  { name: 'AP', aliases: ['Associated Press'] },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'] },
  { name: 'Reuters', aliases: [] },
  { name: 'TASS', aliases: [] },
  { name: 'Xinhua', aliases: [] },
  { name: 'Anadolu', aliases: ['Anadolu Agency'] },
  { name: 'DPA', aliases: ['Deutsche Presse-Agentur'] },
  { name: 'EFE', aliases: [] },
  { name: 'ANSA', aliases: [] },
  { name: 'UPI', aliases: ['United Press International'] },
  { name: 'Interfax', aliases: [] },
  { name: 'Kyodo', aliases: ['Kyodo News'] },
  { name: 'Yonhap', aliases: [] },
  { name: 'Bloomberg', aliases: [] },
  { name: 'IRNA', aliases: [] },
  { name: 'SANA', aliases: [] },
  { name: 'EPA', aliases: ['European Pressphoto Agency'] },
  { name: 'Getty Images', aliases: ['Getty'] },
];

/**
 * Organizations whose several names the site family uses interchangeably. Kept tiny on
 * purpose: the reader otherwise learns aliases from the text (bracket glosses, acronyms in
 * parentheses, `X group` suffixes, initials).
 */
export const ORG_ALIAS_TABLE: Array<{ name: string; aliases: string[]; kind: OrgKind }> = [
  {
    name: 'Islamic State',
    aliases: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
    kind: 'armed_group',
  },
  // The US defence department, named after its building as often as by its title.
  {
    name: 'Pentagon',
    aliases: ['US Department of Defense', 'U.S. Department of Defense', 'Department of Defense', 'DoD', 'US Defense Department', 'U.S. Defense Department', 'Defense Department'],
    kind: 'government',
  },
  // The Russian presidential administration, named after its seat.
  { name: 'Kremlin', aliases: ['Russian Presidential Administration', 'Presidential Administration of Russia'], kind: 'government' },
];

/**
 * Broadcasters whose two-word Arabic names (`Al X`) the text alone cannot tell from a place
 * (`Al Anbar`) or a group; world knowledge, always media.
 */
export const KNOWN_OUTLETS = new Set(['Al Jazeera', 'Al Arabiya']);

/** Plural nouns that introduce a list of organizations (`groups such as A and B`), with their kind. */
export const ORG_LIST_NOUNS: Record<string, OrgKind> = Object.assign(Object.create(null) as Record<string, OrgKind>, {
  groups: 'other', organizations: 'other', organisations: 'other', movements: 'other', bodies: 'other',
  militias: 'armed_group', factions: 'armed_group', parties: 'political_party', outlets: 'media', media: 'media',
  newspapers: 'media', channels: 'media', broadcasters: 'media', companies: 'company', firms: 'company',
});

/** Abbreviations that look like acronyms but are places or blocs, never taken as initials of an organization. */
export const NOT_ORG_ACRONYMS = new Set(['US', 'USA', 'UK', 'EU', 'UAE', 'USSR', 'GMT', 'UTC', 'TV', 'PM', 'AM', 'OK']);

/** Country and language words: `Sputnik Mundo` is the Spanish-language edition of an outlet. */
export const EDITIONS = new Set([
  'Turkey', 'Türkiye', 'Arabic', 'France', 'Germany', 'Deutschland', 'Italia', 'Italy', 'Mundo', 'Brasil',
  'Brazil', 'Japan', 'China', 'Persian', 'Polska', 'Poland', 'International', 'UK', 'US', 'Africa', 'Afrique',
  'Abkhazia', 'Armenia', 'Azerbaijan', 'Belarus', 'Georgia', 'Kazakhstan', 'Kyrgyzstan', 'Latvia', 'Lithuania',
  'Estonia', 'Moldova', 'Serbia', 'Tajikistan', 'Uzbekistan', 'Ukraine', 'English', 'Spanish', 'French', 'German',
  'Chinese', 'Turkish', 'Español', 'Czech', 'India', 'Iran',
]);

/** Nationality and demonym adjectives (a general, partial list) - never part of a person's name. */
export const NATIONALITIES = new Set([
  'American', 'Russian', 'Syrian', 'Iraqi', 'Iranian', 'Turkish', 'Kurdish', 'Saudi', 'Israeli', 'Palestinian',
  'Egyptian', 'Jordanian', 'Lebanese', 'Libyan', 'Yemeni', 'Qatari', 'Emirati', 'Afghan', 'Pakistani', 'Indian',
  'Chinese', 'Japanese', 'Korean', 'British', 'French', 'German', 'Italian', 'Spanish', 'Polish', 'Ukrainian',
  'Belarusian', 'Georgian', 'Armenian', 'Azerbaijani', 'Kazakh', 'European', 'Western', 'Arab', 'Arabic',
  'Pan-Arab', 'Sunni', 'Shiite', 'Shia', 'Muslim', 'Christian', 'Jewish', 'Greek', 'Serbian', 'Canadian',
  'Australian', 'Mexican', 'Brazilian', 'Venezuelan', 'Cuban', 'African', 'Asian', 'Soviet', 'Ottoman',
  'Kuwaiti', 'Bahraini', 'Omani', 'Tunisian', 'Algerian', 'Moroccan', 'Sudanese', 'Somali', 'Nigerian',
  'US', 'UK', 'EU', 'UN', 'NATO', 'Dutch', 'Swedish', 'Norwegian', 'Finnish', 'Danish', 'Swiss', 'Austrian',
  'Czech', 'Hungarian', 'Romanian', 'Bulgarian', 'Croatian', 'Bosnian', 'Albanian', 'Latvian', 'Lithuanian',
  'Estonian', 'Moldovan', 'Uzbek', 'Tajik', 'Turkmen', 'Kyrgyz', 'Mongolian', 'Vietnamese', 'Thai', 'Indonesian',
  'Malaysian', 'Filipino', 'Venezuelan', 'Colombian', 'Argentine', 'Chilean', 'Peruvian', 'Irish', 'Scottish',
  'Belgian', 'Portuguese', 'Slovak', 'Slovenian', 'Icelandic', 'Luxembourgish', 'Maltese', 'Cypriot', 'Welsh',
  'Montenegrin', 'Macedonian', 'Ethiopian', 'Kenyan', 'Ghanaian', 'Senegalese', 'Malian', 'Bangladeshi', 'Nepalese',
  'Burmese', 'Cambodian', 'Singaporean', 'Taiwanese', 'Ecuadorian', 'Bolivian', 'Uruguayan', 'Paraguayan',
  'Nicaraguan', 'Honduran', 'Guatemalan', 'Panamanian', 'Haitian', 'Jamaican', 'Chechen',
]);

/** Capitalized words that start a sentence or a phrase and are never part of a name. */
export const FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'As', 'In', 'On', 'At', 'By', 'For', 'From', 'Of', 'To', 'With', 'But', 'And', 'Or', 'If',
  'When', 'While', 'Meanwhile', 'However', 'According', 'Back', 'After', 'Before', 'Since', 'Although', 'Though',
  'Also', 'Earlier', 'Later', 'Last', 'Next', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We',
  'I', 'You', 'His', 'Her', 'Their', 'Our', 'Its', 'Speaking', 'Commenting', 'Asked', 'Yet', 'So', 'Still',
  'There', 'Here', 'Now', 'Then', 'Today', 'Yesterday', 'Tomorrow', 'During', 'Under', 'Over', 'Despite', 'Amid',
  'Among', 'Against', 'Through', 'About', 'Such', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'No',
  'Not', 'Only', 'Even', 'Just', 'What', 'Which', 'Who', 'Why', 'How', 'Where', 'Thus', 'Therefore', 'Moreover',
  'Furthermore', 'Instead', 'Indeed', 'Unlike', 'Like', 'Following', 'Prior', 'Until', 'Via', 'Per', 'Around',
  'Within', 'Without', 'Into', 'Onto', 'Upon', 'Toward', 'Towards', 'Is', 'Are', 'Was', 'Were', 'Will', 'Would',
  'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Do', 'Does', 'Did', 'Has', 'Have', 'Had', 'Let', 'Read',
  'Sputnik:', 'Q', 'A:', 'Mr.', 'Mrs.', 'Ms.', 'Dr.',
]);

/** Common place words that are never persons (a small general list; places are otherwise not modelled). */
export const PLACES = new Set([
  'Russia', 'Syria', 'Iraq', 'Iran', 'Turkey', 'Israel', 'Palestine', 'Egypt', 'Jordan', 'Lebanon', 'Libya',
  'Yemen', 'Qatar', 'Afghanistan', 'Pakistan', 'India', 'China', 'Japan', 'Korea', 'Britain', 'England',
  'France', 'Germany', 'Italy', 'Spain', 'Poland', 'Ukraine', 'Belarus', 'Georgia', 'Armenia', 'Azerbaijan',
  'Kazakhstan', 'Europe', 'Asia', 'Africa', 'America', 'Americas', 'Washington', 'Moscow', 'London', 'Paris',
  'Berlin', 'Beijing', 'Tokyo', 'Ankara', 'Damascus', 'Baghdad', 'Tehran', 'Kiev', 'Kyiv', 'Minsk', 'Riyadh',
  'Cairo', 'Beirut', 'Aleppo', 'Kurdistan', 'Crimea', 'Donbass', 'Brussels', 'Geneva', 'Vienna', 'Rome',
  'Madrid', 'Warsaw', 'Istanbul', 'Jerusalem', 'Gaza', 'United', 'States', 'Kingdom', 'Nations', 'Union',
  'Saudi', 'Arabia', 'Emirates', 'Canada', 'Mexico', 'Brazil', 'Venezuela', 'Cuba', 'Australia', 'Greece',
  'Serbia', 'Kosovo', 'Balkans', 'Caucasus', 'Gulf', 'Sea', 'North', 'South', 'East', 'West', 'Middle',
  'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'City', 'Province', 'Region', 'Street', 'Square',
  'River', 'Mountains', 'Island', 'Islands', 'Peninsula', 'Valley', 'Strait', 'Ocean',
]);

/**
 * Site chrome: phrases that are page furniture, not content. A line made only of these
 * (glued or not, with counters) is boilerplate.
 */
export const CHROME_PHRASES = [
  'Listen Live', 'Get short URL', 'Community standards', 'Discussion', 'Comment via Facebook',
  'Comment via Sputnik', 'Comment via', 'Add to favorites', 'Subscribe', 'Follow us', 'Share', 'Tweet',
  'All materials', 'Most read', 'Latest news', 'Newsfeed', 'Click to enlarge', 'Show more', 'Load more',
  'Comments', 'Print', 'Email', 'Facebook', 'Twitter', 'Telegram', 'Whatsapp', 'WhatsApp', 'VK', 'Reddit',
  'Flipboard', 'LinkedIn', 'Viber', 'Copy link', 'Link copied', 'Sign in', 'Log in', 'Register',
];

/** Section names of a news site (the rubric above the headline). */
export const SECTIONS = new Set([
  'World', 'Russia', 'Middle East', 'Military & Intelligence', 'Military', 'Politics', 'Business', 'Economy',
  'Asia & Pacific', 'Asia', 'Africa', 'Americas', 'Latin America', 'Europe', 'US', 'Science & Tech', 'Science',
  'Tech', 'Society', 'Sport', 'Sports', 'Opinion', 'Analysis', 'Beyond Politics', 'Columnists', 'Viral', 'Life',
  'Radio', 'Multimedia', 'Photo', 'Photos', 'Video', 'Videos', 'Infographics', 'Infographic', 'News', 'Interviews',
  'Interview', 'Culture', 'Health', 'Environment', 'Art & Living', 'Entertainment', 'Travel', 'Op-Ed',
  'Global Affairs', 'Community', 'Latest', 'Breaking News', 'Newsfeed', 'Features', 'Feature',
]);

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co',
  'corp', 'no', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'rep', 'sen', 'gov',
  'maj', 'capt', 'adm', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'est', 'fig', 'vol', 'pp', 'ca',
]);

/** Words that say a quoted span is a name or a term, not someone's words. */
export const TERM_MARKERS = new Set([
  'so-called', 'dubbed', 'termed', 'labeled', 'labelled', 'branded', 'nicknamed', 'called', 'term', 'word',
  'phrase', 'slogan', 'codenamed', 'code-named', 'titled', 'entitled', 'named', 'hashtag', 'operation', 'motto',
]);

/** Words that mark a page as not being an article (topic pages, infographics). */
export const NON_ARTICLE_MARKERS = /^(?:infographics?|photo gallery|gallery|video|topic|tag|all news on|news on|latest news on|more on)\b/i;
