/** The per-request context, built at the HTTP edge. */
import type { Reader } from '../store/reader.js';
import type { Loaders } from './loaders.js';
import type { Caller } from '../auth/api-keys.js';
import type { Writer } from '../ingest/writer.js';

export interface GraphQLContext {
  readonly reader: Reader;
  readonly writer: Writer;
  readonly loaders: Loaders;
  /** Who sent the request (checked by the auth plugin before any resolver runs). */
  readonly caller: Caller;
}
