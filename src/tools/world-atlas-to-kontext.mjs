#!/usr/bin/env node
/**
 * world-atlas-to-kontext.mjs: converts Natural Earth country outlines, as shipped in the npm package
 * `world-atlas` (TopoJSON), into Kontext's outlines format (site/data/geo/countries.json).
 *
 * It was run once; its output is committed. Kontext itself never runs it and needs no Node.
 * To run it again (it writes the same bytes for the same package versions):
 *
 *   cd "$(mktemp -d)"
 *   npm i world-atlas@2.0.2 topojson-client@3.1.0 topojson-simplify@3.0.3
 *   node /work/main/src/tools/world-atlas-to-kontext.mjs > /work/main/site/data/geo/countries.json
 *
 * (run it from that folder, or pass the folder that holds node_modules as the first argument).
 *
 * What it does, in order:
 *  1. reads countries-50m.json (Natural Earth 1:50m Admin 0 countries, version 4.1.0);
 *  2. simplifies the topology with topojson-simplify (Visvalingam, on the shared arcs, so neighbours
 *     keep a common border) to MIN_WEIGHT square degrees, and drops rings smaller than MIN_RING_AREA;
 *  3. keeps the countries in COUNTRIES (ISO 3166-1 numeric -> the id Kontext uses, ISO alpha-2)
 *     and the three units Natural Earth gives no ISO code (UNNAMED);
 *  4. keeps each polygon's outer ring only (holes are dropped) and drops polygons outside REGION;
 *  5. CRIMEA: Natural Earth draws de facto control and puts Crimea in Russia; this script moves that
 *     polygon to Ukraine, the internationally recognised border (UN General Assembly resolution
 *     68/262), which is what a map highlighting Ukraine must show. Set CRIMEA_TO_UKRAINE = false
 *     to keep Natural Earth's line;
 *  6. rounds coordinates to 2 decimals (about 1 km), drops repeated points, and writes
 *     deterministic JSON: countries sorted by id, keys in alphabetical order, one ring a line.
 *
 * Output format:
 *   { "countries": [ { "id": "KP", "name": "North Korea", "rings": [ [[lon,lat], ...], ... ] }, ... ],
 *     "source": "..." }
 * Each ring is a polygon's outer boundary in decimal degrees (WGS 84), not closed (the first
 * point is not repeated). "name" is Natural Earth's English name, for people reading the file;
 * Kontext shows the labels written in maps.yaml instead.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const base = path.resolve(process.argv[2] ?? process.cwd());
const require = createRequire(path.join(base, 'noop.js'));
const topology = require('world-atlas/countries-50m.json');
const atlasVersion = require('world-atlas/package.json').version;
const { feature } = require('topojson-client');
const { presimplify, simplify, filter, filterWeight } = require('topojson-simplify');

/** Visvalingam threshold in square degrees: 0.5 px or less on a 720 px map of Eurasia. */
const MIN_WEIGHT = 0.01;
/** Rings (islands) smaller than this, in square degrees, are dropped. */
const MIN_RING_AREA = 0.01;
/** Polygons whose bounding box lies wholly outside [west, south, east, north] are dropped. */
const REGION = [-15, 5, 180, 90];
const CRIMEA_TO_UKRAINE = true;
/** A point inside Crimea (Simferopol), to find the polygon. */
const SIMFEROPOL = [34.1, 44.95];

/** The countries of a map of Eurasia from Ukraine to Korea and Japan, with their neighbours. */
const COUNTRIES = {
  '004': 'AF', '008': 'AL', '031': 'AZ', '040': 'AT', '048': 'BH', '051': 'AM',
  '056': 'BE', '070': 'BA', '100': 'BG', '112': 'BY', '156': 'CN',
  '158': 'TW', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE', '246': 'FI',
  '248': 'AX', '250': 'FR', '268': 'GE', '275': 'PS', '276': 'DE', '300': 'GR', '348': 'HU',
  '356': 'IN', '364': 'IR', '368': 'IQ', '376': 'IL', '380': 'IT', '392': 'JP', '398': 'KZ',
  '400': 'JO', '408': 'KP', '410': 'KR', '414': 'KW', '417': 'KG', '422': 'LB',
  '428': 'LV', '440': 'LT', '442': 'LU', '496': 'MN', '498': 'MD', '499': 'ME',
  '512': 'OM', '524': 'NP', '528': 'NL', '578': 'NO', '586': 'PK', '616': 'PL', '634': 'QA',
  '642': 'RO', '643': 'RU', '682': 'SA', '688': 'RS', '703': 'SK', '705': 'SI',
  '752': 'SE', '756': 'CH', '760': 'SY', '762': 'TJ', '784': 'AE', '792': 'TR', '795': 'TM',
  '804': 'UA', '807': 'MK', '818': 'EG', '826': 'GB', '860': 'UZ',
};
/** Units without an ISO 3166-1 code in Natural Earth: Natural Earth name -> Kontext id. */
const UNNAMED = { 'Kosovo': 'XK', 'N. Cyprus': 'X-NCY', 'Siachen Glacier': 'X-SIA' };

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(a / 2);
}

function inRing(point, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > point[1]) !== (yj > point[1]) && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function outsideRegion(ring) {
  const [w, s, e, n] = REGION;
  return ring.every(([x]) => x < w) || ring.every(([x]) => x > e)
      || ring.every(([, y]) => y < s) || ring.every(([, y]) => y > n);
}

const round = (v) => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
};

/** Rounds, drops repeated points and the closing point; null if fewer than 3 points are left. */
function clean(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) {
      out.push(p);
    }
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) {
    out.pop();
  }
  return out.length >= 3 && ringArea(out) > 0 ? out : null;
}

// every listed country must be in world-atlas (a typo or a renamed unit fails loudly)
const known = new Set(topology.objects.countries.geometries.map((g) => g.id ?? g.properties.name));
for (const key of [...Object.keys(COUNTRIES), ...Object.keys(UNNAMED)]) {
  if (!known.has(key)) {
    throw new Error(`${key} is not in world-atlas's countries`);
  }
}

let topo = presimplify(topology);
topo = simplify(topo, MIN_WEIGHT);
topo = filter(topo, filterWeight(topo, MIN_RING_AREA));

const byId = new Map();
for (const f of feature(topo, topo.objects.countries).features) {
  const id = f.id !== undefined ? COUNTRIES[f.id] : UNNAMED[f.properties.name];
  if (!id || !f.geometry) {
    continue;
  }
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = polygons.map((p) => p[0]).filter((r) => !outsideRegion(r));
  byId.set(id, { id, name: f.properties.name, rings });
}

let source = `Natural Earth 1:50m Admin 0 countries (public domain), version 4.1.0, from the npm package `
    + `world-atlas@${atlasVersion}; simplified and converted by src/tools/world-atlas-to-kontext.mjs`;
if (CRIMEA_TO_UKRAINE) {
  const ru = byId.get('RU');
  const i = ru.rings.findIndex((r) => inRing(SIMFEROPOL, r));
  if (i < 0) {
    throw new Error('Crimea not found in Russia\'s polygons');
  }
  byId.get('UA').rings.push(...ru.rings.splice(i, 1));
  source += '; Crimea drawn in Ukraine (internationally recognised border)';
}

const countries = [...byId.values()]
  .map((c) => ({ id: c.id, name: c.name, rings: c.rings.map(clean).filter(Boolean) }))
  .filter((c) => c.rings.length > 0 || !process.stderr.write(`note: ${c.id} dropped, all its rings are too small\n`))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const json = (v) => JSON.stringify(v);
const lines = ['{', '  "countries": ['];
countries.forEach((c, ci) => {
  lines.push(`    {"id": ${json(c.id)}, "name": ${json(c.name)}, "rings": [`);
  c.rings.forEach((r, ri) => lines.push(`      ${json(r)}${ri < c.rings.length - 1 ? ',' : ''}`));
  lines.push(`    ]}${ci < countries.length - 1 ? ',' : ''}`);
});
lines.push('  ],', `  "source": ${json(source)}`, '}');
process.stdout.write(lines.join('\n') + '\n');
