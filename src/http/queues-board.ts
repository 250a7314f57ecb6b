import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyPluginAsync } from 'fastify';
import type { Queue } from 'bullmq';
import type { Ctx } from '../context.js';
import { requireAdmin } from './auth.js';

export const BOARD_PATH = '/admin/queues';

/**
 * Bull Board — inspect, retry and clean jobs — at /admin/queues, behind the
 * admin token. Browsers are asked for HTTP Basic (any user name, the token as
 * password); tools may send the Bearer header instead.
 */
export function queuesBoard(queues: Queue[], ctx: Ctx): FastifyPluginAsync {
  return async (app) => {
    app.addHook('onRequest', requireAdmin(ctx, 'Basic'));
    const serverAdapter = new FastifyAdapter();
    serverAdapter.setBasePath(BOARD_PATH);
    createBullBoard({
      queues: queues.map((q) => new BullMQAdapter(q)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'wirebrief queues' } },
    });
    await app.register(serverAdapter.registerPlugin(), { prefix: BOARD_PATH });
  };
}
