// Runs inside a fresh network namespace (nothing listens on 6379 there):
// starts `npm start`, checks it comes up on a private redis-server, asks for a
// subscription so a mail lands in the outbox, then stops it with SIGINT.
// Prints one JSON line with what it saw.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const [root, dataDir, port] = process.argv.slice(2);
const seen = { healthz: null, subscribe: null, outbox: [], exitCode: null, log: '', aof: false, redisAfterStop: null };
const env = { ...process.env, DATA_DIR: dataDir, PORT: port, LOG_FORMAT: 'json' };
delete env.REDIS_URL;
// detached: its own process group, so the SIGINT below reaches npm and the service as Ctrl-C would.
const child = spawn('npm', ['start', '--silent'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
child.stdout.on('data', (c) => (seen.log += c));
child.stderr.on('data', (c) => (seen.log += c));
const exited = new Promise((r) => child.on('exit', (code, signal) => r(code ?? signal)));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; i < 300 && !seen.healthz; i++) {
    try {
      const res = await fetch(`${base}/healthz`);
      seen.healthz = { status: res.status, body: await res.json() };
    } catch {
      await sleep(100);
    }
  }
  const res = await fetch(`${base}/api/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'reader@example.org', topics: ['defence'] }) });
  seen.subscribe = res.status;
  const outbox = join(dataDir, 'outbox');
  for (let i = 0; i < 200 && seen.outbox.length === 0; i++) {
    if (existsSync(outbox)) seen.outbox = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
    await sleep(100);
  }
} finally {
  process.kill(-child.pid, 'SIGINT');
  seen.exitCode = await exited;
  seen.aof = existsSync(join(dataDir, 'redis', 'appendonlydir'));
  try {
    await fetch(`${base}/healthz`);
    seen.httpAfterStop = true;
  } catch {
    seen.httpAfterStop = false;
  }
  console.log(JSON.stringify(seen));
}
