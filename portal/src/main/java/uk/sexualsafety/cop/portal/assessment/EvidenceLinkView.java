package uk.sexualsafety.cop.portal.assessment;

import uk.sexualsafety.cop.db.assessment.EvidenceRef;

/**
 * An evidence link as the editor shows it: a target withdrawn, archived or gone since it was linked is shown as
 * such, never as a broken link.
 */
public record EvidenceLinkView(EvidenceRef ref, String title, boolean available) {
}
