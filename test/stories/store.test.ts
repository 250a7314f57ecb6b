import { afterAll, describe, expect, it } from 'vitest';
import { getStories, listStories, saveStory, storiesSeenBetween, storyIdFor, type Story } from '../../src/stories/store.js';
import { testCtx } from '../helpers/redis.js';

const ctx = testCtx('stories-store');
afterAll(() => ctx.cleanup());

function story(guid: string, over: Partial<Story> = {}): Story {
  const id = storyIdFor('feed1', guid);
  return {
    id, feedId: 'feed1', feed: 'http://feeds.test/rss', guid, link: `http://news.test/${guid}`, title: `Story ${guid}`, text: 'Body', summary: 'Body',
    published: ctx.now() - 60_000, seenAt: ctx.now(), source: 'Test', agency: null, dateline: null, place: null, author: null, image: null,
    topics: [{ id: 'defence', score: 5 }], cluster: id, sources: ['Test'], ...over,
  };
}

describe('story store', () => {
  it('stores a story once per feed and guid', async () => {
    expect(await saveStory(ctx, story('a'))).toBe('new');
    expect(await saveStory(ctx, story('a', { title: 'changed' }))).toBe('seen');
    const [stored] = await getStories(ctx, [storyIdFor('feed1', 'a')]);
    expect(stored).toMatchObject({ title: 'Story a', topics: [{ id: 'defence', score: 5 }] });
  });

  it('lists newest first by topic and finds stories by first-seen time', async () => {
    await saveStory(ctx, story('b', { published: ctx.now() - 1000, seenAt: ctx.now() + 5 }));
    const listed = await listStories(ctx, { topic: 'defence', limit: 10 });
    expect(listed.map((s) => s.guid)).toEqual(['b', 'a']);
    expect(await storiesSeenBetween(ctx, 'defence', ctx.now(), ctx.now() + 10)).toEqual([storyIdFor('feed1', 'b')]);
    expect(await listStories(ctx, { topic: 'sport', limit: 10 })).toEqual([]);
  });
});
