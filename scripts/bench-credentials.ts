/** Fixed secrets for the proxy benchmark's throwaway servers (never real ones). */
export const BENCH_TOKEN = 'bench-token-0d2c9e';
export const BENCH_SESSION = 'bench-session-secret-7a1f0c9e4b2d';
