import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCluster } from '../../src/stories/store.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { ADMIN_HEADERS as admin, startTestService, type ApiStory, type TestService } from '../helpers/service.js';
import { feedOf, otherDefenceStory, outletA, outletB } from '../helpers/wire-copies.js';

/** DELETE /api/admin/stories/:id over real HTTP: the admin API's way to remove a story by hand, as `wirebrief stories remove`. */


let app: TestService;
let feeds: FeedServer;
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const defence = async () => (await json<{ stories: ApiStory[] }>(await app.get('/api/stories?topic=defence&limit=50'))).stories;
const remove = (id: string, headers: Record<string, string> = { authorization: admin.authorization }) => fetch(`${app.base}/api/admin/stories/${id}`, { method: 'DELETE', headers });

beforeAll(async () => {
  feeds = await startFeedServer();
  app = await startTestService('http-admin-stories', {}, ['api']);
  // Two outlets' copies of one wire story (one cluster), and another story on the same beat.
  feeds.serve('/times.xml', feedOf('Example Times', [{ guid: 't1', link: 'https://times.example/1', ...outletA() }]));
  feeds.serve('/herald.xml', feedOf('Daily Herald', [{ guid: 'h1', link: 'https://herald.example/1', ...outletB() }, { guid: 'h2', link: 'https://herald.example/2', ...otherDefenceStory() }]));
  for (const path of ['/times.xml', '/herald.xml']) expect((await app.post('/api/admin/feeds/poll', { url: feeds.url(path) }, admin)).status).toBe(200);
});
afterAll(async () => {
  await app?.close();
  await feeds?.close();
});

describe('DELETE /api/admin/stories/:id', () => {
  it('refuses a request without the admin token, and removes nothing', async () => {
    const [story] = await defence();
    expect((await remove(story!.id, {})).status).toBe(401);
    expect((await remove(story!.id, { authorization: 'Bearer not-the-admin-token-at-all' })).status).toBe(401);
    expect((await defence()).map((s) => s.id)).toContain(story!.id);
  });

  it('removes a copy: gone from the stories and from its cluster, the other copy stays', async () => {
    const copies = (await defence()).filter((s) => s.title.startsWith('India and Italy'));
    expect(copies).toHaveLength(2);
    const [kept, going] = copies as [ApiStory, ApiStory];
    const res = await remove(going.id);
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ removed: { id: going.id, title: going.title, cluster: going.cluster } });
    const after = await defence();
    expect(after.map((s) => s.id)).not.toContain(going.id);
    expect(after.find((s) => s.id === kept.id)).toMatchObject({ cluster: kept.cluster });
    const cluster = await getCluster(app.service.runtime.ctx, kept.cluster);
    expect(cluster?.stories).toEqual([kept.id]);
    // Removed twice: there is no such story any more.
    expect((await remove(going.id)).status).toBe(404);
  });

  it('answers 404 with a clear error for an id no story has', async () => {
    const res = await remove('0123456789abcdef');
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ error: 'no story 0123456789abcdef: give an id from GET /api/stories' });
  });

  it.each(['s3', '0123456789ABCDEF', '0123456789abcdef0', 'zzzzzzzzzzzzzzzz'])('refuses %s, no story id, with a 400 naming the id', async (id) => {
    const res = await remove(id);
    expect(res.status).toBe(400);
    expect((await json<{ error: string }>(res)).error).toMatch(/^id: must be a story id/);
  });
});
