import type { CorpusArticle } from '../../corpus-article.js';

/**
 * A Hainan shipping line opens a Qingdao–Salaverry service: the terminal's operator, the line's parent, a visit, the port authority
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'transport: naviera china inaugura ruta directa Qingdao-Salaverry',
  language: 'es',
  publishedAt: '2024-12-04',
  annotated:
    '{{TRUJILLO|PLACE}}, 3 de diciembre — La naviera china {{Hainan Yangpu Shipping|COMPANY}} inauguró este martes un ' +
    'servicio directo entre {{Qingdao|PLACE}} y el {{Terminal Portuario Multipropósito de Salaverry|INFRASTRUCTURE}}, en ' +
    'la región {{La Libertad|PLACE}}. ' +
    'El terminal es operado desde 2018 por {{Salaverry Terminal Internacional|COMPANY}} ' +
    '({{STI|COMPANY|salaverry-terminal-internacional}}), que ha invertido US$ 229 millones en su modernización. ' +
    'Su gerente general, {{Fernando Ríos Quiñones|PERSON}}, señaló que la ruta permitirá llevar espárragos y paltas de ' +
    'la región a [[China|china]] en solo 28 días. ' +
    'La naviera, con sede en {{Haikou|PLACE}}, pertenece al grupo estatal ' +
    '{{Hainan Port and Shipping Holding|COMPANY}} y opera 45 buques. ' +
    'Desplegará cuatro naves de 2.700 contenedores, que harán escala en [[Chancay|chancay-port]] y en el puerto de ' +
    '{{Posorja|INFRASTRUCTURE}}, en {{Ecuador|COUNTRY}}. ' +
    'A la ceremonia asistió el gobernador regional de {{La Libertad|PLACE}}, {{Aurelio Cabrejos Vásquez|PERSON}}, quien ' +
    'recorrió el muelle junto al embajador de [[China|china]], {{Song Yang|PERSON}}. ' +
    'La {{Autoridad Portuaria Nacional|GOVERNMENT}} ({{APN|GOVERNMENT|autoridad-portuaria-nacional}}), que supervisa el ' +
    'terminal, informó que por él pasaron 2,8 millones de toneladas de carga en 2023. ' +
    'Según la asociación de productores de palta {{ProHass|ORGANIZATION}}, [[China|china]] compró apenas el 5% de la ' +
    'palta peruana el año pasado, pero la nueva ruta podría duplicar esa cifra.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'hainan-yangpu-shipping', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'terminal-portuario-multiproposito-de-salaverry', target: 'la-libertad', sentence: 1 },
    {
      type: 'OPERATES',
      source: 'salaverry-terminal-internacional',
      target: 'terminal-portuario-multiproposito-de-salaverry',
      sentence: 2,
      validFrom: '2018',
    },
    {
      type: 'INVESTED_IN',
      source: 'salaverry-terminal-internacional',
      target: 'terminal-portuario-multiproposito-de-salaverry',
      sentence: 2,
      quantities: [{ value: 229000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'fernando-rios-quinones', target: 'salaverry-terminal-internacional', sentence: 3 },
    { type: 'STATED', source: 'fernando-rios-quinones', target: 'china', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'hainan-yangpu-shipping', target: 'haikou', sentence: 4 },
    { type: 'PART_OF', source: 'hainan-yangpu-shipping', target: 'hainan-port-and-shipping-holding', sentence: 4 },
    { type: 'LOCATED_IN', source: 'posorja', target: 'ecuador', sentence: 5 },
    { type: 'LEADS', source: 'aurelio-cabrejos-vasquez', target: 'la-libertad', sentence: 6 },
    {
      type: 'VISITED',
      source: 'aurelio-cabrejos-vasquez',
      target: 'terminal-portuario-multiproposito-de-salaverry',
      sentence: 6,
    },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 6 },
    { type: 'VISITED', source: 'song-yang', target: 'terminal-portuario-multiproposito-de-salaverry', sentence: 6 },
    { type: 'REGULATES', source: 'autoridad-portuaria-nacional', target: 'terminal-portuario-multiproposito-de-salaverry', sentence: 7 },
    { type: 'STATED', source: 'autoridad-portuaria-nacional', target: 'terminal-portuario-multiproposito-de-salaverry', sentence: 7 },
    { type: 'STATED', source: 'prohass', target: 'china', sentence: 8 },
  ],
};
