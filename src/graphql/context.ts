/** The per-request context, built at the HTTP edge. */
import type { Reader } from '../store/reader.js';
import type { Loaders } from './loaders.js';

export interface GraphQLContext {
  readonly reader: Reader;
  readonly loaders: Loaders;
}
