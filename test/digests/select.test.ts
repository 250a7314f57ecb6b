import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestView } from '../../src/digests/render.js';
import { createCandidateCache, createStoryCache, lookbackMs, rankClusters, selectStories } from '../../src/digests/select.js';
import type { Story } from '../../src/stories/store.js';
import type { Subscriber } from '../../src/subscribers/store.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { activeSubscriber, seedStory } from '../helpers/digests.js';
import { testCtx } from '../helpers/redis.js';

const HOUR = 3600_000;
const NOON = Date.parse('2026-02-27T12:00:00Z');

describe('story selection', () => {
  const ctx = testCtx('digests-select');
  const taxonomy = loadTaxonomy();
  let reader: Subscriber;
  const stories: Record<string, Story> = {};

  beforeAll(async () => {
    ctx.clock.t = NOON;
    reader = await activeSubscriber(ctx, { email: 'reader@example.org', topics: ['diplomacy', 'defence'] });
    const add = async (name: string, fields: Partial<Omit<Story, 'topics'>> & { topics: string[]; seenAt: number }) => {
      stories[name] = await seedStory(ctx, { title: name, guid: name, ...fields });
    };
    // One wire story carried by three outlets: one cluster.
    await add('rafale-ians', { topics: ['defence'], seenAt: NOON - 6 * HOUR, cluster: 'c-rafale', source: 'IANS wire', agency: 'IANS', sources: ['IANS wire'] });
    await add('rafale-pti', { topics: ['defence'], seenAt: NOON - 5 * HOUR, cluster: 'c-rafale', source: 'The Tribune', agency: 'PTI', sources: ['The Tribune'], feedId: 'f2' });
    await add('rafale-ani', { topics: ['defence'], seenAt: NOON - 4 * HOUR, cluster: 'c-rafale', source: 'ANI News', agency: 'ANI', sources: ['ANI News', 'Hindustan Times'], feedId: 'f3' });
    // Fresh, but carried by one outlet only.
    await add('drill', { topics: ['defence'], seenAt: NOON - 1 * HOUR });
    // Old news, one outlet.
    await add('parade', { topics: ['defence'], seenAt: NOON - 30 * HOUR });
    // In both topics: shown once, under diplomacy (first in the subscriber's order).
    await add('summit', { topics: ['diplomacy', 'defence'], seenAt: NOON - 2 * HOUR });
    await add('envoy', { topics: ['diplomacy'], seenAt: NOON - 3 * HOUR });
    // Beyond the 48 h lookback.
    await add('ancient', { topics: ['defence'], seenAt: NOON - 60 * HOUR });
  });
  afterAll(async () => ctx.cleanup());

  const select = (over: Partial<Parameters<typeof selectStories>[3]> = {}, sub = reader) =>
    selectStories(ctx, taxonomy, sub, { until: NOON, maxPerTopic: 5, lookbackMs: lookbackMs(ctx, 'daily'), ...over });

  it('keeps the subscriber’s topic order, one entry per cluster, ranked by sources and recency, within the lookback', async () => {
    const { sections, storyIds } = await select();
    expect(sections.map((s) => s.topic)).toEqual(['diplomacy', 'defence']);
    expect(sections[0]!.items.map((i) => i.story.title)).toEqual(['summit', 'envoy']);
    expect(sections[1]!.items.map((i) => i.story.title)).toEqual(['rafale-ians', 'drill', 'parade']);
    const rafale = sections[1]!.items[0]!;
    expect(rafale.sourceCount).toBe(4);
    expect(rafale.alsoCarriedBy).toEqual(['ANI News', 'Hindustan Times', 'The Tribune']);
    expect(storyIds).not.toContain(stories.ancient!.id);
    expect(storyIds).not.toContain(stories['rafale-pti']!.id);
  });

  it('says "also carried by" in the credit line', async () => {
    const { sections, from } = await select();
    const view = digestView({ editionLabel: 'E', sections, since: from, timezone: 'UTC', topicsLine: '', slotLine: '', manageUrl: '', unsubscribeUrl: '' });
    expect(view.sections[1]!.stories[0]!.credit).toBe('New Delhi, Feb 27 (IANS) · also carried by ANI News, Hindustan Times, The Tribune');
  });

  it('takes the top N per topic', async () => {
    const { sections } = await select({ maxPerTopic: 1 });
    expect(sections.map((s) => s.items.map((i) => i.story.title))).toEqual([['summit'], ['rafale-ians']]);
  });

  it('starts after the cursor, and leaves out clusters the subscriber already had', async () => {
    const { sections } = await select({}, { ...reader, lastDigestAt: NOON - 4.5 * HOUR });
    expect(sections.flatMap((s) => s.items.map((i) => i.story.title))).toEqual(['summit', 'envoy', 'rafale-ani', 'drill']);
    const later = await select({ alreadySent: Promise.resolve(new Set(['c-rafale'])) }, { ...reader, lastDigestAt: NOON - 4.5 * HOUR });
    expect(later.sections.flatMap((s) => s.items.map((i) => i.story.title))).toEqual(['summit', 'envoy', 'drill']);
  });

  it('reads stories through the cache the same as without it', async () => {
    const cache = createStoryCache();
    expect(await select({ stories: cache })).toEqual(await select());
    expect(await select({ stories: cache })).toEqual(await select());
  });

  it('ranks a big story above a slightly fresher small one, and a fresh one above a stale big one', () => {
    const s = (id: string, hoursAgo: number, sources: string[]): Story => ({ ...stories.drill!, id, cluster: id, title: id, published: NOON - hoursAgo * HOUR, seenAt: NOON - hoursAgo * HOUR, sources, source: sources[0]! });
    const ranked = rankClusters([s('small-fresh', 1, ['A']), s('big', 3, ['A', 'B', 'C', 'D']), s('big-stale', 40, ['A', 'B', 'C', 'D', 'E'])], NOON);
    expect(ranked.map((r) => r.story.id)).toEqual(['big', 'small-fresh', 'big-stale']);
  });
});

describe('story selection: old entries first seen now', () => {
  const ctx = testCtx('digests-select-backlog');
  const taxonomy = loadTaxonomy();
  afterAll(async () => ctx.cleanup());

  it('leaves out a story published before the lookback, however recently a feed brought it', async () => {
    ctx.clock.t = NOON;
    const reader = await activeSubscriber(ctx, { email: 'defence@example.org', topics: ['defence'] });
    const weekly = { ...reader, frequency: 'weekly' as const };
    // A feed added an hour ago: its archive comes in with today's news.
    await seedStory(ctx, { title: 'Missile test today', guid: 'today', topics: ['defence'], seenAt: NOON - HOUR, published: NOON - 2 * HOUR });
    await seedStory(ctx, { title: 'Late wire copy', guid: 'late', topics: ['defence'], seenAt: NOON - HOUR, published: NOON - 40 * HOUR });
    await seedStory(ctx, { title: 'Five days old', guid: 'days', topics: ['defence'], seenAt: NOON - HOUR, published: NOON - 5 * 24 * HOUR });
    await seedStory(ctx, { title: 'Archive piece from 2018', guid: 'archive', topics: ['defence'], seenAt: NOON - HOUR, published: Date.parse('2018-01-31T10:00:00Z') });
    const titles = async (sub: Subscriber) =>
      (await selectStories(ctx, taxonomy, sub, { until: NOON, maxPerTopic: 5, lookbackMs: lookbackMs(ctx, sub.frequency) })).sections.flatMap((s) => s.items.map((i) => i.story.title));
    expect(await titles(reader)).toEqual(['Missile test today', 'Late wire copy']);
    // After a digest yesterday, a story the feed was slow to carry is still in.
    expect(await titles({ ...reader, lastDigestAt: NOON - 24 * HOUR })).toEqual(['Missile test today', 'Late wire copy']);
    expect(await titles(weekly)).toEqual(['Missile test today', 'Late wire copy', 'Five days old']);
  });

  it('keeps a story that outlets carry now, though one copy is dated before the lookback (a misdated copy)', async () => {
    ctx.clock.t = NOON;
    const reader = await activeSubscriber(ctx, { email: 'misdated@example.org', topics: ['diplomacy'] });
    await seedStory(ctx, { title: 'Envoys meet in Geneva', guid: 'envoys-a', topics: ['diplomacy'], cluster: 'envoys', seenAt: NOON - HOUR, published: Date.parse('2019-06-01T08:00:00Z'), source: 'Stale Clock Times' });
    await seedStory(ctx, { title: 'Envoys meet in Geneva today', guid: 'envoys-b', topics: ['diplomacy'], cluster: 'envoys', seenAt: NOON - HOUR, published: NOON - 3 * HOUR, source: 'Wire Desk' });
    await seedStory(ctx, { title: 'Old treaty text', guid: 'treaty', topics: ['diplomacy'], seenAt: NOON - HOUR, published: Date.parse('2019-06-01T08:00:00Z') });
    const { sections } = await selectStories(ctx, taxonomy, reader, { until: NOON, maxPerTopic: 5, lookbackMs: lookbackMs(ctx, 'daily') });
    const items = sections.flatMap((s) => s.items);
    expect(items.map((i) => i.story.cluster)).toEqual(['envoys']);
    expect(items[0]!.sourceCount).toBe(2);
  });
});

describe('story selection: the classifier’s guesses', () => {
  const ctx = testCtx('digests-select-guesses');
  const taxonomy = loadTaxonomy();
  afterAll(async () => ctx.cleanup());

  it('ranks a story that surely is sport above a fresher one the classifier only guessed is sport', async () => {
    ctx.clock.t = NOON;
    const fan = await activeSubscriber(ctx, { email: 'fan@example.org', topics: ['sport'] });
    // Passed no topic's cut-off; sport was only its best guess (score under 0.5).
    await seedStory(ctx, { title: 'BIOS-Option macht ThinkPads zu Briefbeschwerern', guid: 'bios', topics: [{ id: 'sport', score: 0.404 }], seenAt: NOON - HOUR });
    await seedStory(ctx, { title: 'Ranji Trophy final: J&K reach 186/4', guid: 'ranji', topics: [{ id: 'sport', score: 0.93 }], seenAt: NOON - 6 * HOUR });
    await seedStory(ctx, { title: 'T20 WC: New Zealand elect to bat', guid: 't20', topics: [{ id: 'sport', score: 0.5 }], seenAt: NOON - 8 * HOUR });
    const titles = async (maxPerTopic: number) =>
      (await selectStories(ctx, taxonomy, fan, { until: NOON, maxPerTopic, lookbackMs: lookbackMs(ctx, 'daily') })).sections.flatMap((s) => s.items.map((i) => i.story.title));
    expect(await titles(2)).toEqual(['Ranji Trophy final: J&K reach 186/4', 'T20 WC: New Zealand elect to bat']);
    // With room to spare, the guess still fills the section.
    expect(await titles(5)).toEqual(['Ranji Trophy final: J&K reach 186/4', 'T20 WC: New Zealand elect to bat', 'BIOS-Option macht ThinkPads zu Briefbeschwerern']);
  });
});

describe('story selection: a weekly digest', () => {
  const ctx = testCtx('digests-select-weekly');
  const taxonomy = loadTaxonomy();
  afterAll(async () => ctx.cleanup());

  it('holds the week’s big story, not only the last day’s small ones', async () => {
    ctx.clock.t = NOON;
    const weekly = await activeSubscriber(ctx, { email: 'weekly@example.org', topics: ['defence'], frequency: 'weekly', weekday: 5, hour: 12 });
    // Monday: a missile test every outlet carried.
    const monday = NOON - 4 * 24 * HOUR;
    await seedStory(ctx, { title: 'Agni-5 test-fired', guid: 'agni', topics: ['defence'], seenAt: monday, sources: ['IANS', 'PTI', 'ANI News', 'The Hindu', 'The Tribune'] });
    // Thursday and Friday: five small stories, one outlet each.
    for (let i = 1; i <= 5; i++) await seedStory(ctx, { title: `Small story ${i}`, guid: `small-${i}`, topics: ['defence'], seenAt: NOON - i * 5 * HOUR });
    const cache = createCandidateCache();
    for (const candidates of [undefined, cache]) {
      const { sections } = await selectStories(ctx, taxonomy, weekly, { until: NOON, maxPerTopic: 5, lookbackMs: lookbackMs(ctx, 'weekly'), candidates });
      expect(sections[0]!.items.map((i) => i.story.title)).toContain('Agni-5 test-fired');
    }
    // A daily reader's digest still leans on the last hours.
    const daily = { ...weekly, frequency: 'daily' as const };
    const { sections } = await selectStories(ctx, taxonomy, daily, { until: NOON, maxPerTopic: 5, lookbackMs: 5 * 24 * HOUR, candidates: cache });
    expect(sections[0]!.items.map((i) => i.story.title)).toEqual(['Small story 1', 'Small story 2', 'Small story 3', 'Small story 4', 'Small story 5']);
  });
});
