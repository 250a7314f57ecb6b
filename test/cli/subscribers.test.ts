import { afterAll, describe, expect, it } from 'vitest';
import { findSubscriberByEmail, upsertSubscriber } from '../../src/subscribers/store.js';
import { runCli } from '../helpers/cli.js';
import { testCtx } from '../helpers/redis.js';
import { CLI_TIMEOUT_MS, cliEnv } from './env.js';

describe('wirebrief subscribers …', { timeout: CLI_TIMEOUT_MS }, () => {
  const ctx = testCtx('cli-subscribers');
  const env = cliEnv(ctx);

  afterAll(() => ctx.cleanup());

  it('subscribers add --confirmed: an active subscriber of the topics given', async () => {
    const run = await runCli(['subscribers', 'add', 'Analyst@Example.ORG', '--topics', 'defence,diplomacy', '--confirmed'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('added Analyst@example.org: active, topics defence, diplomacy');
    expect(await findSubscriberByEmail(ctx, 'analyst@example.org')).toMatchObject({ status: 'active', topics: ['defence', 'diplomacy'] });
  });

  it('subscribers add: refuses an unknown topic with exit 2, naming the valid ones', async () => {
    const run = await runCli(['subscribers', 'add', 'x@example.org', '--topics', 'gossip'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^wirebrief: unknown topic gossip; valid topics are .*defence/);
    expect(await findSubscriberByEmail(ctx, 'x@example.org')).toBeNull();
  });

  it('subscribers list --json: everyone, with status and topics; --status and --topic filter', async () => {
    await upsertSubscriber(ctx, { email: 'fan@example.org', topics: ['sport'] });
    const all = JSON.parse((await runCli(['subscribers', 'list', '--json'], env)).stdout) as { subscribers: { email: string; status: string; topics: string[] }[] };
    expect(all.subscribers.map((s) => [s.email, s.status]).sort()).toEqual([
      ['Analyst@example.org', 'active'],
      ['fan@example.org', 'pending'],
    ]);
    const run = await runCli(['subscribers', 'list', '--status', 'active', '--topic', 'defence'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('active       Analyst@example.org  defence,diplomacy  daily');
  });

  it('subscribers list --json: the whole schedule of each, as export gives it (weekday and hour too)', async () => {
    await upsertSubscriber(ctx, { email: 'weekly@example.org', topics: ['economy'], frequency: 'weekly', weekday: 5, hour: 18, timezone: 'Asia/Kolkata', confirmed: true });
    const { subscribers } = JSON.parse((await runCli(['subscribers', 'list', '--json', '--topic', 'economy'], env)).stdout) as { subscribers: Record<string, unknown>[] };
    expect(subscribers).toEqual([expect.objectContaining({ email: 'weekly@example.org', frequency: 'weekly', weekday: 5, hour: 18, timezone: 'Asia/Kolkata' })]);
  });

  it('subscribers list --topic: reads the topic in any case, as subscribers add does', async () => {
    const run = await runCli(['subscribers', 'list', '--status', 'active', '--topic', 'DEFENCE'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('active       Analyst@example.org  defence,diplomacy  daily');
  });

  it('subscribers list: refuses an unknown --status with exit 2', async () => {
    const run = await runCli(['subscribers', 'list', '--status', 'asleep'], env);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('wirebrief: --status must be one of pending, active, unsubscribed, bouncing (got "asleep")');
  });

  it('subscribers remove: the address is unsubscribed and gets no more digests', async () => {
    const run = await runCli(['subscribers', 'remove', 'analyst@example.org'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('removed Analyst@example.org: unsubscribed, no more digests');
    expect(await findSubscriberByEmail(ctx, 'analyst@example.org')).toMatchObject({ status: 'unsubscribed' });
  });

  it('subscribers remove: refuses an address it does not know with exit 2', async () => {
    const run = await runCli(['subscribers', 'remove', 'nobody@example.org'], env);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('wirebrief: no subscriber with the address nobody@example.org');
  });
});
