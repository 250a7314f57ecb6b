import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { startService } from '../../src/service.js';
import { deletePrefix, REDIS_URL, testConfig } from '../helpers/redis.js';

/** `npm start` on a port something else holds: one line saying which port and what to do. */
describe('a service whose port is taken', { timeout: 60_000 }, () => {
  it('stops with a message naming the port and PORT, and leaves nothing running', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    const config = testConfig('port-in-use', { PORT: String(port), HOST: '127.0.0.1' });
    try {
      await expect(startService(config, ['api'])).rejects.toThrow(
        `port ${port} on 127.0.0.1 is already in use: stop what listens there, or set PORT to a free port`,
      );
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
      const redis = new Redis(REDIS_URL);
      await deletePrefix(redis, config.prefix);
      await redis.quit();
    }
  });
});
