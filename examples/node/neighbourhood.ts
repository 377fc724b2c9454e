/**
 * Prints an entity's neighbourhood with its evidence: for every relationship, its ends, its valid
 * time and status, and each quote with the article it comes from.
 *
 *   KG_URL=http://localhost:4000/graphql npx tsx examples/node/neighbourhood.ts chancay-port [depth]
 *   npm run example:neighbourhood -- chancay-port
 *
 * KG_URL defaults to http://localhost:4000/graphql. Exits 1 with a message on stderr when the
 * service cannot be reached or refuses the request (an unknown id is NOT_FOUND), 2 on bad usage.
 */
import { EntityNeighbourhoodDocument, type EntityNeighbourhoodQuery } from '../typed/graphql.js';
import { GraphQLRequestError, request } from './request.js';

/** The service's GraphQL endpoint when KG_URL is not set. */
const DEFAULT_URL = 'http://localhost:4000/graphql';

type Relationship = EntityNeighbourhoodQuery['neighborhood']['relationships'][number];
type Evidence = Relationship['evidence'][number];

/** `Source —TYPE→ Target (from 2024, REPORTED)`. */
function relationshipLine(r: Relationship): string {
  const when = r.validFrom ? `from ${r.validFrom}, ` : '';
  return `${r.source.name} —${r.type}→ ${r.target.name} (${when}${r.status})`;
}

/** The quote, then where it comes from: title, outlet, date and URL, each when known. */
function evidenceLines(e: Evidence): string[] {
  const { title, source, publishedAt, url } = e.article;
  const from = [title ? `“${title}”` : undefined, source, publishedAt].filter(Boolean).join(', ');
  return [`    “${e.quote}”`, `      — ${from}${url ? ` <${url}>` : ''}`];
}

/** The neighbourhood as the lines the script prints. */
function neighbourhoodText(data: EntityNeighbourhoodQuery): string[] {
  const { entity, neighborhood } = data;
  const heading = entity ? `${entity.name} (${entity.type})` : '(unknown entity)';
  const count = `${neighborhood.nodes.length} entities, ${neighborhood.relationships.length} relationships`;
  return [
    `${heading}: ${count}${neighborhood.truncated ? ' (truncated)' : ''}`,
    ...neighborhood.relationships.flatMap((r) => ['', `  ${relationshipLine(r)}`, ...r.evidence.flatMap(evidenceLines)]),
  ];
}

async function main(argv: string[]): Promise<number> {
  const [id, depthArg] = argv;
  const depth = depthArg === undefined ? 1 : Number(depthArg);
  if (!id || !Number.isInteger(depth)) {
    process.stderr.write('usage: neighbourhood.ts <entity-id> [depth]   (KG_URL: the service, default ' + DEFAULT_URL + ')\n');
    return 2;
  }
  const url = process.env.KG_URL || DEFAULT_URL;
  try {
    const data = await request({ url, document: EntityNeighbourhoodDocument, variables: { id, depth } });
    process.stdout.write(neighbourhoodText(data).join('\n') + '\n');
    return 0;
  } catch (err) {
    if (!(err instanceof GraphQLRequestError)) throw err;
    process.stderr.write(`neighbourhood: ${err.message} (${err.code})\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
