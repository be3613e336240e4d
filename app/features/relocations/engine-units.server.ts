/**
 * The register's units and relocations as the savings engine replays them. Scenarios and the
 * capacity pages both start here, so a relocation marked done is never counted twice.
 */

import type { UnitInput } from '~/core/savings'
import { engineUnits } from '~/core/relocation-replay'
import type { Db } from '~/server/db.server'
import { listRelocations } from './relocations.repo.server'
import type { RelocationRow } from './types'
import { listEngineUnitRows } from './units.repo.server'

/**
 * Every unit where it sat before its first relocation marked done, with its whole headcount:
 * the engine then replays the done relocations (as realised measures) on top.
 *
 * @example (await loadEngineUnits(db)).find((u) => u.name === 'PPR')?.propertyId // DLH-bygningen's id
 */
export async function loadEngineUnits(db: Db, relocations?: readonly RelocationRow[]): Promise<UnitInput[]> {
  const [units, moves] = await Promise.all([listEngineUnitRows(db), relocations ?? listRelocations(db, { statuses: ['done'] })])
  return engineUnits(units, moves)
}

// Added for scenarios
/**
 * The decided and done relocations, which the decided plan copies as measures.
 * @example (await listRelocationsForMeasures(db)).every((r) => r.status === 'decided' || r.status === 'done') // true
 */
export function listRelocationsForMeasures(db: Db): Promise<RelocationRow[]> {
  return listRelocations(db, { statuses: ['decided', 'done'] })
}
