import { article as chancayPortOpening } from './chancay-port-opening.js';
import { article as boluarteStateVisitToChina } from './boluarte-state-visit-to-china.js';
import { article as ftaUpgradeSigned } from './fta-upgrade-signed.js';
import { article as enelPeruDistributorSale } from './enel-peru-distributor-sale.js';
import { article as chineseMinersInPeru } from './chinese-miners-in-peru.js';
import { article as inauguracionPuertoChancay } from './inauguracion-puerto-chancay.js';
import { article as comprasElectricasChinas } from './compras-electricas-chinas.js';
import { article as preparativosVisitaXi } from './preparativos-visita-xi.js';
import { article as piuraIrrigationLoan } from './piura-irrigation-loan.js';
import { article as huawei5gNetworkContract } from './huawei-5g-network-contract.js';
import { article as chancayLimaRailwayStudy } from './chancay-lima-railway-study.js';
import { article as squidFleetDispute } from './squid-fleet-dispute.js';
import { article as litioFalchaniZijin } from './litio-falchani-zijin.js';
import { article as centroMineroSanMarcosTsinghua } from './centro-minero-san-marcos-tsinghua.js';
import { article as huelgaMarconaShougang } from './huelga-marcona-shougang.js';
import { article as feriaImportacionesShanghai } from './feria-importaciones-shanghai.js';
import { article as ayacuchoHospitalDonation } from './ayacucho-hospital-donation.js';
import { article as limaElectricBusesYutong } from './lima-electric-buses-yutong.js';
import { article as highwayArbitrationAward } from './highway-arbitration-award.js';
import { article as ccbBankingLicence } from './ccb-banking-licence.js';
import { article as fletesCobreLasBambas } from './fletes-cobre-las-bambas.js';
import { article as incautacionAduanasCallao } from './incautacion-aduanas-callao.js';
import { article as filtracionesPresaYanapampa } from './filtraciones-presa-yanapampa.js';
import { article as guerrerosTerracotaMuna } from './guerreros-terracota-muna.js';
import { article as ampliacionToromocho } from './ampliacion-toromocho.js';
import { article as becasConfucioCusco } from './becas-confucio-cusco.js';
import { article as blueberryProtocol } from './blueberry-protocol.js';
import { article as foreignMinistersBeijing } from './foreign-ministers-beijing.js';
import { article as hidroviaAmazonicaCongreso } from './hidrovia-amazonica-congreso.js';
import { article as moqueguaSolarFarm } from './moquegua-solar-farm.js';
import { article as anchovyQuotaChimbote } from './anchovy-quota-chimbote.js';
import { article as antidumpingBarrasAcero } from './antidumping-barras-acero.js';
import { article as concesionariosChery } from './concesionarios-chery.js';
import { article as joyvioBuysFruitExporter } from './joyvio-buys-fruit-exporter.js';
import { article as transmissionLineHuanucoTocache } from './transmission-line-huanuco-tocache.js';
import { article as vuelosShenzhenLima } from './vuelos-shenzhen-lima.js';
import { article as amazonGasBlock } from './amazon-gas-block.js';
import { article as cafePeruanoTmall } from './cafe-peruano-tmall.js';
import { article as ilaveWaterPlant } from './ilave-water-plant.js';
import { article as licenciaDidiPay } from './licencia-didi-pay.js';
import { article as misionLaLibertadZhejiang } from './mision-la-libertad-zhejiang.js';
import { article as peaceArkCallao } from './peace-ark-callao.js';
import { article as canjeYuanesBcrp } from './canje-yuanes-bcrp.js';
import { article as chinalcoSunatTax } from './chinalco-sunat-tax.js';
import { article as hermanamientoTrujilloQingdao } from './hermanamiento-trujillo-qingdao.js';
import { article as ministroFeriaXiamen } from './ministro-feria-xiamen.js';
import { article as ooclPaitaRoute } from './oocl-paita-route.js';
import { article as usWarningCorioPort } from './us-warning-corio-port.js';
import type { CorpusArticle } from '../corpus-article.js';

/**
 * The tuned half of the evaluation corpus (README.md in the folder above): twenty-five English and twenty-three
 * Spanish articles the analyser may be tuned on. `npm test` fails when analyzeText scores below the
 * targets on them.
 */
export const TUNED: readonly CorpusArticle[] = [
  chancayPortOpening,
  boluarteStateVisitToChina,
  ftaUpgradeSigned,
  enelPeruDistributorSale,
  chineseMinersInPeru,
  inauguracionPuertoChancay,
  comprasElectricasChinas,
  preparativosVisitaXi,
  piuraIrrigationLoan,
  huawei5gNetworkContract,
  chancayLimaRailwayStudy,
  squidFleetDispute,
  litioFalchaniZijin,
  centroMineroSanMarcosTsinghua,
  huelgaMarconaShougang,
  feriaImportacionesShanghai,
  ayacuchoHospitalDonation,
  limaElectricBusesYutong,
  highwayArbitrationAward,
  ccbBankingLicence,
  fletesCobreLasBambas,
  incautacionAduanasCallao,
  filtracionesPresaYanapampa,
  guerrerosTerracotaMuna,
  ampliacionToromocho,
  becasConfucioCusco,
  blueberryProtocol,
  foreignMinistersBeijing,
  hidroviaAmazonicaCongreso,
  moqueguaSolarFarm,
  anchovyQuotaChimbote,
  antidumpingBarrasAcero,
  concesionariosChery,
  joyvioBuysFruitExporter,
  transmissionLineHuanucoTocache,
  vuelosShenzhenLima,
  amazonGasBlock,
  cafePeruanoTmall,
  ilaveWaterPlant,
  licenciaDidiPay,
  misionLaLibertadZhejiang,
  peaceArkCallao,
  canjeYuanesBcrp,
  chinalcoSunatTax,
  hermanamientoTrujilloQingdao,
  ministroFeriaXiamen,
  ooclPaitaRoute,
  usWarningCorioPort,
];
