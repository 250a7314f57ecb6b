import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_FAILURES_ALLOWED } from '../../src/http/auth.js';
import { ADMIN_HEADERS, startTestService, type TestService } from '../helpers/service.js';

const WRONG = { authorization: 'Bearer wrong-token-0123456789abcdef' };
const GUESSER = '203.0.113.7';
const OPERATOR = '198.51.100.9';

/**
 * The admin lockout counts wrong tokens per client address, as fastify reads
 * it under TRUST_PROXY. The test connects from loopback, as a reverse proxy
 * on the same host does; a proxy TRUST_PROXY does not name (a container
 * network's, with the default `loopback`) is what `false` stands for here.
 */
describe('the admin lockout behind a reverse proxy', () => {
  let untrusted: TestService;
  let trusted: TestService;

  beforeAll(async () => {
    [untrusted, trusted] = await Promise.all([
      startTestService('lockout-untrusted-proxy', { TRUST_PROXY: 'false' }, ['api']),
      startTestService('lockout-trusted-proxy', { TRUST_PROXY: 'loopback' }, ['api']),
    ]);
  });
  afterAll(async () => {
    await untrusted?.close();
    await trusted?.close();
  });

  const status = (app: TestService, client: string, headers: Record<string, string>) => app.get('/api/admin/status', { ...headers, 'x-forwarded-for': client }).then((res) => res.status);
  async function guessWrong(app: TestService) {
    for (let i = 0; i < ADMIN_FAILURES_ALLOWED; i++) expect(await status(app, GUESSER, WRONG)).toBe(401);
  }

  it('with the proxy not trusted, every client is the proxy: one guesser locks the operator out too', async () => {
    await guessWrong(untrusted);
    expect(await status(untrusted, GUESSER, ADMIN_HEADERS)).toBe(429);
    expect(await status(untrusted, OPERATOR, ADMIN_HEADERS)).toBe(429);
  });

  it('with the proxy trusted, the client X-Forwarded-For names is locked out, and no one else', async () => {
    await guessWrong(trusted);
    expect(await status(trusted, GUESSER, ADMIN_HEADERS)).toBe(429);
    expect(await status(trusted, OPERATOR, ADMIN_HEADERS)).toBe(200);
    // A client cannot get out of it by naming another address in front of the proxy's entry.
    expect(await status(trusted, `${OPERATOR}, ${GUESSER}`, ADMIN_HEADERS)).toBe(429);
  });
});
