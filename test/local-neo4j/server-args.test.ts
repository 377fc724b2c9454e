import { describe, expect, it } from 'vitest';
import { serverArgs } from '../../src/local-neo4j/server-args.js';

describe('local-neo4j: serverArgs', () => {
  const args = serverArgs({ lib: '/cache/5.26.31/lib', dir: '/srv/kg', heap: '2g' });

  it('runs the Community entry point from the jars with the server’s home and configuration', () => {
    expect(args.slice(-7)).toEqual([
      '-Xms2g',
      '-Xmx2g',
      '-cp',
      '/cache/5.26.31/lib/*',
      'org.neo4j.server.CommunityEntryPoint',
      '--home-dir=/srv/kg',
      '--config-dir=/srv/kg/conf',
    ]);
  });

  it('adds the launcher’s JVM flags before them, the module openings Netty needs included', () => {
    const flags = args.slice(0, -7);
    expect(flags).toHaveLength(18);
    expect(flags[0]).toBe('-XX:+UseG1GC');
    expect(flags).toEqual(
      expect.arrayContaining(['--add-opens=java.base/java.nio=ALL-UNNAMED', '-Dio.netty.tryReflectionSetAccessible=true']),
    );
    expect(flags.filter((f) => !/^(-XX:|-D|--add-opens=|--enable-native-access=)/.test(f))).toEqual([]);
  });
});
