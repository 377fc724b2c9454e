import { article as chagllaHydroLoan } from './chaglla-hydro-loan.js';
import { article as csgiTransmissionConcession } from './csgi-transmission-concession.js';
import { article as osinergminFinesLuzDelSur } from './osinergmin-fines-luz-del-sur.js';
import { article as cnoocOffshoreBlockTumbes } from './cnooc-offshore-block-tumbes.js';
import { article as goldwindMarconaWindFarm } from './goldwind-marcona-wind-farm.js';
import { article as powerchinaArequipaSolar } from './powerchina-arequipa-solar.js';
import { article as limaTariffIncrease } from './lima-tariff-increase.js';
import { article as chadinDamProtest } from './chadin-dam-protest.js';
import { article as spicCompraCerroDelAguila } from './spic-compra-cerro-del-aguila.js';
import { article as petroperuCnpcTalara } from './petroperu-cnpc-talara.js';
import { article as osinergminMultaPluz } from './osinergmin-multa-pluz.js';
import { article as lineaPiuraFronteraCeec } from './linea-piura-frontera-ceec.js';
import { article as parqueEolicoWayraSurMingyang } from './parque-eolico-wayra-sur-mingyang.js';
import { article as ministroEnergiaPekin } from './ministro-energia-pekin.js';
import { article as panelesSolaresLoreto } from './paneles-solares-loreto.js';
import { article as concesionGasSurChinaGas } from './concesion-gas-sur-china-gas.js';
import type { CorpusArticle } from '../../corpus-article.js';

/** Training batch on energy and utilities in China–Peru relations: eight English and eight Spanish annotated articles. */
export const TRAIN_ENERGY: readonly CorpusArticle[] = [
  chagllaHydroLoan,
  csgiTransmissionConcession,
  osinergminFinesLuzDelSur,
  cnoocOffshoreBlockTumbes,
  goldwindMarconaWindFarm,
  powerchinaArequipaSolar,
  limaTariffIncrease,
  chadinDamProtest,
  spicCompraCerroDelAguila,
  petroperuCnpcTalara,
  osinergminMultaPluz,
  lineaPiuraFronteraCeec,
  parqueEolicoWayraSurMingyang,
  ministroEnergiaPekin,
  panelesSolaresLoreto,
  concesionGasSurChinaGas,
];
