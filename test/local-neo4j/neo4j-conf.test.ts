import { describe, expect, it } from 'vitest';
import { neo4jConf } from '../../src/local-neo4j/neo4j-conf.js';

describe('local-neo4j: neo4jConf', () => {
  it('listens for Bolt on 127.0.0.1 only, without HTTP, with every folder under the server’s directory', () => {
    expect(neo4jConf({ dir: '/srv/kg', boltPort: 7999, heap: '1g', pageCache: '512m' }).split('\n')).toEqual([
      '# Written by the project on every start; edit src/local-neo4j/neo4j-conf.ts instead.',
      'server.default_listen_address=127.0.0.1',
      'server.default_advertised_address=127.0.0.1',
      'server.bolt.enabled=true',
      'server.bolt.listen_address=127.0.0.1:7999',
      'server.bolt.advertised_address=127.0.0.1:7999',
      'server.http.enabled=false',
      'server.https.enabled=false',
      'server.directories.data=/srv/kg/data',
      'server.directories.logs=/srv/kg/logs',
      'server.directories.plugins=/srv/kg/plugins',
      'server.directories.import=/srv/kg/import',
      'server.directories.run=/srv/kg/run',
      'server.memory.heap.initial_size=1g',
      'server.memory.heap.max_size=1g',
      'server.memory.pagecache.size=512m',
      'dbms.security.auth_enabled=true',
      'dbms.usage_report.enabled=false',
      'db.tx_log.rotation.retention_policy=1 days',
      '',
    ]);
  });
});
