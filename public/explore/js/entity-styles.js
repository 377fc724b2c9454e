/**
 * How each entity type looks: a colour and a shape, the same in the network (Cytoscape polygons)
 * and in the legend (SVG drawn from the same points), so the legend cannot disagree with the view.
 */

/**
 * A regular polygon's points in [-1, 1] (x right, y down), first vertex at `start` radians.
 * @param {number} n
 * @param {number} [start]
 */
function regular(n, start = -Math.PI / 2) {
  return Array.from({ length: n }, (_, i) => {
    const a = start + (2 * Math.PI * i) / n;
    return [round(Math.cos(a)), round(Math.sin(a))];
  }).flat();
}

/**
 * A star with `n` points.
 * @param {number} n
 * @param {number} inner radius of the inner vertices
 */
function star(n, inner) {
  return Array.from({ length: 2 * n }, (_, i) => {
    const a = -Math.PI / 2 + (Math.PI * i) / n;
    const r = i % 2 ? inner : 1;
    return [round(r * Math.cos(a)), round(r * Math.sin(a))];
  }).flat();
}

/** @param {number} x */
const round = (x) => Math.round(x * 1000) / 1000;

const CROSS = [
  -0.35, -1, 0.35, -1, 0.35, -0.35, 1, -0.35, 1, 0.35, 0.35, 0.35, 0.35, 1, -0.35, 1, -0.35, 0.35, -1, 0.35, -1, -0.35, -0.35, -0.35,
];

/**
 * Colour and shape per entity type (schema EntityType). `points`: polygon vertices; none: a circle.
 * @type {Record<string, { color: string, points?: number[], label: string }>}
 */
export const ENTITY_STYLES = {
  PERSON: { color: '#d1495b', label: 'Person' },
  COUNTRY: { color: '#3f8f4f', points: regular(6, 0), label: 'Country' },
  GOVERNMENT: { color: '#2f7f86', points: regular(5), label: 'Government' },
  ORGANIZATION: { color: '#3e6fb0', points: regular(8, Math.PI / 8), label: 'Organization' },
  COMPANY: { color: '#e07b24', points: [-0.85, -0.85, 0.85, -0.85, 0.85, 0.85, -0.85, 0.85], label: 'Company' },
  PLACE: { color: '#c9a227', points: regular(3, Math.PI / 2), label: 'Place' },
  INFRASTRUCTURE: { color: '#8e5ea2', points: regular(4), label: 'Infrastructure' },
  INITIATIVE: { color: '#e0607e', points: star(5, 0.45), label: 'Initiative' },
  PROGRAM: { color: '#8c6d46', points: star(6, 0.55), label: 'Program' },
  AGREEMENT: { color: '#6b6f76', points: [-0.55, -0.75, 1, -0.75, 0.55, 0.75, -1, 0.75], label: 'Agreement' },
  PLAN: { color: '#5aa05a', points: regular(3), label: 'Plan' },
  EVENT: { color: '#d4a017', points: star(4, 0.4), label: 'Event' },
  MEDIA: { color: '#4a9b95', points: regular(7), label: 'Media' },
  GROUP: { color: '#b5517f', points: CROSS, label: 'Group' },
  TOPIC: { color: '#6c8ebf', points: [-1, -0.55, 1, -0.55, 1, 0.55, -1, 0.55], label: 'Topic' },
};

const FALLBACK = { color: '#808080', label: 'Other' };

/**
 * The look of a type (a grey circle for a type this page does not know).
 * @param {string} type
 */
export function styleOf(type) {
  return ENTITY_STYLES[type] ?? { ...FALLBACK, label: type };
}

/**
 * Cytoscape style rules for every known type.
 * @returns {{ selector: string, style: Record<string, string | number> }[]}
 */
export function typeStyleRules() {
  return Object.entries(ENTITY_STYLES).map(([type, s]) => ({
    selector: `node[type = "${type}"]`,
    style: /** @type {Record<string, string | number>} */ (
      s.points
        ? { 'background-color': s.color, shape: 'polygon', 'shape-polygon-points': s.points.join(' ') }
        : { 'background-color': s.color, shape: 'ellipse' }
    ),
  }));
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A small SVG of a type's shape and colour, hidden from assistive technology (the type name is
 * always written next to it).
 * @param {string} type
 * @param {number} [size] pixels
 * @returns {SVGSVGElement}
 */
export function swatch(type, size = 16) {
  const s = styleOf(type);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-1.15 -1.15 2.3 2.3');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'swatch');
  const shape = document.createElementNS(SVG, s.points ? 'polygon' : 'circle');
  if (s.points) {
    const pairs = [];
    for (let i = 0; i < s.points.length; i += 2) pairs.push(`${s.points[i]},${s.points[i + 1]}`);
    shape.setAttribute('points', pairs.join(' '));
  } else {
    shape.setAttribute('r', '1');
  }
  shape.setAttribute('fill', s.color);
  shape.setAttribute('stroke', '#2b2b2b');
  shape.setAttribute('stroke-width', '0.1');
  svg.append(shape);
  return svg;
}
