import type { CorpusArticle } from '../corpus-article.js';

/** Chinese table-tennis coaches arrive to train Peru’s national squad, paid for by an embassy donation (English). */
export const article: CorpusArticle = {
  name: 'Chinese table-tennis coaches train Peru’s squad at Videna',
  language: 'en',
  publishedAt: '2025-03-04',
  annotated:
    '[[LIMA|lima]], 3 March — Four coaches from the {{Chinese Table Tennis Association|ORGANIZATION}} arrived in ' +
    '[[Lima|lima]] on 2 March to train the national squad of the {{Peruvian Table Tennis Federation|ORGANIZATION}} ' +
    'ahead of the {{Bolivarian Games|EVENT}} in {{Ayacucho|PLACE}}. The {{Peruvian Sports Institute|GOVERNMENT}} ' +
    '({{IPD|GOVERNMENT|peruvian-sports-institute}}) said the coaches would work for eight months at the ' +
    '{{Videna|INFRASTRUCTURE}} sports complex in the {{San Luis|PLACE}} district, which the institute runs. The ' +
    'programme is paid for by the {{Embassy of China|GOVERNMENT}}, which donated $420,000 to the institute for ' +
    'salaries, new tables and two ball-launching robots. The group is headed by {{Liu Guozhen|PERSON}}, a former ' +
    'world doubles finalist who coaches at the association’s training base in {{Tianjin|PLACE}}. ' +
    '{{Liu|PERSON|liu-guozhen}} told the state news agency {{Andina|MEDIA}} that the federation’s players had quick ' +
    'hands but had played too few matches against strong opponents. The association will also invite six Peruvian ' +
    'juniors to a summer camp in {{Tianjin|PLACE}} in July. The federation’s president, {{Rosa Elvira ' +
    'Quispe|PERSON}}, said the coaching was the most valuable help her sport had received since 2011, when a Chinese ' +
    'coach spent a season in {{Arequipa|PLACE}}. She added that [[Peru|peru]] could win at least two medals in ' +
    '{{Ayacucho|PLACE}}. {{IPD|GOVERNMENT|peruvian-sports-institute}} chairman {{Federico Tong|PERSON}} met the ' +
    'Chinese ambassador, {{Zhao Heping|PERSON}}, at {{Videna|INFRASTRUCTURE}} on 3 March. The two discussed a ' +
    'proposal for Chinese engineers to repair the roof of the complex’s main hall, damaged in a storm last year.',
  relationships: [
    {
      type: 'TRAINS',
      source: 'chinese-table-tennis-association',
      target: 'peruvian-table-tennis-federation',
      sentence: 1,
      validFrom: '2025-03-02',
    },
    { type: 'HOSTED', source: 'ayacucho', target: 'bolivarian-games', sentence: 1 },
    { type: 'STATED', source: 'peruvian-sports-institute', target: 'chinese-table-tennis-association', sentence: 2 },
    { type: 'LOCATED_IN', source: 'videna', target: 'san-luis', sentence: 2 },
    { type: 'OPERATES', source: 'peruvian-sports-institute', target: 'videna', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'embassy-of-china',
      target: 'peruvian-sports-institute',
      sentence: 3,
      quantities: [{ value: 420000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'liu-guozhen', target: 'chinese-table-tennis-association', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'liu-guozhen', target: 'andina', sentence: 5 },
    { type: 'STATED', source: 'liu-guozhen', target: 'peruvian-table-tennis-federation', sentence: 5 },
    { type: 'LEADS', source: 'rosa-elvira-quispe', target: 'peruvian-table-tennis-federation', sentence: 7 },
    { type: 'STATED', source: 'rosa-elvira-quispe', target: 'chinese-table-tennis-association', sentence: 7 },
    { type: 'STATED', source: 'rosa-elvira-quispe', target: 'peru', sentence: 8 },
    { type: 'LEADS', source: 'federico-tong', target: 'peruvian-sports-institute', sentence: 9 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhao-heping', target: 'china', sentence: 9 },
    { type: 'MET', source: 'federico-tong', target: 'zhao-heping', sentence: 9, validFrom: '2025-03-03' },
    { type: 'DISCUSSED', source: 'federico-tong', target: 'zhao-heping', sentence: 10 },
  ],
};
