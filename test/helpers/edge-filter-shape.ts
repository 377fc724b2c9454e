/** The edge filter as the Cypher-shape tests of the read builders expect it: its condition, its params, a hostile one. */
import { edgePredicate } from '../../src/store/cypher/fragments.js';
import type { RelationType } from '../../src/domain/vocabulary.js';
import { HOSTILE } from './cypher-shape.js';

/** Relation types from strings, unchecked: a builder is the one to check them. */
export const types = (...t: string[]): RelationType[] => t as RelationType[];

/** The edge filter's condition on `r` and its parameters when nothing filters. */
export const EDGE = edgePredicate('r');
export const NO_EDGE_PARAMS = { statuses: null, asOfStart: null, asOfEnd: null, windowStart: null, windowEnd: null };

/** An edge filter whose every value is `HOSTILE`. */
export const HOSTILE_FILTER = { statuses: [HOSTILE], asOfStart: HOSTILE, asOfEnd: HOSTILE, windowStart: HOSTILE, windowEnd: HOSTILE };
