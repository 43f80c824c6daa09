/** The defaults of `plangraf serve`, in a module of their own so that its help loads no server. */
export const SERVE_DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  /**
   * Per worker: four requests may wait for each one running, so a burst of four times the pool
   * is queued, not refused (BENCHMARKS.md, «Service»); beyond five times the pool the answer is 503.
   */
  queuePerWorker: 4,
  timeLimitSeconds: 60,
  bodyLimitBytes: 4 * 1024 * 1024,
  bodyTimeoutSeconds: 30,
  /** A large real roadmap has about 500 rows; 5000 render to PDF in about 3 s. */
  maxRows: 5000,
} as const;
