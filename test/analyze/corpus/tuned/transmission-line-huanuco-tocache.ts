import type { CorpusArticle } from '../corpus-article.js';

/** A Chinese contractor finishes the Huánuco–Tocache power line: its builder, owners, concession, minister and regulator (English). */
export const article: CorpusArticle = {
  name: 'Chinese contractor finishes the Huánuco–Tocache transmission line',
  language: 'en',
  publishedAt: '2025-03-14',
  annotated:
    '[[LIMA|lima]], March 13 — The Chinese contractor {{China Electric Power Equipment and Technology|COMPANY}} ' +
    '({{CET|COMPANY|china-electric-power-equipment-and-technology}}) has finished building the 500-kilovolt ' +
    '{{Huánuco–Tocache|INFRASTRUCTURE}} transmission line, which will carry power from the central Andes to the jungle ' +
    'region of {{San Martín|PLACE}}, the {{Ministry of Energy and Mines|GOVERNMENT}} said on Thursday. ' +
    'The 262-kilometre line belongs to {{Transmisora Andina del Centro|COMPANY}}, which invested $310m in it and is ' +
    'owned 75% by {{China Southern Power Grid International|COMPANY}} and 25% by the Peruvian group ' +
    '{{Inversiones Pachitea|COMPANY}}. ' +
    'The company won a 30-year concession to build and run the line in 2021, in a tender held by the investment ' +
    'promotion agency {{ProInversión|GOVERNMENT}}. ' +
    '{{Fernando Quispe Aldana|PERSON}}, who heads the ministry, said the line would end the blackouts that have hit ' +
    '{{Tarapoto|PLACE}} and other towns in the region during the rainy season. ' +
    '{{CET|COMPANY|china-electric-power-equipment-and-technology}}, a subsidiary of ' +
    '{{State Grid Corporation of China|COMPANY}}, employed about 1,400 workers on the project, most of them hired ' +
    'locally. ' +
    'Farmers in the {{Huallaga|PLACE}} valley halted work for three weeks last year, saying some of the 590 towers ' +
    'stood on their land without fair compensation. ' +
    'The energy regulator, {{Osinergmin|GOVERNMENT}}, will inspect the towers and two new substations before the line ' +
    'enters commercial service in May. ' +
    '{{Chen Jianming|PERSON}}, who manages {{CET|COMPANY|china-electric-power-equipment-and-technology}} in ' +
    '[[Peru|peru]], told the state news agency {{Andina|MEDIA}} that the company would bid for two more lines that ' +
    '{{ProInversión|GOVERNMENT}} plans to tender this year.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'china-electric-power-equipment-and-technology', target: 'china', sentence: 1 },
    { type: 'BUILT', source: 'china-electric-power-equipment-and-technology', target: 'huanuco-tocache', sentence: 1 },
    { type: 'STATED', source: 'ministry-of-energy-and-mines', target: 'huanuco-tocache', sentence: 1, validFrom: '2025-03-13' },
    { type: 'OWNS', source: 'transmisora-andina-del-centro', target: 'huanuco-tocache', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'transmisora-andina-del-centro',
      target: 'huanuco-tocache',
      sentence: 2,
      quantities: [{ value: 310000000, unit: 'USD' }],
    },
    {
      type: 'OWNS',
      source: 'china-southern-power-grid-international',
      target: 'transmisora-andina-del-centro',
      sentence: 2,
      quantities: [{ value: 75, unit: '%' }],
    },
    {
      type: 'OWNS',
      source: 'inversiones-pachitea',
      target: 'transmisora-andina-del-centro',
      sentence: 2,
      quantities: [{ value: 25, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'inversiones-pachitea', target: 'peru', sentence: 2 },
    { type: 'GRANTED_EXCLUSIVITY_TO', source: 'proinversion', target: 'transmisora-andina-del-centro', sentence: 3, validFrom: '2021' },
    { type: 'OPERATES', source: 'transmisora-andina-del-centro', target: 'huanuco-tocache', sentence: 3 },
    { type: 'LEADS', source: 'fernando-quispe-aldana', target: 'ministry-of-energy-and-mines', sentence: 4 },
    { type: 'STATED', source: 'fernando-quispe-aldana', target: 'huanuco-tocache', sentence: 4 },
    { type: 'LOCATED_IN', source: 'tarapoto', target: 'san-martin', sentence: 4 },
    { type: 'PART_OF', source: 'china-electric-power-equipment-and-technology', target: 'state-grid-corporation-of-china', sentence: 5 },
    { type: 'REGULATES', source: 'osinergmin', target: 'huanuco-tocache', sentence: 7 },
    { type: 'LEADS', source: 'chen-jianming', target: 'china-electric-power-equipment-and-technology', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'chen-jianming', target: 'andina', sentence: 8 },
    { type: 'STATED', source: 'chen-jianming', target: 'china-electric-power-equipment-and-technology', sentence: 8 },
  ],
};
