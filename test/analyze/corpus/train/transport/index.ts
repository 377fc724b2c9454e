import { article as cajamarcaHighwayContract } from './cajamarca-highway-contract.js';
import { article as callaoBulkTerminalFine } from './callao-bulk-terminal-fine.js';
import { article as chancayLogisticsPark } from './chancay-logistics-park.js';
import { article as chancaySecondPhase } from './chancay-second-phase.js';
import { article as huancavelicaRailwayLoan } from './huancavelica-railway-loan.js';
import { article as iloTerminalStake } from './ilo-terminal-stake.js';
import { article as limaAirportCargoTerminal } from './lima-airport-cargo-terminal.js';
import { article as limaMetroLine3Award } from './lima-metro-line-3-award.js';
import { article as memorandoPortuarioShanghai } from './memorando-portuario-shanghai.js';
import { article as muelleJinzhaoMarcona } from './muelle-jinzhao-marcona.js';
import { article as nuevaCarreteraCentralContrato } from './nueva-carretera-central-contrato.js';
import { article as puertoFluvialPucallpa } from './puerto-fluvial-pucallpa.js';
import { article as reglamentoZeeChancay } from './reglamento-zee-chancay.js';
import { article as rutaQingdaoSalaverry } from './ruta-qingdao-salaverry.js';
import { article as trenLimaIcaIniciativa } from './tren-lima-ica-iniciativa.js';
import { article as trenesCrrcLinea1 } from './trenes-crrc-linea-1.js';
import type { CorpusArticle } from '../../corpus-article.js';

/** Training batch `transport`: China–Peru news on ports, shipping and transport infrastructure (eight English, eight Spanish). */
export const TRAIN_TRANSPORT: readonly CorpusArticle[] = [
  cajamarcaHighwayContract,
  callaoBulkTerminalFine,
  chancayLogisticsPark,
  chancaySecondPhase,
  huancavelicaRailwayLoan,
  iloTerminalStake,
  limaAirportCargoTerminal,
  limaMetroLine3Award,
  memorandoPortuarioShanghai,
  muelleJinzhaoMarcona,
  nuevaCarreteraCentralContrato,
  puertoFluvialPucallpa,
  reglamentoZeeChancay,
  rutaQingdaoSalaverry,
  trenLimaIcaIniciativa,
  trenesCrrcLinea1,
];
