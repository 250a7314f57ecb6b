import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStoryCache } from '../../src/digests/select.js';
import { sendDigest } from '../../src/digests/send.js';
import { getStory } from '../../src/stories/store.js';
import { activeSubscriber, startDigestRig, type DigestRig } from '../helpers/digests.js';
import { clusterCorpus, corpusItem, HARD_VERSIONS, VERSIONS } from '../helpers/wire-corpus.js';
import { STORIES } from '../fixtures/wire-corpus/stories.js';

/**
 * Two clusters that a later copy shows to be one story merge (src/stories/store.ts mergeClusters): a reader who had
 * the story under the cluster that merged away must not get it again under the one it merged into.
 */

const story = STORIES.find((s) => s.key === 'ians-rafale-marine')!;
const n = STORIES.indexOf(story);
const summary = (() => {
  const { title, paragraphs } = HARD_VERSIONS.summary!(story, n);
  return corpusItem(1, story.key, 'summary', title, paragraphs);
})();
const rewritten = (() => {
  const { title, paragraphs } = VERSIONS.rewritten!(story, n);
  return corpusItem(2, story.key, 'rewritten', title, paragraphs);
})();
const agency = corpusItem(0, story.key, 'agency', story.title, [`${story.dateline} ${story.paragraphs[0]}`, ...story.paragraphs.slice(1)]);

describe('a digest after two clusters of one story merged', () => {
  let rig: DigestRig;
  beforeAll(async () => {
    rig = await startDigestRig('digests-cluster-merge');
  });
  afterAll(async () => rig?.close());

  it('does not send the story again under the cluster it merged into', async () => {
    const deps = { mailer: rig.runtime.mailer, taxonomy: rig.runtime.taxonomy };
    const ctx = { ...rig.ctx, clock: rig.clock };
    rig.clock.t = Date.parse('2026-11-26T07:00:00Z');
    const reader = await activeSubscriber(rig.ctx, { email: 'desk@example.org', topics: rig.runtime.taxonomy.topics.map((t) => t.id), timezone: 'UTC' });
    // The first paragraph alone (an outlet's summary feed) is all there is of the story at the first edition.
    const [first] = await clusterCorpus(ctx, [summary]);
    rig.clock.t += 3600_000;
    const morning = await sendDigest(rig.ctx, deps, reader.id, 'daily-2026-11-26', 'Daily briefing, Thursday 26 November 2026');
    expect(morning).toMatchObject({ status: 'sent' });
    expect((morning as { storyIds: string[] }).storyIds).toContain(first!.id);

    // Then a desk's rewrite (no match for the summary: another first paragraph) and the agency copy (a match for both).
    const later = await clusterCorpus(ctx, [rewritten, agency]);
    expect(later.map((c) => c.cluster)).toEqual([later[0]!.cluster, later[0]!.cluster]);
    expect((await getStory(rig.ctx, first!.id!))?.cluster).toBe(later[0]!.cluster);

    rig.clock.t = Date.parse('2026-11-27T07:00:00Z');
    const next = await sendDigest(rig.ctx, deps, reader.id, 'daily-2026-11-27', 'Daily briefing, Friday 27 November 2026');
    const sent = 'storyIds' in next ? (next.storyIds as string[]) : [];
    expect(sent.filter((id) => later.some((c) => c.id === id))).toEqual([]);
    expect(later.every((c) => c.id !== null)).toBe(true);
  });
});

describe('a digest composed just after a merge, from stories a sending process had read before it', () => {
  let rig: DigestRig;
  beforeAll(async () => {
    rig = await startDigestRig('digests-cluster-merge-cached');
  });
  afterAll(async () => rig?.close());

  it('lists the merged story once, though the story cache still holds its copies under their two old clusters', async () => {
    // One cache for the process, as the digest worker shares it (createStoryCache: a minute).
    const deps = { mailer: rig.runtime.mailer, taxonomy: rig.runtime.taxonomy, stories: createStoryCache() };
    const ctx = { ...rig.ctx, clock: rig.clock };
    rig.clock.t = Date.parse('2026-11-26T07:00:00Z');
    const topics = rig.runtime.taxonomy.topics.map((t) => t.id);
    const early = await activeSubscriber(rig.ctx, { email: 'early@example.org', topics, timezone: 'UTC' });
    const late = await activeSubscriber(rig.ctx, { email: 'late@example.org', topics, timezone: 'UTC' });
    // The summary and the desk's rewrite: two clusters, both read into the cache by the first digest.
    const [s, r] = await clusterCorpus(ctx, [summary, rewritten]);
    expect(s!.cluster).not.toBe(r!.cluster);
    rig.clock.t += 3600_000;
    const first = await sendDigest(rig.ctx, deps, early.id, 'daily-2026-11-26', 'Daily briefing, Thursday 26 November 2026');
    expect((first as { storyIds: string[] }).storyIds).toEqual(expect.arrayContaining([s!.id, r!.id]));

    // The agency copy shows them to be one story: the clusters merge, seconds later.
    const [a] = await clusterCorpus(ctx, [agency]);
    expect((await getStory(rig.ctx, s!.id!))?.cluster).toBe(a!.cluster);
    expect((await getStory(rig.ctx, r!.id!))?.cluster).toBe(a!.cluster);

    const second = await sendDigest(rig.ctx, deps, late.id, 'daily-2026-11-26', 'Daily briefing, Thursday 26 November 2026');
    expect(second).toMatchObject({ status: 'sent' });
    const sent = (second as { storyIds: string[] }).storyIds.filter((id) => [s!.id, r!.id, a!.id].includes(id));
    expect(sent).toHaveLength(1);
    // The mail itself, through the real SMTP server: one of the three copies' headlines, not two.
    const mail = await rig.smtp.waitForMail((m) => m.to.includes('late@example.org'), 'the late reader’s digest');
    const text = mail.parsed.text ?? '';
    // Each copy has its own link: one of the three, not two.
    expect([summary, rewritten, agency].filter((c) => text.includes(c.link))).toHaveLength(1);
  });
});
