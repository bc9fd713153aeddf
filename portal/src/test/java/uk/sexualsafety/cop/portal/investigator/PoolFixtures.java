package uk.sexualsafety.cop.portal.investigator;

import org.springframework.context.ApplicationContext;

/** Pool objects for tests outside this package (the access matrix): built with {@link PoolTestData}. */
public final class PoolFixtures {

    /**
     * @param requestId    a request of an organisation of its own
     * @param offerId      an offer of another request, waiting for its investigator's answer
     * @param assignmentId a case that a third request became when its investigator accepted it
     */
    public record OffersAndCases(long requestId, long offerId, long assignmentId) {
    }

    private PoolFixtures() {
    }

    /** A request, an offer and a case that belong to nobody the caller will sign in as. */
    public static OffersAndCases someoneElses(ApplicationContext context) {
        PoolTestData pool = new PoolTestData(context);
        long organisation = pool.organisationInIcb("QWO");
        long requester = pool.requesterOf(organisation);
        FiledRequest request = pool.file(requester, PoolTestData.requestFor(organisation));
        FiledRequest offered = pool.file(requester, PoolTestData.requestFor(organisation));
        FiledRequest accepted = pool.file(requester, PoolTestData.requestFor(organisation));
        PoolTestData.PoolMember investigator = pool.activeInvestigator(PoolTestData.eligibleProfile().build());
        long offerId = pool.offer(offered.id(), offered.version(), investigator).offerId();
        PoolTestData.PoolMember another = pool.activeInvestigator(PoolTestData.eligibleProfile().build());
        long assignmentId = pool.acceptedBy(another, accepted.id(), accepted.version()).assignmentId();
        return new OffersAndCases(request.id(), offerId, assignmentId);
    }

    /**
     * @param investigatorAccountId an investigator with an offer waiting for their answer
     * @param requesterAccountId    the trust requester of the offered request
     */
    public record OpenInvestigation(long investigatorAccountId, long requesterAccountId) {
    }

    /** A request offered to an investigator who has not answered yet. */
    public static OpenInvestigation openInvestigation(ApplicationContext context) {
        PoolTestData pool = new PoolTestData(context);
        long organisation = pool.organisationInIcb("QWO");
        long requester = pool.requesterOf(organisation);
        FiledRequest request = pool.file(requester, PoolTestData.requestFor(organisation));
        PoolTestData.PoolMember investigator = pool.activeInvestigator(PoolTestData.eligibleProfile().build());
        pool.offer(request.id(), request.version(), investigator);
        return new OpenInvestigation(investigator.accountId(), requester);
    }

    /** An investigator vetted into the active pool, with no offers or cases; returns their account's id. */
    public static long activeInvestigator(ApplicationContext context) {
        return new PoolTestData(context).activeInvestigator(PoolTestData.eligibleProfile().build()).accountId();
    }
}
