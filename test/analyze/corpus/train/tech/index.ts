import type { CorpusArticle } from '../../corpus-article.js';
import { article as ambulanciasHuaralCosco } from './ambulancias-huaral-cosco.js';
import { article as bydArequipaDealer } from './byd-arequipa-dealer.js';
import { article as cainiaoAlmacenCallao } from './cainiao-almacen-callao.js';
import { article as centroDatosArequipaIcbc } from './centro-datos-arequipa-icbc.js';
import { article as chinaTelecomConcesionFibra } from './china-telecom-concesion-fibra.js';
import { article as chinaTowerAndeanTowers } from './china-tower-andean-towers.js';
import { article as cuscoHospitalDonation } from './cusco-hospital-donation.js';
import { article as ensayoVacunaCansinoIns } from './ensayo-vacuna-cansino-ins.js';
import { article as geelyCompraDistribuidora } from './geely-compra-distribuidora.js';
import { article as huaweiCloudLurin } from './huawei-cloud-lurin.js';
import { article as sinovacHepatitisVaccine } from './sinovac-hepatitis-vaccine.js';
import { article as temuIndecopiFine } from './temu-indecopi-fine.js';
import { article as trujilloElectricBuses } from './trujillo-electric-buses.js';
import { article as wechatPayCuscoTourists } from './wechat-pay-cusco-tourists.js';
import { article as xiaomiTiendasSaga } from './xiaomi-tiendas-saga.js';
import { article as zteBitel5g } from './zte-bitel-5g.js';

/** The tech training batch: China–Peru technology, telecom, autos, retail and health articles (8 English, 8 Spanish). */
export const TRAIN_TECH: readonly CorpusArticle[] = [
  ambulanciasHuaralCosco,
  bydArequipaDealer,
  cainiaoAlmacenCallao,
  centroDatosArequipaIcbc,
  chinaTelecomConcesionFibra,
  chinaTowerAndeanTowers,
  cuscoHospitalDonation,
  ensayoVacunaCansinoIns,
  geelyCompraDistribuidora,
  huaweiCloudLurin,
  sinovacHepatitisVaccine,
  temuIndecopiFine,
  trujilloElectricBuses,
  wechatPayCuscoTourists,
  xiaomiTiendasSaga,
  zteBitel5g,
];
