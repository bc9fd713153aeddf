package uk.sexualsafety.cop.portal.search;

import jakarta.annotation.security.RolesAllowed;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.search.IndexAdministration;

import java.util.OptionalLong;

/**
 * Administrators rebuild the search index from the database and follow its progress, on whichever node they use. The portal stays
 * usable meanwhile; searches show what has been indexed so far. Starting and finishing are audited (counts only).
 */
@Service
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class IndexRebuilds {

    static final String AUDIT_TYPE = "search_index";

    private final RebuildTracker tracker;
    private final IndexAdministration index;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;

    IndexRebuilds(RebuildTracker tracker, IndexAdministration index, AuditTrail audit, CurrentUser currentUser,
                  TransactionTemplate transaction) {
        this.tracker = tracker;
        this.index = index;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = transaction;
    }

    public SearchIndexOverview overview() {
        return new SearchIndexOverview(documents(), tracker.isRebuilding(), tracker.latest());
    }

    /**
     * Drops the index and builds it again from the database, in the background.
     *
     * @throws RebuildRefusedException if a rebuild is already running, on any node
     */
    @Transactional
    public IndexRebuildStatus start() {
        long administrator = currentUser.require().accountId();
        IndexRebuildStatus started;
        try {
            started = tracker.start(administrator, this::auditEnd);
        } catch (IllegalStateException alreadyRunning) {
            throw new RebuildRefusedException("The search index is already being rebuilt. Wait until that rebuild "
                    + "has finished; its progress is shown here.");
        }
        audit.record("SEARCH_INDEX_REBUILD_STARTED", AUDIT_TYPE, null, null);
        return started;
    }

    /** Runs on an indexing thread, where nobody is signed in: the audit trail's actor stays empty. */
    private void auditEnd(IndexRebuildStatus end) {
        transaction.executeWithoutResult(status -> audit.record(
                end.failed() ? "SEARCH_INDEX_REBUILD_FAILED" : "SEARCH_INDEX_REBUILT", AUDIT_TYPE, null,
                end.done() + " documents in " + end.duration(end.finishedAt().orElseThrow()).toMillis() + " ms"));
    }

    private OptionalLong documents() {
        try {
            return OptionalLong.of(index.indexState().documents());
        } catch (SearchException unreadable) {
            return OptionalLong.empty();
        }
    }
}
