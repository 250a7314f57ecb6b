import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format';
import type { Histogram, Registry } from 'prom-client';

export interface Scrape {
  families: MetricFamily[];
  /** Sum of the samples of counter or gauge `name` whose labels include `labels`. 0 when absent. */
  value(name: string, labels?: Record<string, string>): number;
  has(name: string): boolean;
}

/** GET /metrics and parse it as Prometheus text, failing on anything that is not. */
export async function scrape(base: string): Promise<Scrape> {
  const res = await fetch(`${base}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  if (!/^text\/plain; version=0\.0\.4/.test(res.headers.get('content-type') ?? '')) throw new Error(`/metrics content-type ${res.headers.get('content-type')}`);
  const families = parsePrometheusTextFormat(await res.text());
  const byName = new Map(families.map((f) => [f.name, f]));
  return {
    families,
    has: (name) => byName.has(name),
    value(name, labels = {}) {
      const family = byName.get(name);
      if (!family) return 0;
      // The parser merges labelled histograms into one sample: read those with observations().
      if (family.type === 'HISTOGRAM' || family.type === 'SUMMARY') throw new Error(`${name} is a ${family.type}: use observations()`);
      return family.metrics
        .filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))
        .reduce((sum, m) => sum + Number(m.value), 0);
    },
  };
}

/** How many observations a histogram of an in-process registry holds, for samples whose labels include `labels`. */
export async function observations(registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = registry.getSingleMetric(name) as Histogram | undefined;
  if (!metric) return 0;
  const { values } = await metric.get();
  return values
    .filter((v) => v.metricName === `${name}_count` && Object.entries(labels).every(([k, want]) => String((v.labels as Record<string, unknown>)[k]) === want))
    .reduce((sum, v) => sum + v.value, 0);
}
