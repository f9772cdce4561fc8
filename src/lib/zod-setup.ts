import * as z from 'zod/mini';
import { zodMessages } from '@/lib/zod-messages';

// zod's JIT compiles validators with `new Function`, which the production Content-Security-Policy forbids
// (script-src 'self', no 'unsafe-eval'). zod decides once, on first use, so this must run before any module that
// builds or uses a schema: main.tsx imports it first.
z.config({ jitless: true });
// zod/mini ships no messages of its own; these are the ones the dashboard quotes when it names a malformed field
// ("expected string, received undefined").
z.config({ localeError: zodMessages });
