/**
 * Each measure's yearly energy change (docs/climate.md, "What each measure avoids or adds"):
 * the rules, the 100 % cap per property and the stated amounts that replace derived ones.
 */
import { SHARE_SCALE, divRound } from './accrual'
import type { ClimateContribution, ClimateInput, PropertyEnergyInput, StatedEnergyInput } from './climate-types'
import { energyMwh, mwhText, quantityText, UNITS_PER_KWH } from './climate-units'
import { formatShare } from './contributions'
import type { EngineContext } from './measures'
import { fte } from './occupancy'
import type { Measure, PropertyInput, RelocationMeasure } from './types'

interface Builder {
  ctx: EngineContext
  energy: Map<number, PropertyEnergyInput>
  stated: Map<string, StatedEnergyInput>
  /** Share of each property's consumption already avoided by earlier measures (millionths). */
  used: Map<number, number>
  out: ClimateContribution[]
  warnings: Set<string>
}

type Meter = 'heat' | 'electricity'
const METER_TEXT: Record<Meter, string> = { heat: 'varme', electricity: 'el' }

const kwhOf = (e: PropertyEnergyInput | undefined, meter: Meter) => (meter === 'heat' ? e?.heatKwh : e?.electricityKwh) ?? 0
const statedOf = (s: StatedEnergyInput | undefined, meter: Meter) => (meter === 'heat' ? s?.heatKwh : s?.electricityKwh) ?? null

/** A meter's yearly units and its Danish basis: the stated amount, else the derived one. */
function meterPart(b: Builder, m: Measure, meter: Meter, derived: () => [bigint, string]): [bigint, string] {
  const stated = statedOf(b.stated.get(m.id), meter)
  if (stated !== null) return [BigInt(stated) * UNITS_PER_KWH, `${METER_TEXT[meter]} ${mwhText(stated)} MWh angivet på tiltaget`]
  return derived()
}

function consumptionYearText(e: PropertyEnergyInput | undefined): string {
  return e?.consumptionYear ? `forbrug ${e.consumptionYear}` : 'intet forbrug registreret'
}

function missingConsumption(b: Builder, property: PropertyInput): void {
  const e = b.energy.get(property.id)
  if (e?.consumptionYear) return
  const year = b.ctx.input.assumptions.firstYear
  b.warnings.add(`${property.name} har intet forbrug registreret for ${year} eller før; energien er regnet som 0.`)
}

function push(b: Builder, m: Measure, label: string, from: string, p: PropertyInput, sign: 1 | -1, parts: [bigint, string][]): void {
  const [[heatUnits, heatText], [electricityUnits, elText]] = parts as [[bigint, string], [bigint, string]]
  if (heatUnits === 0n && electricityUnits === 0n) return
  const heatCarrier = b.energy.get(p.id)?.heatSource ?? null
  if (heatCarrier === null && heatUnits !== 0n) {
    b.warnings.add(`${p.name} har ingen varmekilde; varmens CO2e er ikke regnet med.`)
  }
  const basis = `${heatText}; ${elText}`
  b.out.push({
    measureId: m.id,
    measureKind: m.kind,
    label,
    propertyId: p.id,
    propertyName: p.name,
    from,
    sign,
    heatCarrier,
    heatUnits,
    electricityUnits,
    basis,
  })
}

/** Sale, closure or ended lease: the claimed share of the property's consumption. */
function avoid(b: Builder, m: Measure, label: string, from: string, p: PropertyInput, requestedMicro: number, intro: string): void {
  const already = b.used.get(p.id) ?? 0
  const share = Math.max(0, Math.min(requestedMicro, SHARE_SCALE - already))
  b.used.set(p.id, already + share)
  const e = b.energy.get(p.id)
  const derive = (meter: Meter) => (): [bigint, string] => {
    const kwh = kwhOf(e, meter)
    const units = BigInt(kwh) * BigInt(share) * (UNITS_PER_KWH / BigInt(SHARE_SCALE))
    const shareText = share === SHARE_SCALE ? '' : ` × ${formatShare(share)} = ${quantityText(energyMwh(units))} MWh`
    return [units, `${METER_TEXT[meter]} ${mwhText(kwh)} MWh${shareText}`]
  }
  if (share === 0 && !b.stated.has(m.id)) return
  if (share > 0) missingConsumption(b, p)
  const capped = share < requestedMicro ? `; heraf ${formatShare(share)}, da resten allerede spares af et tidligere tiltag` : ''
  const parts = [meterPart(b, m, 'heat', derive('heat')), meterPart(b, m, 'electricity', derive('electricity'))]
  parts[0]![1] = `${intro} (${consumptionYearText(e)}${capped}): ${parts[0]![1]}`
  push(b, m, label, from, p, 1, parts)
}

/** Workplaces a move takes, in billionths: the unit's own need pro rata, else FTE × desk factor. */
function desksNano(b: Builder, m: RelocationMeasure): bigint {
  const unit = b.ctx.units.get(m.unitId)
  const headMilli = BigInt(Math.round(m.headcount * 1000))
  const need = unit?.workplacesNeeded
  if (unit && need !== null && need !== undefined && unit.headcount > 0) {
    return divRound(BigInt(Math.round(need * 1000)) * headMilli * 1_000_000n, BigInt(Math.round(unit.headcount * 1000)))
  }
  return headMilli * BigInt(Math.round(b.ctx.input.assumptions.deskFactor * 1_000_000))
}

function addMove(b: Builder, m: RelocationMeasure, label: string): void {
  const to = b.ctx.properties.get(m.toPropertyId)
  if (!to || !b.ctx.units.has(m.unitId)) return
  const e = b.energy.get(to.id)
  const desks = desksNano(b, m)
  const desksText = fte(Number(divRound(desks, 1_000_000n)))
  const derive = (meter: Meter) => (): [bigint, string] => {
    const kwh = kwhOf(e, meter)
    if (to.workplaces <= 0) return [0n, `${METER_TEXT[meter]} 0 MWh (${to.name} har ingen arbejdspladser registreret)`]
    const units = divRound(BigInt(kwh) * UNITS_PER_KWH * desks, BigInt(to.workplaces) * 1_000_000_000n)
    return [units, `${METER_TEXT[meter]} ${desksText} × ${mwhText(kwh)} MWh / ${to.workplaces} = ${quantityText(energyMwh(units))} MWh`]
  }
  const parts = [meterPart(b, m, 'heat', derive('heat')), meterPart(b, m, 'electricity', derive('electricity'))]
  const s = b.stated.get(m.id)
  if (statedOf(s, 'heat') === null || statedOf(s, 'electricity') === null) missingConsumption(b, to)
  const intro = `Tilført i ${to.name}, ${desksText} arbejdspladser × forbrug pr. arbejdsplads (${consumptionYearText(e)})`
  parts[0]![1] = `${intro}: ${parts[0]![1]}`
  push(b, m, label, m.date, to, -1, parts)
}

function addMeasure(b: Builder, m: Measure, label: string, from: string): void {
  const property = (id: number) => b.ctx.properties.get(id)
  switch (m.kind) {
    case 'sale': {
      const p = property(m.propertyId)
      if (p?.ownership === 'owned') avoid(b, m, label, from, p, SHARE_SCALE, `Hele forbruget i ${p.name}`)
      return
    }
    case 'closure': {
      const p = property(m.propertyId)
      const requested = Math.round(m.operatingCostShare * SHARE_SCALE)
      const share = Number.isFinite(requested) ? Math.min(SHARE_SCALE, Math.max(0, requested)) : 0
      if (p) avoid(b, m, label, from, p, share, `${formatShare(share)} af forbruget i ${p.name}`)
      return
    }
    case 'lease_termination': {
      const lease = b.ctx.leases.get(m.leaseId)
      const p = lease && property(lease.propertyId)
      // The landlord's energy is not in the municipality's accounts unless it paid the operating cost.
      if (!lease || !p || lease.direction !== 'tenant' || !lease.operatingCostPaidByMunicipality) return
      avoid(b, m, label, from, p, SHARE_SCALE, `Hele forbruget i ${p.name}, driften betalt af kommunen`)
      return
    }
    case 'relocation':
      return addMove(b, m, label)
  }
}

/**
 * The climate contributions of the kept measures, in effect-date order, and notes on missing data.
 *
 * @example buildClimateContributions(ctx, climate).contributions[0]?.heatUnits // 60_000n * 10n ** 12n
 */
export function buildClimateContributions(
  ctx: EngineContext,
  climate: ClimateInput,
): { contributions: ClimateContribution[]; warnings: Set<string> } {
  const b: Builder = {
    ctx,
    energy: new Map(climate.properties.map((p) => [p.propertyId, p])),
    stated: new Map((climate.stated ?? []).map((s) => [s.measureId, s])),
    used: new Map(),
    out: [],
    warnings: new Set(),
  }
  for (const { measure, from, label } of ctx.measures) {
    if (from !== null) addMeasure(b, measure, label, from)
  }
  return { contributions: b.out, warnings: b.warnings }
}
