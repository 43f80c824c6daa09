/**
 * The service's metrics in the Prometheus text format (version 0.0.4), for `GET /metrics`:
 * requests by route and status, their durations, the renders in flight and the pool size. Routes
 * are the service's own patterns (an unknown address counts as `other`), so the number of series
 * stays bounded whatever clients send.
 */
const BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

export class ServiceMetrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, Histogram>();

  /** One answered request. */
  record(route: string, status: number, seconds: number): void {
    const key = `${route}\u0000${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    let h = this.durations.get(route);
    if (!h) this.durations.set(route, (h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) h.counts[i]!++;
    });
    h.sum += seconds;
    h.count++;
  }

  /** The exposition text, with the pool's gauges as they are now. */
  text(gauges: { inFlight: number; poolSize: number; queueLimit: number }): string {
    const lines: string[] = [
      '# HELP plangraf_http_requests_total HTTP requests answered, by route and status.',
      '# TYPE plangraf_http_requests_total counter',
    ];
    for (const [key, n] of [...this.requests].sort(([a], [b]) => a.localeCompare(b))) {
      const [route, status] = key.split('\u0000');
      lines.push(`plangraf_http_requests_total{route="${label(route!)}",status="${status}"} ${n}`);
    }
    lines.push(
      '# HELP plangraf_http_request_duration_seconds Time from a request\'s arrival to its answer.',
      '# TYPE plangraf_http_request_duration_seconds histogram',
    );
    for (const [route, h] of [...this.durations].sort(([a], [b]) => a.localeCompare(b))) {
      const r = label(route);
      BUCKETS.forEach((b, i) => lines.push(`plangraf_http_request_duration_seconds_bucket{route="${r}",le="${b}"} ${h.counts[i]}`));
      lines.push(
        `plangraf_http_request_duration_seconds_bucket{route="${r}",le="+Inf"} ${h.count}`,
        `plangraf_http_request_duration_seconds_sum{route="${r}"} ${h.sum.toFixed(6)}`,
        `plangraf_http_request_duration_seconds_count{route="${r}"} ${h.count}`,
      );
    }
    lines.push(
      '# HELP plangraf_renders_in_flight Requests being rendered or validated, or waiting for a worker.',
      '# TYPE plangraf_renders_in_flight gauge',
      `plangraf_renders_in_flight ${gauges.inFlight}`,
      '# HELP plangraf_pool_size Worker threads of the render pool.',
      '# TYPE plangraf_pool_size gauge',
      `plangraf_pool_size ${gauges.poolSize}`,
      '# HELP plangraf_queue_limit Requests that may run or wait at once; beyond it the answer is 503.',
      '# TYPE plangraf_queue_limit gauge',
      `plangraf_queue_limit ${gauges.queueLimit}`,
      '# HELP process_resident_memory_bytes Resident memory of the service process (its worker threads included).',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${process.memoryUsage.rss()}`,
    );
    return `${lines.join('\n')}\n`;
  }
}

function label(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
