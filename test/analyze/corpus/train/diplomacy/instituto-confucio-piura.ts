import type { CorpusArticle } from '../../corpus-article.js';

/**
 * La UNP inaugura un Instituto Confucio con una universidad de Shanghái: rector, embajada, becas, gobierno regional, otros
 * institutos (español).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: La Universidad Nacional de Piura abre un Instituto Confucio',
  language: 'es',
  publishedAt: '2024-05-17',
  annotated:
    '{{PIURA|PLACE}}, 16 de mayo — La {{Universidad Nacional de Piura|ORGANIZATION}} ' +
    '({{UNP|ORGANIZATION|universidad-nacional-de-piura}}) inauguró el jueves su {{Instituto ' +
    'Confucio|ORGANIZATION}}, el quinto del país, en alianza con la {{Universidad de Estudios Internacionales de ' +
    'Shanghái|ORGANIZATION}}. ' +
    'El instituto, que funcionará en el campus de {{Castilla|PLACE}}, enseñará chino mandarín a unos 800 alumnos ' +
    'al año con cuatro profesores enviados por la universidad china. ' +
    'La ceremonia fue presidida por el rector de la {{UNP|ORGANIZATION|universidad-nacional-de-piura}}, {{Jorge ' +
    'Seminario Abad|PERSON}}, y por la consejera cultural de la {{Embajada de China|GOVERNMENT}}, {{Liu ' +
    'Fang|PERSON}}. ' +
    '{{Seminario|PERSON|jorge-seminario-abad}} dijo que la universidad busca además un convenio de investigación ' +
    'en acuicultura con el {{Instituto de Oceanología de Qingdao|ORGANIZATION}}. ' +
    'Según {{Liu|PERSON|liu-fang}}, [[China|china]] ofrecerá cada año diez becas a estudiantes piuranos. ' +
    'El gobernador regional, {{Manuel Ubillús Castro|PERSON}}, asistió al acto y anunció que el {{Gobierno ' +
    'Regional de Piura|GOVERNMENT}} cederá al instituto un local en el centro de la ciudad. ' +
    'Los otros institutos Confucio del [[Perú|peru]] funcionan en la {{Pontificia Universidad Católica del ' +
    'Perú|ORGANIZATION}} y en la {{Universidad Ricardo Palma|ORGANIZATION}}, ambas en [[Lima|lima]], y en la ' +
    '{{Universidad Católica de Santa María|ORGANIZATION}}, de {{Arequipa|PLACE}}. ' +
    'La universidad china, con sede en {{Shanghái|PLACE}}, colabora desde 2019 con la {{Universidad de ' +
    'Piura|ORGANIZATION}}, una institución privada, en intercambios de docentes.',
  relationships: [
    { type: 'PART_OF', source: 'instituto-confucio', target: 'universidad-nacional-de-piura', sentence: 1, validFrom: '2024-05-16' },
    {
      type: 'PARTNERS_WITH',
      source: 'universidad-nacional-de-piura',
      target: 'universidad-de-estudios-internacionales-de-shanghai',
      sentence: 1,
      validFrom: '2024-05-16',
    },
    { type: 'LOCATED_IN', source: 'instituto-confucio', target: 'castilla', sentence: 2 },
    { type: 'LEADS', source: 'jorge-seminario-abad', target: 'universidad-nacional-de-piura', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'liu-fang', target: 'embajada-de-china', sentence: 3 },
    { type: 'STATED', source: 'jorge-seminario-abad', target: 'universidad-nacional-de-piura', sentence: 4 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'universidad-nacional-de-piura', target: 'instituto-de-oceanologia-de-qingdao', sentence: 4 },
    { type: 'STATED', source: 'liu-fang', target: 'china', sentence: 5 },
    { type: 'LEADS', source: 'manuel-ubillus-castro', target: 'gobierno-regional-de-piura', sentence: 6 },
    { type: 'STATED', source: 'manuel-ubillus-castro', target: 'instituto-confucio', sentence: 6 },
    { type: 'LOCATED_IN', source: 'pontificia-universidad-catolica-del-peru', target: 'lima', sentence: 7 },
    { type: 'LOCATED_IN', source: 'universidad-ricardo-palma', target: 'lima', sentence: 7 },
    { type: 'LOCATED_IN', source: 'universidad-catolica-de-santa-maria', target: 'arequipa', sentence: 7 },
    { type: 'HEADQUARTERED_IN', source: 'universidad-de-estudios-internacionales-de-shanghai', target: 'shanghai', sentence: 8 },
    {
      type: 'COOPERATES_WITH',
      source: 'universidad-de-estudios-internacionales-de-shanghai',
      target: 'universidad-de-piura',
      sentence: 8,
      validFrom: '2019',
    },
  ],
};
