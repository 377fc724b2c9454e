/**
 * Configuration, read once from the environment and validated with zod. Nothing else in the
 * project reads `process.env`. A bad environment fails at start with every problem listed.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseApiKeys, type ApiKeys } from './auth/api-keys.js';
import { bodySize, bool, httpUrl, memory, millis, millisOrOff, neo4jUri, port, trustProxy } from './config-values.js';
import { projectRoot } from './project-root.js';

/**
 * Default NEO4J_MAINTENANCE_TIMEOUT_MS: 10 minutes. Maintenance writes whole files in one
 * transaction: bench/RESULTS.md measured about 4,000 relationships/s with the machine otherwise
 * idle, so a 100k-relationship restore is ~25 s there and several times that at a load of 11 on
 * 2 cores. Ten minutes leaves that room many times over, yet still stops a runaway statement
 * before it holds its locks and memory for good. The seed takes seconds.
 */
const MAINTENANCE_TIMEOUT_MS = 600_000;

/**
 * What runs on /graphql (TRUSTED_DOCUMENTS): `off`, any operation; `allow`, any operation, and the
 * manifest's by id alone; `require`, only the manifest's (by id, or as its exact text).
 */
export const TRUSTED_DOCUMENTS_MODES = ['off', 'allow', 'require'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

/**
 * Default cost limits (src/graphql/cost-limits.ts): QUERY_MAX_COST, COST_BUDGET, COST_RESTORE_RATE.
 * Measured with the README's and the apps' operations (README, "Cost limits"): the costliest the
 * Explorer sends, a neighbourhood of 100 relationships with their evidence, asks for 1,701 points,
 * and the costliest at the argument caps (that neighbourhood with `first: 500`) 8,501. The maximum
 * lets every operation of the apps and recipes run at those caps; the budget is two such
 * operations back to back, or a dozen Explorer views; the restore rate gives a whole budget back in
 * 40 s. A request is charged only its actual cost once it has run, which is mostly far less.
 */
export const DEFAULT_COST_LIMITS = { maxCost: 10_000, budget: 20_000, restoreRate: 500 } as const;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a valid database name')
    .default('neo4j'),
  NEO4J_CONNECTION_TIMEOUT_MS: millis.default(5000),
  NEO4J_ACQUISITION_TIMEOUT_MS: millis.default(5000),
  NEO4J_MAX_RETRY_MS: millis.default(5000),
  NEO4J_QUERY_TIMEOUT_MS: millis.default(15000),
  NEO4J_MAINTENANCE_TIMEOUT_MS: millisOrOff.default(MAINTENANCE_TIMEOUT_MS),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().positive().default(50),

  LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j'),
  LOCAL_NEO4J_BOLT_PORT: port.default(7687),
  LOCAL_NEO4J_VERSION: z
    .string()
    .regex(/^5\.26\.\d+$/, 'must be a Neo4j 5.26 LTS version')
    .default('5.26.31'),
  LOCAL_NEO4J_CACHE_DIR: z.string().min(1).default('.cache/neo4j'),
  LOCAL_NEO4J_HEAP: memory.default('2g'),
  LOCAL_NEO4J_PAGECACHE: memory.default('2g'),
  NEO4J_JAVA_HOME: z.string().min(1).optional(),
  JAVA_HOME: z.string().min(1).optional(),

  CORS_ORIGINS: z.string().default('*'),
  INTROSPECTION: bool.optional(),
  LANDING_PAGE: bool.optional(),
  BODY_LIMIT: bodySize.default('100kb'),
  PUBLIC_BASE_URL: httpUrl
    .refine((v) => !/[?#]/.test(v), 'must have no query or fragment: it is the base of every IRI the RDF exports write')
    .default('http://localhost:4000'),
  EXPORT_MAX_CONCURRENT: z.coerce.number().int().min(0).max(1000).default(4),
  CACHE_MAX_AGE: z.coerce.number().int().min(0).max(31_536_000).default(60),
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(6000),
  RATE_LIMIT_WINDOW_MS: millis.default(60_000),
  CHANGE_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  TRUST_PROXY: trustProxy.optional().transform((v) => v ?? false),
  QUERY_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  QUERY_MAX_FIELDS: z.coerce.number().int().min(10).max(100000).default(1000),
  QUERY_MAX_ALIASES: z.coerce.number().int().min(0).max(10000).default(50),
  QUERY_MAX_COST: z.coerce.number().int().min(0).default(DEFAULT_COST_LIMITS.maxCost),
  COST_BUDGET: z.coerce.number().int().min(0).default(DEFAULT_COST_LIMITS.budget),
  COST_RESTORE_RATE: z.coerce.number().positive().default(DEFAULT_COST_LIMITS.restoreRate),

  API_KEYS: z.string().optional(),
  API_KEYS_FILE: z.string().min(1).optional(),
  REQUIRE_KEY_FOR_READS: bool.default(false),

  SEED_ON_START: bool.default(true),
  SEEDS_DIR: z.string().min(1).default('seeds'),

  METRICS_ENABLED: bool.default(true),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('china-peru-kg'),

  TRUSTED_DOCUMENTS: z.enum(TRUSTED_DOCUMENTS_MODES, { message: `must be one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}` }).default('off'),
  TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).default('documents/manifest.json'),
});

/** The local password used when the service starts its own Neo4j and none is configured. */
export const LOCAL_DEFAULT_PASSWORD = 'china-peru-kg-local';

/** The validated, frozen configuration. */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  readonly neo4j: {
    /** Undefined means: start the built-in local Neo4j. */
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string;
    readonly database: string;
    readonly connectionTimeoutMs: number;
    readonly acquisitionTimeoutMs: number;
    readonly maxRetryMs: number;
    /** Transaction timeout of API requests. */
    readonly queryTimeoutMs: number;
    /** Transaction timeout of schema, seed, restore, export and CLI ingest; 0: no limit. */
    readonly maintenanceTimeoutMs: number;
    readonly maxPoolSize: number;
  };
  readonly localNeo4j: {
    readonly dir: string;
    readonly boltPort: number;
    readonly version: string;
    readonly cacheDir: string;
    readonly heap: string;
    readonly pageCache: string;
    readonly javaHome: string | undefined;
    readonly systemJavaHome: string | undefined;
  };
  readonly http: {
    /** Allowed browser origins; `['*']` allows any. */
    readonly corsOrigins: readonly string[];
    readonly introspection: boolean;
    readonly landingPage: boolean;
    readonly bodyLimit: string;
    /** Seconds a shared cache may keep a cacheable answer (GET or persisted query, no key) before it revalidates by ETag. */
    readonly cacheMaxAge: number;
    /**
     * The address the service is reached at from outside (PUBLIC_BASE_URL, no trailing slash): the
     * base of the IRIs of the RDF and JSON-LD exports and of GET /vocab.
     */
    readonly publicBaseUrl: string;
    /** Downloads from /export that may stream at once (EXPORT_MAX_CONCURRENT, default 4); 0: no cap. */
    readonly exportMaxConcurrent: number;
    /** Requests per client (IP) per window on /graphql and /export; 0 turns the limit off. */
    readonly rateLimit: { readonly max: number; readonly windowMs: number };
    /** Express's `trust proxy`: the proxies whose X-Forwarded-For gives the client address; false: none. */
    readonly trustProxy: false | number | readonly string[];
    /** Milliseconds between two reads of the audit log by the change feed (/graphql/stream); default 1000. */
    readonly changePollMs: number;
  };
  readonly limits: { readonly maxDepth: number; readonly maxFields: number; readonly maxAliases: number };
  /** Cost limits (src/graphql/cost-limits.ts): the most one operation may cost, and each client's budget; 0 turns either off. */
  readonly cost: {
    /** The most one operation may request (QUERY_MAX_COST); 0: no maximum. */
    readonly maxCost: number;
    /** Points per client (COST_BUDGET); 0: no budget. */
    readonly budget: number;
    /** Points given back per second (COST_RESTORE_RATE). */
    readonly restoreRate: number;
  };
  readonly auth: {
    /** Key id → digest of its secret; empty means no write can succeed. */
    readonly keys: ApiKeys;
    readonly requireKeyForReads: boolean;
  };
  readonly seedOnStart: boolean;
  readonly seedsDir: string;
  /** GET /metrics (Prometheus); on by default. */
  readonly metrics: { readonly enabled: boolean };
  /** OpenTelemetry traces, exported over OTLP/HTTP to `endpoint` (its `/v1/traces`); off (no SDK loaded) when it is unset. */
  readonly tracing: { readonly endpoint: string | undefined; readonly serviceName: string };
  /** Which operations /graphql runs (default `off`: any), and the persisted-query manifest it trusts (read at start unless `off`). */
  readonly trustedDocuments: { readonly mode: TrustedDocumentsMode; readonly manifest: string };
}

/** Thrown when the environment is invalid; `problems` has one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function deepFreeze<T extends object>(o: T): Readonly<T> {
  for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v as object);
  return Object.freeze(o);
}

/**
 * Parses the environment into a Config. Empty strings count as unset.
 * @throws ConfigError listing every invalid variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.QUERY_MAX_COST > 0 && e.COST_BUDGET > 0 && e.QUERY_MAX_COST > e.COST_BUDGET) {
    throw new ConfigError([`QUERY_MAX_COST: must not be over COST_BUDGET (${e.COST_BUDGET}), or such a query could never run`]);
  }
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError(['NEO4J_PASSWORD: is required when NEO4J_URI is set']);
  }
  let keySpec = e.API_KEYS ?? '';
  if (e.API_KEYS_FILE) {
    try {
      keySpec += '\n' + readFileSync(e.API_KEYS_FILE, 'utf8');
    } catch (err) {
      throw new ConfigError([`API_KEYS_FILE: cannot read ${e.API_KEYS_FILE} (${(err as NodeJS.ErrnoException).code ?? 'error'})`]);
    }
  }
  const { keys, problems: keyProblems } = parseApiKeys(keySpec);
  if (keyProblems.length) throw new ConfigError(keyProblems.map((p) => `API_KEYS: ${p}`));
  const root = projectRoot();
  const abs = (p: string): string => path.resolve(root, p);
  return deepFreeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? LOCAL_DEFAULT_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
      maxRetryMs: e.NEO4J_MAX_RETRY_MS,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      maintenanceTimeoutMs: e.NEO4J_MAINTENANCE_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
    },
    localNeo4j: {
      dir: abs(e.LOCAL_NEO4J_DIR),
      boltPort: e.LOCAL_NEO4J_BOLT_PORT,
      version: e.LOCAL_NEO4J_VERSION,
      cacheDir: abs(e.LOCAL_NEO4J_CACHE_DIR),
      heap: e.LOCAL_NEO4J_HEAP,
      pageCache: e.LOCAL_NEO4J_PAGECACHE,
      javaHome: e.NEO4J_JAVA_HOME,
      systemJavaHome: e.JAVA_HOME,
    },
    http: {
      corsOrigins: e.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
      landingPage: e.LANDING_PAGE ?? e.NODE_ENV !== 'production',
      bodyLimit: e.BODY_LIMIT,
      cacheMaxAge: e.CACHE_MAX_AGE,
      publicBaseUrl: e.PUBLIC_BASE_URL,
      exportMaxConcurrent: e.EXPORT_MAX_CONCURRENT,
      rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
      trustProxy: e.TRUST_PROXY,
      changePollMs: e.CHANGE_POLL_MS,
    },
    limits: { maxDepth: e.QUERY_MAX_DEPTH, maxFields: e.QUERY_MAX_FIELDS, maxAliases: e.QUERY_MAX_ALIASES },
    cost: { maxCost: e.QUERY_MAX_COST, budget: e.COST_BUDGET, restoreRate: e.COST_RESTORE_RATE },
    auth: { keys, requireKeyForReads: e.REQUIRE_KEY_FOR_READS },
    seedOnStart: e.SEED_ON_START,
    seedsDir: abs(e.SEEDS_DIR),
    metrics: { enabled: e.METRICS_ENABLED },
    tracing: { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: e.OTEL_SERVICE_NAME },
    trustedDocuments: { mode: e.TRUSTED_DOCUMENTS, manifest: abs(e.TRUSTED_DOCUMENTS_MANIFEST) },
  });
}
