import type { CorpusArticle } from '../../corpus-article.js';

/** El INS autoriza un ensayo de la vacuna de CanSino en Lima e Iquitos: investigadores, universidad, Digemid, fondos (Spanish). */
export const article: CorpusArticle = {
  name: 'tech: El INS autoriza ensayo de vacuna china de CanSino contra la neumonía',
  language: 'es',
  publishedAt: '2026-01-20',
  annotated:
    '[[LIMA|lima]], 19 de enero — El {{Instituto Nacional de Salud|GOVERNMENT}} ({{INS|GOVERNMENT|instituto-nacional-de-' +
    'salud}}) autorizó a la farmacéutica china {{CanSino Biologics|COMPANY}} a probar en 3.000 voluntarios peruanos su ' +
    'vacuna contra el neumococo, informó la entidad. ' +
    'El ensayo será conducido por la {{Universidad Peruana Cayetano Heredia|ORGANIZATION}} ' +
    '({{UPCH|ORGANIZATION|universidad-peruana-cayetano-heredia}}) en [[Lima|lima]] y en {{Iquitos|PLACE}}, y durará 18 ' +
    'meses. ' +
    'La investigadora principal, la doctora {{Elsa Chea Woo|PERSON}}, explicó que la mitad de los participantes serán ' +
    'niños menores de dos años. ' +
    'Precisó que la compañía, con sede en {{Tianjin|PLACE}}, financiará el estudio con US$ 9 millones. ' +
    '{{CanSino Biologics|COMPANY}} firmó además un memorando con el {{Ministerio de Salud|GOVERNMENT}} para transferir ' +
    'tecnología a un laboratorio público si la vacuna es aprobada. ' +
    'La autorización sanitaria final corresponde a la {{Dirección General de Medicamentos, Insumos y Drogas|GOVERNMENT}} ' +
    '({{Digemid|GOVERNMENT|direccion-general-de-medicamentos-insumos-y-drogas}}), órgano del ministerio que regula los ' +
    'fármacos en el país. ' +
    'El jefe del {{INS|GOVERNMENT|instituto-nacional-de-salud}}, {{Víctor Suárez Moreno|PERSON}}, recordó que en 2020 ' +
    'el instituto supervisó en el [[Perú|peru]] los ensayos de la vacuna de {{Sinopharm|COMPANY}}. ' +
    'Aquella vacuna fue comprada luego por el Estado, que adquirió 38 millones de dosis a [[China|china]]. ' +
    'En declaraciones a {{RPP|MEDIA}}, el embajador chino, {{Song Yang|PERSON}}, destacó que la cooperación sanitaria ' +
    'es uno de los pilares de la {{Asociación Estratégica Integral|AGREEMENT}} entre ambos países.',
  relationships: [
    { type: 'REGULATES', source: 'instituto-nacional-de-salud', target: 'cansino-biologics', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'cansino-biologics', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'instituto-nacional-de-salud', target: 'cansino-biologics', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'universidad-peruana-cayetano-heredia', target: 'cansino-biologics', sentence: 2 },
    { type: 'LOCATED_IN', source: 'universidad-peruana-cayetano-heredia', target: 'lima', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'elsa-chea-woo', target: 'universidad-peruana-cayetano-heredia', sentence: 3 },
    { type: 'STATED', source: 'elsa-chea-woo', target: 'cansino-biologics', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'cansino-biologics', target: 'tianjin', sentence: 4 },
    {
      type: 'INVESTED_IN',
      source: 'cansino-biologics',
      target: 'universidad-peruana-cayetano-heredia',
      sentence: 4,
      quantities: [{ value: 9000000, unit: 'USD' }],
    },
    { type: 'PARTNERS_WITH', source: 'cansino-biologics', target: 'ministerio-de-salud', sentence: 5 },
    { type: 'PART_OF', source: 'direccion-general-de-medicamentos-insumos-y-drogas', target: 'ministerio-de-salud', sentence: 6 },
    { type: 'REGULATES', source: 'direccion-general-de-medicamentos-insumos-y-drogas', target: 'cansino-biologics', sentence: 6 },
    { type: 'LEADS', source: 'victor-suarez-moreno', target: 'instituto-nacional-de-salud', sentence: 7 },
    { type: 'STATED', source: 'victor-suarez-moreno', target: 'sinopharm', sentence: 7 },
    { type: 'REGULATES', source: 'instituto-nacional-de-salud', target: 'sinopharm', sentence: 7, validFrom: '2020' },
    { type: 'COOPERATES_WITH', source: 'peru', target: 'china', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'song-yang', target: 'rpp', sentence: 9 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 9 },
    { type: 'STATED', source: 'song-yang', target: 'asociacion-estrategica-integral', sentence: 9 },
    { type: 'PARTY_TO', source: 'peru', target: 'asociacion-estrategica-integral', sentence: 9 },
    { type: 'PARTY_TO', source: 'china', target: 'asociacion-estrategica-integral', sentence: 9 },
  ],
};
