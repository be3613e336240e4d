/**
 * The demo's reference date. The demo portfolio describes Hedensted as of this day (its leases,
 * sales and moves are dated around it), so the views that count from "today" count from here while
 * the demo is shown; otherwise they count from the real today.
 */
export const DEMO_REFERENCE_DATE = '2024-05-01'
