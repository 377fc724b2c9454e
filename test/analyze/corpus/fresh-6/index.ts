import type { CorpusArticle } from '../corpus-article.js';
import { article as tableTennisCoachesVidena } from './table-tennis-coaches-videna.js';
import { article as gamarraGarmentSafeguardRequest } from './gamarra-garment-safeguard-request.js';
import { article as cordilleraBlancaGlacierStations } from './cordillera-blanca-glacier-stations.js';
import { article as huamboIronOreProjectSale } from './huambo-iron-ore-project-sale.js';
import { article as essaludTraditionalChineseMedicine } from './essalud-traditional-chinese-medicine.js';
import { article as iloBatteryStorageCatl } from './ilo-battery-storage-catl.js';
import { article as quinuaPunoContratoShanghai } from './quinua-puno-contrato-shanghai.js';
import { article as internetSatelitalEscuelasLoreto } from './internet-satelital-escuelas-loreto.js';
import { article as senatiCentroFormacionPortuariaHuaral } from './senati-centro-formacion-portuaria-huaral.js';
import { article as exoneracionVisaTuristasChinos } from './exoneracion-visa-turistas-chinos.js';
import { article as semanaCineChinoLima } from './semana-cine-chino-lima.js';
import { article as simaWuchangAstilleroConjunto } from './sima-wuchang-astillero-conjunto.js';

/** A seventh unread set (see ../README.md): written at the start of stop 35, never read while tuning. */
export const FRESH_6: readonly CorpusArticle[] = [
  tableTennisCoachesVidena,
  gamarraGarmentSafeguardRequest,
  cordilleraBlancaGlacierStations,
  huamboIronOreProjectSale,
  essaludTraditionalChineseMedicine,
  iloBatteryStorageCatl,
  quinuaPunoContratoShanghai,
  internetSatelitalEscuelasLoreto,
  senatiCentroFormacionPortuariaHuaral,
  exoneracionVisaTuristasChinos,
  semanaCineChinoLima,
  simaWuchangAstilleroConjunto,
];
