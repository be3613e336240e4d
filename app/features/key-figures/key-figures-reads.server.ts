/**
 * The key figures' reads, run in the compute worker thread in the server
 * (app/features/compute.server.ts): the portfolio medians need every building, seconds at national
 * scale after each change, which on the request thread would hold up every other request.
 */
import { getBuildingKeyFigures, getKeyFiguresPage } from './key-figures.server'

export const keyFiguresTasks = { building: getBuildingKeyFigures, page: getKeyFiguresPage }
