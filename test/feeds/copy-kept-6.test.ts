import { describe, expect, it } from 'vitest';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, CONTENT, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * Copy the chrome rules cut (hunt6): a sentence of real copy that a chrome rule's opening words meet ("Comments are moderated…",
 * "Press inquiries: …", "Release ID: …", "Tags: the police found…", "For more news on the floods, …"), or a law's title set as a
 * subhead ("Copyright Act 1957"). Under a 'cut' rule everything after it went; under a 'drop' rule the paragraph did. Each probe, in
 * own-words stories, placed first, in the middle and last, keeps every paragraph now; the chrome each rule was made for still goes.
 */
const FILL = [
  'The government said on Thursday it would table the bill in the winter session of parliament, which opens next week.',
  'Officials said the draft had been circulated to the states for comment in September and most had replied.',
  'The opposition has demanded that the bill be sent to a select committee before it is put to a vote.',
  'A final decision is expected after the cabinet meets on Monday, the minister told reporters in the capital.',
];

/** Paragraphs of copy a rule met on main: [the rule's action, the paragraph]. A 'cut' lost the rest of the story with it. */
const LOST: ['cut' | 'drop', string][] = [
  ['cut', 'Comments are moderated by the platform within hours of a complaint, the minister told parliament.'],
  ['cut', "Comments are moderated by a team of twelve in Karachi, the company's filing shows."],
  ['cut', 'Press inquiries: more than 1,200 were logged in the first week, the spokesman said.'],
  ['cut', 'Our standards: every batch is tested twice before it leaves the plant, the company said.'],
  ['cut', 'Our standards: the board has set out three rules for the selection of players.'],
  ['cut', 'You received this message because your account was flagged, the fake notice read.'],
  ['cut', 'Our mailing address is: a post box in Dubai, investigators found.'],
  ['cut', 'Release ID: 2187 was withdrawn within an hour, officials said.'],
  ['cut', 'Release ID: 2187 was withdrawn within an hour.'],
  ['cut', 'Read this release in: Hindi and Urdu, the ministry said.'],
  ['cut', 'Copyright Amendment Bill 2026'],
  ['cut', 'Copyright Act 1957'],
  ['drop', 'Tags: the police found spray-painted tags on the walls of three temples in the old city.'],
  ['drop', 'Topics: climate finance, trade and migration will top the agenda at the summit.'],
  ['drop', 'Editor: the post has been vacant since March, the paper said.'],
  ['drop', 'Location: the blast took place near the main gate of the cantonment.'],
  ['drop', "Read: the court's order runs to 94 pages."],
  ['drop', 'Disclaimer: The views expressed in the letter were those of the minister, his office said.'],
  ['drop', 'For more news on the floods, the ministry directed people to its website.'],
  ['drop', 'For the latest updates on the cyclone, the Met office asked fishermen to listen to the radio.'],
  ['drop', 'Get breaking news of the floods on your phone, the disaster authority asked people on Monday.'],
  ['drop', 'Subscribe now, and the government will pay half, the minister announced.'],
  ['drop', 'Tax notices will be delivered to your inbox from January, the revenue board told filers.'],
  ['drop', 'Court summonses will now be delivered straight to your inbox, the law minister said on Tuesday.'],
  ['drop', 'Did we miss something? asked the opposition leader as the budget debate closed.'],
  ['drop', 'Like this story? Few in the party did, the report said.'],
  ['drop', '(Repeats of the 2019 floods are feared this monsoon, the disaster authority said.)'],
  ['drop', 'The AP is solely responsible for all content on its wire, its editor said at the conference.'],
];

const placed = (p: string): [string, string[]][] => [
  ['first', [p, ...FILL]],
  ['in the middle', [FILL[0]!, FILL[1]!, p, FILL[2]!, FILL[3]!]],
  ['last', [...FILL, p]],
];

describe('copy kept (hunt6): a sentence of copy a chrome rule met', () => {
  for (const [action, p] of LOST) {
    it(`keeps "${p}" (a '${action}' rule met it) first, in the middle and last, and every paragraph after it`, () => {
      for (const [, story] of placed(p)) expect(cleanWireCopy(story).paragraphs).toEqual(story);
    });
  }
});

/** The chrome each mended rule was made for, under the copy: it still goes, and for a 'cut' so does what follows it. */
const PINS: [string, string[]][] = [
  ['comments box', ['Comments are moderated and generally will be posted if they are on-topic and not abusive.', 'Post a comment']],
  ["a press office's contact", ['Press inquiries: Jo Brown, press@mofa.example.gov']],
  ["Reuters' standards line", ['Our Standards: The Thomson Reuters Trust Principles.']],
  ["a mailing's footer", ['You are receiving this email because you opted in via our website.', 'Our mailing address is:', 'Desk News, PO Box 12, Karachi']],
  ["PIB's release number and counter", ['(Release ID: 2195432) Visitor Counter : 412']],
  ["PIB's release links", ['Read this release in: Hindi , Urdu , Marathi']],
  ["Business Recorder's rights line", ['Copyright Business Recorder, 2026']],
  ['labels of a page', ['Tags: India, Italy, defence', 'Topics: politics, economy', 'Location: New Delhi', 'Editor: John Smith']],
  ['a link to another story', ['Read: India beat Australia by six wickets in Perth']],
  ["Mint's disclaimer", ['Disclaimer: The views and recommendations made above are those of individual analysts, and not of Mint.']],
  ["an outlet's prompts", ['For more news like this visit The Economic Times.', 'Get breaking news alerts on your phone.', 'Subscribe now for the latest news.']],
  ["a newsletter's plug", ['Get the top stories in your inbox every morning.']],
  ["a reader's prompts", ['Did we miss something? Let us know in the comments below.', 'Like this story? Share it with a friend!']],
  ["Reuters' repeat note", ['(Repeats with no changes to text)']],
  ["AP's funding note", ['The Associated Press receives support from several private foundations. The AP is solely responsible for all content.']],
];

describe('copy kept (hunt6): the chrome the rules were made for still goes', () => {
  for (const [what, chrome] of PINS) {
    it(`drops ${what} under the copy`, () => {
      expect(cleanWireCopy([...FILL, ...chrome]).paragraphs).toEqual(FILL);
    });
  }
  it('still reads "Copyright" with a name and a year over nothing but its year as the rights line, a law word in the name or not', () => {
    expect(cleanWireCopy([...FILL, 'Copyright Dawn, 2026']).paragraphs).toEqual(FILL);
    expect(cleanWireCopy([...FILL, 'Copyright Act 1957', FILL[0]!]).paragraphs).toEqual([...FILL, 'Copyright Act 1957', FILL[0]!]);
  });
});

/** Probes that lost nothing on main, pinned as kept: real sentences opening with a chrome word. */
const KEPT = [
  'Latest figures show inflation fell to 4.1 percent in October.',
  'Related charges were framed against three other officers, the court said.',
  'Trending topics on social media in Pakistan were dominated by the match on Sunday.',
  'Share of exports to the Gulf rose to 18 percent, the central bank said.',
  'Advertisement revenue at the state broadcaster fell by a third in 2025, the audit found.',
  'Watch out for fake messages about the scheme, the police warned.',
  'Video footage showed the police firing tear gas at the crowd.',
  'Photo identification will be required at every polling station, the commission said.',
  'Follow us, the protesters shouted as they marched on parliament.',
  'Read more: the court said the law did not allow detention without charge beyond fourteen days.',
  'Also read the full statement issued by the foreign office on Tuesday, the spokesman told reporters.',
  'Forward-looking statements by the company were misleading, the regulator found.',
  'The agreement was first reported by Reuters.',
  'Reuters could not independently verify the claim.',
  'Pakistan Zindabad',
  'Long Live Pakistan Army',
];

describe('copy kept (hunt6): pinned as kept', () => {
  for (const p of KEPT) {
    it(`keeps "${p}" wherever it stands`, () => {
      for (const [, story] of placed(p)) expect(cleanWireCopy(story).paragraphs).toEqual(story);
    });
  }
});

const sweep = apiSweep('feeds-copy-kept-6');
const SITE = 'https://desk.example.com/';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paras = (text: string[]) => text.map((p) => `<p>${p}</p>`).join('');
const link = (slug: string) => `${SITE}2026/11/${slug}/`;
const item = (title: string, slug: string, text: string[]) =>
  `<item><title>${title}</title><link>${link(slug)}</link>${DATE}<description>${esc(title)}.</description><content:encoded><![CDATA[${paras(text)}]]></content:encoded></item>`;

/** Ten stories, each with a probe that lost copy on main in the middle of it (a 'cut' one lost the rest of the story). */
const STORIES: [string, string, string[]][] = [
  ['Platform rules tabled', 'platform-rules', [FILL[0]!, LOST[0]![1], FILL[1]!, FILL[2]!]],
  ['Helpline swamped', 'helpline', [FILL[0]!, LOST[2]![1], FILL[3]!]],
  ['Drug plant inspected', 'drug-plant', [FILL[1]!, LOST[3]![1], FILL[2]!, FILL[3]!]],
  ['Phishing ring broken', 'phishing', [LOST[5]![1], LOST[6]![1], FILL[0]!, FILL[1]!]],
  ['Release withdrawn', 'release', [FILL[0]!, LOST[7]![1], FILL[2]!]],
  ['Copyright changes', 'copyright', [FILL[0]!, LOST[10]![1], FILL[1]!, FILL[2]!]],
  ['Temples defaced', 'temples', [FILL[0]!, LOST[12]![1], FILL[3]!]],
  ['Flood warnings', 'floods', [FILL[1]!, LOST[18]![1], LOST[20]![1], FILL[2]!]],
  ['E-filing notices', 'e-filing', [FILL[0]!, LOST[22]![1], FILL[3]!]],
  ['Budget debate closes', 'budget', [FILL[0]!, LOST[24]![1], FILL[1]!]],
];

const FEED: UnseenFeed = {
  path: '/copy-kept-6/desk.xml',
  type: RSS_TYPE,
  doc: channel(CONTENT, head('South Asia Desk', SITE), STORIES.map(([title, slug, text]) => item(title, slug, text))),
};

const fields = (text: string[], slug: string) => ({ link: link(slug), published: PUBLISHED, author: null, image: null, categories: [], text: text.join('\n\n') });

describe('copy kept (hunt6), through the admin API', () => {
  it('polls a desk feed whose stories hold sentences chrome rules met, and keeps every paragraph of each', async () => {
    expect(await fieldsOf(sweep, [FEED], [FEED.path])).toEqual(Object.fromEntries(STORIES.map(([title, slug, text]) => [title, fields(text, slug)])));
  });
});
