/** The java command line of a local Neo4j: the flags the tarball's launcher would add, and the entry point. */
import path from 'node:path';

/** The JVM flags of Neo4j 5's own launcher (bin/neo4j), which the jars alone do not bring. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/**
 * The arguments to `java` that run Neo4j Community from the jars in `lib`, with home `dir`, its
 * configuration in `dir`/conf and a fixed heap of `heap`.
 */
export function serverArgs({ lib, dir, heap }: { lib: string; dir: string; heap: string }): string[] {
  return [
    ...JVM_FLAGS,
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-cp',
    `${lib}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${dir}`,
    `--config-dir=${path.join(dir, 'conf')}`,
  ];
}
