/**
 * Spreads offices that share a town's coordinates (two offices in one Korean si/gun, such as Seoul Seocho-gu 1 and 2; Tashkent 1…17) onto a small Vogel spiral
 * around the town, so that each is a separate, clickable point and gets its own coverage area.
 *
 * The spiral is deterministic: the k-th office of a group (in id order) sits at radius STEP_KM × √k and
 * angle k × the golden angle, with k = 0 on the town itself. 24 offices reach √23 × 1.2 ≈ 5.8 km, inside
 * every metropolitan polygon; a coastal town can push an office a few km into the sea, which the map and
 * the coverage clip accept (the cell is still cut to the country).
 */

export interface PlacedOffice {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
}

/** Distance between spiral rings, in km. */
export const SPREAD_STEP_KM = 1.2;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const KM_PER_DEGREE_LAT = 111.32;

/** Says whether a spread position is acceptable for an office (e.g. inside its region's polygon). */
export type PositionCheck = (office: PlacedOffice, lon: number, lat: number) => boolean;

const MAX_SLOTS = 400;

/**
 * Returns one position per office, in input order; the first office of a group (by id) keeps the town's
 * point. With `accept`, spiral slots that fail it (a coastal town's slot out at sea) are skipped, so every
 * office stays on land in its own region.
 */
export function spreadOffices<T extends PlacedOffice>(
  offices: readonly T[],
  accept: PositionCheck = () => true,
): (T & { spreadKm: number })[] {
  const groups = new Map<string, T[]>();
  for (const office of offices) {
    const key = `${office.lon},${office.lat}`;
    const group = groups.get(key);
    if (group) group.push(office);
    else groups.set(key, [office]);
  }
  const placed = new Map<string, { lon: number; lat: number; spreadKm: number }>();
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let slot = 1;
    sorted.forEach((office, k) => {
      if (k === 0) return placed.set(office.id, { lon: office.lon, lat: office.lat, spreadKm: 0 });
      for (; slot < MAX_SLOTS; slot++) {
        const position = spiralSlot(office, slot);
        if (accept(office, position.lon, position.lat)) {
          placed.set(office.id, position);
          slot++;
          return;
        }
      }
      throw new Error(`no place for office ${office.id} near ${office.lon}, ${office.lat}`);
    });
  }
  return offices.map((office) => ({ ...office, ...placed.get(office.id)! }));
}

function spiralSlot(centre: PlacedOffice, slot: number): { lon: number; lat: number; spreadKm: number } {
  const radiusKm = SPREAD_STEP_KM * Math.sqrt(slot);
  const angle = slot * GOLDEN_ANGLE;
  const dLat = (radiusKm * Math.sin(angle)) / KM_PER_DEGREE_LAT;
  const dLon = (radiusKm * Math.cos(angle)) / (KM_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180));
  return { lon: round6(centre.lon + dLon), lat: round6(centre.lat + dLat), spreadKm: radiusKm };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
