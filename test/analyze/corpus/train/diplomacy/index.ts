import { article as wangYiLimaTalks } from './wang-yi-lima-talks.js';
import { article as plaNavyCallaoVisit } from './pla-navy-callao-visit.js';
import { article as pucpPekingUniversityCentre } from './pucp-peking-university-centre.js';
import { article as policeTelecomFraudMemorandum } from './police-telecom-fraud-memorandum.js';
import { article as sanxingduiBronzesMali } from './sanxingdui-bronzes-mali.js';
import { article as peruConsulateChengdu } from './peru-consulate-chengdu.js';
import { article as congressChancaySecurityHearing } from './congress-chancay-security-hearing.js';
import { article as chineseGovernmentScholarships } from './chinese-government-scholarships.js';
import { article as premierMendozaLiQiangPekin } from './premier-mendoza-li-qiang-pekin.js';
import { article as nuevoEmbajadorChinoCredenciales } from './nuevo-embajador-chino-credenciales.js';
import { article as institutoConfucioPiura } from './instituto-confucio-piura.js';
import { article as donacionChinaPoliciaNacional } from './donacion-china-policia-nacional.js';
import { article as ligaParlamentariaAsambleaPopular } from './liga-parlamentaria-asamblea-popular.js';
import { article as exposicionCaralMuseoNacionalChina } from './exposicion-caral-museo-nacional-china.js';
import { article as donacionEjercitoPopularLiberacion } from './donacion-ejercito-popular-liberacion.js';
import { article as congresoApruebaTratadoAsistenciaJudicial } from './congreso-aprueba-tratado-asistencia-judicial.js';
import type { CorpusArticle } from '../../corpus-article.js';

/** Training batch “diplomacy”: 16 articles (8 in English, 8 in Spanish) on China–Peru diplomacy, security, culture and education. */
export const TRAIN_DIPLOMACY: readonly CorpusArticle[] = [
  wangYiLimaTalks,
  plaNavyCallaoVisit,
  pucpPekingUniversityCentre,
  policeTelecomFraudMemorandum,
  sanxingduiBronzesMali,
  peruConsulateChengdu,
  congressChancaySecurityHearing,
  chineseGovernmentScholarships,
  premierMendozaLiQiangPekin,
  nuevoEmbajadorChinoCredenciales,
  institutoConfucioPiura,
  donacionChinaPoliciaNacional,
  ligaParlamentariaAsambleaPopular,
  exposicionCaralMuseoNacionalChina,
  donacionEjercitoPopularLiberacion,
  congresoApruebaTratadoAsistenciaJudicial,
];
