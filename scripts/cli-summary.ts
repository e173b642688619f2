/** The CLI's short human summary, read from the result document so screen and file always agree. */
import type { StageName } from '../workers/engine/engine-types';
import { STAGE_LABELS } from '../workers/engine/engine-types';
import type { ResultDocument } from './result-document';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const short = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

function amount(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : whole.format(value);
}

function month(value: string | null | undefined): string {
  return value ?? 'not within the horizon';
}

/** The stage most offices are held by, in the user's words: "Keying (183 of 209 offices)". */
function commonestBottleneck(doc: ResultDocument): string {
  const counts = new Map<StageName, number>();
  for (const office of doc.offices) counts.set(office.bottleneck, (counts.get(office.bottleneck) ?? 0) + 1);
  let best: StageName | null = null;
  let bestCount = 0;
  for (const [stage, count] of counts)
    if (count > bestCount) {
      best = stage;
      bestCount = count;
    }
  return `${best === null ? '' : STAGE_LABELS[best]} (${bestCount} of ${doc.offices.length} offices)`;
}

/** Money in billions, three significant digits: "250 bn". */
function billions(value: number): string {
  return `${short.format(value / 1e9)} bn`;
}

function historyLines(doc: ResultDocument): string[] {
  const h = doc.history;
  if (!h || doc.scenario.variant?.id !== 'historical') return [];
  const lines = h.officesLive.map(
    (m) => `Live by end ${m.year} ${m.simulated} offices (history: ${m.history} [${m.sources.join('][')}])`,
  );
  const cost = h.programmeCost;
  if (cost) {
    const budgets = h.budget
      .map((b) => `${billions(b.value)} ${b.currency} ${b.label} [${b.sources.join('][')}]`)
      .join('; ');
    lines.push(
      `Programme cost   ${billions(cost.total)} ${doc.scenario.currency} = conversion ${billions(cost.conversion)} + data centres ${billions(cost.centreCapital)}, mid-1990s prices`,
      `Budget (history) ${budgets}`,
    );
  }
  return lines;
}

export function summaryLines(doc: ResultDocument): string[] {
  const { run, totals, completion, scenario } = doc;
  const threads = `${run.workers} thread${run.workers === 1 ? '' : 's'}`;
  const kind = run.stochastic ? `seed ${run.seed}` : 'deterministic';
  const historical = doc.history
    ? ` · Historical completion: ${doc.history.completion.month} [${doc.history.completion.sources.join('][')}]`
    : '';
  const lines = [
    `${scenario.name} [${scenario.id}], ${scenario.startMonth} + ${scenario.horizonMonths} months`,
    `Plan             ${scenario.variant?.label ?? 'Custom plan'}`,
    `Run              ${run.mode} mode, ${kind}, ${threads}, engine ${doc.engineVersion}`,
    `Records          ${amount(totals.records)} (${amount(totals.recordsDone)} done within the horizon)`,
    `Pages            ${amount(totals.pages)}`,
    `Completion       ${month(completion.month)}${historical}`,
    `Total cost       ${amount(totals.cost)} ${scenario.currency} at ${doc.economics.prices.programmePriceYear} prices (staff and equipment, as entered)`,
    `Records reworked ${amount(totals.recordsReworked)}`,
    `Bottleneck       ${commonestBottleneck(doc)}`,
    ...historyLines(doc),
  ];
  if (run.replications > 1)
    lines.push(
      `Monte Carlo      ${amount(run.replications)} replications (the lines above are replication 0)`,
      `Completion       P10 ${month(completion.p10)} · P50 ${month(completion.p50)} · P90 ${month(completion.p90)}`,
      `${`Cost (${scenario.currency})`.padEnd(17)}P10 ${amount(totals.costP10)} · P50 ${amount(totals.costP50)} · P90 ${amount(totals.costP90)}`,
    );
  const e = doc.economics;
  lines.push(
    `Saving/year      ${amount(e.annualSavingAtMaturity)} ${e.currency} at maturity (model estimate)`,
    `NPV              ${amount(e.npv)} ${e.currency} at ${(e.discountRate * 100).toFixed(1)} %, payback ${e.paybackYear ?? 'none'}, BCR ${e.benefitCostRatio?.toFixed(2) ?? 'n/a'}`,
    `Prices           ${e.prices.sentence} Price index: ${e.prices.deflator.status} [${e.prices.deflator.sources.join('][')}]`,
    `Cost per page    ${e.costPerPageCheck.text.model}; ${e.costPerPageCheck.text.kind}: ${e.costPerPageCheck.text.sourced}${e.costPerPageCheck.sources.length > 0 ? ` [${e.costPerPageCheck.sources.join('][')}]` : ''} ${e.costPerPageCheck.status}${e.costPerPageCheck.text.verdict ? ` — ${e.costPerPageCheck.text.verdict}` : ''}`,
  );
  if (e.savingsBands) {
    const last = e.savingsBands.years.length - 1;
    lines.push(
      `${`Saving ${e.savingsBands.years[last] ?? ''}`.padEnd(17)}P10 ${amount(e.savingsBands.p10[last])} · P50 ${amount(e.savingsBands.p50[last])} · P90 ${amount(e.savingsBands.p90[last])} ${e.currency}`,
    );
  }
  if (e.tornado) {
    const t = e.tornado;
    lines.push(
      `Sensitivity      NPV tornado, top 5 of ${t.npv.bars.length} (${t.engineRuns} deterministic lot runs, ${t.seconds.toFixed(2)} s, ${t.skipped.length} skipped)`,
    );
    for (const bar of t.npv.bars.slice(0, 5))
      lines.push(
        `  ${bar.parameter.padEnd(30)} ${short.format(bar.low)}…${short.format(bar.high)} ${bar.unit}: NPV ${amount(bar.atLow)} … ${amount(bar.atHigh)} (swing ${amount(bar.swing)})`,
      );
    const c = t.completionMonths.bars[0];
    if (c)
      lines.push(
        `  completion driver ${c.parameter}: ${amount(c.atLow)} … ${amount(c.atHigh)} months (base ${amount(t.completionMonths.base)})`,
      );
  }
  lines.push(`Wall time        ${run.wallSeconds.toFixed(2)} s`);
  return lines;
}
