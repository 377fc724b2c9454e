/**
 * The kinds of value the configuration's variables hold, as zod schemas over the environment's
 * strings: yes/no switches, ports, durations, sizes, Neo4j URIs and the proxies to trust. Each
 * refusal says what the value must be; `src/config.ts` names the variable.
 */
import net from 'node:net';
import { z } from 'zod';

/** The URI schemes the Neo4j driver accepts. */
export const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

/** true/false, 1/0 or yes/no, as a boolean. */
export const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A TCP port, 0–65535 (0: any free port). */
export const port = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

/** A positive whole number of milliseconds. */
export const millis = z.coerce.number({ message: 'must be a number of milliseconds' }).int().positive();

/** Milliseconds, where 0 turns the limit off. */
export const millisOrOff = z.coerce
  .number({ message: 'must be a number of milliseconds (0: no limit)' })
  .int('must be a whole number of milliseconds (0: no limit)')
  .min(0, 'must be a number of milliseconds (0: no limit)');

/** A JVM memory size such as 512m or 2g. */
export const memory = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');

/** An HTTP body size such as 100kb or 1mb. */
export const bodySize = z.string().regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 100kb or 1mb');

/** A Neo4j URI with a host and one of NEO4J_SCHEMES. */
export const neo4jUri = z.string().refine(
  (v) => {
    try {
      const u = new URL(v);
      return NEO4J_SCHEMES.includes(u.protocol.replace(/:$/, '')) && u.hostname.length > 0;
    } catch {
      return false;
    }
  },
  `must be a URI such as bolt://host:7687 or neo4j+s://host (schemes: ${NEO4J_SCHEMES.join(', ')})`,
);

/** An http:// or https:// URL with a host, without a trailing slash (an OTLP endpoint, to which `/v1/traces` is added). */
export const httpUrl = z
  .string()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// URL such as http://collector:4318')
  .transform((v) => v.replace(/\/+$/, ''));

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** True for an address or CIDR range (IPv4 or IPv6), or one of Express's names for ranges. */
export const proxyAddress = (v: string): boolean => {
  if (PROXY_NAMES.includes(v)) return true;
  const [ip, bits, ...rest] = v.split('/');
  const family = net.isIP(ip ?? '');
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

/**
 * Which proxies in front of the API may set X-Forwarded-For: none ('', false or 0), a number of
 * hops, or a list of addresses, CIDR ranges and the names loopback, linklocal, uniquelocal. "Every
 * proxy" (true) is refused: any client could then choose the address the rate limit counts against.
 */
export const trustProxy = z
  .string()
  .trim()
  .transform((v, ctx): false | number | string[] => {
    if (v === '' || v === 'false' || v === '0') return false;
    if (/^\d+$/.test(v)) return Number(v);
    const list = v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const bad = list.filter((x) => !proxyAddress(x));
    if (v === 'true' || bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a number of proxy hops or a comma-separated list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal${
          v === 'true' ? ' (trusting every proxy would let any ' + 'client pick its rate-limit address)' : `; not: ${bad.join(', ')}`
        }`,
      });
      return z.NEVER;
    }
    return list;
  });
