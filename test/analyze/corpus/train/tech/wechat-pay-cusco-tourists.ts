import type { CorpusArticle } from '../../corpus-article.js';

/** WeChat Pay and Izipay let Chinese tourists pay in Cusco: partners, parent, owner bank, regulator, tourism promotion (English). */
export const article: CorpusArticle = {
  name: 'tech: WeChat Pay and Izipay bring Chinese mobile payments to Cusco',
  language: 'en',
  publishedAt: '2024-08-29',
  annotated:
    '{{CUSCO|PLACE}}, Aug 28 — Chinese visitors to {{Machu Picchu|PLACE}} will be able to pay with their phones after ' +
    '{{WeChat Pay|COMPANY}} teamed up with the Peruvian card processor {{Izipay|COMPANY}}, the two companies announced ' +
    'on Wednesday. ' +
    '{{Izipay|COMPANY}}, which is owned by {{Interbank|COMPANY}}, will install QR terminals in 4,000 hotels, restaurants ' +
    'and shops in {{Cusco|PLACE}}, {{Arequipa|PLACE}} and [[Lima|lima]] by the end of the year. ' +
    '{{WeChat Pay|COMPANY}} belongs to {{Tencent|COMPANY}}, the [[Shenzhen|shenzhen]] internet giant whose messaging app ' +
    'has more than a billion users. ' +
    '{{Tencent|COMPANY}}’s head of cross-border payments, {{Angela Wu|PERSON}}, travelled to {{Cusco|PLACE}} for the launch and met ' +
    'the regional governor, {{Werner Salcedo|PERSON}}. ' +
    'He said some 40,000 Chinese tourists visited the region last year and that each spent about $1,800. ' +
    'The deal was reviewed by the {{Central Reserve Bank of Peru|GOVERNMENT}}, which oversees payment systems in the ' +
    'country. ' +
    'The [[Ministry of Foreign Trade and Tourism|mincetur]] ([[Mincetur|mincetur]]) hopes to double arrivals from ' +
    '[[China|china]] by 2027 under its {{Peru Travel China Plan|PLAN}}, launched at the [[APEC summit|apec-summit]] in ' +
    '[[Lima|lima]] last November. ' +
    'Its head, {{Elizabeth Galdo|PERSON}}, said direct flights between [[Lima|lima]] and [[Shenzhen|shenzhen]] were under ' +
    'discussion with {{China Southern Airlines|COMPANY}}. ' +
    'Rival {{Alipay|COMPANY}}, run by {{Ant Group|COMPANY}}, signed a similar agreement with {{Niubiz|COMPANY}} in 2023.',
  relationships: [
    { type: 'LOCATED_IN', source: 'machu-picchu', target: 'cusco', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'wechat-pay', target: 'izipay', sentence: 1, validFrom: '2024-08-28' },
    { type: 'AFFILIATED_WITH', source: 'izipay', target: 'peru', sentence: 1 },
    { type: 'OWNS', source: 'interbank', target: 'izipay', sentence: 2 },
    { type: 'PART_OF', source: 'wechat-pay', target: 'tencent', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'tencent', target: 'shenzhen', sentence: 3 },
    { type: 'LEADS', source: 'angela-wu', target: 'tencent', sentence: 4 },
    { type: 'VISITED', source: 'angela-wu', target: 'cusco', sentence: 4 },
    { type: 'MET', source: 'angela-wu', target: 'werner-salcedo', sentence: 4 },
    { type: 'LEADS', source: 'werner-salcedo', target: 'cusco', sentence: 4 },
    { type: 'STATED', source: 'werner-salcedo', target: 'cusco', sentence: 5 },
    { type: 'REGULATES', source: 'central-reserve-bank-of-peru', target: 'wechat-pay', sentence: 6 },
    { type: 'REGULATES', source: 'central-reserve-bank-of-peru', target: 'izipay', sentence: 6 },
    { type: 'PLANS', source: 'mincetur', target: 'peru-travel-china-plan', sentence: 7 },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 7 },
    { type: 'LEADS', source: 'elizabeth-galdo', target: 'mincetur', sentence: 8 },
    { type: 'STATED', source: 'elizabeth-galdo', target: 'china-southern-airlines', sentence: 8 },
    { type: 'DISCUSSED', source: 'mincetur', target: 'china-southern-airlines', sentence: 8 },
    { type: 'OPERATES', source: 'ant-group', target: 'alipay', sentence: 9 },
    { type: 'PARTNERS_WITH', source: 'alipay', target: 'niubiz', sentence: 9, validFrom: '2023' },
  ],
};
