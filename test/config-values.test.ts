import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { bodySize, bool, memory, millis, millisOrOff, neo4jUri, port, proxyAddress, trustProxy } from '../src/config-values.js';

/** The parsed value, or the messages of the refusal. */
function read(schema: z.ZodType, value: string): { value: unknown } | { problems: string[] } {
  const r = schema.safeParse(value);
  return r.success ? { value: r.data } : { problems: r.error.issues.map((i) => i.message) };
}

describe('config: value kinds', () => {
  it('reads a switch from true/false, 1/0 or yes/no only', () => {
    expect(['true', '1', 'yes', 'false', '0', 'no'].map((v) => read(bool, v))).toEqual(
      [true, true, true, false, false, false].map((value) => ({ value })),
    );
    expect(read(bool, 'on')).toEqual({ problems: ['must be true or false'] });
  });

  it('reads a port as a whole number from 0 to 65535', () => {
    expect(read(port, '0')).toEqual({ value: 0 });
    expect(read(port, '65535')).toEqual({ value: 65535 });
    expect(read(port, '65536')).toEqual({ problems: ['must be between 0 and 65535'] });
    expect(read(port, '80.5')).toEqual({ problems: ['must be a whole number'] });
    expect(read(port, 'http')).toEqual({ problems: ['must be a port number'] });
  });

  it('reads milliseconds, positive, or with 0 for no limit', () => {
    expect(read(millis, '1500')).toEqual({ value: 1500 });
    expect(read(millis, '0')).toEqual({ problems: ['must be a number of milliseconds'] });
    expect(read(millis, 'soon')).toEqual({ problems: ['must be a number of milliseconds'] });
    expect(read(millisOrOff, '0')).toEqual({ value: 0 });
    expect(read(millisOrOff, '-1')).toEqual({ problems: ['must be a number of milliseconds (0: no limit)'] });
    expect(read(millisOrOff, '1.5')).toEqual({ problems: ['must be a whole number of milliseconds (0: no limit)'] });
  });

  it('reads JVM memory sizes and HTTP body sizes, as written', () => {
    expect(['512m', '2G', '1024k'].map((v) => read(memory, v))).toEqual([{ value: '512m' }, { value: '2G' }, { value: '1024k' }]);
    expect(read(memory, '2 GB')).toEqual({ problems: ['must be a size such as 512m or 2g'] });
    expect(['100kb', '1MB', '512b'].map((v) => read(bodySize, v))).toEqual([{ value: '100kb' }, { value: '1MB' }, { value: '512b' }]);
    expect(read(bodySize, '1gb')).toEqual({ problems: ['must be a size such as 100kb or 1mb'] });
  });

  it('reads a Neo4j URI with a host and a driver scheme', () => {
    for (const uri of ['bolt://db:7687', 'neo4j+s://abc.databases.neo4j.io', 'bolt+ssc://10.0.0.1'])
      expect(read(neo4jUri, uri)).toEqual({ value: uri });
    const refused = {
      problems: ['must be a URI such as bolt://host:7687 or neo4j+s://host (schemes: neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc)'],
    };
    for (const bad of ['http://db:7474', 'bolt://', 'db:7687', 'nonsense']) expect(read(neo4jUri, bad), bad).toEqual(refused);
  });
});

describe('config: proxyAddress', () => {
  it('accepts IPv4 and IPv6 addresses and ranges, and Express’s range names', () => {
    expect(
      ['10.0.0.1', '10.0.0.0/8', '10.0.0.0/32', 'fd00::/8', '::1', 'fd00::/128', 'loopback', 'linklocal', 'uniquelocal'].filter(
        (v) => !proxyAddress(v),
      ),
    ).toEqual([]);
  });

  it('refuses bad addresses, prefixes too long for the family, and other names', () => {
    expect(['10.0.0.300', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/8', '10.0.0.0/x', 'localhost', 'all', ''].filter(proxyAddress)).toEqual(
      [],
    );
  });
});

describe('config: trustProxy', () => {
  it('reads none, a number of hops, or a list of proxies', () => {
    expect(['', 'false', '0'].map((v) => read(trustProxy, v))).toEqual([{ value: false }, { value: false }, { value: false }]);
    expect(read(trustProxy, ' 2 ')).toEqual({ value: 2 });
    expect(read(trustProxy, 'loopback, 10.0.0.0/8,,fd00::/8')).toEqual({ value: ['loopback', '10.0.0.0/8', 'fd00::/8'] });
  });

  it('refuses trusting every proxy, and names the entries it cannot read', () => {
    const start =
      'must be a number of proxy hops or a comma-separated list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal';
    expect(read(trustProxy, 'true')).toEqual({
      problems: [`${start} (trusting every proxy would let any client pick its rate-limit address)`],
    });
    expect(read(trustProxy, 'loopback,10.0.0.300,proxy')).toEqual({ problems: [`${start}; not: 10.0.0.300, proxy`] });
  });
});
