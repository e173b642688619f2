/**
 * From the engine's monthly output to the yearly state the economic model reads. Months are counted from
 * the scenario's start month ("YYYY-MM"); a calendar year that the horizon covers only in part is kept,
 * with its share taken at the last simulated month and its cost summed over the months simulated.
 */
import type { YearlyDigitization } from './economic-inputs';

/** The parts of an engine result (SimulationResult or a Monte Carlo band) the yearly state needs. */
export interface EngineMonthlyOutput {
  /** Scenario start, "YYYY-MM". */
  readonly startMonth: string;
  /** Records of each office, in scenario order. */
  readonly officeRecords: readonly number[];
  /** Month index (from the start) in which each office went live; negative when it never did. */
  readonly goLiveMonth: ArrayLike<number>;
  /** National programme cost per month; its length is the number of months simulated. */
  readonly monthlyCost: ArrayLike<number>;
}

function parseStart(startMonth: string): { year: number; monthIndex: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(startMonth);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new RangeError(`start month ${startMonth} is not "YYYY-MM"`);
  return { year: Number(match[1]), monthIndex: month - 1 };
}

/** Calendar year of each simulated month, and the list of years covered. */
function calendar(startMonth: string, months: number): { yearOf: (m: number) => number; years: number[] } {
  const { year, monthIndex } = parseStart(startMonth);
  const yearOf = (m: number) => year + Math.floor((monthIndex + m) / 12);
  const last = months > 0 ? yearOf(months - 1) : year - 1;
  const years = Array.from({ length: last - year + 1 }, (_, j) => year + j);
  return { yearOf, years };
}

/**
 * Yearly digitized share (records of live offices / all records, at each year end) and programme cost.
 * @throws RangeError for a malformed start month or mismatched office arrays.
 */
export function yearlyDigitization(output: EngineMonthlyOutput): YearlyDigitization {
  const months = output.monthlyCost.length;
  const { yearOf, years } = calendar(output.startMonth, months);
  const first = years[0] ?? 0;
  if (output.goLiveMonth.length !== output.officeRecords.length) {
    throw new RangeError('goLiveMonth and officeRecords must have one entry per office');
  }
  const wentLive = new Array<number>(years.length).fill(0);
  const programmeCost = new Array<number>(years.length).fill(0);
  let total = 0;
  output.officeRecords.forEach((records, o) => {
    total += records;
    const month = output.goLiveMonth[o]!;
    if (month >= 0 && month < months) wentLive[yearOf(month) - first]! += records;
  });
  for (let m = 0; m < months; m++) programmeCost[yearOf(m) - first]! += output.monthlyCost[m]!;
  let live = 0;
  const digitizedShare = wentLive.map((records) => {
    live += records;
    return total > 0 ? Math.min(1, live / total) : 0;
  });
  return { years, digitizedShare, programmeCost };
}

/**
 * Yearly digitized share from a cumulative monthly curve of records (e.g. a Monte Carlo band of the
 * engine): the value at each year's last simulated month / total records, capped at 1.
 */
export function yearlyShareFromCumulative(
  startMonth: string,
  cumulativeRecords: ArrayLike<number>,
  totalRecords: number,
): { years: number[]; digitizedShare: number[] } {
  const months = cumulativeRecords.length;
  const { yearOf, years } = calendar(startMonth, months);
  const first = years[0] ?? 0;
  const atYearEnd = new Array<number>(years.length).fill(0);
  for (let m = 0; m < months; m++) atYearEnd[yearOf(m) - first] = cumulativeRecords[m]!;
  const digitizedShare = atYearEnd.map((r) =>
    totalRecords > 0 ? Math.min(1, Math.max(0, r / totalRecords)) : 0,
  );
  return { years, digitizedShare };
}
