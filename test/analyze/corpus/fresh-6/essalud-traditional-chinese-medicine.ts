import type { CorpusArticle } from '../corpus-article.js';

/** Peru’s social-security health system signs with a Beijing university to offer acupuncture; doctors object (English). */
export const article: CorpusArticle = {
  name: 'EsSalud to offer acupuncture with a Beijing university',
  language: 'en',
  publishedAt: '2025-10-15',
  annotated:
    '[[LIMA|lima]], 14 October — [[Peru|peru]]’s social security health system, {{EsSalud|GOVERNMENT}}, will offer ' +
    'acupuncture and other traditional therapies in twelve of its hospitals from January under a {{Memorandum of ' +
    'Understanding on Traditional Chinese Medicine|AGREEMENT}} signed with the {{Beijing University of Chinese ' +
    'Medicine|ORGANIZATION}}. It was signed on 13 October at the {{Edgardo Rebagliati Martins National ' +
    'Hospital|INFRASTRUCTURE}} by the executive president of {{EsSalud|GOVERNMENT}}, {{Marco Antonio ' +
    'Chirinos|PERSON}}, and the university’s vice-president, {{Gu Lihua|PERSON}}. The university will send eight ' +
    'practitioners to [[Lima|lima]] for two years and will train 60 {{EsSalud|GOVERNMENT}} doctors and ' +
    'physiotherapists at its campus in {{Beijing|PLACE}}. {{Chirinos|PERSON|marco-antonio-chirinos}} said acupuncture ' +
    'had cut waiting lists for chronic pain treatment during a pilot at the {{Alberto Sabogal Sologuren ' +
    'Hospital|INFRASTRUCTURE}} in {{Callao|PLACE}} in 2024. Pain clinics have long been a weak spot: patients of ' +
    '{{EsSalud|GOVERNMENT}} wait an average of 94 days for an appointment, according to the health regulator ' +
    '{{Susalud|GOVERNMENT}}. The {{Peruvian Medical College|ORGANIZATION}} ' +
    '({{CMP|ORGANIZATION|peruvian-medical-college}}) questioned the plan, saying only licensed physicians should ' +
    'practise acupuncture in public hospitals. {{Gu|PERSON|gu-lihua}} said the university’s practitioners were ' +
    'doctors registered in [[China|china]] and would work under the supervision of Peruvian physicians. Herbal ' +
    'medicine has been sold in [[Lima|lima]] since the 19th century, when Cantonese migrants opened shops around the ' +
    '{{Capón|PLACE}} market.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'essalud', target: 'peru', sentence: 1 },
    { type: 'SIGNED', source: 'essalud', target: 'memorandum-of-understanding-on-traditional-chinese-medicine', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'beijing-university-of-chinese-medicine',
      target: 'memorandum-of-understanding-on-traditional-chinese-medicine',
      sentence: 1,
    },
    {
      type: 'SIGNED',
      source: 'marco-antonio-chirinos',
      target: 'memorandum-of-understanding-on-traditional-chinese-medicine',
      sentence: 2,
      validFrom: '2025-10-13',
    },
    {
      type: 'SIGNED',
      source: 'gu-lihua',
      target: 'memorandum-of-understanding-on-traditional-chinese-medicine',
      sentence: 2,
      validFrom: '2025-10-13',
    },
    { type: 'LEADS', source: 'marco-antonio-chirinos', target: 'essalud', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'gu-lihua', target: 'beijing-university-of-chinese-medicine', sentence: 2 },
    { type: 'TRAINS', source: 'beijing-university-of-chinese-medicine', target: 'essalud', sentence: 3 },
    { type: 'LOCATED_IN', source: 'beijing-university-of-chinese-medicine', target: 'beijing', sentence: 3 },
    { type: 'STATED', source: 'marco-antonio-chirinos', target: 'alberto-sabogal-sologuren-hospital', sentence: 4 },
    { type: 'LOCATED_IN', source: 'alberto-sabogal-sologuren-hospital', target: 'callao', sentence: 4 },
    { type: 'STATED', source: 'susalud', target: 'essalud', sentence: 5 },
    { type: 'STATED', source: 'peruvian-medical-college', target: 'essalud', sentence: 6 },
    { type: 'STATED', source: 'gu-lihua', target: 'beijing-university-of-chinese-medicine', sentence: 7 },
  ],
};
