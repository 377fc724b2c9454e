import type { CorpusArticle } from '../../corpus-article.js';

/** El Museo Nacional de China inaugura una muestra sobre Caral: organizadores, ministra, convenio museístico, Promperú (español). */
export const article: CorpusArticle = {
  name: 'diplomacy: Caral llega al Museo Nacional de China',
  language: 'es',
  publishedAt: '2026-04-23',
  annotated:
    '{{PEKÍN|PLACE}}, 22 de abril — El {{Museo Nacional de China|ORGANIZATION}} inauguró este miércoles {{Caral: ' +
    'la civilización más antigua de América|EVENT}}, una exposición con 150 piezas de la ciudad sagrada de ' +
    '{{Caral|PLACE}}, en el valle de {{Supe|PLACE}}, al norte de [[Lima|lima]]. ' +
    'La muestra, abierta hasta agosto, fue organizada por el {{Ministerio de Cultura|GOVERNMENT}} peruano y la ' +
    '{{Administración Nacional del Patrimonio Cultural|GOVERNMENT}} china. ' +
    'La directora de la {{Zona Arqueológica Caral|GOVERNMENT}}, unidad del {{Ministerio de Cultura|GOVERNMENT}}, ' +
    '{{Marina Solís Vargas|PERSON}}, dijo que la ciudad, de 5.000 años de antigüedad, es contemporánea de las ' +
    'primeras urbes de {{Mesopotamia|PLACE}}. ' +
    'La exposición fue inaugurada por la ministra de Cultura, {{Silvana Robles Arce|PERSON}}, y por el ' +
    'viceministro chino de Cultura y Turismo, {{Gao Zhenmin|PERSON}}. ' +
    '{{Robles|PERSON|silvana-robles-arce}} se reunió luego con el director del museo, {{Li Jianmin|PERSON}}, y ' +
    'firmó un {{Convenio de Cooperación Museística|AGREEMENT}} que incluye la formación de conservadores peruanos ' +
    'en [[China|china]]. ' +
    'Agregó que el {{Museo Nacional de Arqueología, Antropología e Historia del Perú|ORGANIZATION}} acogerá en ' +
    '2027 una muestra de bronces chinos antiguos. ' +
    'Según {{Promperú|GOVERNMENT}}, agencia adscrita al [[Ministerio de Comercio Exterior y Turismo|mincetur]], ' +
    'la exposición busca atraer a más turistas chinos al [[Perú|peru]].',
  relationships: [
    {
      type: 'HOSTED',
      source: 'museo-nacional-de-china',
      target: 'caral-la-civilizacion-mas-antigua-de-america',
      sentence: 1,
      validFrom: '2026-04-22',
    },
    { type: 'LOCATED_IN', source: 'caral', target: 'supe', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'ministerio-de-cultura', target: 'administracion-nacional-del-patrimonio-cultural', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'ministerio-de-cultura', target: 'peru', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'administracion-nacional-del-patrimonio-cultural', target: 'china', sentence: 2 },
    { type: 'LEADS', source: 'marina-solis-vargas', target: 'zona-arqueologica-caral', sentence: 3 },
    { type: 'PART_OF', source: 'zona-arqueologica-caral', target: 'ministerio-de-cultura', sentence: 3 },
    { type: 'STATED', source: 'marina-solis-vargas', target: 'caral', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'silvana-robles-arce', target: 'ministerio-de-cultura', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'gao-zhenmin', target: 'china', sentence: 4 },
    { type: 'MET', source: 'silvana-robles-arce', target: 'li-jianmin', sentence: 5 },
    { type: 'LEADS', source: 'li-jianmin', target: 'museo-nacional-de-china', sentence: 5 },
    { type: 'SIGNED', source: 'silvana-robles-arce', target: 'convenio-de-cooperacion-museistica', sentence: 5 },
    { type: 'PARTY_TO', source: 'museo-nacional-de-china', target: 'convenio-de-cooperacion-museistica', sentence: 5 },
    {
      type: 'STATED',
      source: 'silvana-robles-arce',
      target: 'museo-nacional-de-arqueologia-antropologia-e-historia-del-peru',
      sentence: 6,
    },
    { type: 'STATED', source: 'promperu', target: 'caral-la-civilizacion-mas-antigua-de-america', sentence: 7 },
    { type: 'PART_OF', source: 'promperu', target: 'mincetur', sentence: 7 },
  ],
};
