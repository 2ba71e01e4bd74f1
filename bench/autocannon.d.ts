/** Type declarations for the parts of autocannon the API load benchmark uses (the package ships none). */
declare module 'autocannon' {
  export interface AutocannonRequest {
    readonly method?: string;
    readonly path?: string;
    readonly headers?: Record<string, string>;
    readonly body?: string;
  }
  export interface AutocannonOptions {
    readonly url: string;
    readonly connections?: number;
    /** Seconds. */
    readonly duration?: number;
    /** Seconds before a request counts as a timeout. */
    readonly timeout?: number;
    readonly method?: string;
    readonly headers?: Record<string, string>;
    /** Sent in turn by every connection. */
    readonly requests?: readonly AutocannonRequest[];
  }
  export interface Histogram {
    readonly average: number;
    readonly p50: number;
    readonly p99: number;
    readonly p99_9: number;
    readonly max: number;
    readonly total: number;
  }
  export interface AutocannonResult {
    readonly requests: Histogram;
    readonly latency: Histogram;
    readonly duration: number;
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly resets: number;
    readonly '2xx': number;
  }
  export default function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
}
