/**
 * Knobs tests and demos turn to put the embedded API in a situation (missing
 * permissions, slow upstream) without restarting it.
 */
import { z } from 'zod';
import { DRIFT_KINDS, type DriftKind } from './drift.ts';
import { FAULT_KINDS, FAULT_TARGETS, type Fault } from './faults.ts';

export interface EmbeddedApiScenario {
  /** 'read': syncs get 403 code 9109; 'none': every call gets 403 code 10000. */
  permission: 'write' | 'read' | 'none';
  /** Delay before a sync answers. */
  syncLatencyMs: number;
  /** Delay before a GET answers. */
  readLatencyMs: number;
  /**
   * Syncs wait, after any latency, until `release()` (POST /__embedded-api/release): a test looks at the pending state for as
   * long as it needs, instead of racing a fixed delay.
   */
  holdSyncs: boolean;
  /** How long a `waiting` sync takes to become `ready`. */
  waitingSettleMs: number;
  /**
   * Rate limiting: after this many sync calls, Cloudflare answers 429 for
   * `retryAfterSeconds`, then lets calls through again (counting anew). 0 = never.
   */
  rateLimitAfterSyncs: number;
  retryAfterSeconds: number;
  /**
   * How many syncs in a row a server scripted as flaky fails (retryably) before it succeeds. None by default: a bulk run
   * never turns a healthy server into an error unless a test or demo asks for it.
   */
  flakyFailures: number;
  /**
   * Every successful sync replaces the server's `changelog_v<n>` tool with the
   * next version, so each sync has something to show in "what changed".
   */
  changingTools: boolean;
  /** Answer the targeted calls with this failure (faults.ts) until it is set back to null. */
  fault: Fault | null;
  /** Rewrite read answers into this kind of drifted or hostile data (drift.ts); null = the data as stored. */
  drift: DriftKind | null;
}

export const DEFAULT_SCENARIO: EmbeddedApiScenario = {
  permission: 'write',
  syncLatencyMs: 0,
  readLatencyMs: 0,
  holdSyncs: false,
  waitingSettleMs: 4000,
  rateLimitAfterSyncs: 0,
  retryAfterSeconds: 2,
  flakyFailures: 0,
  changingTools: false,
  fault: null,
  drift: null,
};

const latencyMs = z.number().int().min(0).max(60_000);

/** Bodies of the control routes; unknown keys are refused so a typo cannot silently do nothing. */
export const scenarioPatchSchema = z.strictObject({
  permission: z.enum(['write', 'read', 'none']).optional(),
  syncLatencyMs: latencyMs.optional(),
  readLatencyMs: latencyMs.optional(),
  holdSyncs: z.boolean().optional(),
  waitingSettleMs: latencyMs.optional(),
  rateLimitAfterSyncs: z.number().int().min(0).max(10_000).optional(),
  retryAfterSeconds: z.number().int().min(1).max(300).optional(),
  flakyFailures: z.number().int().min(0).max(100).optional(),
  changingTools: z.boolean().optional(),
  fault: z.strictObject({ kind: z.enum(FAULT_KINDS), on: z.enum(FAULT_TARGETS) }).nullable().optional(),
  drift: z.enum(DRIFT_KINDS).nullable().optional(),
});

/** Applies only the fields the patch sets; an explicit `undefined` keeps the current value. */
export function mergeScenario(base: EmbeddedApiScenario, patch: Partial<EmbeddedApiScenario>): EmbeddedApiScenario {
  return {
    permission: patch.permission ?? base.permission,
    syncLatencyMs: patch.syncLatencyMs ?? base.syncLatencyMs,
    readLatencyMs: patch.readLatencyMs ?? base.readLatencyMs,
    holdSyncs: patch.holdSyncs ?? base.holdSyncs,
    waitingSettleMs: patch.waitingSettleMs ?? base.waitingSettleMs,
    rateLimitAfterSyncs: patch.rateLimitAfterSyncs ?? base.rateLimitAfterSyncs,
    retryAfterSeconds: patch.retryAfterSeconds ?? base.retryAfterSeconds,
    flakyFailures: patch.flakyFailures ?? base.flakyFailures,
    changingTools: patch.changingTools ?? base.changingTools,
    // null is a value here (switch the fault off), so only undefined falls back.
    fault: patch.fault === undefined ? base.fault : patch.fault,
    drift: patch.drift === undefined ? base.drift : patch.drift,
  };
}
