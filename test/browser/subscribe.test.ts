import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSubscriberByEmail } from '../../src/subscribers/store.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { linkIn, startSmtpCapture, type SmtpCapture } from '../helpers/smtp.js';
import { CHROMIUM, lacking } from '../helpers/tools.js';

/**
 * A person in a real browser: Debian's headless Chromium (`.ci/run` installs
 * it), driven by playwright-core, which downloads nothing. Screenshots go to
 * test/artifacts/ (git-ignored) for a person to look at.
 */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

describe.skipIf(lacking('chromium'))('the subscribe page in headless Chromium', { timeout: 120_000 }, () => {
  let smtp: SmtpCapture;
  let app: TestService;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    smtp = await startSmtpCapture();
    app = await startTestService('browser-subscribe', { SMTP_URL: smtp.url, MAIL_FROM: 'Wire desk <desk@wirebrief.test>' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await smtp?.close();
  });

  /** Console errors include Content-Security-Policy violations: there must be none. */
  function watchConsole(page: Page): string[] {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    return errors;
  }

  it('fills the page by keyboard and mouse, submits it, and follows the confirmation link from the mail', async () => {
    const context = await browser.newContext({ timezoneId: 'Asia/Kolkata', locale: 'en-IN', viewport: { width: 900, height: 1000 } });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${app.base}/`);
    expect(await page.title()).toBe('Subscribe to wirebrief · wirebrief');
    // The progressive-enhancement script ran under the CSP and guessed the zone
    // (Chromium may still call it by its old name; the server stores the current one).
    await expect.poll(() => page.inputValue('#timezone')).toMatch(/^Asia\/(Kolkata|Calcutta)$/);

    await page.getByLabel('Email address').fill('Kavya.Menon@Example.org');
    // Keyboard: from the address, Tab reaches the first topic and Space ticks it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('topic-defence');
    await page.keyboard.press('Space');
    await page.locator('#topic-diplomacy').check();
    await page.getByLabel('Once a week').check();
    await page.getByLabel(/Day of the week/).selectOption({ label: 'Friday' });
    await page.getByLabel('Delivery time').selectOption({ label: '18:00' });
    await page.screenshot({ path: `${artifacts}subscribe-page.png`, fullPage: true });

    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(`${app.base}/`);
    expect(await page.locator('h1').textContent()).toBe('Check your inbox');
    await page.screenshot({ path: `${artifacts}subscribe-answer.png` });

    const mail = await smtp.waitForMail((m) => m.to.includes('Kavya.Menon@example.org'), 'the confirmation mail');
    await page.goto(linkIn(mail.parsed.text ?? '', '/confirm'));
    expect(await page.locator('h1').textContent()).toBe('Subscription confirmed');
    await page.screenshot({ path: `${artifacts}confirmed.png` });
    expect(await findSubscriberByEmail(app.service.runtime.ctx, 'kavya.menon@example.org')).toMatchObject({
      status: 'active',
      topics: ['defence', 'diplomacy'],
      frequency: 'weekly',
      weekday: 5,
      hour: 18,
      timezone: 'Asia/Kolkata',
    });

    await page.getByRole('link', { name: 'Manage your preferences' }).click();
    expect(await page.locator('h1').textContent()).toBe('Your wirebrief preferences');
    expect(await page.isChecked('#topic-defence')).toBe(true);
    await page.locator('#topic-defence').uncheck();
    await page.locator('#topic-sport').check();
    await page.getByLabel('Every day').check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Saved.');
    await page.screenshot({ path: `${artifacts}manage-saved.png`, fullPage: true });
    expect(await findSubscriberByEmail(app.service.runtime.ctx, 'kavya.menon@example.org')).toMatchObject({ topics: ['diplomacy', 'sport'], frequency: 'daily' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works with JavaScript turned off: the server default zone stays, the form still subscribes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await page.goto(`${app.base}/`);
    expect(await page.inputValue('#timezone')).toBe('UTC');
    await page.getByLabel('Email address').fill('no-script@example.org');
    await page.locator('#topic-economy').check();
    // A wrong value comes back with a message and everything typed kept.
    await page.getByLabel('Time zone').fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    expect(await page.getByRole('alert').textContent()).toMatch(/timezone must be an IANA time zone/);
    expect(await page.inputValue('#email')).toBe('no-script@example.org');
    expect(await page.isChecked('#topic-economy')).toBe(true);
    await page.getByLabel('Time zone').fill('America/New_York');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    expect(await page.locator('h1').textContent()).toBe('Check your inbox');
    await smtp.waitForMail((m) => m.to.includes('no-script@example.org'), 'the confirmation mail');
    expect(await findSubscriberByEmail(app.service.runtime.ctx, 'no-script@example.org')).toMatchObject({ status: 'pending', topics: ['economy'], timezone: 'America/New_York' });
    await context.close();
  });
});
