/**
 * The peer: `@neo4j/graphql` serving the same graph through its generated API, with Apollo
 * Server's standalone HTTP server. Started by the bench as a child process; reads NEO4J_* and
 * PORT like the service.
 */
import neo4j from 'neo4j-driver';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { loadConfig } from '../src/config.js';
import { peerTypeDefs } from './peer-type-defs.js';
import { driverConfig } from '../src/store/gateway.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is required');
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), driverConfig(config.neo4j));
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const server = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: config.port, host: config.host },
    // No transaction timeout (the library's default): with the API's 15 s, the first 2-hop query
    // never succeeds, because Neo4j needs 40–70 s to plan its Cypher and the timeout stops the planning.
    context: async () => ({ sessionConfig: { database: config.neo4j.database } }),
  });
  console.log(`LISTENING ${url}`);
  process.on('SIGTERM', () => {
    void server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
}

void main();
