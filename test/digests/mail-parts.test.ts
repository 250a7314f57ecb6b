import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';

const HOUR = 3600_000;
const AWKWARD = 'Tanks & troops <live> at the border 🚀 “talks” resume';

/**
 * The digest as it arrives over real SMTP, parsed by mailparser: both parts
 * carry the same stories and links, awkward headlines survive both, and the
 * headers are what mailbox providers look for.
 */
describe('a digest as it arrives', () => {
  let rig: DigestRig;

  beforeAll(async () => {
    rig = await startDigestRig('digests-mail-parts', { PUBLIC_URL: 'https://news.example.org' });
    const t0 = Date.parse('2026-03-02T00:00:00Z');
    rig.clock.t = t0;
    await activeSubscriber(rig.ctx, { email: 'one@example.org', topics: ['defence', 'economy'], hour: 7, timezone: 'Asia/Kathmandu' });
    await activeSubscriber(rig.ctx, { email: 'two@example.org', topics: ['defence'], hour: 7, timezone: 'Asia/Kathmandu' });
    await seedStory(rig.ctx, { title: AWKWARD, topics: ['defence'], seenAt: t0 - 2 * HOUR });
    for (let i = 0; i < 3; i++) await seedStory(rig.ctx, { title: `Rupee closes higher, day ${i}`, topics: ['economy'], seenAt: t0 - (3 + i) * HOUR });
    // 07:00 in Kathmandu (UTC+5:45) is 01:15 UTC; the next day's edition brings one new story.
    for (let t = t0; t < t0 + 2 * HOUR; t += 15 * 60_000) await rig.tick(t);
    await seedStory(rig.ctx, { title: 'Navy commissions a survey vessel', topics: ['defence'], seenAt: t0 + 12 * HOUR });
    for (let t = t0 + 24 * HOUR; t < t0 + 26 * HOUR; t += 15 * 60_000) await rig.tick(t);
  }, 120_000);
  afterAll(async () => rig?.close());

  it('arrives at 07:00 in Kathmandu, once a day', () => {
    expect(digestsTo(rig.smtp, 'one@example.org').map((m) => m.parsed.subject?.split(':')[0])).toEqual(['Daily briefing, Monday 2 March 2026', 'Daily briefing, Tuesday 3 March 2026']);
  });

  it('carries an awkward headline intact in the subject and both parts, escaped once in the HTML', () => {
    const [first] = digestsTo(rig.smtp, 'one@example.org');
    const { subject, text, html } = first!.parsed;
    expect(subject).toBe(`Daily briefing, Monday 2 March 2026: ${AWKWARD}`);
    expect(text).toContain(`* ${AWKWARD}`);
    const escaped = AWKWARD.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;');
    expect(html).toContain(`>${escaped}</a>`);
    expect(html).not.toContain('<live>');
    expect(html).not.toContain('&amp;amp;');
  });

  it('has the same stories and links in the HTML and the text part, every link absolute and untracked', () => {
    for (const mail of rig.smtp.mails.filter((m) => /briefing/.test(m.parsed.subject ?? ''))) {
      const { text, html } = mail.parsed;
      const htmlLinks = [...(html as string).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      const textLinks = [...(text ?? '').matchAll(/(?:Read more|Manage preferences|Unsubscribe): (\S+)/g)].map((m) => m[1]!);
      expect(new Set(htmlLinks)).toEqual(new Set(textLinks));
      for (const link of htmlLinks) {
        expect(link).toMatch(/^https:\/\//);
        expect(link).not.toMatch(/[?&]utm_/);
      }
      const htmlHeadlines = [...(html as string).matchAll(/class="wb-headline"[^>]*>([^<]+)</g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
      const textHeadlines = [...(text ?? '').matchAll(/^\* (.+)$/gm)].map((m) => m[1]!);
      expect(htmlHeadlines).toEqual(textHeadlines);
      expect(htmlHeadlines.length).toBeGreaterThan(0);
    }
  });

  it('never repeats a story a subscriber already had', () => {
    const [first, second] = digestsTo(rig.smtp, 'one@example.org');
    expect(second!.parsed.text).toContain('Navy commissions a survey vessel');
    expect(second!.parsed.text).not.toContain(AWKWARD);
    expect(second!.parsed.text).not.toContain('Rupee closes higher');
    expect(first!.parsed.text).toContain('Rupee closes higher, day 0');
    // A topic with nothing new has no section, not an empty heading.
    const heading = /^== Economy, business and finance ==$/m;
    expect(first!.parsed.text).toMatch(heading);
    expect(second!.parsed.text).not.toMatch(heading);
    // In the HTML the label is the section's heading and, in the footer, one of the topics the reader chose.
    const mentions = (html: string | false | undefined) => String(html).split('Economy, business and finance').length - 1;
    expect(mentions(first!.parsed.html)).toBe(2);
    expect(mentions(second!.parsed.html)).toBe(1);
  });

  it('has unsubscribe headers, a unique Message-ID on the sender’s domain, and a Date', () => {
    const mails = rig.smtp.mails.filter((m) => /briefing/.test(m.parsed.subject ?? ''));
    expect(mails).toHaveLength(4);
    const ids = mails.map((m) => m.parsed.messageId);
    expect(new Set(ids).size).toBe(4);
    for (const mail of mails) {
      expect(mail.parsed.messageId).toMatch(/^<[^<>@\s]+@wirebrief\.test>$/);
      const raw = String(mail.raw);
      const unsubscribe = (/^List-Unsubscribe:(.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '').replace(/\r?\n[ \t]+/g, ' ').trim();
      expect(unsubscribe).toMatch(/^<https:\/\/news\.example\.org\/unsubscribe\?token=[^>]+>, <mailto:unsubscribe@wirebrief\.test\?subject=unsubscribe%20[^>]+>$/);
      expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
      expect(mail.parsed.date).toBeInstanceOf(Date);
      expect(Math.abs(mail.parsed.date!.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    }
  });
});
