/** The Explorer's loader (public/explore/js/view-loader.js) with a stand-in for the API client: what it asks, and what it caches. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../../src/project-root.js';

type Filters = { types: string[] | null; since: string | null; until: string | null };
type Loader = {
  neighborhood(id: string, f: Filters): Promise<unknown>;
  paths(from: string, to: string, f: Filters): Promise<unknown>;
};
type Api = { gql(query: string, variables?: Record<string, unknown>): Promise<unknown> };

// A computed URL: the browser module is imported as it is served, without type declarations.
const JS_DIR = path.join(projectRoot(), 'public', 'explore', 'js');
const { createViewLoader, NEIGHBORHOOD_FIRST } = (await import(pathToFileURL(path.join(JS_DIR, 'view-loader.js')).href)) as {
  createViewLoader: (api: Api) => Loader;
  NEIGHBORHOOD_FIRST: number;
};
const { NEIGHBORHOOD, PATHS } = (await import(pathToFileURL(path.join(JS_DIR, 'queries.js')).href)) as Record<string, string>;

const ANY: Filters = { types: null, since: null, until: null };
const NONE: Filters = { types: [], since: '2020', until: null };

/** An API client that records each request and answers with `answer(query)`, or fails while `failing` is set. */
function fakeApi(answer: (query: string) => unknown) {
  const sent: [string, Record<string, unknown> | undefined][] = [];
  const api = {
    failing: false,
    sent,
    gql(query: string, variables?: Record<string, unknown>) {
      sent.push([query === NEIGHBORHOOD ? 'NEIGHBORHOOD' : query === PATHS ? 'PATHS' : query, variables]);
      return api.failing ? Promise.reject(new Error('down')) : Promise.resolve(answer(query));
    },
  };
  return api;
}

const hood = { nodes: [{ id: 'peru' }], relationships: [], truncated: true };
const found = { fromEntity: { id: 'a' }, toEntity: { id: 'b' }, shortestPath: { steps: [] }, paths: [{ steps: [] }] };

describe('public: explore/js/view-loader.js', () => {
  it('asks for the first NEIGHBORHOOD_FIRST relationships of a neighbourhood under the filters', async () => {
    const api = fakeApi(() => ({ neighborhood: hood }));
    expect(await createViewLoader(api).neighborhood('peru', { types: ['LEADS'], since: '2020', until: '2024' })).toEqual(hood);
    expect(NEIGHBORHOOD_FIRST).toBe(100);
    expect(api.sent).toEqual([['NEIGHBORHOOD', { id: 'peru', first: 100, types: ['LEADS'], since: '2020', until: '2024' }]]);
  });

  it('asks for the actor alone, never cut, when no relation type is chosen', async () => {
    const api = fakeApi(() => ({ neighborhood: hood }));
    expect(await createViewLoader(api).neighborhood('peru', NONE)).toEqual({ ...hood, truncated: false });
    expect(api.sent).toEqual([['NEIGHBORHOOD', { id: 'peru', first: 0, types: null, since: '2020', until: null }]]);
  });

  it('asks for the paths under the filters, and answers no path when no relation type is chosen', async () => {
    const api = fakeApi(() => found);
    const loader = createViewLoader(api);
    expect(await loader.paths('a', 'b', ANY)).toEqual(found);
    expect(await loader.paths('a', 'b', NONE)).toEqual({ ...found, shortestPath: null, paths: [] });
    expect(api.sent).toEqual([
      ['PATHS', { from: 'a', to: 'b', types: null, since: null, until: null }],
      ['PATHS', { from: 'a', to: 'b', types: null, since: '2020', until: null }],
    ]);
  });

  it('sends each request once for the page’s life, and again after it failed', async () => {
    const api = fakeApi(() => ({ neighborhood: hood }));
    const loader = createViewLoader(api);
    await loader.neighborhood('peru', ANY);
    await loader.neighborhood('peru', ANY);
    await loader.neighborhood('china', ANY);
    expect(api.sent.map(([, v]) => v?.id)).toEqual(['peru', 'china']);
    api.failing = true;
    await expect(loader.neighborhood('chile', ANY)).rejects.toThrow('down');
    api.failing = false;
    expect(await loader.neighborhood('chile', ANY)).toEqual(hood);
    expect(api.sent.map(([, v]) => v?.id)).toEqual(['peru', 'china', 'chile', 'chile']);
  });
});
