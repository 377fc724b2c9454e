import type { CorpusArticle } from '../../corpus-article.js';

/** El MTC otorga a China Telecom Perú una concesión de fibra óptica: plazo, inversión, matriz, ministro, Osiptel, críticas (Spanish). */
export const article: CorpusArticle = {
  name: 'tech: El MTC otorga a China Telecom Perú concesión de fibra óptica en el sur',
  language: 'es',
  publishedAt: '2024-10-08',
  annotated:
    '[[LIMA|lima]], 7 de octubre — El {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}} otorgó a ' +
    '{{China Telecom Perú|COMPANY}} una concesión de 20 años para tender 2.300 kilómetros de fibra óptica entre ' +
    '{{Arequipa|PLACE}}, {{Moquegua|PLACE}}, {{Tacna|PLACE}} y {{Puno|PLACE}}, según una resolución publicada el lunes en ' +
    'el diario oficial {{El Peruano|MEDIA}}. ' +
    'La empresa, filial de la estatal {{China Telecom|COMPANY}}, se comprometió a invertir US$ 110 millones en la ' +
    '{{Red Dorsal del Sur|INFRASTRUCTURE}}, que estará lista en 2027. ' +
    'El ministro {{Raúl Pérez Reyes|PERSON}} sostuvo que la obra permitirá conectar 400 colegios y 90 postas médicas ' +
    'de zonas altoandinas. ' +
    'Añadió que el Estado pagará a la concesionaria una tarifa anual por el uso de la capacidad sobrante. ' +
    '{{China Telecom|COMPANY}}, con sede en {{Pekín|PLACE}}, llegó al [[Perú|peru]] en 2016 y tiene su oficina principal ' +
    'en {{San Isidro|PLACE}}. ' +
    'Su gerente en el país, {{Zhao Ming|PERSON}}, se reunió la semana pasada con la presidenta ' +
    '[[Dina Boluarte|dina-boluarte]] en {{Palacio de Gobierno|PLACE}}. ' +
    'El {{Organismo Supervisor de Inversión Privada en Telecomunicaciones|GOVERNMENT}} ' +
    '({{Osiptel|GOVERNMENT|organismo-supervisor-de-inversion-privada-en-telecomunicaciones}}) fiscalizará las tarifas ' +
    'que la empresa cobre a otros operadores. ' +
    'La red reemplazará en parte a la {{Red Dorsal Nacional de Fibra Óptica|INFRASTRUCTURE}}, que construyó la ' +
    'mexicana {{Azteca Comunicaciones|COMPANY}} y cuyo contrato el Estado resolvió en 2022. ' +
    'El congresista {{Alejandro Muñante|PERSON}} pidió explicaciones al ministerio por adjudicar la obra sin concurso.',
  relationships: [
    { type: 'GRANTED_EXCLUSIVITY_TO', source: 'ministerio-de-transportes-y-comunicaciones', target: 'china-telecom-peru', sentence: 1 },
    { type: 'COMMUNICATED_VIA', source: 'ministerio-de-transportes-y-comunicaciones', target: 'el-peruano', sentence: 1 },
    { type: 'PART_OF', source: 'china-telecom-peru', target: 'china-telecom', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'china-telecom-peru',
      target: 'red-dorsal-del-sur',
      sentence: 2,
      quantities: [{ value: 110000000, unit: 'USD' }],
    },
    { type: 'BUILT', source: 'china-telecom-peru', target: 'red-dorsal-del-sur', sentence: 2 },
    { type: 'STATED', source: 'raul-perez-reyes', target: 'red-dorsal-del-sur', sentence: 3 },
    { type: 'LEADS', source: 'raul-perez-reyes', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 3 },
    { type: 'STATED', source: 'raul-perez-reyes', target: 'china-telecom-peru', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'china-telecom', target: 'pekin', sentence: 5 },
    { type: 'LOCATED_IN', source: 'china-telecom', target: 'peru', sentence: 5, validFrom: '2016' },
    { type: 'HEADQUARTERED_IN', source: 'china-telecom', target: 'san-isidro', sentence: 5 },
    { type: 'LEADS', source: 'zhao-ming', target: 'china-telecom', sentence: 6 },
    { type: 'MET', source: 'zhao-ming', target: 'dina-boluarte', sentence: 6 },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 6 },
    {
      type: 'REGULATES',
      source: 'organismo-supervisor-de-inversion-privada-en-telecomunicaciones',
      target: 'china-telecom-peru',
      sentence: 7,
    },
    { type: 'BUILT', source: 'azteca-comunicaciones', target: 'red-dorsal-nacional-de-fibra-optica', sentence: 8 },
    { type: 'HOLDS_OFFICE_IN', source: 'alejandro-munante', target: 'peru-congress', sentence: 9 },
    { type: 'STATED', source: 'alejandro-munante', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 9 },
  ],
};
