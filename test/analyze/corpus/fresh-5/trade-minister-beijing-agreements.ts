import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'trade-minister-beijing-agreements',
  language: 'en',
  publishedAt: '2026-01-22',
  annotated:
    '{{BEIJING|PLACE}} — [[Peru|peru]] and [[China|china]] signed four cooperation agreements on ' +
    'Wednesday, among them a {{Memorandum of Understanding on Electronic Commerce|AGREEMENT}}, as ' +
    'Peruvian Foreign Trade Minister {{Mariana Cárdenas|PERSON}} held talks with Chinese Commerce ' +
    'Minister {{Zhou Liming|PERSON}} in the Chinese capital. Under the memorandum, small Peruvian ' +
    'exporters will get dedicated storefronts on Chinese shopping platforms, while a separate {{Protocol on Electronic ' +
    'Certificates of Origin|AGREEMENT}} will let the two customs services exchange documents without ' +
    'paper. The customs protocol was signed by {{Sunat|GOVERNMENT}}, [[Peru|peru]]’s tax and customs ' +
    'agency, and by [[China|china]]’s {{General Administration of Customs|GOVERNMENT}} ' +
    '({{GACC|GOVERNMENT|general-administration-of-customs}}), and is due to take effect in July. ' +
    '{{Cárdenas|PERSON|mariana-cardenas}} and {{Zhou|PERSON|zhou-liming}} put their own signatures to ' +
    'the e-commerce memorandum, with Peruvian ambassador {{Alfonso Ríos|PERSON}} looking on. “These ' +
    'texts turn our free trade agreement into something a farmer in {{Piura|PLACE}} can actually use,” ' +
    'the minister told reporters after the ceremony. On Tuesday the minister visited the headquarters of ' +
    '{{Alibaba|COMPANY}} in {{Hangzhou|PLACE}}. There she met executives of {{Tmall Global|COMPANY}}, ' +
    'the group’s cross-border platform, which has hosted a Peruvian pavilion since 2024. Her trip comes ' +
    'ahead of the {{China–Latin America Business Summit|EVENT}}, which [[Lima|lima]] will host in ' +
    'October. Chinese President [[Xi Jinping|xi-jinping]] has invited [[Peru|peru]]’s head of state to ' +
    'make a state visit later in the year, {{Cárdenas|PERSON|mariana-cardenas}} said. [[Peru|peru]], ' +
    'which joined the [[Belt and Road Initiative|belt-and-road-initiative]] in 2019, is also pressing ' +
    '[[Beijing|china]] to open its market to Peruvian purple corn and to more of the country’s fresh ' +
    'fruit.',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'mariana-cardenas', target: 'peru', sentence: 1 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhou-liming', target: 'china', sentence: 1 },
    { type: 'MET', source: 'mariana-cardenas', target: 'zhou-liming', sentence: 1, validFrom: '2026-01-21' },
    { type: 'SIGNED', source: 'peru', target: 'memorandum-of-understanding-on-electronic-commerce', sentence: 1, validFrom: '2026-01-21' },
    { type: 'SIGNED', source: 'china', target: 'memorandum-of-understanding-on-electronic-commerce', sentence: 1, validFrom: '2026-01-21' },
    { type: 'SIGNED', source: 'sunat', target: 'protocol-on-electronic-certificates-of-origin', sentence: 3 },
    { type: 'SIGNED', source: 'general-administration-of-customs', target: 'protocol-on-electronic-certificates-of-origin', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'sunat', target: 'peru', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'general-administration-of-customs', target: 'china', sentence: 3 },
    { type: 'SIGNED', source: 'mariana-cardenas', target: 'memorandum-of-understanding-on-electronic-commerce', sentence: 4 },
    { type: 'SIGNED', source: 'zhou-liming', target: 'memorandum-of-understanding-on-electronic-commerce', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'alfonso-rios', target: 'peru', sentence: 4 },
    { type: 'STATED', source: 'mariana-cardenas', target: 'china-peru-fta', sentence: 5 },
    { type: 'VISITED', source: 'mariana-cardenas', target: 'alibaba', sentence: 6, validFrom: '2026-01-20' },
    { type: 'HEADQUARTERED_IN', source: 'alibaba', target: 'hangzhou', sentence: 6 },
    { type: 'MET', source: 'mariana-cardenas', target: 'tmall-global', sentence: 7 },
    { type: 'PART_OF', source: 'tmall-global', target: 'alibaba', sentence: 7 },
    { type: 'HOSTED', source: 'lima', target: 'china-latin-america-business-summit', sentence: 8, validFrom: '2026-10' },
    { type: 'LEADS', source: 'xi-jinping', target: 'china', sentence: 9 },
    { type: 'STATED', source: 'mariana-cardenas', target: 'xi-jinping', sentence: 9 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 10, validFrom: '2019' },
    { type: 'SEEKS_COOPERATION_WITH', source: 'peru', target: 'china', sentence: 10 },
  ],
};
