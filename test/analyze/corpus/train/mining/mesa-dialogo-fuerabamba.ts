import type { CorpusArticle } from '../../corpus-article.js';

/** El Ejecutivo instala una mesa de diálogo entre Las Bambas y Fuerabamba: premier, minera, Defensoría, alcalde, fondo social (Spanish). */
export const article: CorpusArticle = {
  name: 'mining: el Gobierno instala mesa de diálogo entre Las Bambas y la comunidad de Fuerabamba',
  language: 'es',
  publishedAt: '2024-05-09',
  annotated:
    '{{CHALLHUAHUACHO|PLACE}}, 8 de mayo — El presidente del {{Consejo de Ministros|GOVERNMENT}}, {{Gustavo Adrianzén|PERSON}}, ' +
    'instaló este miércoles una mesa de diálogo entre la comunidad campesina de {{Fuerabamba|GROUP}} y ' +
    '{{Minera Las Bambas|COMPANY}}, operadora de la mina [[Las Bambas|las-bambas]], tras doce días de bloqueo de la vía de ' +
    'acceso al yacimiento. ' +
    'La reunión se realizó en el local municipal de {{Challhuahuacho|PLACE}}, distrito de la provincia de ' +
    '{{Cotabambas|PLACE}}, en {{Apurímac|PLACE}}. ' +
    'Los comuneros, que fueron reasentados por la empresa en la localidad de {{Nueva Fuerabamba|PLACE}} en 2014, reclaman el ' +
    'pago de 60 millones de soles por el uso de sus tierras. ' +
    'Por la minera acudió su vicepresidente de asuntos corporativos, {{Carlos Castro Medina|PERSON}}, quien se comprometió a ' +
    'presentar una propuesta en quince días. ' +
    'La compañía, controlada en un 62,5% por la china [[MMG|mmg]], produjo casi el 2% del cobre mundial el año pasado. ' +
    'El jefe del gabinete sostuvo que el Estado garantizará el libre tránsito por el {{Corredor Minero del Sur|INFRASTRUCTURE}} ' +
    'y pidió levantar la medida de fuerza. ' +
    'También participó la {{Defensoría del Pueblo|GOVERNMENT}}, que supervisará el cumplimiento de los acuerdos. ' +
    'El presidente comunal, {{Edison Vargas|PERSON}}, dijo a {{La República|MEDIA}} que el bloqueo se suspenderá mientras dure ' +
    'el diálogo. ' +
    'Recordó que en 2022 la comunidad ocupó durante 51 días terrenos de la mina y que el conflicto se resolvió con una mesa ' +
    'similar. ' +
    'El alcalde de {{Challhuahuacho|PLACE}}, {{Rómulo Chipana|PERSON}}, pidió que parte del fondo social de la minera se destine ' +
    'a agua potable.',
  relationships: [
    { type: 'LEADS', source: 'gustavo-adrianzen', target: 'consejo-de-ministros', sentence: 1 },
    { type: 'MET', source: 'gustavo-adrianzen', target: 'fuerabamba', sentence: 1, validFrom: '2024-05-08' },
    { type: 'MET', source: 'gustavo-adrianzen', target: 'minera-las-bambas', sentence: 1, validFrom: '2024-05-08' },
    { type: 'MET', source: 'fuerabamba', target: 'minera-las-bambas', sentence: 1, validFrom: '2024-05-08' },
    { type: 'OPERATES', source: 'minera-las-bambas', target: 'las-bambas', sentence: 1 },
    { type: 'LOCATED_IN', source: 'challhuahuacho', target: 'cotabambas', sentence: 2 },
    { type: 'LOCATED_IN', source: 'cotabambas', target: 'apurimac', sentence: 2 },
    { type: 'VISITED', source: 'gustavo-adrianzen', target: 'challhuahuacho', sentence: 2 },
    { type: 'LOCATED_IN', source: 'fuerabamba', target: 'nueva-fuerabamba', sentence: 3, validFrom: '2014' },
    { type: 'BUILT', source: 'minera-las-bambas', target: 'nueva-fuerabamba', sentence: 3, validFrom: '2014' },
    { type: 'LEADS', source: 'carlos-castro-medina', target: 'minera-las-bambas', sentence: 4 },
    { type: 'STATED', source: 'carlos-castro-medina', target: 'fuerabamba', sentence: 4 },
    { type: 'OWNS', source: 'mmg', target: 'minera-las-bambas', sentence: 5, quantities: [{ value: 62.5, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'mmg', target: 'china', sentence: 5 },
    { type: 'STATED', source: 'gustavo-adrianzen', target: 'corredor-minero-del-sur', sentence: 6 },
    { type: 'LEADS', source: 'edison-vargas', target: 'fuerabamba', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'edison-vargas', target: 'la-republica', sentence: 8 },
    { type: 'STATED', source: 'edison-vargas', target: 'fuerabamba', sentence: 8 },
    { type: 'STATED', source: 'edison-vargas', target: 'las-bambas', sentence: 9 },
    { type: 'LEADS', source: 'romulo-chipana', target: 'challhuahuacho', sentence: 10 },
    { type: 'STATED', source: 'romulo-chipana', target: 'minera-las-bambas', sentence: 10 },
  ],
};
