import { connect } from 'node:net';

/**
 * Redis MONITOR read from a plain socket, line by line. ioredis's monitor mode
 * parses the stream as replies and gave up ("Command queue state error") on a
 * payload another client sent (seen while another suite stored feed bodies on
 * the same server), failing a test that had nothing to do with it; a MONITOR
 * line is one `+…\r\n` status line, so reading lines is enough.
 */
export interface Monitor {
  close(): void;
}

/** Calls `onCommand` with each command's arguments (unescaped) once MONITOR has begun. */
export async function monitorCommands(redisUrl: string, onCommand: (args: string[]) => void): Promise<Monitor> {
  const url = new URL(redisUrl);
  const auth = url.password ? ['AUTH', ...(url.username ? [decodeURIComponent(url.username)] : []), decodeURIComponent(url.password)] : [];
  const db = url.pathname.length > 1 ? ['SELECT', url.pathname.slice(1)] : [];
  const commands = [auth, db, ['MONITOR']].filter((c) => c.length > 0);
  const socket = connect({ host: url.hostname || '127.0.0.1', port: Number(url.port || 6379) });
  socket.setEncoding('latin1');
  await new Promise<void>((resolve, reject) => {
    // AUTH, SELECT and MONITOR each answer +OK; the stream of commands starts after the last.
    let oks = 0;
    let buffered = '';
    socket.once('error', reject);
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      let end: number;
      while ((end = buffered.indexOf('\r\n')) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (oks < commands.length) {
          if (line !== '+OK') return reject(new Error(`MONITOR set-up refused: ${line}`));
          if (++oks === commands.length) resolve();
        } else if (line.startsWith('+')) onCommand(monitorArgs(line));
      }
    });
    socket.once('connect', () => socket.write(commands.map((c) => `${c.join(' ')}\r\n`).join('')));
  });
  return { close: () => socket.destroy() };
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', a: '\x07', b: '\b' };

/** `+1700000000.123 [0 127.0.0.1:5000] "HSET" "k" "v\"x"` → ['HSET', 'k', 'v"x']. */
export function monitorArgs(line: string): string[] {
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map(([, quoted]) =>
    quoted!.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) => (e.length === 3 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? e))),
  );
}
