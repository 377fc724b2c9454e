import type { CorpusArticle } from '../corpus-article.js';

/** Peru’s energy and mines minister at the Xiamen investment fair: a mining portfolio, a meeting with Zijin, Chancay (Spanish). */
export const article: CorpusArticle = {
  name: 'El ministro de Energía y Minas en la feria de Xiamen',
  language: 'es',
  publishedAt: '2025-09-10',
  annotated:
    '{{XIAMEN|PLACE}}, 9 de septiembre — El titular del {{Ministerio de Energía y Minas|GOVERNMENT}} ' +
    '({{Minem|GOVERNMENT|ministerio-de-energia-y-minas}}), {{Enrique Ballón Torres|PERSON}}, inauguró el martes el ' +
    'pabellón del [[Perú|peru]] en la {{Feria Internacional de Inversión y Comercio de China|EVENT}}, que se celebra ' +
    'hasta el jueves en esta ciudad del sureste de [[China|china]]. ' +
    'El [[Perú|peru]] es este año el país invitado de honor de la feria, que en 2024 reunió a unos 800 expositores de ' +
    '50 países. ' +
    'El ministro presentó ante unos 300 inversionistas chinos una cartera de 67 proyectos mineros valorizada en ' +
    'US$ 54.000 millones, entre ellos el cuprífero {{Tía María|INFRASTRUCTURE}}, en {{Arequipa|PLACE}}. ' +
    'Por la tarde se reunió con directivos de {{Zijin Mining|COMPANY}}, que tiene su sede en {{Xiamen|PLACE}} y ' +
    'controla el proyecto de cobre {{Río Blanco|INFRASTRUCTURE}}, en {{Piura|PLACE}}. ' +
    'Según un comunicado del ministerio, la empresa evalúa invertir US$ 2.500 millones en ' +
    '{{Río Blanco|INFRASTRUCTURE}}, paralizado desde hace más de una década por la oposición de comunidades campesinas ' +
    'de la sierra piurana. ' +
    '{{Ballón|PERSON|enrique-ballon-torres}} dijo a la agencia estatal china {{Xinhua|MEDIA}} que el [[Perú|peru]] ' +
    'ofrece reglas estables y que el puerto de [[Chancay|chancay-port]] ya acortó en diez días el envío de concentrados ' +
    'a {{Asia|PLACE}}. ' +
    'La delegación peruana incluye a funcionarios de {{ProInversión|GOVERNMENT}} y a ejecutivos de 22 empresas ' +
    'mineras, que hasta el jueves tienen agendadas más de 60 reuniones con bancos y constructoras chinas.',
  relationships: [
    { type: 'LEADS', source: 'enrique-ballon-torres', target: 'ministerio-de-energia-y-minas', sentence: 1 },
    {
      type: 'ATTENDED',
      source: 'enrique-ballon-torres',
      target: 'feria-internacional-de-inversion-y-comercio-de-china',
      sentence: 1,
      validFrom: '2025-09-09',
    },
    { type: 'HOSTED', source: 'xiamen', target: 'feria-internacional-de-inversion-y-comercio-de-china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'xiamen', target: 'china', sentence: 1 },
    { type: 'ATTENDED', source: 'peru', target: 'feria-internacional-de-inversion-y-comercio-de-china', sentence: 2 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'enrique-ballon-torres', target: 'china', sentence: 3 },
    { type: 'LOCATED_IN', source: 'tia-maria', target: 'arequipa', sentence: 3 },
    { type: 'MET', source: 'enrique-ballon-torres', target: 'zijin-mining', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'zijin-mining', target: 'xiamen', sentence: 4 },
    { type: 'OWNS', source: 'zijin-mining', target: 'rio-blanco', sentence: 4 },
    { type: 'LOCATED_IN', source: 'rio-blanco', target: 'piura', sentence: 4 },
    { type: 'STATED', source: 'ministerio-de-energia-y-minas', target: 'zijin-mining', sentence: 5 },
    {
      type: 'INVESTED_IN',
      source: 'zijin-mining',
      target: 'rio-blanco',
      sentence: 5,
      quantities: [{ value: 2500000000, unit: 'USD' }],
    },
    { type: 'COMMUNICATED_VIA', source: 'enrique-ballon-torres', target: 'xinhua', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'xinhua', target: 'china', sentence: 6 },
    { type: 'STATED', source: 'enrique-ballon-torres', target: 'peru', sentence: 6 },
    { type: 'STATED', source: 'enrique-ballon-torres', target: 'chancay-port', sentence: 6 },
    { type: 'ATTENDED', source: 'proinversion', target: 'feria-internacional-de-inversion-y-comercio-de-china', sentence: 7 },
  ],
};
