/** Every browser-test file gets its own served app on a copy of the demo database. */
import { afterAll, beforeAll } from 'vitest'
import { startAppUnderTest, stopAppUnderTest } from '../e2e/app-under-test'

beforeAll(startAppUnderTest, 120_000)
afterAll(stopAppUnderTest)
