import type { CorpusArticle } from '../../corpus-article.js';
import { article as fundicionCobreIloPropuesta } from './fundicion-cobre-ilo-propuesta.js';
import { article as icbcCreditoMineraAurifera } from './icbc-credito-minera-aurifera.js';
import { article as jiangxiCopperCompraCerroPelado } from './jiangxi-copper-compra-cerro-pelado.js';
import { article as lasBambasRecordOutput } from './las-bambas-record-output.js';
import { article as litioPunoTianqiConvenio } from './litio-puno-tianqi-convenio.js';
import { article as mesaDialogoFuerabamba } from './mesa-dialogo-fuerabamba.js';
import { article as ministerBeijingGeologyPact } from './minister-beijing-geology-pact.js';
import { article as ministroRecibeChinaMinmetals } from './ministro-recibe-china-minmetals.js';
import { article as oefaMultaLasBambasDerrame } from './oefa-multa-las-bambas-derrame.js';
import { article as primerEmbarqueZincChancay } from './primer-embarque-zinc-chancay.js';
import { article as rioBlancoHuancabambaTalks } from './rio-blanco-huancabamba-talks.js';
import { article as shougangMarconaFine } from './shougang-marcona-fine.js';
import { article as shouxinTailingsPlantExpansion } from './shouxin-tailings-plant-expansion.js';
import { article as toromochoBankLoan } from './toromocho-bank-loan.js';
import { article as volcanZincOfftakeHunan } from './volcan-zinc-offtake-hunan.js';
import { article as zijinBuysPatazGoldStake } from './zijin-buys-pataz-gold-stake.js';

/** Training articles on China–Peru mining and metals (8 in English, 8 in Spanish), annotated per the corpus guide. */
export const TRAIN_MINING: readonly CorpusArticle[] = [
  fundicionCobreIloPropuesta,
  icbcCreditoMineraAurifera,
  jiangxiCopperCompraCerroPelado,
  lasBambasRecordOutput,
  litioPunoTianqiConvenio,
  mesaDialogoFuerabamba,
  ministerBeijingGeologyPact,
  ministroRecibeChinaMinmetals,
  oefaMultaLasBambasDerrame,
  primerEmbarqueZincChancay,
  rioBlancoHuancabambaTalks,
  shougangMarconaFine,
  shouxinTailingsPlantExpansion,
  toromochoBankLoan,
  volcanZincOfftakeHunan,
  zijinBuysPatazGoldStake,
];
