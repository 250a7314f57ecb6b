import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../helpers/certificates.js';
import { runCliProcess as runCli } from '../helpers/cli.js';
import { freePort } from '../helpers/feed-server.js';
import { tempDir, testPrefix } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';
import { lacking } from '../helpers/tools.js';

/** rediss:// end to end: a redis-server speaking TLS only, with a certificate from a test CA. */
describe.skipIf(lacking('redis-server', 'openssl'))('REDIS_URL=rediss://', { timeout: 120_000 }, () => {
  const dir = tempDir('tls');
  let port: number;
  let redis: ChildProcess;

  beforeAll(async () => {
    makeTestCertificates(dir, 'wirebrief test CA');
    port = await freePort();
    redis = spawn(
      'redis-server',
      ['--port', '0', '--tls-port', String(port), '--bind', '127.0.0.1', '--tls-cert-file', 'server.pem', '--tls-key-file', 'server.key', '--tls-ca-cert-file', 'ca.pem', '--tls-auth-clients', 'no', '--save', '', '--dir', dir],
      { cwd: dir, stdio: 'ignore' },
    );
    const ping = () => spawnSync('redis-cli', ['--tls', '--cacert', join(dir, 'ca.pem'), '-h', 'localhost', '-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim();
    await waitFor(() => redis.exitCode === null && ping() === 'PONG', 'redis-server with TLS', 10_000, 100);
  });

  afterAll(async () => {
    if (redis?.exitCode === null) {
      await new Promise<void>((resolve) => {
        redis.once('exit', () => resolve());
        redis.kill('SIGTERM');
      });
    }
  });

  it('connects the CLI, its queues included, over TLS and checks the server certificate', async () => {
    const env = {
      NODE_ENV: 'test',
      REDIS_URL: `rediss://localhost:${port}`,
      WIREBRIEF_PREFIX: testPrefix('tls'),
      SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
      DATA_DIR: dir,
    };
    // Trust comes from the environment, as on a host whose CA bundle knows the Redis provider.
    const trusted = await runCli(['feeds', 'add', 'https://wire.example/rss.xml'], { ...env, NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') });
    expect(trusted.stderr).toBe('');
    expect(trusted.code).toBe(0);
    const status = await runCli(['status', '--json'], { ...env, NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ feeds: { total: 1, ok: 1 } });
    // Without the CA the certificate is refused: TLS is really checked.
    const untrusted = await runCli(['status', '--json'], env);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(/Redis does not answer at rediss:\/\/localhost:\d+/);
  });
});
