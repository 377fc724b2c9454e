/**
 * The only way to the data of the Explorer and the curation page: POST /graphql (and /export for
 * downloads). When the server asks for a key (HTTP 401/403, or a GraphQL error
 * UNAUTHENTICATED/FORBIDDEN), or a page is about to write (`ensureKey`), the user is asked for
 * one; it is kept in sessionStorage for this tab and sent as `Authorization: Bearer`.
 */

const KEY_STORAGE = 'china-peru-kg.explorer.key';
const KEY_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);
const MAX_KEY_ATTEMPTS = 3;

/** An answer the Explorer cannot use, with the server's error code when it gave one. */
export class ApiError extends Error {
  /**
   * @param {string} message
   * @param {string} code e.g. NOT_FOUND, BAD_USER_INPUT, UNAUTHENTICATED, HTTP_500, NETWORK
   * @param {Record<string, unknown>} [extensions] the GraphQL error's extensions (`problems`, `argument` …)
   */
  constructor(message, code, extensions = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.extensions = extensions;
  }
}

/** @returns {string | null} the key kept for this tab */
function storedKey() {
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

/**
 * Creates the API client.
 * @param {{ askForKey: (refused: boolean) => Promise<string | null>, endpoint?: string }} options
 *   `askForKey` shows the key prompt (`refused`: a key was sent and refused) and resolves with the
 *   key, or null when the user cancels. `endpoint` defaults to `/graphql`.
 */
export function createApi({ askForKey, endpoint = '/graphql' }) {
  /** @type {Promise<string | null> | null} one prompt at a time, shared by concurrent requests */
  let prompt = null;

  /**
   * Fetches with the session's key, asking for a (new) key when `read` says the server wants one,
   * and then retrying with it.
   * @template T
   * @param {string} url
   * @param {RequestInit} init
   * @param {(res: Response) => Promise<{ needsKey: boolean, value: T }>} read
   * @returns {Promise<T>}
   */
  async function fetchWithKey(url, init, read) {
    for (let attempt = 0; ; attempt++) {
      const key = storedKey();
      const headers = new Headers(init.headers);
      if (key) headers.set('Authorization', `Bearer ${key}`);
      let res;
      try {
        res = await fetch(url, { ...init, headers });
      } catch (err) {
        throw new ApiError(`The service did not answer (${err instanceof Error ? err.message : String(err)}).`, 'NETWORK');
      }
      const { needsKey, value } = await read(res);
      if (!needsKey) return value;
      if (attempt >= MAX_KEY_ATTEMPTS) throw new ApiError('The server refused the key.', 'FORBIDDEN');
      // Another request may have obtained a new key while this one was in flight: just retry.
      if (storedKey() !== key) continue;
      prompt ??= askForKey(Boolean(key)).finally(() => {
        prompt = null;
      });
      const entered = await prompt;
      if (!entered) throw new ApiError('This graph needs a key to be read.', 'UNAUTHENTICATED');
      try {
        sessionStorage.setItem(KEY_STORAGE, entered);
      } catch {
        throw new ApiError('The browser does not keep the key for this session.', 'UNAUTHENTICATED');
      }
    }
  }

  /** @param {unknown} body */
  const errorsOf = (body) =>
    /** @type {{ errors?: { message: string, extensions?: { code?: string } & Record<string, unknown> }[] } | null} */ (body)?.errors ?? [];

  return {
    /**
     * Asks for a key now unless this tab holds one (before a write, which always needs one), so
     * the first write is not sent only to be refused.
     * @returns {Promise<boolean>} whether a key is held afterwards
     */
    async ensureKey() {
      if (storedKey()) return true;
      prompt ??= askForKey(false).finally(() => {
        prompt = null;
      });
      const entered = await prompt;
      if (!entered) return false;
      try {
        sessionStorage.setItem(KEY_STORAGE, entered);
        return true;
      } catch {
        return false;
      }
    },

    /**
     * Runs a GraphQL query; resolves with `data`, rejects with ApiError (the first GraphQL error's
     * message and code).
     * @param {string} query
     * @param {Record<string, unknown>} [variables]
     * @returns {Promise<any>}
     */
    async gql(query, variables = {}) {
      const init = {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      };
      const { res, body } = await fetchWithKey(endpoint, init, async (res) => {
        const body = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => null) : null;
        const needsKey = res.status === 401 || res.status === 403 || errorsOf(body).some((e) => KEY_CODES.has(e.extensions?.code ?? ''));
        return { needsKey, value: { res, body } };
      });
      const [first] = errorsOf(body);
      if (first) throw new ApiError(first.message, first.extensions?.code ?? 'ERROR', first.extensions);
      const data = /** @type {{ data?: unknown } | null} */ (body)?.data;
      if (!res.ok || !data) throw new ApiError(`The service answered HTTP ${res.status}.`, `HTTP_${res.status}`);
      return data;
    },

    /**
     * GETs a download (e.g. /export) with the session's key, or POSTs `body` as JSON when given.
     * @param {string} url
     * @param {unknown} [body]
     * @returns {Promise<Response>} the response, whatever its status, its body unread
     */
    download(url, body) {
      /** @type {RequestInit} */
      const init =
        body === undefined
          ? { method: 'GET' }
          : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
      return fetchWithKey(url, init, async (res) => ({ needsKey: res.status === 401 || res.status === 403, value: res }));
    },
  };
}
