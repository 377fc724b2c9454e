import type { CorpusArticle } from '../corpus-article.js';

/**
 * TASA signs a three-year fishmeal supply deal with China’s Haid: owners, plants, the fishing society, Sanipes and Chinese customs
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'TASA venderá harina de pescado a la china Haid',
  language: 'es',
  publishedAt: '2026-02-25',
  annotated:
    '[[LIMA|lima]], 24 de febrero — La pesquera {{Tecnológica de Alimentos|COMPANY}} ' +
    '({{TASA|COMPANY|tecnologica-de-alimentos}}) firmó un contrato para vender 120.000 toneladas anuales de harina de ' +
    'pescado a la china {{Guangdong Haid Group|COMPANY}}, el mayor fabricante de alimento acuícola de {{Asia|PLACE}}, ' +
    'informó este martes la empresa peruana. ' +
    'El acuerdo, por tres años, fue suscrito en {{Cantón|PLACE}} por el gerente general de ' +
    '{{TASA|COMPANY|tecnologica-de-alimentos}}, {{Ricardo Bernales Parodi|PERSON}}, y el presidente de ' +
    '{{Haid|COMPANY|guangdong-haid-group}}, {{Xu Jianhua|PERSON}}. ' +
    '{{TASA|COMPANY|tecnologica-de-alimentos}}, controlada por el {{Grupo Brescia|COMPANY}}, es la mayor productora ' +
    'de harina de pescado del mundo y opera diez plantas en la costa, entre ellas la {{Planta Samanco|INFRASTRUCTURE}}, en ' +
    '{{Áncash|PLACE}}. ' +
    'Por su parte, la compradora, con sede en {{Cantón|PLACE}}, usa la harina peruana para fabricar piensos de ' +
    'camarón y tilapia. ' +
    '[[China|china]] compra cerca del 80% de la harina de pescado que exporta el [[Perú|peru]], según la ' +
    '{{Sociedad Nacional de Pesquería|ORGANIZATION}} ({{SNP|ORGANIZATION|sociedad-nacional-de-pesqueria}}). ' +
    'Su presidenta, {{Mariela Cornejo Salas|PERSON}}, advirtió que los envíos dependerán de la cuota de anchoveta que ' +
    'fije el {{Ministerio de la Producción|GOVERNMENT}} para la primera temporada. ' +
    'Cada embarque deberá contar con un certificado del {{Organismo Nacional de Sanidad Pesquera|GOVERNMENT}} ' +
    '({{Sanipes|GOVERNMENT|organismo-nacional-de-sanidad-pesquera}}), que supervisa a las plantas harineras y que en ' +
    '2024 firmó un protocolo sanitario con la {{Administración General de Aduanas de China|GOVERNMENT}}. ' +
    '{{Bernales|PERSON|ricardo-bernales-parodi}} dijo al diario {{Gestión|MEDIA}} que la empresa evalúa abrir este año ' +
    'una oficina comercial en {{Shanghái|PLACE}}.',
  relationships: [
    { type: 'PARTNERS_WITH', source: 'tecnologica-de-alimentos', target: 'guangdong-haid-group', sentence: 1, validFrom: '2026-02-24' },
    { type: 'AFFILIATED_WITH', source: 'guangdong-haid-group', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'tecnologica-de-alimentos', target: 'guangdong-haid-group', sentence: 1, validFrom: '2026-02-24' },
    { type: 'LEADS', source: 'ricardo-bernales-parodi', target: 'tecnologica-de-alimentos', sentence: 2 },
    { type: 'LEADS', source: 'xu-jianhua', target: 'guangdong-haid-group', sentence: 2 },
    { type: 'MET', source: 'ricardo-bernales-parodi', target: 'xu-jianhua', sentence: 2 },
    { type: 'OWNS', source: 'grupo-brescia', target: 'tecnologica-de-alimentos', sentence: 3 },
    { type: 'OPERATES', source: 'tecnologica-de-alimentos', target: 'planta-samanco', sentence: 3 },
    { type: 'LOCATED_IN', source: 'planta-samanco', target: 'ancash', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'guangdong-haid-group', target: 'canton', sentence: 4 },
    { type: 'STATED', source: 'sociedad-nacional-de-pesqueria', target: 'china', sentence: 5 },
    { type: 'LEADS', source: 'mariela-cornejo-salas', target: 'sociedad-nacional-de-pesqueria', sentence: 6 },
    { type: 'STATED', source: 'mariela-cornejo-salas', target: 'ministerio-de-la-produccion', sentence: 6 },
    { type: 'REGULATES', source: 'organismo-nacional-de-sanidad-pesquera', target: 'tecnologica-de-alimentos', sentence: 7 },
    {
      type: 'PARTNERS_WITH',
      source: 'organismo-nacional-de-sanidad-pesquera',
      target: 'administracion-general-de-aduanas-de-china',
      sentence: 7,
      validFrom: '2024',
    },
    { type: 'COMMUNICATED_VIA', source: 'ricardo-bernales-parodi', target: 'gestion', sentence: 8 },
    { type: 'STATED', source: 'ricardo-bernales-parodi', target: 'tecnologica-de-alimentos', sentence: 8 },
  ],
};
