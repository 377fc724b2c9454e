import type { CorpusArticle } from '../../corpus-article.js';

/** Mingyang suministrará aerogeneradores al parque Wayra Sur de Statkraft en Nazca: matriz, ICBC, cliente minero Shougang (Spanish). */
export const article: CorpusArticle = {
  name: 'energy: Mingyang suministrará turbinas al parque eólico Wayra Sur',
  language: 'es',
  publishedAt: '2025-01-22',
  annotated:
    '[[LIMA|lima]], 21 de enero — La fabricante china {{Mingyang Smart Energy|COMPANY}} suministrará 28 ' +
    'aerogeneradores al parque eólico {{Wayra Sur|INFRASTRUCTURE}}, que la generadora {{Statkraft Perú|COMPANY}} ' +
    'construye en {{Nazca|PLACE}}, región {{Ica|PLACE}}, según informó el martes la compañía. ' +
    'El contrato asciende a unos US$ 140 millones, y las máquinas, de 6,25 megavatios cada una, se fabricarán en la ' +
    'planta de {{Zhongshan|PLACE}}, en la provincia de {{Cantón|PLACE}}. ' +
    '{{Statkraft Perú|COMPANY}} es filial de la estatal noruega {{Statkraft|COMPANY}} y opera en el país nueve ' +
    'centrales hidroeléctricas, entre ellas {{Cheves|INFRASTRUCTURE}}, en {{Huaura|PLACE}}. ' +
    'El proyecto, de 175 megavatios, demandará una inversión de US$ 230 millones, financiada en parte por el ' +
    '{{Banco Industrial y Comercial de China|COMPANY}} ({{ICBC|COMPANY|banco-industrial-y-comercial-de-china}}). ' +
    'Su gerenta general, {{María Julia Aybar|PERSON}}, explicó a {{Gestión|MEDIA}} que el parque abastecerá a la ' +
    'minera {{Shougang Hierro Perú|COMPANY}}, que explota yacimientos de hierro en {{Marcona|PLACE}}. ' +
    '{{Shougang|COMPANY|shougang-hierro-peru}}, propiedad desde 1992 del grupo siderúrgico ' +
    '{{Shougang Group|COMPANY}}, con sede en {{Pekín|PLACE}}, es el mayor consumidor de electricidad de la zona. ' +
    'Añadió que las obras empezarán en marzo y que 300 trabajadores serán contratados en {{Marcona|PLACE}}. ' +
    'La {{Sociedad Peruana de Energías Renovables|ORGANIZATION}} ' +
    '({{SPR|ORGANIZATION|sociedad-peruana-de-energias-renovables}}) estimó que los proveedores chinos han ganado el ' +
    '70% de los contratos de turbinas en el [[Perú|peru]] desde 2020.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'mingyang-smart-energy', target: 'china', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'mingyang-smart-energy', target: 'statkraft-peru', sentence: 1 },
    { type: 'BUILT', source: 'statkraft-peru', target: 'wayra-sur', sentence: 1 },
    { type: 'LOCATED_IN', source: 'wayra-sur', target: 'nazca', sentence: 1 },
    { type: 'LOCATED_IN', source: 'nazca', target: 'ica', sentence: 1 },
    { type: 'STATED', source: 'statkraft-peru', target: 'wayra-sur', sentence: 1, validFrom: '2025-01-21' },
    { type: 'LOCATED_IN', source: 'zhongshan', target: 'canton', sentence: 2 },
    { type: 'PART_OF', source: 'statkraft-peru', target: 'statkraft', sentence: 3 },
    { type: 'OPERATES', source: 'statkraft-peru', target: 'cheves', sentence: 3 },
    { type: 'LOCATED_IN', source: 'cheves', target: 'huaura', sentence: 3 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'wayra-sur',
      target: 'banco-industrial-y-comercial-de-china',
      sentence: 4,
      quantities: [{ value: 230000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'maria-julia-aybar', target: 'statkraft-peru', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'maria-julia-aybar', target: 'gestion', sentence: 5 },
    { type: 'STATED', source: 'maria-julia-aybar', target: 'wayra-sur', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'statkraft-peru', target: 'shougang-hierro-peru', sentence: 5 },
    { type: 'LOCATED_IN', source: 'shougang-hierro-peru', target: 'marcona', sentence: 5 },
    { type: 'OWNS', source: 'shougang-group', target: 'shougang-hierro-peru', sentence: 6, validFrom: '1992' },
    { type: 'HEADQUARTERED_IN', source: 'shougang-group', target: 'pekin', sentence: 6 },
    { type: 'STATED', source: 'sociedad-peruana-de-energias-renovables', target: 'china', sentence: 8 },
  ],
};
