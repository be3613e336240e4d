/**
 * The capacity page's reads in a worker thread in the server (app/server/task-thread.server.ts):
 * reading and replaying a national register takes seconds, which on the request thread would hold
 * up every other request. The worker keeps the sweep per data generation; a page is cut from it.
 */
import { threadTasks } from '~/server/task-thread.server'
import { getCapacityPage } from './capacity.server'

export const capacityReads = threadTasks(import.meta.url, 'kk-capacity-reads', { page: getCapacityPage })
