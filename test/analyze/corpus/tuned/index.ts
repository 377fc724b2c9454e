import { article as chancayPortOpening } from './chancay-port-opening.js';
import { article as boluarteStateVisitToChina } from './boluarte-state-visit-to-china.js';
import { article as ftaUpgradeSigned } from './fta-upgrade-signed.js';
import { article as enelPeruDistributorSale } from './enel-peru-distributor-sale.js';
import { article as chineseMinersInPeru } from './chinese-miners-in-peru.js';
import { article as inauguracionPuertoChancay } from './inauguracion-puerto-chancay.js';
import { article as comprasElectricasChinas } from './compras-electricas-chinas.js';
import { article as preparativosVisitaXi } from './preparativos-visita-xi.js';
import type { CorpusArticle } from '../corpus-article.js';

/**
 * The tuned half of the evaluation corpus (README.md in the folder above): five English and three
 * Spanish articles the analyser may be tuned on. `npm test` fails when analyzeText scores below the
 * targets on them.
 */
export const TUNED: readonly CorpusArticle[] = [
  chancayPortOpening,
  boluarteStateVisitToChina,
  ftaUpgradeSigned,
  enelPeruDistributorSale,
  chineseMinersInPeru,
  inauguracionPuertoChancay,
  comprasElectricasChinas,
  preparativosVisitaXi,
];
