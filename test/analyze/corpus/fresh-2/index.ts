import { article as cofideCdbCreditLine } from './cofide-cdb-credit-line.js';
import { article as conchasSechuraZhangzidao } from './conchas-sechura-zhangzidao.js';
import { article as extradicionEstafaTelefonica } from './extradicion-estafa-telefonica.js';
import { article as groundStationArequipa } from './ground-station-arequipa.js';
import { article as hpvVaccineInnovax } from './hpv-vaccine-innovax.js';
import { article as indecopiSancionAliexpress } from './indecopi-sancion-aliexpress.js';
import { article as inmigracionChina175 } from './inmigracion-china-175.js';
import { article as mataraniStakeChinaMerchants } from './matarani-stake-china-merchants.js';
import { article as petroperuPrestamoChino } from './petroperu-prestamo-chino.js';
import { article as timberCallaoOsinfor } from './timber-callao-osinfor.js';
import { article as viceministroSeguridadChinaLima } from './viceministro-seguridad-china-lima.js';
import { article as xinhuaAndinaNewsExchange } from './xinhua-andina-news-exchange.js';
import type { CorpusArticle } from '../corpus-article.js';

/**
 * A second fresh evaluation set (README.md in the folder above), written by two other writers after the tuned half
 * had grown to 48 articles and never read by whoever tunes the analyser: six English and six Spanish articles.
 */
export const FRESH_2: CorpusArticle[] = [
  cofideCdbCreditLine,
  conchasSechuraZhangzidao,
  extradicionEstafaTelefonica,
  groundStationArequipa,
  hpvVaccineInnovax,
  indecopiSancionAliexpress,
  inmigracionChina175,
  mataraniStakeChinaMerchants,
  petroperuPrestamoChino,
  timberCallaoOsinfor,
  viceministroSeguridadChinaLima,
  xinhuaAndinaNewsExchange,
];
