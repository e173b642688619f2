// Upload, replication, centre ingest and storage, utilisation and the bottleneck, worked out by hand.
//
// Two offices of 10,000 one-page records, both starting in month 0 (testing/hand-office.ts for the rest):
//   O1 (office 0) is attached to the regional centre R1 (centre 1), O2 (office 1) to the central centre C
//   (centre 0). Lots of 2,000 pages (sample 125, 1,201–3,200).
//   10 keyers: 1,500 h a month, so each office keys its 1,250 h in month 0 and QA releases every lot in month 0.
//   A page is 10,000 KB / 1024 = 9.765625 MB; a lot 19,531.25 MB; an office 97,656.25 MB.
//   A network month is 365.25 / 12 days = 2,629,800 s; a link of B Mbps carries B / 8 MB a second.
import { describe, expect, it } from 'vitest';

import { STAGES } from './engine-types';
import type { HandRun } from './testing/hand-office';
import { officeSeries, runHand } from './testing/hand-office';

const SECONDS_PER_MONTH = 2_629_800;
const LOT_MB = 19_531.25;
const OFFICE_MB = 97_656.25;
const offices = [
  { records: 10_000, pages: 10_000, startOffset: 0 },
  { records: 10_000, pages: 10_000, startOffset: 0 },
];
const common = { imageKbPerPage: 10_000, qaLotSizePages: 2_000, keyersPerOffice: 10 };
const UPLOAD = STAGES.indexOf('upload');
const REPLICATE = STAGES.indexOf('replicate');
const KEY = STAGES.indexOf('key');

function centreSeries(
  run: HandRun,
  field: 'centreStorageMb' | 'centreIngestMb',
  centre: number,
  count: number,
) {
  const { result } = run;
  return Array.from({ length: count }, (_, m) => result[field][centre * result.months + m]!);
}

describe('a regional link so slow that upload decides completion', () => {
  // R1 at 0.125 Mbps, shared by its one office: 0.125 / 8 × 2,629,800 = 41,090.625 MB a month for O1.
  // Month 0: lots 1–2 (39,062.5 MB, 2,028.125 MB left); month 1: lots 3–4 (2,028.125 + 17,503.125 for lot 3,
  // then lot 4: 4,056.25 MB left); month 2: lot 5 (15,475 MB of it falls into month 2, 25,615.625 MB left).
  // O2 uploads to C at 100,000 Mbps and both replicate at 100,000 / 8 × 2,629,800 / 2 offices: never wait.
  const run = runHand(offices, { ...common, regionalIngestMbps: 0.125 });
  const { result, shard } = run;
  const monthlyUpload = (0.125 / 8) * SECONDS_PER_MONTH;

  it('uploads O1 at 41,090.625 MB a month: live in month 2, complete at 97,656.25 / 41,090.625 months', () => {
    expect(monthlyUpload).toBe(41_090.625);
    expect(result.goLiveMonth[0]).toBe(2);
    expect(result.completionTime[0]).toBeCloseTo(OFFICE_MB / monthlyUpload, 9);
    expect(officeSeries(result, 0, 'uploadMb', 4)).toEqual([2 * LOT_MB, 2 * LOT_MB, LOT_MB, 0]);
    // Replication is fast: each lot is replicated in the month it was uploaded, and its records are done then.
    expect(officeSeries(result, 0, 'replicatedMb', 4)).toEqual([2 * LOT_MB, 2 * LOT_MB, LOT_MB, 0]);
    expect(officeSeries(result, 0, 'recordsDone', 4)).toEqual([4_000, 4_000, 2_000, 0]);
    // O2 is not held back by O1's link.
    expect(result.goLiveMonth[1]).toBe(0);
    expect(officeSeries(result, 1, 'uploadMb', 2)).toEqual([OFFICE_MB, 0]);
  });

  it('names upload O1’s bottleneck: 97,656.25 MB of 3 × 41,090.625 MB used while active', () => {
    expect(shard.stageWork[UPLOAD]).toBeCloseTo(OFFICE_MB, 6);
    expect(shard.stageWork[REPLICATE]).toBeCloseTo(OFFICE_MB, 6);
    expect(result.stageUtilisation[UPLOAD]).toBeCloseTo(OFFICE_MB / (3 * monthlyUpload), 9);
    // Keying: 1,250 h of 3 × 1,500 h.
    expect(result.stageUtilisation[KEY]).toBeCloseTo(1_250 / 4_500, 9);
    expect(result.bottleneckStage[0]).toBe(UPLOAD);
    // O2 keys 1,250 h of 1,500 h in its one month; its links are nearly idle.
    expect(result.stageUtilisation[6 + KEY]).toBeCloseTo(1_250 / 1_500, 9);
    expect(result.bottleneckStage[1]).toBe(KEY);
  });

  it('stores at R1 what O1 uploads, and at C what O2 uploads plus what O1 replicates (O2 not twice)', () => {
    // Ingest at R1: O1's uploads. At C: O2's 97,656.25 MB + O1's replication, month by month.
    expect(centreSeries(run, 'centreIngestMb', 1, 4)).toEqual([2 * LOT_MB, 2 * LOT_MB, LOT_MB, 0]);
    expect(centreSeries(run, 'centreIngestMb', 0, 4)).toEqual([
      OFFICE_MB + 2 * LOT_MB,
      2 * LOT_MB,
      LOT_MB,
      0,
    ]);
    // Storage is cumulative and stays once the offices are live.
    expect(centreSeries(run, 'centreStorageMb', 1, 4)).toEqual([39_062.5, 78_125, OFFICE_MB, OFFICE_MB]);
    expect(centreSeries(run, 'centreStorageMb', 0, 4)).toEqual([
      136_718.75, 175_781.25, 195_312.5, 195_312.5,
    ]);
    expect(result.centreStorageMb[result.months - 1]).toBe(2 * OFFICE_MB);
    expect(result.totals.uploadMb).toBe(2 * OFFICE_MB);
  });
});

describe('a central link so slow that replication decides completion', () => {
  // C at 0.125 Mbps. Replication is the central link shared by all 2 offices: 41,090.625 / 2 = 20,545.3125 MB a
  // month each; O2's upload gets C's link alone (41,090.625 MB a month), O1 uploads to R1 at 100,000 Mbps.
  // Both offices replicate 97,656.25 MB at 20,545.3125 MB a month: 4.753 months, live in month 4.
  const run = runHand(offices, { ...common, centralIngestMbps: 0.125 });
  const { result } = run;
  const monthlyReplication = (0.125 / 8) * (SECONDS_PER_MONTH / 2);

  it('replicates each office at 20,545.3125 MB a month: both live in month 4 at 4.753 months', () => {
    expect(monthlyReplication).toBe(20_545.3125);
    for (const o of [0, 1]) {
      expect(result.goLiveMonth[o]).toBe(4);
      expect(result.completionTime[o]).toBeCloseTo(OFFICE_MB / monthlyReplication, 9);
      expect(result.bottleneckStage[o]).toBe(REPLICATE);
      expect(result.stageUtilisation[o * 6 + REPLICATE]).toBeCloseTo(OFFICE_MB / (5 * monthlyReplication), 9);
    }
    // O1 uploads everything in month 0; O2 at 41,090.625 MB a month, as O1 did over R1 above.
    expect(officeSeries(result, 0, 'uploadMb', 3)).toEqual([OFFICE_MB, 0, 0]);
    expect(officeSeries(result, 1, 'uploadMb', 4)).toEqual([2 * LOT_MB, 2 * LOT_MB, LOT_MB, 0]);
    // O1's lots replicated: month 0 lot 1 (1,014.0625 MB left), lot 2 into month 1 (2,028.125 left), lot 3 into
    // month 2 (3,042.1875 left), lot 4 into month 3 (4,056.25 left), lot 5 into month 4.
    expect(officeSeries(result, 0, 'replicatedMb', 6)).toEqual([LOT_MB, LOT_MB, LOT_MB, LOT_MB, LOT_MB, 0]);
    expect(officeSeries(result, 0, 'recordsDone', 6)).toEqual([2_000, 2_000, 2_000, 2_000, 2_000, 0]);
  });

  it('counts at C, each month, O2’s upload and O1’s replication', () => {
    expect(centreSeries(run, 'centreIngestMb', 0, 5)).toEqual([
      2 * LOT_MB + LOT_MB,
      2 * LOT_MB + LOT_MB,
      LOT_MB + LOT_MB,
      LOT_MB,
      LOT_MB,
    ]);
    expect(centreSeries(run, 'centreStorageMb', 0, 6).at(-1)).toBe(2 * OFFICE_MB);
  });
});
