import type { CorpusArticle } from '../corpus-article.js';
import { article as squidFleetSatelliteMonitoring } from './squid-fleet-satellite-monitoring.js';
import { article as bankOfCommunicationsLimaLicence } from './bank-of-communications-lima-licence.js';
import { article as minsurTinOfftakeYunnan } from './minsur-tin-offtake-yunnan.js';
import { article as unsaWuhanUniversityExchange } from './unsa-wuhan-university-exchange.js';
import { article as spectrumAuction3500Mhz } from './spectrum-auction-3500-mhz.js';
import { article as piuraHospitalChineseContractor } from './piura-hospital-chinese-contractor.js';
import { article as ventanillaUnicaAduanasChina } from './ventanilla-unica-aduanas-china.js';
import { article as consulChinoVisitaTacna } from './consul-chino-visita-tacna.js';
import { article as rutaSitcCallaoShanghai } from './ruta-sitc-callao-shanghai.js';
import { article as desaladoraLurinChinaHarbour } from './desaladora-lurin-china-harbour.js';
import { article as cacaoTocacheCofco } from './cacao-tocache-cofco.js';
import { article as fibraAlpacaNingbo } from './fibra-alpaca-ningbo.js';

/** A fifth unread set (see ../README.md): written at the start of stop 30, never read while tuning. */
export const FRESH_4: readonly CorpusArticle[] = [
  squidFleetSatelliteMonitoring,
  bankOfCommunicationsLimaLicence,
  minsurTinOfftakeYunnan,
  unsaWuhanUniversityExchange,
  spectrumAuction3500Mhz,
  piuraHospitalChineseContractor,
  ventanillaUnicaAduanasChina,
  consulChinoVisitaTacna,
  rutaSitcCallaoShanghai,
  desaladoraLurinChinaHarbour,
  cacaoTocacheCofco,
  fibraAlpacaNingbo,
];
