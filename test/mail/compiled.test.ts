import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMjml, compileMjmlSource } from '../../src/mail/compiled.js';
import { renderMjml, renderMjmlSource, templateSource } from '../../src/mail/templates.js';

/** Text as wire copy brings it: markup characters, entities, quotes, non-Latin scripts, braces. */
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '"', "'", '{', '}', '\n', 'é', 'हि', '—', '&amp;', '</mj-text>', 'wbslot1'), maxLength: 30 }),
  fc.constantFrom('', 'India & Italy <deepen> "defence" ties', 'https://wire.example/a?b=1&c=2', '{{title}}'),
);
const digestView = (t: fc.Arbitrary<string>) =>
  fc.record({
    editionLabel: t,
    preview: t,
    sections: fc.array(fc.record({ label: t, stories: fc.array(fc.record({ title: t, link: t, credit: t, summary: t }), { maxLength: 3 }) }), { maxLength: 3 }),
    since: t,
    topicsLine: t,
    slotLine: t,
    manageUrl: t,
    unsubscribeUrl: t,
  });

describe('compiled MJML rendering', () => {
  it('gives byte-for-byte the HTML of rendering the filled MJML directly, for any digest view', async () => {
    const compiled = compileMjml('digest');
    await fc.assert(
      fc.asyncProperty(digestView(text), async (v) => {
        expect(await compiled.render(v)).toBe(await renderMjml('digest', v));
      }),
      { numRuns: 100, seed: 20260227 },
    );
  }, 120_000);

  it('serves views without whitespace at the edges of values from compiled layouts only, still identical', async () => {
    const compiled = compileMjml('digest');
    await fc.assert(
      fc.asyncProperty(digestView(text.map((s) => s.trim())), async (v) => {
        expect(await compiled.render(v)).toBe(await renderMjml('digest', v));
      }),
      { numRuns: 100, seed: 4242 },
    );
    expect(compiled.stats()).toMatchObject({ renders: 100, direct: 0 });
  }, 120_000);

  it('stays identical when recipients share story objects and values need escaping', async () => {
    // As in an edition: story views are shared between digests, links carry "&", summaries quotes.
    const compiled = compileMjml('digest');
    const shared = fc.sample(fc.record({ title: text, link: text, credit: text, summary: text }).map((s) => ({ ...s, link: `${s.link.trim()}?a=1&b="2"` })), { numRuns: 12, seed: 7 });
    const views = fc.sample(
      fc.record({
        editionLabel: text,
        preview: text,
        sections: fc.array(fc.record({ label: text, stories: fc.subarray(shared, { maxLength: 3 }) }), { maxLength: 3 }),
        since: text,
        topicsLine: text,
        slotLine: text,
        manageUrl: text,
        unsubscribeUrl: text,
      }),
      { numRuns: 60, seed: 99 },
    );
    for (const v of views) {
      const expected = await renderMjml('digest', v);
      expect(await compiled.render(v)).toBe(expected);
      expect((await compiled.renderPieces(v)).join('')).toBe(expected);
    }
  }, 120_000);

  it('renders views whose values start or end with non-ASCII whitespace directly, still identical', async () => {
    const compiled = compileMjml('digest');
    const base = { editionLabel: 'Daily', preview: 'p', sections: [{ label: 'Defence', stories: [] }], since: 'yesterday', topicsLine: 't', slotLine: 's', manageUrl: 'https://m.example/', unsubscribeUrl: 'https://u.example/' };
    for (const edge of ['\u00a0Daily', 'Daily\u2003', '\ufeffDaily', 'Daily\n', 'é', '…Daily…']) {
      expect(await compiled.render({ ...base, editionLabel: edge })).toBe(await renderMjml('digest', { ...base, editionLabel: edge }));
    }
    expect(compiled.stats().direct).toBe(4);
  });

  it('takes numbers as values, a zero in a section name as falsy, like Mustache', async () => {
    const source = '<mjml><mj-body><mj-section><mj-column><mj-text>{{n}} {{#count}}has {{count}}{{/count}}{{^count}}none{{/count}}</mj-text></mj-column></mj-section></mj-body></mjml>';
    const compiled = compileMjmlSource(source);
    for (const view of [{ n: 1, count: 0 }, { n: 0, count: 3 }, { n: 2.5, count: 0 }, { n: -1, count: 7 }]) {
      expect(await compiled.render(view)).toBe(await renderMjmlSource(source, view));
    }
    expect(compiled.stats()).toMatchObject({ layouts: 2, direct: 0 });
  });

  it('rejects, not throws, a view holding a function', async () => {
    const compiled = compileMjml('digest');
    const render = compiled.render({ editionLabel: () => 'x' });
    await expect(render).rejects.toThrow(/data only/);
    await expect(compiled.renderPieces({ editionLabel: () => 'x' })).rejects.toThrow(/data only/);
  });

  it('runs MJML once per layout: recipients with the same shape share it', async () => {
    const compiled = compileMjmlSource(templateSource('digest.mjml'));
    const make = (n: number) => ({
      editionLabel: `Daily briefing ${n}`,
      preview: 'p',
      sections: [{ label: 'Defence', stories: [{ title: `Story ${n}`, link: `https://x.example/${n}`, credit: 'IANS', summary: 's' }] }],
      since: 'yesterday',
      topicsLine: 'Defence',
      slotLine: 'daily at 07:00 (UTC)',
      manageUrl: `https://w.example/manage?token=${n}`,
      unsubscribeUrl: `https://w.example/unsubscribe?token=${n}`,
    });
    const html = await Promise.all([1, 2, 3, 4, 5].map((n) => compiled.render(make(n))));
    expect(compiled.stats()).toEqual({ layouts: 1, renders: 5, direct: 0 });
    expect(html[2]).toContain('https://x.example/3');
    expect(html[2]).not.toContain('https://x.example/2');
    expect(html[2]).toBe(await renderMjmlSource(templateSource('digest.mjml'), make(3)));
  });

  it('refuses templates with unescaped values, which a compiled layout could not reproduce', () => {
    expect(() => compileMjmlSource('<mjml><mj-body><mj-section><mj-column><mj-text>{{{raw}}}</mj-text></mj-column></mj-section></mj-body></mjml>')).toThrow(/escaped values only/);
  });

  it('validates at level strict', async () => {
    const bad = '<mjml><mj-body><mj-section><mj-column><mj-text colour="red">{{x}}</mj-text></mj-column></mj-section></mj-body></mjml>';
    await expect(compileMjmlSource(bad).render({ x: 'a' })).rejects.toThrow(/ValidationError/);
  });
});
