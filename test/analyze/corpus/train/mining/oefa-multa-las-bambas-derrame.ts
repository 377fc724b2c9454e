import type { CorpusArticle } from '../../corpus-article.js';

/** El OEFA multa a Minera Las Bambas por un derrame de concentrado en Cusco: matriz, transportista, fiscalía, comunidad (Spanish). */
export const article: CorpusArticle = {
  name: 'mining: el OEFA multa a Minera Las Bambas por derrame de concentrado en Chumbivilcas',
  language: 'es',
  publishedAt: '2025-09-03',
  annotated:
    '[[LIMA|lima]], 2 de septiembre — El {{Organismo de Evaluación y Fiscalización Ambiental|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|organismo-de-evaluacion-y-fiscalizacion-ambiental}}) impuso una multa de 3,8 millones de soles a ' +
    '{{Minera Las Bambas|COMPANY}}, filial de la china [[MMG|mmg]], por el derrame de 40 toneladas de concentrado de cobre en ' +
    'la provincia cusqueña de {{Chumbivilcas|PLACE}}, informó este martes la entidad. ' +
    'El vertido se produjo en marzo, cuando un camión de la empresa {{Transportes Apu Qorisuyo|COMPANY}}, contratista de la ' +
    'minera, se volcó en el {{Corredor Minero del Sur|INFRASTRUCTURE}} cerca del río {{Santo Tomás|PLACE}}. ' +
    'Según el organismo, que fiscaliza a las empresas mineras del país, la compañía tardó once horas en contener el material. ' +
    'La presidenta del {{OEFA|GOVERNMENT|organismo-de-evaluacion-y-fiscalizacion-ambiental}}, {{Miriam Alegría Zevallos|PERSON}}, ' +
    'declaró a {{RPP|MEDIA}} que la sanción es la más alta impuesta este año en el sector. ' +
    'Añadió que la empresa deberá además limpiar 2,5 hectáreas de pastos de la comunidad campesina de {{Huaylla Huaylla|GROUP}}. ' +
    '{{Minera Las Bambas|COMPANY}}, que opera la mina [[Las Bambas|las-bambas]] en {{Apurímac|PLACE}} desde 2016, anunció que ' +
    'apelará la resolución ante el {{Tribunal de Fiscalización Ambiental|GOVERNMENT}}. ' +
    'En un comunicado, sostuvo que había retirado todo el concentrado en 48 horas y que indemnizó a las familias afectadas. ' +
    'Por su parte, la {{Fiscalía Especializada en Materia Ambiental|GOVERNMENT}} de {{Cusco|PLACE}} abrió una investigación ' +
    'preliminar contra el transportista. ' +
    'El dirigente comunal {{Fidel Huamaní|PERSON}} dijo a la agencia {{Andina|MEDIA}} que exigirán una mesa de diálogo con la ' +
    'minera y con el {{Ministerio de Energía y Minas|GOVERNMENT}}.',
  relationships: [
    {
      type: 'REGULATES',
      source: 'organismo-de-evaluacion-y-fiscalizacion-ambiental',
      target: 'minera-las-bambas',
      sentence: 1,
      quantities: [{ value: 3800000, unit: 'PEN' }],
    },
    { type: 'PART_OF', source: 'minera-las-bambas', target: 'mmg', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'mmg', target: 'china', sentence: 1 },
    {
      type: 'STATED',
      source: 'organismo-de-evaluacion-y-fiscalizacion-ambiental',
      target: 'minera-las-bambas',
      sentence: 1,
      validFrom: '2025-09-02',
    },
    { type: 'PARTNERS_WITH', source: 'transportes-apu-qorisuyo', target: 'minera-las-bambas', sentence: 2 },
    { type: 'LOCATED_IN', source: 'corredor-minero-del-sur', target: 'chumbivilcas', sentence: 2 },
    { type: 'STATED', source: 'organismo-de-evaluacion-y-fiscalizacion-ambiental', target: 'minera-las-bambas', sentence: 3 },
    { type: 'LEADS', source: 'miriam-alegria-zevallos', target: 'organismo-de-evaluacion-y-fiscalizacion-ambiental', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'miriam-alegria-zevallos', target: 'rpp', sentence: 4 },
    { type: 'STATED', source: 'miriam-alegria-zevallos', target: 'minera-las-bambas', sentence: 4 },
    { type: 'STATED', source: 'miriam-alegria-zevallos', target: 'huaylla-huaylla', sentence: 5 },
    { type: 'OPERATES', source: 'minera-las-bambas', target: 'las-bambas', sentence: 6, validFrom: '2016' },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'apurimac', sentence: 6 },
    { type: 'STATED', source: 'minera-las-bambas', target: 'tribunal-de-fiscalizacion-ambiental', sentence: 6 },
    { type: 'STATED', source: 'minera-las-bambas', target: 'huaylla-huaylla', sentence: 7 },
    { type: 'LOCATED_IN', source: 'fiscalia-especializada-en-materia-ambiental', target: 'cusco', sentence: 8 },
    { type: 'STATED', source: 'fidel-huamani', target: 'minera-las-bambas', sentence: 9 },
    { type: 'COMMUNICATED_VIA', source: 'fidel-huamani', target: 'andina', sentence: 9 },
    { type: 'AFFILIATED_WITH', source: 'fidel-huamani', target: 'huaylla-huaylla', sentence: 9 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'fidel-huamani', target: 'ministerio-de-energia-y-minas', sentence: 9 },
  ],
};
