import type { CorpusArticle } from '../corpus-article.js';
import { article as chancayLogisticsParkBids } from './chancay-logistics-park-bids.js';
import { article as lasBambasExpansionLenders } from './las-bambas-expansion-lenders.js';
import { article as osinergminFinesLuzDelSur } from './osinergmin-fines-luz-del-sur.js';
import { article as laMolinaPotatoGenomicsLab } from './la-molina-potato-genomics-lab.js';
import { article as tradeMinisterBeijingAgreements } from './trade-minister-beijing-agreements.js';
import { article as zteRuralTowersPronatel } from './zte-rural-towers-pronatel.js';
import { article as harinaPescadoTongweiPaita } from './harina-pescado-tongwei-paita.js';
import { article as concesionSanGabanIii } from './concesion-san-gaban-iii.js';
import { article as protocoloChirimoyaGacc } from './protocolo-chirimoya-gacc.js';
import { article as icbcBusesElectricosArequipa } from './icbc-buses-electricos-arequipa.js';
import { article as museoSipanShaanxiIntercambio } from './museo-sipan-shaanxi-intercambio.js';
import { article as trenLimaIcaFactibilidad } from './tren-lima-ica-factibilidad.js';

/** A sixth unread set (see ../README.md): written at the start of stop 31, never read while tuning. */
export const FRESH_5: readonly CorpusArticle[] = [
  chancayLogisticsParkBids,
  lasBambasExpansionLenders,
  osinergminFinesLuzDelSur,
  laMolinaPotatoGenomicsLab,
  tradeMinisterBeijingAgreements,
  zteRuralTowersPronatel,
  harinaPescadoTongweiPaita,
  concesionSanGabanIii,
  protocoloChirimoyaGacc,
  icbcBusesElectricosArequipa,
  museoSipanShaanxiIntercambio,
  trenLimaIcaFactibilidad,
];
