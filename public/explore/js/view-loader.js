/**
 * What the view needs from the API: an actor's neighbourhood and the paths between two actors,
 * under the filters. Every answer is cached per (query, variables) for the page's life, so
 * expanding or stepping back costs no second request; there is no polling.
 */
import { NEIGHBORHOOD, PATHS } from './queries.js';

/** Relationships asked per neighbourhood (the API's default is 50, its cap 500). */
export const NEIGHBORHOOD_FIRST = 100;

/** @typedef {ReturnType<typeof import('./url-state.js').filterArgs>} FilterArgs */

/**
 * Creates the loader.
 * @param {{ gql(query: string, variables?: Record<string, unknown>): Promise<any> }} api
 */
export function createViewLoader(api) {
  /** @type {Map<string, Promise<any>>} */
  const cache = new Map();

  /**
   * One request per key for the page's life (failures are forgotten, so they can be retried).
   * @param {string} key
   * @param {() => Promise<any>} load
   */
  function cached(key, load) {
    let p = cache.get(key);
    if (!p) {
      p = load();
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  }

  return {
    /**
     * The first NEIGHBORHOOD_FIRST relationships around an actor; with no relation type chosen
     * (`types` empty), the actor alone.
     * @param {string} id
     * @param {FilterArgs} f
     */
    neighborhood(id, f) {
      // The API reads an empty `types` as "any": ask for no relationship instead.
      const none = f.types !== null && f.types.length === 0;
      const vars = { id, first: none ? 0 : NEIGHBORHOOD_FIRST, types: none ? null : f.types, since: f.since, until: f.until };
      return cached(JSON.stringify([NEIGHBORHOOD, vars]), () =>
        api.gql(NEIGHBORHOOD, vars).then((d) => (none ? { ...d.neighborhood, truncated: false } : d.neighborhood)),
      );
    },

    /**
     * The two actors, the shortest path between them and the alternatives; with no relation type
     * chosen, no path.
     * @param {string} from
     * @param {string} to
     * @param {FilterArgs} f
     */
    paths(from, to, f) {
      const none = f.types !== null && f.types.length === 0;
      const vars = { from, to, ...f, types: none ? null : f.types };
      return cached(JSON.stringify([PATHS, vars]), () =>
        api.gql(PATHS, vars).then((d) => ({ ...d, shortestPath: none ? null : d.shortestPath, paths: none ? [] : d.paths })),
      );
    },
  };
}
