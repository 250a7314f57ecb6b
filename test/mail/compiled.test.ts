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
