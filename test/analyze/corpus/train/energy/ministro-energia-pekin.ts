import type { CorpusArticle } from '../../corpus-article.js';

/** El ministro de Energía y Minas se reúne en Pekín con la Administración Nacional de Energía: memorando, empresas, subasta (Spanish). */
export const article: CorpusArticle = {
  name: 'energy: Ministro de Energía y Minas busca inversión eléctrica china en Pekín',
  language: 'es',
  publishedAt: '2025-09-12',
  annotated:
    '{{PEKÍN|PLACE}}, 11 de septiembre — El ministro de Energía y Minas del [[Perú|peru]], {{Jorge Montero|PERSON}}, ' +
    'se reunió este jueves en {{Pekín|PLACE}} con el director de la {{Administración Nacional de Energía|GOVERNMENT}} ' +
    'de [[China|china]], {{Wang Hongzhi|PERSON}}, para discutir inversiones en generación y transmisión. ' +
    'Ambos firmaron un {{Memorando de Cooperación Energética|AGREEMENT}} que prevé intercambios técnicos y estudios ' +
    'conjuntos sobre hidrógeno verde. ' +
    'Según un comunicado del ministerio, la agenda incluyó también encuentros con directivos de ' +
    '{{State Grid Corporation of China|COMPANY}}, {{China Three Gorges|COMPANY}} y {{PowerChina|COMPANY}}, que ya ' +
    'tienen activos en el [[Perú|peru]]. ' +
    '{{Montero|PERSON|jorge-montero}} invitó a las tres empresas a participar en la ' +
    '{{Subasta de Suministro Renovable|PROGRAM}} de 1.500 megavatios que convocará {{ProInversión|GOVERNMENT}} en 2026. ' +
    'Agregó que el [[Perú|peru]] busca financiamiento chino para la línea de transmisión ' +
    '{{Yana-Coyllurqui|INFRASTRUCTURE}}, de 500 kilovoltios, cuyo costo se estima en US$ 540 millones. ' +
    'El viaje se produce diez meses después de que el presidente [[Xi Jinping|xi-jinping]] inaugurara el ' +
    '[[puerto de Chancay|chancay-port]] junto con la presidenta [[Dina Boluarte|dina-boluarte]]. ' +
    'El embajador peruano en [[China|china]], {{Alfredo Chuquihuara|PERSON}}, acompañó al ministro en las reuniones.',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-montero', target: 'peru', sentence: 1 },
    { type: 'MET', source: 'jorge-montero', target: 'wang-hongzhi', sentence: 1, validFrom: '2025-09-11' },
    { type: 'DISCUSSED', source: 'jorge-montero', target: 'wang-hongzhi', sentence: 1, validFrom: '2025-09-11' },
    { type: 'VISITED', source: 'jorge-montero', target: 'pekin', sentence: 1, validFrom: '2025-09-11' },
    { type: 'LEADS', source: 'wang-hongzhi', target: 'administracion-nacional-de-energia', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'administracion-nacional-de-energia', target: 'china', sentence: 1 },
    { type: 'SIGNED', source: 'jorge-montero', target: 'memorando-de-cooperacion-energetica', sentence: 2 },
    { type: 'SIGNED', source: 'wang-hongzhi', target: 'memorando-de-cooperacion-energetica', sentence: 2 },
    { type: 'MET', source: 'jorge-montero', target: 'state-grid-corporation-of-china', sentence: 3 },
    { type: 'MET', source: 'jorge-montero', target: 'china-three-gorges', sentence: 3 },
    { type: 'MET', source: 'jorge-montero', target: 'powerchina', sentence: 3 },
    { type: 'INVESTED_IN', source: 'state-grid-corporation-of-china', target: 'peru', sentence: 3 },
    { type: 'INVESTED_IN', source: 'china-three-gorges', target: 'peru', sentence: 3 },
    { type: 'INVESTED_IN', source: 'powerchina', target: 'peru', sentence: 3 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'jorge-montero', target: 'state-grid-corporation-of-china', sentence: 4 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'jorge-montero', target: 'china-three-gorges', sentence: 4 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'jorge-montero', target: 'powerchina', sentence: 4 },
    { type: 'PLANS', source: 'proinversion', target: 'subasta-de-suministro-renovable', sentence: 4, validFrom: '2026' },
    { type: 'SEEKS_COOPERATION_WITH', source: 'peru', target: 'china', sentence: 5 },
    { type: 'STATED', source: 'jorge-montero', target: 'yana-coyllurqui', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'alfredo-chuquihuara', target: 'china', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'alfredo-chuquihuara', target: 'peru', sentence: 7 },
  ],
};
