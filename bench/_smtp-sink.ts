// A local SMTP sink in its own process, for bench/digests.ts: accepts every
// message, counts it, and answers the parent over IPC.
import { startSmtpSink } from '../test/helpers/smtp-sink.js';

const sink = await startSmtpSink();
process.send!({ url: sink.url });
process.on('message', (msg: { ask?: string }) => {
  if (msg.ask === 'count') {
    const recipients = new Set(sink.mails.flatMap((m) => m.to));
    const cpu = process.cpuUsage();
    process.send!({ count: sink.mails.length, recipients: recipients.size, bytes: sink.mails.reduce((n, m) => n + m.bytes, 0), cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  if (msg.ask === 'stop') void sink.close().then(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
