import { article as avocadoProtocolRevision } from './avocado-protocol-revision.js';
import { article as maranonHydroConcession } from './maranon-hydro-concession.js';
import { article as pacificoSurCopperSmelter } from './pacifico-sur-copper-smelter.js';
import { article as chimboteFishingTerminalStake } from './chimbote-fishing-terminal-stake.js';
import { article as arequipaConsulateOpening } from './arequipa-consulate-opening.js';
import { article as floodReliefDonation } from './flood-relief-donation.js';
import { article as ventaTorresTelecom } from './venta-torres-telecom.js';
import { article as disputaTributariaMinera } from './disputa-tributaria-minera.js';
import { article as ligaParlamentariaVisitaPekin } from './liga-parlamentaria-visita-pekin.js';
import { article as festivalPrimaveraBarrioChino } from './festival-primavera-barrio-chino.js';
import { article as dobleTitulacionAgraria } from './doble-titulacion-agraria.js';
import { article as protocoloMandarinasChancay } from './protocolo-mandarinas-chancay.js';
import type { CorpusArticle } from '../corpus-article.js';

/**
 * A fresh evaluation half (README.md in the folder above), written unseen by whoever tunes the analyser: six English
 * and six Spanish articles, annotated independently of analyzeText.
 */
export const FRESH: CorpusArticle[] = [
  avocadoProtocolRevision,
  maranonHydroConcession,
  pacificoSurCopperSmelter,
  chimboteFishingTerminalStake,
  arequipaConsulateOpening,
  floodReliefDonation,
  ventaTorresTelecom,
  disputaTributariaMinera,
  ligaParlamentariaVisitaPekin,
  festivalPrimaveraBarrioChino,
  dobleTitulacionAgraria,
  protocoloMandarinasChancay,
];
