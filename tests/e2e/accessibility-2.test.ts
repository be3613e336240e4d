/** The accessibility sweep, part 2 of 2 (tests/e2e/accessibility-sweep.ts). */
import { sweep } from './accessibility-sweep'

sweep(1, 2)
