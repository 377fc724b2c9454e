/**
 * TRUSTED_DOCUMENTS against the live service (real HTTP, real Neo4j), with the committed manifest
 * (documents/manifest.json): `off` as before, `allow` adds ids, `require` runs nothing else.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePersistedQueryManifest } from '../../src/contract/persisted-query-manifest.js';
import { projectRoot } from '../../src/project-root.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';
import { startTestService, withoutCost, type TestService } from '../helpers/service.js';

const KEY = 'trusted-documents-secret-0123';
const { manifest } = parsePersistedQueryManifest(readFileSync(path.join(projectRoot(), 'documents/manifest.json'), 'utf8'));
const operation = (name: string) => manifest!.operations.find((o) => o.name === name)!;
const SEARCH = operation('ExplorerSearch');
const RETRACT = operation('CurateRetract');
const OTHER = '{ entity(id: "peru") { name } }';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const byId = (id: string) => ({ persistedQuery: { version: 1, sha256Hash: id } });

interface Answer {
  status: number;
  body: { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** POSTs `body` as JSON to /graphql. */
async function post(t: TestService, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: withoutCost(await res.json()) as Answer['body'] };
}

/** GETs /graphql with `params`, each object as JSON (past Apollo's CSRF check, as a non-browser client). */
async function get(t: TestService, params: Record<string, unknown>): Promise<Answer> {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const res = await fetch(`${t.url}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
  return { status: res.status, body: withoutCost(await res.json()) as Answer['body'] };
}

const codes = (a: Answer) => [a.status, ...(a.body.errors ?? []).map((e) => e.extensions?.code)];
/** The status and each error's code and message (outside production an error also carries its stack trace). */
const refusal = (a: Answer) => [a.status, ...(a.body.errors ?? []).map((e) => [e.extensions?.code, e.message])];
/** The status, the errors and the first hit of ExplorerSearch (text: 'Peru'): [200, undefined, 'peru'] when it ran. */
const searched = (a: Answer) => [a.status, a.body.errors, (a.body.data?.search as { id: string }[] | undefined)?.[0]?.id];
const RAN = [200, undefined, 'peru'];
const NOT_IN_LIST =
  'Only trusted documents run here (TRUSTED_DOCUMENTS=require), and this document is not one: ' +
  "send the id of an operation of the service's persisted-query manifest as extensions.persistedQuery.sha256Hash.";
const REGISTRATION_REFUSED =
  'Automatic persisted-query registration is refused here (TRUSTED_DOCUMENTS=require): ' +
  "only the operations of the service's persisted-query manifest run.";

describe('server: trusted documents (TRUSTED_DOCUMENTS) over HTTP', () => {
  useSeededGraph();
  const services: Partial<Record<'off' | 'allow' | 'require' | 'keyedReads', TestService>> = {};
  beforeAll(async () => {
    for (const mode of ['off', 'allow', 'require'] as const)
      services[mode] = await startTestService({ TRUSTED_DOCUMENTS: mode, API_KEYS: `curator:${KEY}` });
    services.keyedReads = await startTestService({
      TRUSTED_DOCUMENTS: 'require',
      API_KEYS: `curator:${KEY}`,
      REQUIRE_KEY_FOR_READS: 'true',
    });
  });
  afterAll(async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
  });

  it('finds the operations it sends in the manifest', () => {
    expect([SEARCH?.type, RETRACT?.type]).toEqual(['query', 'mutation']);
  });

  describe('off (the default)', () => {
    it('does not read the manifest: an id of it alone is not found, as any id Apollo was never sent', async () => {
      const a = await post(services.off!, { extensions: byId(SEARCH.id), variables: { text: 'Peru' } });
      expect(refusal(a)).toEqual([200, ['PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound']]);
    });

    it('runs any text, and registers automatic persisted queries', async () => {
      expect((await post(services.off!, { query: OTHER })).body).toEqual({ data: { entity: { name: 'Peru' } } });
      expect((await post(services.off!, { query: OTHER, extensions: byId(sha256(OTHER)) })).body.errors).toBeUndefined();
      expect((await post(services.off!, { extensions: byId(sha256(OTHER)) })).body).toEqual({ data: { entity: { name: 'Peru' } } });
    });
  });

  describe('allow', () => {
    it('runs a manifest operation by its id alone, with variables, over POST and over GET', async () => {
      expect(searched(await post(services.allow!, { extensions: byId(SEARCH.id), variables: { text: 'Peru' } }))).toEqual(RAN);
      expect(searched(await get(services.allow!, { extensions: byId(SEARCH.id), variables: { text: 'Peru' } }))).toEqual(RAN);
    });

    it('runs any other text as before, registers automatic persisted queries, and does not find an unknown id', async () => {
      const other = '{ entity(id: "china") { name } }';
      expect((await post(services.allow!, { query: other })).body).toEqual({ data: { entity: { name: 'China' } } });
      expect(codes(await post(services.allow!, { extensions: byId(sha256(other)) }))).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
      expect((await post(services.allow!, { query: other, extensions: byId(sha256(other)) })).body.errors).toBeUndefined();
      expect((await post(services.allow!, { extensions: byId(sha256(other)) })).body).toEqual({ data: { entity: { name: 'China' } } });
    });
  });

  describe('require', () => {
    it('runs a manifest operation by its id alone, over POST and over GET', async () => {
      expect(searched(await post(services.require!, { extensions: byId(SEARCH.id), variables: { text: 'Peru' } }))).toEqual(RAN);
      expect(searched(await get(services.require!, { extensions: byId(SEARCH.id), variables: { text: 'Peru' } }))).toEqual(RAN);
    });

    it('runs a manifest body sent in full, byte for byte (as the pages send it), with or without its id', async () => {
      expect(searched(await post(services.require!, { query: SEARCH.body, variables: { text: 'Peru' } }))).toEqual(RAN);
      const withId = await post(services.require!, { query: SEARCH.body, variables: { text: 'Peru' }, extensions: byId(SEARCH.id) });
      expect(searched(withId)).toEqual(RAN);
    });

    it('refuses any other text with 400 PERSISTED_QUERY_NOT_IN_LIST, over POST and GET, before parsing it', async () => {
      const refused = [400, ['PERSISTED_QUERY_NOT_IN_LIST', NOT_IN_LIST]];
      expect(refusal(await post(services.require!, { query: OTHER }))).toEqual(refused);
      // One space more than the manifest's body is another document.
      expect(refusal(await post(services.require!, { query: SEARCH.body + ' ', variables: { text: 'Peru' } }))).toEqual(refused);
      expect(refusal(await get(services.require!, { query: OTHER }))).toEqual(refused);
      expect(refusal(await post(services.require!, { query: '{ not graphql' }))).toEqual(refused);
    });

    it('refuses automatic persisted-query registration, so that the id stays unknown', async () => {
      expect(refusal(await post(services.require!, { query: OTHER, extensions: byId(sha256(OTHER)) }))).toEqual([
        400,
        ['PERSISTED_QUERY_NOT_IN_LIST', REGISTRATION_REFUSED],
      ]);
      expect(codes(await post(services.require!, { extensions: byId(sha256(OTHER)) }))).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
    });

    it('answers an unknown id PERSISTED_QUERY_NOT_FOUND, as Apollo answers it', async () => {
      expect(codes(await post(services.require!, { extensions: byId('0'.repeat(64)) }))).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
      expect(codes(await get(services.require!, { extensions: byId('0'.repeat(64)) }))).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
    });

    it("still needs a key for the curation page's mutation by id, refuses it over GET, and runs it with the key", async () => {
      const variables = { id: 'huawei-peru-ai-training-deal', reason: 'trusted-documents test', removeOrphans: false, dryRun: true };
      expect(codes(await post(services.require!, { extensions: byId(RETRACT.id), variables }))).toEqual([401, 'UNAUTHENTICATED']);
      expect(codes(await get(services.require!, { extensions: byId(RETRACT.id), variables }))).toEqual([405, 'BAD_REQUEST']);
      const keyed = await post(services.require!, { extensions: byId(RETRACT.id), variables }, { authorization: `Bearer ${KEY}` });
      expect(keyed.status).toBe(200);
      expect(keyed.body.errors).toBeUndefined();
      expect(keyed.body.data?.retractArticle).toMatchObject({ articleId: 'huawei-peru-ai-training-deal', dryRun: true });
    });

    it('refuses a text not in the manifest as such, key or no key, even where reads need a key', async () => {
      const mutation = 'mutation { undoRetraction(auditId: "x") { auditId } }';
      expect(codes(await post(services.require!, { query: mutation }))).toEqual([400, 'PERSISTED_QUERY_NOT_IN_LIST']);
      expect(codes(await post(services.keyedReads!, { query: OTHER }))).toEqual([400, 'PERSISTED_QUERY_NOT_IN_LIST']);
      expect(codes(await post(services.keyedReads!, { extensions: byId(SEARCH.id), variables: { text: 'Peru' } }))).toEqual([
        401,
        'UNAUTHENTICATED',
      ]);
      const keyed = await post(
        services.keyedReads!,
        { extensions: byId(SEARCH.id), variables: { text: 'Peru' } },
        { authorization: `Bearer ${KEY}` },
      );
      expect(searched(keyed)).toEqual(RAN);
    });
  });
});
