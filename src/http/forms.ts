import type { Preferences } from '../subscribers/preferences.js';
import { timeZoneNames, WEEKDAYS } from '../subscribers/preferences.js';
import type { Taxonomy } from '../topics/taxonomy.js';
import { escapeHtml as e } from './pages.js';

/**
 * The subscribe and manage forms: plain HTML that works without JavaScript,
 * every control labelled, groups in fieldsets with legends, errors announced
 * (role=alert) and tied to the form. Values come back as the person typed
 * them when something was wrong, so nothing is lost.
 */

/** What the form shows: preferences as far as known, plus the address on the subscribe form. */
export interface FormValues {
  email: string;
  topics: string[];
  frequency: string;
  weekday: string;
  hour: string;
  timezone: string;
}

export function valuesOf(prefs: Preferences, email = ''): FormValues {
  return { email, topics: prefs.topics, frequency: prefs.frequency, weekday: String(prefs.weekday), hour: String(prefs.hour), timezone: prefs.timezone };
}

/**
 * Form fields as posted: a checkbox group arrives as a string when one box is
 * ticked. A one-value field sent twice is kept as both values, comma-joined,
 * so the check refuses it with what was sent instead of quietly using the default.
 */
export function valuesFromBody(body: Record<string, unknown>, fallback: FormValues): FormValues {
  const text = (v: unknown, d: string) => (typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(',') : d);
  const topics = body.topics === undefined ? [] : ([] as unknown[]).concat(body.topics).filter((t): t is string => typeof t === 'string');
  return {
    email: text(body.email, fallback.email),
    topics,
    frequency: text(body.frequency, fallback.frequency),
    weekday: text(body.weekday, fallback.weekday),
    hour: text(body.hour, fallback.hour),
    timezone: text(body.timezone, fallback.timezone),
  };
}

export interface FormMessage {
  error?: string;
  notice?: string;
  /** Topics the reader had chosen that the taxonomy no longer has: said once, above the form. */
  retired?: string[];
}

export function subscribeForm(taxonomy: Taxonomy, values: FormValues, token: string, opts: FormMessage & { guessTimezone: boolean }): string {
  return `<p>The day's wire copy from IANS, PTI, ANI and official press releases, sorted into the topics you choose and sent as one email digest. We ask you to confirm by email first, and every digest has a one-click unsubscribe link.</p>
${message(opts)}<form method="post" action="/" aria-describedby="${opts.error ? 'form-error' : 'form-help'}">
<input type="hidden" name="form_token" value="${e(token)}">
<p id="form-help" class="hint">All fields can be changed later from the link in each digest.</p>
<label class="field" for="email">Email address</label>
<input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="${e(values.email)}" aria-describedby="email-hint">
<span id="email-hint" class="hint">We send a confirmation link here. Nothing else is sent until you open it.</span>
${preferenceFields(taxonomy, values, opts.guessTimezone)}
<p><button type="submit">Subscribe</button></p>
</form>`;
}

export function manageForm(taxonomy: Taxonomy, email: string, values: FormValues, links: { action: string; unsubscribe: string; token: string }, opts: FormMessage): string {
  return `<p>Digest for <strong>${e(email)}</strong>.</p>
${message(opts)}<form method="post" action="${e(links.action)}">
<input type="hidden" name="form_token" value="${e(links.token)}">
${preferenceFields(taxonomy, values, false)}
<p><button type="submit">Save preferences</button></p>
</form>
<p>Had enough? <a href="${e(links.unsubscribe)}">Unsubscribe from all wirebrief mail</a>.</p>`;
}

function message(opts: FormMessage): string {
  if (opts.error) return `<div id="form-error" class="error" role="alert"><p><strong>Please check the form:</strong> ${e(opts.error)}</p></div>\n`;
  if (opts.notice) return `<div class="notice" role="status"><p>${e(opts.notice)}</p></div>\n`;
  if (opts.retired?.length) {
    const names = opts.retired.map((t) => `“${e(t)}”`).join(', ');
    const one = opts.retired.length === 1;
    return `<div class="notice" role="status"><p>${names} ${one ? 'is' : 'are'} no longer offered, so your digest no longer has ${one ? 'it' : 'them'}. Choose from the topics below and save.</p></div>\n`;
  }
  return '';
}

function preferenceFields(taxonomy: Taxonomy, values: FormValues, guessTimezone: boolean): string {
  const chosen = new Set(values.topics);
  const topics = taxonomy.topics
    .map(
      (t) => `<div class="choice"><input type="checkbox" id="topic-${e(t.id)}" name="topics" value="${e(t.id)}"${chosen.has(t.id) ? ' checked' : ''}>
<label for="topic-${e(t.id)}">${e(t.label)}<span class="hint">${e(t.description)}</span></label></div>`,
    )
    .join('\n');
  const radio = (value: string, label: string) =>
    `<div class="choice"><input type="radio" id="frequency-${value}" name="frequency" value="${value}"${values.frequency === value ? ' checked' : ''}><label for="frequency-${value}">${label}</label></div>`;
  const weekdays = WEEKDAYS.map((d, i) => option(String(i + 1), d, values.weekday)).join('');
  const hours = Array.from({ length: 24 }, (_, h) => option(String(h), `${String(h).padStart(2, '0')}:00`, values.hour)).join('');
  const zones = timeZoneNames().map((z) => `<option value="${e(z)}"></option>`).join('');
  return `<fieldset>
<legend>Topics</legend>
<span class="hint">Choose at least one.</span>
${topics}
</fieldset>
<fieldset>
<legend>Delivery</legend>
<fieldset>
<legend>How often</legend>
${radio('daily', 'Every day')}
${radio('weekly', 'Once a week')}
</fieldset>
<label class="field" for="weekday">Day of the week <span class="hint">for the weekly digest</span></label>
<select id="weekday" name="weekday">${weekdays}</select>
<label class="field" for="hour">Delivery time</label>
<select id="hour" name="hour">${hours}</select>
<label class="field" for="timezone">Time zone</label>
<input id="timezone" name="timezone" type="text" list="timezones" required maxlength="64" autocomplete="off" spellcheck="false" value="${e(values.timezone)}"${guessTimezone ? ' data-guess="1"' : ''} aria-describedby="timezone-hint">
<span id="timezone-hint" class="hint">A time zone name such as Asia/Kolkata, Europe/London or UTC.</span>
<datalist id="timezones">${zones}</datalist>
</fieldset>`;
}

function option(value: string, label: string, selected: string): string {
  return `<option value="${e(value)}"${value === selected ? ' selected' : ''}>${e(label)}</option>`;
}
