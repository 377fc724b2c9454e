import type { CorpusArticle } from '../corpus-article.js';
import { article as tonglingLaOroyaStake } from './tongling-la-oroya-stake.js';
import { article as spicMaranonHydroConcession } from './spic-maranon-hydro-concession.js';
import { article as pucpZhejiangResearchCentre } from './pucp-zhejiang-research-centre.js';
import { article as entelTowerUnitSale } from './entel-tower-unit-sale.js';
import { article as giantPandasLimaZoo } from './giant-pandas-lima-zoo.js';
import { article as peruConsulateChongqing } from './peru-consulate-chongqing.js';
import { article as plantaGwmArequipa } from './planta-gwm-arequipa.js';
import { article as harinaPescadoTasaHaid } from './harina-pescado-tasa-haid.js';
import { article as rutaTuristicaTongcheng } from './ruta-turistica-tongcheng.js';
import { article as multaAnaMineraPampaRoja } from './multa-ana-minera-pampa-roja.js';
import { article as viaExpresaSurCrec } from './via-expresa-sur-crec.js';
import { article as nubeHuaweiLurinReniec } from './nube-huawei-lurin-reniec.js';

/** A fourth unread set (see ../README.md): written after stop 28, never read while tuning. */
export const FRESH_3: readonly CorpusArticle[] = [
  tonglingLaOroyaStake,
  spicMaranonHydroConcession,
  pucpZhejiangResearchCentre,
  entelTowerUnitSale,
  giantPandasLimaZoo,
  peruConsulateChongqing,
  plantaGwmArequipa,
  harinaPescadoTasaHaid,
  rutaTuristicaTongcheng,
  multaAnaMineraPampaRoja,
  viaExpresaSurCrec,
  nubeHuaweiLurinReniec,
];
