import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BOARD_PATH } from './queues-board.js';
import { listFeeds, type Feed } from '../feeds/store.js';
import { queryStories } from '../stories/query.js';
import type { Story } from '../stories/store.js';
import { collectStatus, type Status } from '../status.js';
import { findTopicId, type Taxonomy } from '../topics/taxonomy.js';
import { requireAdmin } from './auth.js';
import { registerPageSecurity } from './guard.js';
import { escapeHtml as e, page } from './pages.js';
import type { HttpDeps } from './server.js';

/**
 * The desk: one read-only page at /admin for the operator in a browser —
 * what `wirebrief status` prints, every feed with its state and last error,
 * and the latest stories with the topics they got and why. Behind the admin
 * token as HTTP Basic (a browser prompts), like Bull Board. It changes
 * nothing, so a forged link can do no harm; changes go through the CLI or the
 * admin API.
 */

export const DESK_PATH = '/admin';
const STORIES_SHOWN = 30;

export function deskRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, queues, taxonomy } = deps;
  const deskQuery = z.object({
    topic: z
      .string({ error: 'must be a single topic id' })
      .transform((t) => findTopicId(taxonomy, t) ?? t)
      .refine((t) => taxonomy.byId.has(t), `must be one of ${taxonomy.ids.join(', ')}`)
      .optional(),
  });
  return async (app) => {
    await registerPageSecurity(app, ctx);
    app.addHook('onRequest', requireAdmin(ctx, 'Basic'));
    app.get(DESK_PATH, async (request, reply) => {
      const { topic } = deskQuery.parse(request.query);
      const [feeds, latest] = await Promise.all([listFeeds(ctx), queryStories(ctx, { topic, limit: STORIES_SHOWN })]);
      const status = await collectStatus(ctx, queues, feeds);
      const now = ctx.now();
      const body = [summary(status, now), feedTable(feeds, now), storyList(latest.stories, taxonomy, topic ?? null, now), links()].join('\n');
      return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page('Desk', body, { wide: true }));
    });
  };
}

function summary(s: Status, now: number): string {
  const subscribers = Object.entries(s.subscribers)
    .map(([k, v]) => `${e(k)} ${v}`)
    .join(', ');
  const next = s.nextEdition ? when(Date.parse(s.nextEdition), now) : 'none scheduled (is a scheduler running?)';
  const rows = Object.entries(s.queues)
    .map(([name, c]) => `<tr><th scope="row">${e(name)}</th><td>${c.waiting}</td><td>${c.active}</td><td>${c.delayed}</td><td${c.failed ? ' class="bad"' : ''}>${c.failed}</td><td>${c.workers! < 0 ? 'unknown' : c.workers}</td></tr>`)
    .join('\n');
  return `<h2>At a glance</h2>
<ul>
<li>Feeds: ${s.feeds.total} — ok ${s.feeds.ok}, backing off ${s.feeds['backing-off']}, disabled ${s.feeds.disabled}</li>
<li>Subscribers: ${subscribers}</li>
<li>Next edition: ${next}</li>
<li>Redis: ${e(s.redis.version ?? '?')}, memory ${e(s.redis.usedMemoryHuman)}, AOF ${s.redis.aof ? 'on' : 'off'}</li>
</ul>
<table><caption>Queues</caption>
<thead><tr><th scope="col">queue</th><th scope="col">waiting</th><th scope="col">active</th><th scope="col">delayed</th><th scope="col">failed</th><th scope="col">workers</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

/** Failing feeds first (most errors first), then the rest by name. */
function byAttention(a: Feed, b: Feed): number {
  const trouble = (f: Feed) => (f.status === 'ok' && !f.lastError ? 0 : 1);
  return trouble(b) - trouble(a) || b.errors - a.errors || (a.title ?? a.url).localeCompare(b.title ?? b.url);
}

function feedTable(feeds: Feed[], now: number): string {
  if (feeds.length === 0) return '<h2>Feeds</h2>\n<p>No feeds yet: add one with <code>wirebrief feeds add &lt;url&gt;</code> or <code>POST /api/admin/feeds</code>.</p>';
  const rows = [...feeds]
    .sort(byAttention)
    .map((f) => {
      const problem = f.lastError ?? f.lastWarning;
      return `<tr><td>${e(f.title ?? '(untitled)')}<span class="hint">${e(f.url)}</span></td><td${f.status === 'ok' ? '' : ' class="bad"'}>${e(f.status)}</td><td>${f.errors}</td><td>${f.lastSuccessAt ? when(f.lastSuccessAt, now) : 'never'}</td><td>${f.status === 'disabled' ? '—' : f.nextPollAt ? when(f.nextPollAt, now) : 'soon'}</td><td>${problem ? e(problem) : ''}</td></tr>`;
    })
    .join('\n');
  return `<h2>Feeds</h2>
<table>
<thead><tr><th scope="col">feed</th><th scope="col">state</th><th scope="col">errors in a row</th><th scope="col">last success</th><th scope="col">next poll</th><th scope="col">last error or warning</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function storyList(stories: Story[], taxonomy: Taxonomy, topic: string | null, now: number): string {
  const filter = [`<a href="${DESK_PATH}"${topic ? '' : ' aria-current="page"'}>all</a>`, ...taxonomy.topics.map((t) => `<a href="${DESK_PATH}?topic=${e(t.id)}"${t.id === topic ? ' aria-current="page"' : ''}>${e(t.id)}</a>`)].join(' · ');
  const heading = `<h2>Latest stories${topic ? ` in ${e(taxonomy.byId.get(topic)!.label)}` : ''}</h2>\n<p>Topic: ${filter}</p>`;
  if (stories.length === 0) return `${heading}\n<p>None yet.</p>`;
  const items = stories.map((s) => {
    const title = s.link ? `<a href="${e(s.link)}" rel="noreferrer noopener">${e(s.title)}</a>` : e(s.title);
    const others = s.sources.length > 1 ? ` (and ${s.sources.length - 1} more outlet${s.sources.length > 2 ? 's' : ''})` : '';
    const topics = s.topics.length
      ? s.topics.map((t) => `<strong>${e(t.id)}</strong> ${t.score.toFixed(2)}${t.reasons?.length ? ` <span class="why">(${e(t.reasons.join(', '))})</span>` : ''}`).join('; ')
      : '<em>no topic</em>';
    return `<li>${title}<span class="hint">${e(s.source)}${others}, seen ${when(s.seenAt, now)}${s.dateline ? ` · ${e(s.dateline)}` : ''}</span><span class="hint">${topics}</span></li>`;
  });
  return `${heading}\n<ol class="stories">\n${items.join('\n')}\n</ol>`;
}

function links(): string {
  return `<h2>More</h2>
<ul>
<li><a href="${BOARD_PATH}">Queues and jobs</a> (Bull Board: retry or clean jobs)</li>
<li><a href="/api/admin/status">Status as JSON</a> (what <code>wirebrief status --json</code> prints)</li>
<li><a href="/api/admin/feeds/opml">Every feed as OPML</a></li>
</ul>`;
}

/** A time as a reader says it ("12 min ago", "in 3 h"), with the exact time in the markup. */
function when(t: number, now: number): string {
  const iso = new Date(t).toISOString();
  const ago = now - t;
  const span = Math.abs(ago);
  const amount = span < 90_000 ? `${Math.max(1, Math.round(span / 1000))} s` : span < 5_400_000 ? `${Math.round(span / 60_000)} min` : span < 172_800_000 ? `${Math.round(span / 3_600_000)} h` : `${Math.round(span / 86_400_000)} days`;
  return `<time datetime="${iso}" title="${iso}">${ago >= 0 ? `${amount} ago` : `in ${amount}`}</time>`;
}
