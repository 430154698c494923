// Whether an adjustment record counts. One place for the rule: a draft dutylist wrote is never
// approved, whatever it says, until a person has reviewed it and deleted `status: draft`.
import type { Adjustment } from '../types.js';

/** An adjustment that counts: decided `approved` and not a draft. */
export function isApproved(a: Adjustment): boolean {
  return a.status !== 'draft' && a.decision?.result === 'approved';
}
