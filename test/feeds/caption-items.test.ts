import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feeds/parse.js';
import { incomingItems } from '../../src/feeds/poll.js';
import { RSS_TYPE } from '../helpers/dated-feeds.js';
import { apiSweep } from '../helpers/service.js';
import { channel, DATE, fieldsOf, head, PUBLISHED, type UnseenFeed } from '../helpers/unseen-feeds.js';

/**
 * Picture desks' items, whose copy IS a caption (issue 3, "never lose a story"): the fifty-sixth clustering round found the caption's
 * credit rules taking the whole caption, leaving the item its headline only. Each item is polled as the poller does (parseFeed +
 * incomingItems, a picture-desk RSS item: a short title, the caption, an enclosure). Where the rules leave no copy, the caption's
 * sentences stay and its credit goes; a credit alone is still no copy, and a caption between a story's paragraphs still goes whole as
 * chrome (docs/feeds.md: "a credited caption standing alone still goes whole").
 */
const SITE = 'https://pictures.example.com/';
const FETCHED = Date.parse('2026-11-27T12:00:00Z');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function drafted(paragraphs: string[]): Promise<{ title: string; text: string[]; image: string | null }> {
  const item = `<item><title>Picture of the day</title><link>${SITE}p/1</link>${DATE}<description>${esc(paragraphs.map((p) => `<p>${p}</p>`).join(''))}</description><enclosure url="${SITE}img/1.jpg" type="image/jpeg" length="1000"/></item>`;
  const feed = await parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>Pictures</title><link>${SITE}</link>${item}</channel></rss>`);
  const draft = incomingItems(feed, `${SITE}rss`, FETCHED)[0]!.draft()!;
  return { title: draft.title, text: draft.text ? draft.text.split('\n\n') : [], image: draft.image ?? null };
}

const WHERE = 'Rescuers search for survivors after a ferry capsized off Sulawesi, Indonesia, November 27, 2026.';

/** Mended: caption-only items that were left their headline alone; [caption, what stays]. */
const MENDED: [string, string][] = [
  // Reuters: the photographer, a file photo, a licensing link, two sentences.
  [`${WHERE} REUTERS/Jane Doe`, WHERE],
  ['A man walks past a building damaged by an earthquake in Herat, Afghanistan, November 26, 2026. The quake killed at least 40 people. REUTERS/Ali Khan',
    'A man walks past a building damaged by an earthquake in Herat, Afghanistan, November 26, 2026. The quake killed at least 40 people.'],
  ['FILE PHOTO: The logo of Tata Motors is seen at its headquarters in Mumbai, India, March 3, 2025. REUTERS/Francis Mascarenhas/File Photo',
    'FILE PHOTO: The logo of Tata Motors is seen at its headquarters in Mumbai, India, March 3, 2025.'],
  ['Commuters board a train at a station in Mumbai, India, November 27, 2026. REUTERS/Francis Mascarenhas Purchase Licensing Rights, opens new tab',
    'Commuters board a train at a station in Mumbai, India, November 27, 2026.'],
  // AP, a file picture too.
  ['Rescue workers search the site of a landslide in Wayanad, India, Thursday, Nov. 27, 2026. (AP Photo/John Smith)', 'Rescue workers search the site of a landslide in Wayanad, India, Thursday, Nov. 27, 2026.'],
  ['FILE - Shoppers walk through a market in Dhaka, Bangladesh, Nov. 2, 2025. (AP Photo/Mahmud Hossain Opu, File)', 'FILE - Shoppers walk through a market in Dhaka, Bangladesh, Nov. 2, 2025.'],
  // AFP and Getty.
  ['Supporters of the opposition wave flags during a rally in Dhaka on November 27, 2026. (Photo by Munir UZ ZAMAN / AFP)', 'Supporters of the opposition wave flags during a rally in Dhaka on November 27, 2026.'],
  ['LONDON, ENGLAND - NOVEMBER 27: Commuters cross Westminster Bridge during a rail strike on November 27, 2026 in London, England. (Photo by Jane Doe/Getty Images)',
    'LONDON, ENGLAND - NOVEMBER 27: Commuters cross Westminster Bridge during a rail strike on November 27, 2026 in London, England.'],
  // PTI, ANI, IANS, BSS, APP, Xinhua.
  ['New Delhi: Commuters wade through a waterlogged road after heavy rain, in New Delhi, Thursday, Nov. 27, 2026. (PTI Photo/Ravi Choudhary)',
    'New Delhi: Commuters wade through a waterlogged road after heavy rain, in New Delhi, Thursday, Nov. 27, 2026.'],
  ['Devotees take a holy dip in the Ganga on the occasion of Kartik Purnima, in Prayagraj, Thursday, Nov. 27, 2026. (PTI Photo)',
    'Devotees take a holy dip in the Ganga on the occasion of Kartik Purnima, in Prayagraj, Thursday, Nov. 27, 2026.'],
  ['Chief Minister Yogi Adityanath addresses a public meeting in Gorakhpur on Thursday. (ANI Photo)', 'Chief Minister Yogi Adityanath addresses a public meeting in Gorakhpur on Thursday.'],
  ['Bengaluru: Commuters wait for buses during a transport strike in Bengaluru on Thursday. (Photo: IANS)', 'Bengaluru: Commuters wait for buses during a transport strike in Bengaluru on Thursday.'],
  ['Mumbai: Fishermen unload their catch at Sassoon Dock in Mumbai on Thursday. (IANS Photo)', 'Mumbai: Fishermen unload their catch at Sassoon Dock in Mumbai on Thursday.'],
  ['Prime Minister inaugurates the new terminal of Hazrat Shahjalal International Airport in Dhaka on Thursday. BSS Photo',
    'Prime Minister inaugurates the new terminal of Hazrat Shahjalal International Airport in Dhaka on Thursday.'],
  ['ISLAMABAD: November 27 - Vendors sell vegetables at their stalls at the Sunday Bazaar in the federal capital. APP photo by Irshad Sheikh',
    'ISLAMABAD: November 27 - Vendors sell vegetables at their stalls at the Sunday Bazaar in the federal capital.'],
  ['People visit a flower exhibition in Kunming, southwest China\'s Yunnan Province, Nov. 27, 2026. (Xinhua/Li Ming)', 'People visit a flower exhibition in Kunming, southwest China\'s Yunnan Province, Nov. 27, 2026.'],
  ['An aerial drone photo taken on Nov. 27, 2026 shows the Chongqing port in southwest China. (Xinhua/Wang Quanchao)', 'An aerial drone photo taken on Nov. 27, 2026 shows the Chongqing port in southwest China.'],
  // Kyodo, Yonhap, China Daily, Dawn, a representative picture.
  ['Photo taken on Nov. 27, 2026, shows a snow-covered street in Sapporo, Hokkaido. (Kyodo)', 'Photo taken on Nov. 27, 2026, shows a snow-covered street in Sapporo, Hokkaido.'],
  ['This photo, provided by the defense ministry, shows a drill near Seoul on Nov. 27, 2026. (PHOTO NOT FOR SALE) (Yonhap)', 'This photo, provided by the defense ministry, shows a drill near Seoul on Nov. 27, 2026.'],
  ['Visitors view lanterns at a festival in Nanjing, Jiangsu province, on Thursday. [Photo/Xinhua]', 'Visitors view lanterns at a festival in Nanjing, Jiangsu province, on Thursday.'],
  ['Labourers load sacks of wheat at the port in Karachi on Thursday. — Reuters/File', 'Labourers load sacks of wheat at the port in Karachi on Thursday.'],
  ['A woman waits for a bus in Peshawar on Thursday. — Photo by Jane Doe', 'A woman waits for a bus in Peshawar on Thursday.'],
  ['Students attend a class at a school in Kabul. (Representational image)', 'Students attend a class at a school in Kabul.'],
];

/** Mended too: caption items kept whole, their credit (one the rules did not read) with them; [caption, what stays]. */
const CREDIT_CUT: [string, string][] = [
  ['A farmer harvests rice in a field on the outskirts of Kathmandu, Nepal, 27 November 2026. EPA/NARENDRA SHRESTHA', 'A farmer harvests rice in a field on the outskirts of Kathmandu, Nepal, 27 November 2026.'],
  ['Police officers stand guard outside the parliament in Colombo, Sri Lanka, 27 November 2026. EPA-EFE/CHAMILA KARUNARATHNE', 'Police officers stand guard outside the parliament in Colombo, Sri Lanka, 27 November 2026.'],
  ['Smoke rises from a warehouse fire in Karachi, Pakistan, November 27, 2026, in this screen grab obtained from a social media video. Social Media/via REUTERS',
    'Smoke rises from a warehouse fire in Karachi, Pakistan, November 27, 2026, in this screen grab obtained from a social media video.'],
  ['Firefighters work at the site of a drone strike in Kyiv, Ukraine, November 27, 2026. State Emergency Service of Ukraine/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.',
    'Firefighters work at the site of a drone strike in Kyiv, Ukraine, November 27, 2026.'],
  ['Prayagraj: Devotees take a holy dip in the Ganga, in Prayagraj, Thursday, Nov. 27, 2026. (PTI Photo/Kamal Kishore)(PTI11_27_2026_000245B)',
    'Prayagraj: Devotees take a holy dip in the Ganga, in Prayagraj, Thursday, Nov. 27, 2026.'],
];

const COPY_A = 'The bridge collapsed on Thursday morning, officials said.';

/** Survivors: items the rules already kept (their copy stays as it was), pinned. */
const KEPT: [string[], string[]][] = [
  // The credit on a line of its own under the caption (Reuters' stays, as wire.test.ts pins it; ANI's goes).
  [[WHERE, 'REUTERS/Jane Doe'], [WHERE, 'REUTERS/Jane Doe']],
  [['Farmers block a highway during a protest over crop prices in Amritsar on Thursday.', 'ANI Photo'], ['Farmers block a highway during a protest over crop prices in Amritsar on Thursday.']],
  // A one-paragraph story whose last sentence names a photo or an agency as copy does.
  [['The minister shared a picture of the meeting, taken by a PTI photographer, on Wednesday, officials said.'], ['The minister shared a picture of the meeting, taken by a PTI photographer, on Wednesday, officials said.']],
  [['The footage of the flood was first shared by villagers and later distributed via REUTERS and other agencies, officials said.'], ['The footage of the flood was first shared by villagers and later distributed via REUTERS and other agencies, officials said.']],
  // Two paragraphs of copy: the caption rules' business, not this mend's.
  [[COPY_A, 'A farmer harvests rice near the bridge. EPA/NARENDRA SHRESTHA'], [COPY_A, 'A farmer harvests rice near the bridge. EPA/NARENDRA SHRESTHA']],
];

const COPY = [COPY_A, 'At least 12 people were injured.'];

/** Captions and credits inside a story's copy: chrome, still gone (the story's paragraphs stay). */
const IN_COPY = [
  'Rescue workers at the site of the collapse in Mumbai on Thursday. (PTI Photo)',
  'Rescuers search the rubble in Mumbai, India, November 27, 2026. REUTERS/Jane Doe',
  'Photo: PTI', '(Representational image)', '(AP Photo/John Smith)', 'ANI Photo', 'BSS Photo', '(PTI Photo)',
];

describe('picture desks\' captions', () => {
  it.each(MENDED)('keeps the caption\'s sentences and cuts its credit: %s', async (caption, kept) => {
    expect(await drafted([caption])).toEqual({ title: 'Picture of the day', text: [kept], image: `${SITE}img/1.jpg` });
  });

  it.each(CREDIT_CUT)('cuts the credit the rules did not read from a caption item kept whole: %s', async (caption, kept) => {
    expect((await drafted([caption])).text).toEqual([kept]);
  });

  it.each(KEPT)('keeps what was kept already: %j', async (paragraphs, text) => {
    expect((await drafted(paragraphs)).text).toEqual(text);
  });

  it.each(IN_COPY)('still drops a caption or credit between a story\'s paragraphs: %s', async (line) => {
    expect((await drafted([COPY[0]!, line, COPY[1]!])).text).toEqual(COPY);
  });

  it.each(['(AP Photo/John Smith)', '(PTI Photo)', 'Photo: PTI', 'Dhaka, Nov 27. (PTI Photo)', 'Prime Minister Narendra Modi. (Photo: PTI)'])('gives a credit alone no copy: %s', async (line) => {
    expect((await drafted([line])).text).toEqual([]);
  });
});

const sweep = apiSweep('feeds-caption-items');

const enclosure = (n: number) => `<enclosure url="${SITE}img/${n}.jpg" type="image/jpeg" length="1000"/>`;
const FEED: UnseenFeed = {
  path: '/caption-items/pictures.xml', type: RSS_TYPE, doc: channel('', head('Pictures of the day', SITE), [
    `<item><title>Ferry capsizes off Sulawesi</title><link>${SITE}p/1</link>${DATE}<description>${esc(`${WHERE} REUTERS/Jane Doe`)}</description>${enclosure(1)}</item>`,
    `<item><title>Landslide in Wayanad</title><link>${SITE}p/2</link>${DATE}<description>Rescue workers search the site of a landslide in Wayanad, India, Thursday, Nov. 27, 2026. (AP Photo/John Smith)</description>${enclosure(2)}</item>`,
    `<item><title>Kartik Purnima</title><link>${SITE}p/3</link>${DATE}<description>Devotees take a holy dip in the Ganga, in Prayagraj, Thursday, Nov. 27, 2026. (PTI Photo)</description>${enclosure(3)}</item>`,
  ]),
};

describe('caption items, through the admin API', () => {
  it('polls a picture desk\'s feed and keeps each caption\'s sentence, its credit gone', async () => {
    const story = (link: string, image: string, text: string) => ({ link, published: PUBLISHED, author: null, image, categories: [], text });
    expect(await fieldsOf(sweep, [FEED], [FEED.path])).toEqual({
      'Ferry capsizes off Sulawesi': story(`${SITE}p/1`, `${SITE}img/1.jpg`, WHERE),
      'Landslide in Wayanad': story(`${SITE}p/2`, `${SITE}img/2.jpg`, 'Rescue workers search the site of a landslide in Wayanad, India, Thursday, Nov. 27, 2026.'),
      'Kartik Purnima': story(`${SITE}p/3`, `${SITE}img/3.jpg`, 'Devotees take a holy dip in the Ganga, in Prayagraj, Thursday, Nov. 27, 2026.'),
    });
  });
});
