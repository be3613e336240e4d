/** Types of memory.mjs for the TypeScript scripts. */
export declare const MALLOC_ENV: Record<'MALLOC_ARENA_MAX' | 'MALLOC_MMAP_THRESHOLD_' | 'MALLOC_TRIM_THRESHOLD_', string>
export declare function serverProcess(script: string, args: string[], env: NodeJS.ProcessEnv): { args: string[]; env: NodeJS.ProcessEnv }
export declare function mallocTuned(env?: NodeJS.ProcessEnv): boolean
export declare const HEAP_GROWING_PERCENT: number
export declare function tuneHeapGrowth(): void
