import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mjml2html from 'mjml';
import Mustache from 'mustache';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestView, renderDigest, type DigestView, type RenderedDigest } from '../../src/digests/render.js';
import { composeDigest } from '../../src/digests/send.js';
import { addFeed } from '../../src/feeds/store.js';
import { pollFeed } from '../../src/feeds/poll.js';
import { escapeHtml } from '../../src/html.js';
import { renderMjml, templateSource } from '../../src/mail/templates.js';
import { createClassifier } from '../../src/topics/classifier.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { activeSubscriber } from '../helpers/digests.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { testCtx } from '../helpers/redis.js';
import { CHROMIUM, lacking } from '../helpers/tools.js';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The digest as subscribers see it, from the seed feed through the real
 * ingest, selection and rendering: valid MJML at level strict, a text part
 * written for reading, and the HTML looked at in headless Chromium.
 */
const withBrowser = !lacking('chromium');

describe('digest rendering', () => {
  const ctx = testCtx('digests-render');
  const taxonomy = loadTaxonomy();
  let feeds: FeedServer;
  let view: DigestView;
  let digest: RenderedDigest;
  let browser: Browser;

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.serveFile('/wire.rss', fixture('wire.rss'));
    const { feed } = await addFeed(ctx, feeds.url('/wire.rss'));
    ctx.clock.t = Date.parse('2026-02-27T15:00:00Z');
    await pollFeed(ctx, createClassifier(taxonomy), feed.id);
    const reader = await activeSubscriber(ctx, { email: 'reader@example.org', topics: ['defence', 'diplomacy', 'economy', 'sport', 'entertainment', 'society'], timezone: 'Asia/Kolkata' });
    const composed = await composeDigest(ctx, { mailer: null as never, taxonomy }, reader, 'Daily briefing, Friday 27 February 2026', ctx.clock.t);
    expect(composed.selection.storyIds.length).toBeGreaterThanOrEqual(3);
    digest = composed.rendered!;
    view = digestView({
      editionLabel: 'Daily briefing, Friday 27 February 2026',
      sections: composed.selection.sections,
      since: composed.selection.from,
      timezone: reader.timezone,
      topicsLine: 'Defence, Diplomacy',
      slotLine: 'daily at 07:00 (Asia/Kolkata)',
      manageUrl: 'https://news.example.org/manage?token=abc',
      unsubscribeUrl: 'https://news.example.org/unsubscribe?token=abc',
    });
    if (withBrowser) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await feeds?.close();
    await ctx.cleanup();
  });

  it('passes MJML validation at level strict, and is what direct rendering gives', async () => {
    const filled = Mustache.render(templateSource('digest.mjml'), view, {}, { escape: escapeHtml });
    const soft = await mjml2html(filled, { validationLevel: 'soft' });
    expect(soft.errors).toEqual([]);
    await expect(mjml2html(filled, { validationLevel: 'strict' })).resolves.toBeTruthy();
    const nothing = Mustache.render(templateSource('digest.mjml'), { ...view, sections: [] }, {}, { escape: escapeHtml });
    expect((await mjml2html(nothing, { validationLevel: 'soft' })).errors).toEqual([]);
    expect((await renderDigest(view)).html).toBe(await renderMjml('digest', view));
  });

  it('has a real text part with every headline and link, and a subject naming the edition and the top story', () => {
    const stories = digest.text.match(/^\* /gm) ?? [];
    expect(stories.length).toBeGreaterThanOrEqual(3);
    // Long headlines are wrapped over lines (see wrapText): read the words.
    const words = digest.text.replace(/\s+/g, ' ');
    for (const section of view.sections) {
      expect(digest.text).toContain(`== ${section.label} ==`);
      for (const story of section.stories) {
        expect(words).toContain(story.title);
        expect(digest.text).toContain(`Read more: ${story.link}`);
        expect(digest.html).toContain(escapeHtml(story.link));
      }
    }
    // Written for reading, not stripped HTML: no tags, no entities, no CSS.
    expect(digest.text).not.toMatch(/<[a-z/][^>]*>|&(amp|lt|gt|quot|#39);|\{[^}]*:[^}]*\}/i);
    expect(digest.text).toContain('Unsubscribe: ');
    expect(digest.subject).toBe(`Daily briefing, Friday 27 February 2026: ${view.sections[0]!.stories[0]!.title}`);
    expect(digest.html).toContain('prefers-color-scheme: dark');
    expect(digest.html).toContain('<meta name="color-scheme" content="light dark"');
  });

  it.skipIf(!withBrowser)('renders in headless Chromium on desktop, on a phone and in dark mode (screenshots in test/artifacts/)', async () => {
    mkdirSync(artifacts, { recursive: true });
    const shots = [
      { file: 'digest-desktop.png', width: 900, scheme: 'light' as const },
      { file: 'digest-phone.png', width: 375, scheme: 'light' as const },
      { file: 'digest-dark.png', width: 900, scheme: 'dark' as const },
    ];
    const seen: Record<string, { page: string; card: string; headline: string; overflow: boolean }> = {};
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: 900 }, colorScheme: shot.scheme });
      // Nothing leaves the machine: the digest has no remote assets, and none may be fetched.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(digest.html, { waitUntil: 'load' });
      const body = await page.textContent('body');
      for (const section of view.sections) for (const story of section.stories) expect(body).toContain(story.title);
      // Evaluated in the page (a string: the project's TypeScript has no DOM types).
      seen[shot.file] = (await page.evaluate(`({
        page: getComputedStyle(document.body).backgroundColor,
        card: getComputedStyle(document.querySelector('.wb-card')).backgroundColor,
        headline: getComputedStyle(document.querySelector('a.wb-headline')).color,
        overflow: document.documentElement.scrollWidth > window.innerWidth,
      })`)) as { page: string; card: string; headline: string; overflow: boolean };
      await page.screenshot({ path: `${artifacts}${shot.file}`, fullPage: true });
      expect(statSync(`${artifacts}${shot.file}`).size).toBeGreaterThan(10_000);
      await page.close();
    }
    // The phone layout fits its screen; dark mode turns the cards dark and the text light.
    expect(seen['digest-phone.png']!.overflow).toBe(false);
    expect(seen['digest-desktop.png']).toMatchObject({ page: 'rgb(244, 241, 234)', card: 'rgb(255, 255, 255)', headline: 'rgb(27, 27, 27)' });
    expect(seen['digest-dark.png']).toMatchObject({ page: 'rgb(18, 18, 18)', card: 'rgb(30, 30, 30)', headline: 'rgb(236, 235, 232)' });
  }, 60_000);
});
