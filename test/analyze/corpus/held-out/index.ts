/**
 * The held-out half of the evaluation corpus of `analyzeText` (see ../README.md): written apart from
 * the analyser and kept unread by whoever tunes it.
 */
import type { CorpusArticle } from '../corpus-article.js';
import { article as chancayOpening } from './chancay-opening.js';
import { article as ftaUpgradeSigned } from './fta-upgrade-signed.js';
import { article as miningSpendingWave } from './mining-spending-wave.js';
import { article as threeGorgesPowerPlan } from './three-gorges-power-plan.js';
import { article as schialerBeijingPorts } from './schialer-beijing-ports.js';
import { article as pluzEnergiaNuevoNombre } from './pluz-energia-nuevo-nombre.js';
import { article as boluarteVisitaChina } from './boluarte-visita-china.js';
import { article as chancayExclusividad } from './chancay-exclusividad.js';
import { article as conidaGroundStation } from './conida-ground-station.js';
import { article as ecommerceWarehouseLurin } from './ecommerce-warehouse-lurin.js';
import { article as automakerIloPlant } from './automaker-ilo-plant.js';
import { article as vicePremierLimaVisit } from './vice-premier-lima-visit.js';
import { article as lineaTransmisionTumbes } from './linea-transmision-tumbes.js';
import { article as protocoloGranadasChina } from './protocolo-granadas-china.js';
import { article as congresoPuertoCorio } from './congreso-puerto-corio.js';
import { article as hermanamientoCuscoYunnan } from './hermanamiento-cusco-yunnan.js';
import { article as underseaCableLanding } from './undersea-cable-landing.js';
import { article as pucaraZincSpillFine } from './pucara-zinc-spill-fine.js';
import { article as candidateChinaInvestmentRemarks } from './candidate-china-investment-remarks.js';
import { article as anchovyQuotaFishmeal } from './anchovy-quota-fishmeal.js';
import { article as metroLimaLinea3Oferta } from './metro-lima-linea-3-oferta.js';
import { article as antidumpingAceroChino } from './antidumping-acero-chino.js';
import { article as memorandoTurismoVuelos } from './memorando-turismo-vuelos.js';
import { article as redAlertaSismicaIgp } from './red-alerta-sismica-igp.js';

/** Every held-out article, English first, then Spanish. */
export const HELD_OUT: readonly CorpusArticle[] = [
  chancayOpening,
  ftaUpgradeSigned,
  miningSpendingWave,
  threeGorgesPowerPlan,
  schialerBeijingPorts,
  conidaGroundStation,
  ecommerceWarehouseLurin,
  automakerIloPlant,
  vicePremierLimaVisit,
  underseaCableLanding,
  pucaraZincSpillFine,
  candidateChinaInvestmentRemarks,
  anchovyQuotaFishmeal,
  pluzEnergiaNuevoNombre,
  boluarteVisitaChina,
  chancayExclusividad,
  lineaTransmisionTumbes,
  protocoloGranadasChina,
  congresoPuertoCorio,
  hermanamientoCuscoYunnan,
  metroLimaLinea3Oferta,
  antidumpingAceroChino,
  memorandoTurismoVuelos,
  redAlertaSismicaIgp,
];
