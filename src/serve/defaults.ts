/** The defaults of `plangraf serve`, in a module of their own so that its help loads no server. */
export const SERVE_DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  /** Per worker: two requests may wait for each one running. */
  queuePerWorker: 2,
  timeLimitSeconds: 60,
  bodyLimitBytes: 4 * 1024 * 1024,
  bodyTimeoutSeconds: 30,
  /** A large real roadmap has about 500 rows; 5000 render to PDF in about 3 s. */
  maxRows: 5000,
} as const;
