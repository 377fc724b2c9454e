import type { CorpusArticle } from '../../corpus-article.js';

/** Peru’s environmental regulator fines Shougang Hierro Perú over dust at Marcona: parent, regulator head, port, union (English). */
export const article: CorpusArticle = {
  name: 'mining: OEFA fines Shougang Hierro Perú over iron ore dust in Marcona',
  language: 'en',
  publishedAt: '2024-09-19',
  annotated:
    '[[LIMA|lima]], Sept 18 — [[Peru|peru]]’s environmental watchdog has fined {{Shougang Hierro Perú|COMPANY}} 4.2 million soles ' +
    'for letting iron ore dust escape from its stockpiles at {{San Juan de Marcona|PLACE}}, the agency said on Wednesday. ' +
    'The {{Agency for Environmental Assessment and Enforcement|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|agency-for-environmental-assessment-and-enforcement}}), which supervises mining companies, found that ' +
    'the firm had failed to cover conveyor belts at the {{San Nicolás|INFRASTRUCTURE}} loading pier. ' +
    'The pier, in the {{Ica|PLACE}} region, ships almost all of the 20 million tonnes of ore the mine produces each year. ' +
    '{{Shougang Hierro Perú|COMPANY}} is a subsidiary of the {{Beijing|PLACE}}-based steelmaker {{Shougang Group|COMPANY}}, ' +
    'which bought the state miner {{Hierro Perú|COMPANY}} from [[Peru|peru]]’s government for $120m in 1992. ' +
    'It has run the {{Marcona mine|INFRASTRUCTURE}} ever since. ' +
    '{{OEFA|GOVERNMENT|agency-for-environmental-assessment-and-enforcement}}’s president, {{Miriam Alegría Zevallos|PERSON}}, told ' +
    '{{RPP|MEDIA}} that inspectors had measured particle levels ' +
    'three times the legal limit in the town. ' +
    'She added that the company had 90 days to install the covers. ' +
    'The company said in a statement that it would appeal, and that it had invested $1.8bn in [[Peru|peru]] since 2011. ' +
    'The {{Marcona Miners’ Union|GROUP}}, which led a 20-day strike at the mine last year, welcomed the decision. ' +
    'Its secretary-general, {{Hernán Quispe|PERSON}}, said workers had complained about the dust for a decade.',
  relationships: [
    { type: 'REGULATES', source: 'agency-for-environmental-assessment-and-enforcement', target: 'shougang-hierro-peru', sentence: 1 },
    { type: 'LOCATED_IN', source: 'shougang-hierro-peru', target: 'san-juan-de-marcona', sentence: 1 },
    {
      type: 'STATED',
      source: 'agency-for-environmental-assessment-and-enforcement',
      target: 'shougang-hierro-peru',
      sentence: 1,
      quantities: [{ value: 4200000, unit: 'PEN' }],
    },
    { type: 'AFFILIATED_WITH', source: 'agency-for-environmental-assessment-and-enforcement', target: 'peru', sentence: 1 },
    { type: 'OPERATES', source: 'shougang-hierro-peru', target: 'san-nicolas', sentence: 2 },
    { type: 'LOCATED_IN', source: 'san-nicolas', target: 'ica', sentence: 3 },
    { type: 'PART_OF', source: 'shougang-hierro-peru', target: 'shougang-group', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'shougang-group', target: 'beijing', sentence: 4 },
    { type: 'OPERATES', source: 'shougang-hierro-peru', target: 'marcona-mine', sentence: 5 },
    {
      type: 'ACQUIRED',
      source: 'shougang-group',
      target: 'hierro-peru',
      sentence: 4,
      validFrom: '1992',
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'peru', target: 'hierro-peru', sentence: 4, validFrom: '1992' },
    { type: 'LEADS', source: 'miriam-alegria-zevallos', target: 'agency-for-environmental-assessment-and-enforcement', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'miriam-alegria-zevallos', target: 'rpp', sentence: 6 },
    { type: 'STATED', source: 'miriam-alegria-zevallos', target: 'san-juan-de-marcona', sentence: 6 },
    { type: 'STATED', source: 'miriam-alegria-zevallos', target: 'shougang-hierro-peru', sentence: 7 },
    { type: 'STATED', source: 'shougang-hierro-peru', target: 'agency-for-environmental-assessment-and-enforcement', sentence: 8 },
    {
      type: 'INVESTED_IN',
      source: 'shougang-hierro-peru',
      target: 'peru',
      sentence: 8,
      validFrom: '2011',
      quantities: [{ value: 1800000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'marcona-miners-union', target: 'agency-for-environmental-assessment-and-enforcement', sentence: 9 },
    { type: 'LEADS', source: 'hernan-quispe', target: 'marcona-miners-union', sentence: 10 },
    { type: 'STATED', source: 'hernan-quispe', target: 'shougang-hierro-peru', sentence: 10 },
  ],
};
