import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyPluginAsync } from 'fastify';
import type { Queue } from 'bullmq';
import type { Ctx } from '../context.js';
import { redactText } from '../log.js';
import { requireAdmin } from './auth.js';

export const BOARD_PATH = '/admin/queues';

/**
 * Bull Board — inspect, retry and clean jobs — at /admin/queues, behind the
 * admin token. Browsers are asked for HTTP Basic (any user name, the token as
 * password); tools may send the Bearer header instead.
 *
 * What it shows of a job (data, error, stack trace, logs) is redacted as the
 * logs are: a subscription request's data holds the address, and an SMTP
 * refusal names the recipient. The jobs themselves are left as they are.
 */
export function queuesBoard(queues: Queue[], ctx: Ctx): FastifyPluginAsync {
  return async (app) => {
    app.addHook('onRequest', requireAdmin(ctx, 'Basic'));
    app.addHook('onSend', async (request, reply, payload) => (isBoardJson(request.url, reply.getHeader('content-type'), payload) ? redactJson(payload) : payload));
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

function isBoardJson(url: string, contentType: unknown, payload: unknown): payload is string {
  return typeof payload === 'string' && url.startsWith(`${BOARD_PATH}/api/`) && /\bjson\b/.test(String(contentType ?? ''));
}

/** Every string value of the board's answer, redacted; keys and numbers are the board's own. */
function redactJson(payload: string): string {
  return JSON.stringify(JSON.parse(payload), (_key, value: unknown) => (typeof value === 'string' ? redactText(value) : value));
}
