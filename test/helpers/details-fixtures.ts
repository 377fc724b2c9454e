/** Fixtures of the tests comparing the compiled reads' relationship details with the look-ups they replace. */
import type { RelationshipDetails } from '../../src/store/cypher/relationship-details.js';
import type { EvidenceModel } from '../../src/domain/models.js';

/** Every detail selected. */
export const ALL_DETAILS: RelationshipDetails = {
  endpoints: true,
  endpointDegrees: true,
  evidence: true,
  articles: true,
  sourceCount: true,
};

/** Evidence lists without the article each item carries (the look-up gives only its id). */
export const withoutArticles = (m: ReadonlyMap<string, EvidenceModel[]>): Map<string, EvidenceModel[]> =>
  new Map(
    [...m].map(([k, list]) => [
      k,
      list.map((ev) => Object.fromEntries(Object.entries(ev).filter(([f]) => f !== 'article')) as unknown as EvidenceModel),
    ]),
  );
