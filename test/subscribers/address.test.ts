import { describe, expect, it } from 'vitest';
import { emailKey, limitEmailKey, normaliseEmail, SubscriberError } from '../../src/subscribers/address.js';
import { defaultPreferences, readPreferences } from '../../src/subscribers/preferences.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';

const taxonomy = loadTaxonomy();
const defaults = defaultPreferences('UTC');

describe('addresses', () => {
  it('lower-cases the domain, keeps the local part, and keys every casing alike', () => {
    expect(normaliseEmail('  Ravi.Kumar@Example.IN ')).toBe('Ravi.Kumar@example.in');
    expect(emailKey('RAVI.KUMAR@EXAMPLE.IN')).toBe(emailKey('ravi.kumar@example.in'));
    expect(emailKey('ravi.kumar@example.in')).not.toBe(emailKey('ravi.kumar2@example.in'));
    expect(normaliseEmail('user+news@sub.example.co.uk')).toBe('user+news@sub.example.co.uk');
  });

  it('counts limits by mailbox: a +tag and casing fold, dots, a leading + and other mailboxes do not', () => {
    const box = limitEmailKey('ravi@example.in');
    for (const same of ['ravi+news@example.in', 'RAVI+Other@Example.IN', 'Ravi+@example.in', 'ravi+a+b@example.in']) expect(limitEmailKey(same), same).toBe(box);
    for (const other of ['r.avi@example.in', 'ravi@example.com', 'ravi2+news@example.in', '+ravi@example.in']) expect(limitEmailKey(other), other).not.toBe(box);
    // An address without a tag keeps the key it always had (running counts carry over).
    expect(box).toBe(emailKey('Ravi@example.in'));
  });

  it.each(['junk', 'a@b', 'x@localhost', '<script>@x.com', 'a..b@example.org', 'Name <a@example.org>', 'a@[127.0.0.1]', 'a@-x.com', '', `${'a'.repeat(250)}@example.org`])(
    'refuses %j with a clear message',
    (input) => {
      expect(() => normaliseEmail(input)).toThrowError(SubscriberError);
      expect(() => normaliseEmail(input)).toThrowError(/not an email address|required/);
    },
  );
});

describe('preferences', () => {
  it('reads form, JSON and CSV shapes alike', () => {
    const a = readPreferences(taxonomy, { topics: ['defence', 'Diplomacy', 'defence'], frequency: 'weekly', weekday: '5', hour: '18', timezone: 'asia/kolkata' }, defaults);
    expect(a).toEqual({ topics: ['defence', 'diplomacy'], frequency: 'weekly', weekday: 5, hour: 18, timezone: 'Asia/Kolkata' });
    const b = readPreferences(taxonomy, { topics: 'defence;sport', weekday: 'fri', hour: 0 }, defaults);
    expect(b).toEqual({ topics: ['defence', 'sport'], frequency: 'daily', weekday: 5, hour: 0, timezone: 'UTC' });
  });

  it.each([
    [{ topics: [] }, /choose at least one topic: defence, diplomacy/],
    [{ topics: ['sprots'] }, /unknown topic sprots; valid topics are defence, diplomacy, .*sport/],
    [{ topics: 'defence', frequency: 'hourly' }, /frequency must be daily or weekly/],
    [{ topics: 'defence', hour: '24' }, /hour must be a whole hour from 0 to 23/],
    [{ topics: 'defence', hour: '7.5' }, /hour must be a whole hour/],
    [{ topics: 'defence', weekday: '8' }, /weekday must be 1 \(Monday\) to 7 \(Sunday\)/],
    [{ topics: 'defence', timezone: 'Mars/Olympus' }, /timezone must be an IANA time zone/],
    [{ topics: 'defence', timezone: '+05:30' }, /timezone must be an IANA time zone/],
    [{ topics: [1, 2] }, /topics must be a list of topic ids/],
  ])('refuses %j', (input, message) => {
    expect(() => readPreferences(taxonomy, input, defaults)).toThrowError(message);
  });
});

describe('time zones', () => {
  it('stores current IANA names even when a browser sends the old ones', () => {
    const tz = (timezone: string) => readPreferences(taxonomy, { topics: 'defence', timezone }, defaults).timezone;
    expect(tz('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(tz('europe/kiev')).toBe('Europe/Kyiv');
    expect(tz('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(tz('Etc/GMT+5')).toBe('Etc/GMT+5');
  });
});
