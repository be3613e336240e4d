import fc from 'fast-check'

/** Any real calendar date in 1900-2200, as ISO. */
export const isoDateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

/** A date in the planning years the engine tests use. */
export const planningDateArb = fc
  .date({ min: new Date(Date.UTC(2021, 0, 1)), max: new Date(Date.UTC(2029, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
