import { z } from 'zod';

// zod's JIT compiles validators with `new Function`, which the production Content-Security-Policy forbids
// (script-src 'self', no 'unsafe-eval'). zod decides once, on first use, so this must run before any module that
// builds or uses a schema: main.tsx imports it first.
z.config({ jitless: true });
