import { describe, expect, it } from 'vitest';
import { digestView, renderDigest, type DigestInput } from '../../src/digests/render.js';
import { renderMjml, renderText } from '../../src/mail/templates.js';
import type { DigestItem } from '../../src/digests/select.js';
import type { Story } from '../../src/stories/store.js';

const NOON = Date.parse('2026-02-27T12:00:00Z');

function item(fields: Partial<Story> & { title: string }, alsoCarriedBy: string[] = []): DigestItem {
  const story: Story = {
    id: fields.title,
    feedId: 'f1',
    feed: 'https://wire.example/rss',
    guid: fields.title,
    link: 'https://wire.example/news/1',
    text: '',
    summary: '',
    published: NOON,
    seenAt: NOON,
    source: 'Wire Example',
    agency: null,
    dateline: null,
    place: null,
    author: null,
    image: null,
    cluster: fields.title,
    sources: [],
    topics: [{ id: 'defence', score: 1 }],
    ...fields,
  };
  return { story, alsoCarriedBy, sourceCount: 1 + alsoCarriedBy.length, score: 1, latestPublished: story.published };
}

const input = (items: DigestItem[]): DigestInput => ({
  editionLabel: 'Daily briefing, Friday 27 February 2026',
  sections: [{ topic: 'defence', label: 'Defence', items }],
  since: NOON - 86_400_000,
  timezone: 'UTC',
  topicsLine: 'Defence',
  slotLine: 'daily at 07:00 (UTC)',
  manageUrl: 'https://news.example.org/manage?token=abc',
  unsubscribeUrl: 'https://news.example.org/unsubscribe?token=abc',
});

const stories = (items: DigestItem[]) => digestView(input(items)).sections[0]!.stories;

/** What one story of a digest says, as a subscriber reads it. */
describe('a story in the digest', () => {
  it('has no summary when the summary only says the headline again (Google News entries)', () => {
    const [cnn, nejm, real, prefix] = stories([
      item({
        title: 'CNN Exclusive: Biden administration offers convicted Russian arms dealer in exchange for Griner, Whelan - CNN',
        summary: 'CNN Exclusive: Biden administration offers convicted Russian arms dealer in exchange for Griner, Whelan CNN',
      }),
      item({
        title: 'Supplemental Vitamin D and Incident Fractures in Midlife and Older Adults | NEJM - nejm.org',
        summary: 'Supplemental Vitamin D and Incident Fractures in Midlife and Older Adults | NEJM nejm.orgView Full Coverage on Google News',
      }),
      // A summary that starts like the headline but goes on to say more is kept.
      item({ title: 'The Goal', summary: 'The goal isn’t specifically impeachment and conviction. It’s for Trump to leave office.' }),
      item({ title: 'Agni-5 test-fired from Odisha coast, DRDO says', summary: 'Agni-5 test-fired from Odisha coast' }),
    ]);
    expect(cnn!.summary).toBe('');
    expect(nejm!.summary).toBe('');
    expect(real!.summary).toBe('The goal isn’t specifically impeachment and conviction. It’s for Trump to leave office.');
    expect(prefix!.summary).toBe('');
  });

  it('names at most four outlets that also carry it, and counts the rest', () => {
    const outlets = ['ANI News', 'Business Standard', 'Daijiworld', 'Deccan Herald', 'Free Press Journal', 'Lokmat Times', 'The Hindu', 'The Tribune'];
    const credits = stories([
      item({ title: 'big', dateline: 'Rome, Feb 27 (IANS)' }, outlets),
      item({ title: 'four', dateline: 'Rome, Feb 27 (IANS)' }, outlets.slice(0, 4)),
      item({ title: 'alone', dateline: 'Rome, Feb 27 (IANS)' }),
    ]).map((s) => s.credit);
    expect(credits).toEqual([
      'Rome, Feb 27 (IANS) · also carried by ANI News, Business Standard, Daijiworld and 5 others',
      'Rome, Feb 27 (IANS) · also carried by ANI News, Business Standard, Daijiworld, Deccan Herald',
      'Rome, Feb 27 (IANS)',
    ]);
  });

  it('shows a story whose entry had no link as a headline that goes nowhere rather than a dead link', async () => {
    const view = digestView(input([item({ title: 'Press release without a page', summary: 'The ministry said so.', link: '' }), item({ title: 'Linked story' })]));
    const digest = await renderDigest(view);
    expect(digest.html).not.toContain('href=""');
    expect(digest.html.match(/>Read more</g)).toHaveLength(1);
    expect(digest.html).toContain('Press release without a page');
    expect(digest.html).toBe(await renderMjml('digest', view));
    expect(digest.text).not.toMatch(/Read more: *$/m);
    expect(digest.text).toContain('Read more: https://wire.example/news/1');
  });

  it('reads in a plain-text mail reader: no line over 76 characters but a link, every word and link kept', () => {
    const long = item({
      title: 'Ukraine warns Kremlin to retreat or be annihilated in Kherson; US pushing deal to free Griner: Live updates - USA TODAY',
      summary:
        'To Jean McCathern, it seemed that the barrage of allergies — to pollen, mold, dust mites and cats — arose out of nowhere. In 1980 McCathern, then a 24-year-old Air Force staff sergeant assigned to the National Security Agency, began to wheeze.',
      dateline: 'New Delhi, Feb 27 (IANS)',
      link: 'https://www.theguardian.com/world/2018/jan/31/russia-backed-syrian-peace-talks-deal-constitution-un-envoy-defends-presence',
    }, ['ANI News', 'Hindustan Times', 'The Tribune', 'Deccan Herald', 'The Hindu', 'Business Standard']);
    const view = { ...digestView(input([long])), topicsLine: 'Defence, Diplomacy, Economy, business and finance, Sport' };
    const text = renderText('digest', view);
    const overlong = text.split('\n').filter((line) => line.length > 76 && !/https?:\/\//.test(line));
    expect(overlong).toEqual([]);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const story = view.sections[0]!.stories[0]!;
    expect(words(text).join(' ')).toContain(words(`* ${story.title} ${story.credit} ${story.summary}`).join(' '));
    expect(text).toContain(`Read more: ${story.link}`);
    expect(text).toContain(`Unsubscribe: ${view.unsubscribeUrl}`);
  });
});
