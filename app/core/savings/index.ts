/** The savings engine: compute a scenario's figures, line items, occupancy and conflicts. */
export { computeSavings } from './engine'
export { lineItemsFor, fullYearLineItems, type LineItemQuery } from './line-items'
export { monthlyOccupancy, type OccupancyMonth, type PropertyOccupancy } from './capacity'
export { describeEffectiveDate, effectiveDate, filterMeasures, terminationEndDate } from './measures'
export { accrueMonth, accrueYear, indexFactor, monthFraction, yearFraction, type YearFraction } from './accrual'
export { formatShare } from './contributions'
export * from './types'
