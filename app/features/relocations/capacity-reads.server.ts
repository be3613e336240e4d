/**
 * The capacity page's reads, run in the compute worker thread in the server
 * (app/features/compute.server.ts): reading and replaying a national register takes seconds, which
 * on the request thread would hold up every other request. The worker keeps the sweep per data
 * generation; a page is cut from it.
 */
import { getCapacityPage } from './capacity.server'

export const capacityTasks = { page: getCapacityPage }
