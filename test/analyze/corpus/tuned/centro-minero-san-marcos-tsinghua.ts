import type { CorpusArticle } from '../corpus-article.js';

/** San Marcos and Tsinghua universities agree on a joint mining research centre: partners, donor, rectors, regulator (Spanish). */
export const article: CorpusArticle = {
  name: 'Convenio entre San Marcos y Tsinghua',
  language: 'es',
  publishedAt: '2025-01-22',
  annotated:
    'La {{Universidad Nacional Mayor de San Marcos|ORGANIZATION}} ' +
    '({{UNMSM|ORGANIZATION|universidad-nacional-mayor-de-san-marcos}}) y la {{Universidad de Tsinghua|ORGANIZATION}} ' +
    'firmaron el lunes un convenio para crear en [[Lima|lima]] un centro conjunto de investigación en minería y ' +
    'energías limpias. ' +
    'El nuevo {{Centro Perú-China de Minería Sostenible|ORGANIZATION}} recibirá una donación de US$ 5 millones de ' +
    '{{Jinzhao Mining Peru|COMPANY}}, que construye la mina de hierro {{Pampa de Pongo|INFRASTRUCTURE}} en ' +
    '{{Arequipa|PLACE}}. ' +
    'La rectora de {{San Marcos|ORGANIZATION|universidad-nacional-mayor-de-san-marcos}}, ' +
    '{{Carmen Villacorta Díaz|PERSON}}, y el vicerrector de {{Tsinghua|ORGANIZATION|universidad-de-tsinghua}}, ' +
    '{{Zhou Ming|PERSON}}, suscribieron el texto ante el embajador de [[China|china]], {{Liang Hui|PERSON}}. ' +
    '{{Tsinghua|ORGANIZATION|universidad-de-tsinghua}}, con sede en {{Pekín|PLACE}}, recibirá cada año a diez ' +
    'doctorandos peruanos con becas del {{Consejo de Becas de China|GOVERNMENT}} ' +
    '({{CSC|GOVERNMENT|consejo-de-becas-de-china}}). ' +
    'Desde 2008, la {{Pontificia Universidad Católica del Perú|ORGANIZATION}} ' +
    '({{PUCP|ORGANIZATION|pontificia-universidad-catolica-del-peru}}) y la ' +
    '{{Universidad de Estudios Internacionales de Sichuan|ORGANIZATION}} gestionan juntas el ' +
    '{{Instituto Confucio|ORGANIZATION}} de la universidad limeña. ' +
    'En noviembre de 2024, la presidenta [[Dina Boluarte|dina-boluarte]] conversó con [[Xi Jinping|xi-jinping]] en ' +
    '[[Lima|lima]] sobre la ampliación de los intercambios universitarios entre el [[Perú|peru]] y [[China|china]]. ' +
    'La {{Superintendencia Nacional de Educación Superior Universitaria|GOVERNMENT}} ' +
    '({{Sunedu|GOVERNMENT|superintendencia-nacional-de-educacion-superior-universitaria}}), que supervisa a ' +
    '{{San Marcos|ORGANIZATION|universidad-nacional-mayor-de-san-marcos}} y a la ' +
    '{{PUCP|ORGANIZATION|pontificia-universidad-catolica-del-peru}}, deberá validar los títulos que otorgue el centro. ' +
    '{{Villacorta|PERSON|carmen-villacorta-diaz}} dijo a la agencia {{Andina|MEDIA}} que el centro estudiará el ' +
    'impacto de la minería del cobre en el agua de los {{Andes|PLACE}}.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'universidad-nacional-mayor-de-san-marcos',
      target: 'universidad-de-tsinghua',
      sentence: 1,
      validFrom: '2025-01-20',
    },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'centro-peru-china-de-mineria-sostenible',
      target: 'jinzhao-mining-peru',
      sentence: 2,
      quantities: [{ value: 5000000, unit: 'USD' }],
    },
    { type: 'BUILT', source: 'jinzhao-mining-peru', target: 'pampa-de-pongo', sentence: 2 },
    { type: 'LOCATED_IN', source: 'pampa-de-pongo', target: 'arequipa', sentence: 2 },
    { type: 'LEADS', source: 'carmen-villacorta-diaz', target: 'universidad-nacional-mayor-de-san-marcos', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhou-ming', target: 'universidad-de-tsinghua', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'liang-hui', target: 'china', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'universidad-de-tsinghua', target: 'pekin', sentence: 4 },
    {
      type: 'PARTNERS_WITH',
      source: 'pontificia-universidad-catolica-del-peru',
      target: 'universidad-de-estudios-internacionales-de-sichuan',
      sentence: 5,
      validFrom: '2008',
    },
    { type: 'PART_OF', source: 'instituto-confucio', target: 'pontificia-universidad-catolica-del-peru', sentence: 5 },
    { type: 'DISCUSSED', source: 'dina-boluarte', target: 'xi-jinping', sentence: 6, validFrom: '2024-11' },
    {
      type: 'REGULATES',
      source: 'superintendencia-nacional-de-educacion-superior-universitaria',
      target: 'universidad-nacional-mayor-de-san-marcos',
      sentence: 7,
    },
    {
      type: 'REGULATES',
      source: 'superintendencia-nacional-de-educacion-superior-universitaria',
      target: 'pontificia-universidad-catolica-del-peru',
      sentence: 7,
    },
    { type: 'COMMUNICATED_VIA', source: 'carmen-villacorta-diaz', target: 'andina', sentence: 8 },
    { type: 'STATED', source: 'carmen-villacorta-diaz', target: 'centro-peru-china-de-mineria-sostenible', sentence: 8 },
  ],
};
