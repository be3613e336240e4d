/** The accessibility sweep, part 1 of 2 (tests/e2e/accessibility-sweep.ts). */
import { sweep } from './accessibility-sweep'

sweep(0, 2)
