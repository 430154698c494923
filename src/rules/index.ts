import { citation } from './citation.js';
import { citationAuthority } from './citation-authority.js';
import { citationOffTopic } from './citation-off-topic.js';
import { citationPenaltyBasis } from './citation-penalty-basis.js';
import { dutyVague } from './duty-vague.js';
import { matterBlankText } from './matter-blank-text.js';
import { matterDuplicateId } from './matter-duplicate-id.js';
import { matterDuplicateName } from './matter-duplicate-name.js';
import { matterIdFilename } from './matter-id-filename.js';
import { matterUnknownType } from './matter-unknown-type.js';
import { quote } from './quote.js';
import { reviewChanged } from './review-changed.js';
import { splitDistrictMismatch } from './split-district-mismatch.js';
import { splitOverlap } from './split-overlap.js';
import { splitStreetEnforcement } from './split-street-enforcement.js';
import { splitStreetMissing } from './split-street-missing.js';
import type { Rule } from './types.js';
import { unitUnknown } from './unit-unknown.js';

/** Every matter rule, in the order their findings are listed for the same position. */
export const rules: Rule[] = [
  matterIdFilename,
  matterDuplicateId,
  matterDuplicateName,
  matterUnknownType,
  matterBlankText,
  unitUnknown,
  splitOverlap,
  splitStreetMissing,
  splitDistrictMismatch,
  splitStreetEnforcement,
  dutyVague,
  citation,
  citationOffTopic,
  citationPenaltyBasis,
  citationAuthority,
  quote,
  reviewChanged,
];

export type { Rule, RuleContext, RuleFinding } from './types.js';
