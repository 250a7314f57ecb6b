import { Command, CommanderError } from 'commander';
import { registerClassify } from './cli/classify.js';
import { registerDigest } from './cli/digest.js';
import { registerFeedStates } from './cli/feed-states.js';
import { registerFeedTry } from './cli/feed-try.js';
import { registerFeeds } from './cli/feeds.js';
import { EXIT, examples, TemporaryFailure, UsageError } from './cli/runtime.js';
import { registerStart } from './cli/start.js';
import { registerStatus } from './cli/status.js';
import { registerStories } from './cli/stories.js';
import { registerSubscriberList } from './cli/subscriber-list.js';
import { registerSubscribers } from './cli/subscribers.js';
import { ConfigError } from './config.js';

/** The `wirebrief` command; each group of sub-commands lives in src/cli/. */
export function buildCli(): Command {
  const program = new Command('wirebrief')
    .description('Wire-news feeds in, topic digests out.')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', examples('wirebrief start --role worker', 'wirebrief status', 'wirebrief feeds --help'))
    .exitOverride();
  registerStart(program);
  registerFeeds(program);
  registerFeedStates(program);
  registerFeedTry(program);
  registerSubscribers(program);
  registerSubscriberList(program);
  registerStories(program);
  registerDigest(program);
  registerStatus(program);
  registerClassify(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ? EXIT.ok : EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ConfigError) {
      console.error(`wirebrief: configuration: ${message}`);
      return EXIT.usage;
    }
    console.error(`wirebrief: ${message}`);
    if (error instanceof TemporaryFailure) return EXIT.tempfail;
    // Loaded only on this path, so a start that shows help does not load the stores behind them.
    const [{ FeedUrlError }, { SubscriberError }] = await Promise.all([import('./feeds/store.js'), import('./subscribers/store.js')]);
    return error instanceof UsageError || error instanceof SubscriberError || error instanceof FeedUrlError ? EXIT.usage : EXIT.failed;
  }
}

/**
 * A reader that stops early (`wirebrief feeds list | head`) closes the pipe.
 * The command still finishes what it was doing (an import half done helps no
 * one); what it would have printed after that goes nowhere.
 */
function outliveClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stream.write = (() => true) as typeof stream.write;
  });
}

if (process.argv[1] && /(?:wirebrief(?:\.js)?|cli\.[jt]s)$/.test(process.argv[1])) {
  outliveClosedPipe(process.stdout);
  outliveClosedPipe(process.stderr);
  main(process.argv).then((code) => {
    if (code !== EXIT.ok) process.exit(code);
  });
}
