/** The neo4j.conf of a local Neo4j: Bolt on 127.0.0.1 only, no HTTP, its folders under one directory. */
import path from 'node:path';

/**
 * The text of neo4j.conf for a server whose conf, data, logs, plugins, import and run folders are
 * under `dir`, with Bolt on 127.0.0.1:`boltPort`, a fixed heap of `heap` and a page cache of `pageCache`.
 */
export function neo4jConf({ dir, boltPort, heap, pageCache }: { dir: string; boltPort: number; heap: string; pageCache: string }): string {
  const d = (sub: string): string => path.join(dir, sub);
  return [
    '# Written by the project on every start; edit src/local-neo4j/neo4j-conf.ts instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${d('data')}`,
    `server.directories.logs=${d('logs')}`,
    `server.directories.plugins=${d('plugins')}`,
    `server.directories.import=${d('import')}`,
    `server.directories.run=${d('run')}`,
    `server.memory.heap.initial_size=${heap}`,
    `server.memory.heap.max_size=${heap}`,
    `server.memory.pagecache.size=${pageCache}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=1 days',
    '',
  ].join('\n');
}
