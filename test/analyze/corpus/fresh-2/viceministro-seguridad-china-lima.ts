import type { CorpusArticle } from '../corpus-article.js';

/**
 * A Chinese public-security vice-minister in Lima: his host, police training, donated vehicles, critics, a municipal monitoring centre
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Viceministro chino de Seguridad Pública en Lima',
  language: 'es',
  publishedAt: '2025-06-25',
  annotated:
    '[[LIMA|lima]], 24 de junio — El viceministro de Seguridad Pública de [[China|china]], {{Zhang Guorui|PERSON}}, ' +
    'fue recibido el martes en la sede del {{Ministerio del Interior|GOVERNMENT}} por el titular de la cartera, ' +
    '{{Julio Díaz Zevallos|PERSON}}, con quien firmó un acuerdo contra la extorsión y el fraude telefónico. ' +
    'El texto prevé que agentes de la {{Policía Nacional del Perú|GOVERNMENT}} ' +
    '({{PNP|GOVERNMENT|policia-nacional-del-peru}}) se capaciten en [[China|china]] en análisis de datos y rastreo de ' +
    'llamadas, y que ambos países compartan información sobre bandas que operan desde el extranjero. ' +
    'Según un comunicado de la cartera, es la tercera donación de vehículos que el ' +
    '{{Ministerio de Seguridad Pública|GOVERNMENT}} chino hace a la {{PNP|GOVERNMENT|policia-nacional-del-peru}} ' +
    'desde 2019: esta vez, 120 camionetas y 40 motocicletas. ' +
    '{{Díaz|PERSON|julio-diaz-zevallos}} aseguró a los periodistas que la ayuda de [[China|china]] “no viene con ' +
    'condiciones” y que reforzará el patrullaje en {{San Juan de Lurigancho|PLACE}}, el distrito más poblado del país. ' +
    'La {{Coordinadora Nacional de Derechos Humanos|ORGANIZATION}} advirtió, en cambio, que el rastreo de llamadas ' +
    'podría usarse contra periodistas y dirigentes sociales. ' +
    'Por la tarde, el visitante recorrió el {{Centro de Monitoreo Metropolitano|INFRASTRUCTURE}} de la ' +
    '{{Municipalidad de Lima|GOVERNMENT}}, equipado en 2023 con 800 cámaras de [[Huawei|huawei]]. ' +
    'Allí {{Óscar Villarreal Núñez|PERSON}}, gerente de Seguridad Ciudadana del municipio, le mostró cómo el sistema ' +
    'identifica placas de autos robados. ' +
    'Es la primera visita de un alto funcionario de seguridad chino al [[Perú|peru]] desde la ' +
    '[[cumbre de APEC|apec-summit]] de noviembre, para la que [[Lima|lima]] desplegó a 13.000 policías.',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'zhang-guorui', target: 'china', sentence: 1 },
    { type: 'HOSTED', source: 'julio-diaz-zevallos', target: 'zhang-guorui', sentence: 1, validFrom: '2025-06-24' },
    { type: 'MET', source: 'julio-diaz-zevallos', target: 'zhang-guorui', sentence: 1, validFrom: '2025-06-24' },
    { type: 'VISITED', source: 'zhang-guorui', target: 'ministerio-del-interior', sentence: 1, validFrom: '2025-06-24' },
    { type: 'LEADS', source: 'julio-diaz-zevallos', target: 'ministerio-del-interior', sentence: 1 },
    { type: 'TRAINS', source: 'china', target: 'policia-nacional-del-peru', sentence: 2 },
    { type: 'COOPERATES_WITH', source: 'peru', target: 'china', sentence: 2 },
    { type: 'STATED', source: 'ministerio-del-interior', target: 'ministerio-de-seguridad-publica', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'ministerio-de-seguridad-publica', target: 'china', sentence: 3 },
    {
      type: 'COOPERATES_WITH',
      source: 'ministerio-de-seguridad-publica',
      target: 'policia-nacional-del-peru',
      sentence: 3,
      validFrom: '2019',
    },
    { type: 'STATED', source: 'julio-diaz-zevallos', target: 'china', sentence: 4 },
    { type: 'LOCATED_IN', source: 'san-juan-de-lurigancho', target: 'peru', sentence: 4 },
    { type: 'STATED', source: 'coordinadora-nacional-de-derechos-humanos', target: 'ministerio-del-interior', sentence: 5 },
    { type: 'VISITED', source: 'zhang-guorui', target: 'centro-de-monitoreo-metropolitano', sentence: 6 },
    { type: 'OPERATES', source: 'municipalidad-de-lima', target: 'centro-de-monitoreo-metropolitano', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'oscar-villarreal-nunez', target: 'municipalidad-de-lima', sentence: 7 },
    { type: 'VISITED', source: 'zhang-guorui', target: 'peru', sentence: 8 },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 8, validFrom: '2024-11' },
  ],
};
