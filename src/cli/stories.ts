import type { Command } from 'commander';
import { examples, positiveInt, print, topicOption, UsageError, withRuntime } from './runtime.js';

export function registerStories(program: Command): void {
  const stories = program
    .command('stories')
    .description('stories wirebrief has stored')
    .addHelpText('after', examples('wirebrief stories list --topic defence'));
  stories
    .command('list')
    .description('the latest stories, newest first, of one topic or of all')
    .option('--topic <id>', 'only stories of this topic')
    .option('--limit <n>', 'how many (up to 500)', (v) => positiveInt(v, '--limit'), 20)
    .option('--json', 'print JSON')
    .addHelpText('after', examples('wirebrief stories list --topic defence', 'wirebrief stories list --topic diplomacy --limit 5 --json'))
    .action(async (opts: { topic?: string; limit: number; json?: boolean }) =>
      withRuntime(async (rt) => {
        const topic = topicOption(rt.taxonomy, opts.topic);
        if (opts.limit > 500) throw new UsageError(`--limit must be 500 or less (got ${opts.limit})`);
        const [{ presentStory }, { listStories }] = await Promise.all([import('../http/present.js'), import('../stories/store.js')]);
        const list = await listStories(rt.ctx, { topic, limit: opts.limit });
        print(opts.json, { stories: list.map(presentStory) }, () =>
          list.length === 0
            ? `no stories${topic ? ` under ${topic}` : ''} yet`
            : list
                .map((s) => `${new Date(s.published).toISOString().slice(0, 16).replace('T', ' ')}  ${s.agency ?? s.source}  ${s.title}\n                  ${s.link || '(no link)'}`)
                .join('\n'),
        );
      }),
    );
  stories
    .command('remove <id>')
    .description('take a story out of lists, topics and digests; it is stored again only if its feed entry changes')
    .addHelpText('after', examples('wirebrief stories remove 5144f08e7366d106'))
    .action(async (id: string) =>
      withRuntime(async (rt) => {
        const { removeStory } = await import('../stories/removal.js');
        if (!(await removeStory(rt.ctx, id))) throw new UsageError(`no story ${id}: give an id from \`wirebrief stories list --json\``);
        console.log(`removed story ${id}`);
      }),
    );
}
