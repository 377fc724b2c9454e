import type { CorpusArticle } from '../corpus-article.js';
import { TRAIN_DIPLOMACY } from './diplomacy/index.js';
import { TRAIN_ENERGY } from './energy/index.js';
import { TRAIN_FINANCE } from './finance/index.js';
import { TRAIN_MINING } from './mining/index.js';
import { TRAIN_TECH } from './tech/index.js';
import { TRAIN_TRANSPORT } from './transport/index.js';

/** The training batches (see ../README.md): six writers' articles, read while tuning and for the relation model. */
export const TRAIN: readonly CorpusArticle[] = [
  ...TRAIN_MINING,
  ...TRAIN_ENERGY,
  ...TRAIN_TRANSPORT,
  ...TRAIN_FINANCE,
  ...TRAIN_DIPLOMACY,
  ...TRAIN_TECH,
];
