import type { Command } from 'commander';
import type { FeedPreview } from '../feeds/preview.js';
import { cliConfig, commandGroup, examples, positiveInt, print, UsageError } from './runtime.js';

const FORMAT_NAMES: Record<string, string> = { rss: 'RSS', atom: 'Atom', rdf: 'RSS 1.0 (RDF)', json: 'JSON Feed' };

/** `feeds try <url>`: fetch a feed and show what wirebrief would make of it, storing nothing. */
export function registerFeedTry(program: Command): void {
  commandGroup(program, 'feeds')
    .command('try <url>')
    .description('fetch a feed and show the stories wirebrief would make of it (cleaned, dated, classified), storing nothing: a check before `feeds add`')
    .option('--limit <n>', 'stories to show', (v) => positiveInt(v, '--limit'), 10)
    .option('--json', 'print JSON (every story up to --limit)')
    .addHelpText('after', examples('wirebrief feeds try https://example.org/rss.xml', 'wirebrief feeds try https://example.org/rss.xml --json --limit 100'))
    .action(async (url: string, opts: { limit: number; json?: boolean }) => {
      const [{ fetchAndPreview }, { readFeedAddress }, { createClassifier }, { loadModel }, { loadTaxonomy }] = await Promise.all([
        import('../feeds/preview.js'),
        import('../feeds/store.js'),
        import('../topics/classifier.js'),
        import('../topics/model.js'),
        import('../topics/taxonomy.js'),
      ]);
      let address: ReturnType<typeof readFeedAddress>;
      try {
        address = readFeedAddress(url);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      const preview = await fetchAndPreview(createClassifier(loadTaxonomy(), loadModel()), address.url, cliConfig(), Date.now(), address.login);
      const shown = { ...preview, stories: preview.stories.slice(0, opts.limit) };
      print(opts.json, shown, () => describe(shown, preview.stories.length, preview.movedTo, preview.page));
    });
}

function describe(preview: FeedPreview, stories: number, movedTo: string | null, page: string | null): string {
  const head = [
    `${FORMAT_NAMES[preview.format] ?? preview.format} feed${preview.title ? ` "${preview.title}"` : ''} at ${preview.url}: ${preview.entries} entries, ${stories} stories`,
    ...(page ? [`found through the page at ${page}, as a poll finds it`] : []),
    ...(movedTo ? [`moved for good to ${movedTo}: add that URL`] : []),
    // The parser's own warnings already say "read leniently"; a page's note on its other feeds is no leniency.
    ...(preview.warning ? [`warning: ${preview.warning}`] : []),
    ...(preview.ttlMinutes ? [`the publisher asks for one poll every ${preview.ttlMinutes} min at most`] : []),
  ];
  const body = preview.stories.map((s) => {
    const topics = s.topics.length ? s.topics.map((t) => `${t.id} ${t.score.toFixed(2)}`).join(', ') : 'no topic';
    const wire = [s.agency, s.place].filter(Boolean).join(', ');
    return [`${s.published.slice(0, 16).replace('T', ' ')} UTC  ${s.title}`, `  ${s.link || '(no link)'}`, `  ${topics}${wire ? `  ·  ${wire}` : ''}${s.author ? `  ·  by ${s.author}` : ''}`, `  ${s.text}`].join('\n');
  });
  return [...head, '', ...body.join('\n\n').split('\n')].join('\n').trimEnd();
}
