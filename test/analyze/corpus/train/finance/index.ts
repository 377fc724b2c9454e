import type { CorpusArticle } from '../../corpus-article.js';
import { article as ciieCoffeeShanghai } from './ciie-coffee-shanghai.js';
import { article as cofideBancoDesarrolloChino } from './cofide-banco-desarrollo-chino.js';
import { article as comisionAdministradoraTlc } from './comision-administradora-tlc.js';
import { article as currencySwapRenewal } from './currency-swap-renewal.js';
import { article as expoalimentariaCompradoresChinos } from './expoalimentaria-compradores-chinos.js';
import { article as ftaUpgradeInForce } from './fta-upgrade-in-force.js';
import { article as gaccGrapeProtocol } from './gacc-grape-protocol.js';
import { article as icbcCamposolLoan } from './icbc-camposol-loan.js';
import { article as indecopiAntidumpingCalzado } from './indecopi-antidumping-calzado.js';
import { article as indecopiSteelAntidumping } from './indecopi-steel-antidumping.js';
import { article as joyvioAvocadoStake } from './joyvio-avocado-stake.js';
import { article as sanipesLangostinosTumbes } from './sanipes-langostinos-tumbes.js';
import { article as senasaProtocoloCitricos } from './senasa-protocolo-citricos.js';
import { article as sunatChancayArandanos } from './sunat-chancay-arandanos.js';
import { article as tasaFishmealHaid } from './tasa-fishmeal-haid.js';
import { article as zhoushanCompraPesquera } from './zhoushan-compra-pesquera.js';

/** The finance, trade and agriculture training batch: 16 annotated articles on China–Peru relations (8 English, 8 Spanish). */
export const TRAIN_FINANCE: readonly CorpusArticle[] = [
  ciieCoffeeShanghai,
  cofideBancoDesarrolloChino,
  comisionAdministradoraTlc,
  currencySwapRenewal,
  expoalimentariaCompradoresChinos,
  ftaUpgradeInForce,
  gaccGrapeProtocol,
  icbcCamposolLoan,
  indecopiAntidumpingCalzado,
  indecopiSteelAntidumping,
  joyvioAvocadoStake,
  sanipesLangostinosTumbes,
  senasaProtocoloCitricos,
  sunatChancayArandanos,
  tasaFishmealHaid,
  zhoushanCompraPesquera,
];
