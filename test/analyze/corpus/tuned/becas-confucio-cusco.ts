import type { CorpusArticle } from '../corpus-article.js';

/** A Cusco university opens a Confucius Institute with a Chinese partner; China doubles its scholarships for Peruvians (Spanish). */
export const article: CorpusArticle = {
  name: 'Instituto Confucio y becas chinas en Cusco',
  language: 'es',
  publishedAt: '2025-02-27',
  annotated:
    '{{CUSCO|PLACE}}, 26 de febrero — La {{Universidad Nacional de San Antonio Abad del Cusco|ORGANIZATION}} ' +
    '({{UNSAAC|ORGANIZATION|universidad-nacional-de-san-antonio-abad-del-cusco}}) inauguró el miércoles su ' +
    '{{Instituto Confucio|ORGANIZATION}}, creado en convenio con la china {{Universidad de Lanzhou|ORGANIZATION}}. ' +
    'El instituto dictará desde marzo cursos de chino mandarín a unos 600 alumnos y estará dirigido por la sinóloga ' +
    '{{Carmen Villanueva Pinto|PERSON}}. ' +
    'El rector, {{Hugo Benavente Cáceres|PERSON}}, recibió en la ceremonia al embajador de [[China|china]], ' +
    '{{Song Yang|PERSON}}, y a diez profesores de la universidad china. ' +
    '{{Song|PERSON|song-yang}} anunció que el programa {{Becas del Gobierno Chino|PROGRAM}} ofrecerá este año 120 ' +
    'plazas a peruanos que quieran cursar maestrías y doctorados en [[China|china]], el doble que en 2024. ' +
    'En el [[Perú|peru]], el programa se gestiona a través del ' +
    '{{Programa Nacional de Becas y Crédito Educativo|GOVERNMENT}} ' +
    '({{Pronabec|GOVERNMENT|programa-nacional-de-becas-y-credito-educativo}}), que dirige ' +
    '{{Álvaro Mendoza Ríos|PERSON}}. ' +
    'Desde 2019, unos 340 peruanos han estudiado con estas becas, la mayoría en ingeniería, medicina y comercio ' +
    'internacional, según {{Mendoza|PERSON|alvaro-mendoza-rios}}. ' +
    'Veinte de los nuevos becarios irán a la {{Universidad de Lanzhou|ORGANIZATION}}, con sede en la provincia de ' +
    '{{Gansu|PLACE}}, en el noroeste de [[China|china]]. ' +
    'El instituto es el quinto de este tipo en el país; el más antiguo funciona desde 2008 en la ' +
    '{{Pontificia Universidad Católica del Perú|ORGANIZATION}}, en [[Lima|lima]]. ' +
    'En enero, el congresista {{Alejandro Torres Vela|PERSON}} pidió al {{Ministerio de Educación|GOVERNMENT}} revisar ' +
    'los convenios de las universidades públicas con entidades chinas, como han hecho otros países.',
  relationships: [
    {
      type: 'PART_OF',
      source: 'instituto-confucio',
      target: 'universidad-nacional-de-san-antonio-abad-del-cusco',
      sentence: 1,
      validFrom: '2025-02-26',
    },
    {
      type: 'PARTNERS_WITH',
      source: 'universidad-nacional-de-san-antonio-abad-del-cusco',
      target: 'universidad-de-lanzhou',
      sentence: 1,
    },
    { type: 'AFFILIATED_WITH', source: 'universidad-de-lanzhou', target: 'china', sentence: 1 },
    { type: 'LEADS', source: 'carmen-villanueva-pinto', target: 'instituto-confucio', sentence: 2 },
    { type: 'LEADS', source: 'hugo-benavente-caceres', target: 'universidad-nacional-de-san-antonio-abad-del-cusco', sentence: 3 },
    { type: 'HOSTED', source: 'hugo-benavente-caceres', target: 'song-yang', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 3 },
    { type: 'STATED', source: 'song-yang', target: 'becas-del-gobierno-chino', sentence: 4 },
    {
      type: 'PARTICIPATES_IN',
      source: 'programa-nacional-de-becas-y-credito-educativo',
      target: 'becas-del-gobierno-chino',
      sentence: 5,
    },
    { type: 'LEADS', source: 'alvaro-mendoza-rios', target: 'programa-nacional-de-becas-y-credito-educativo', sentence: 5 },
    { type: 'STATED', source: 'alvaro-mendoza-rios', target: 'becas-del-gobierno-chino', sentence: 6 },
    { type: 'HEADQUARTERED_IN', source: 'universidad-de-lanzhou', target: 'gansu', sentence: 7 },
    { type: 'LOCATED_IN', source: 'gansu', target: 'china', sentence: 7 },
    { type: 'LOCATED_IN', source: 'pontificia-universidad-catolica-del-peru', target: 'lima', sentence: 8 },
    { type: 'HOLDS_OFFICE_IN', source: 'alejandro-torres-vela', target: 'peru-congress', sentence: 9 },
  ],
};
