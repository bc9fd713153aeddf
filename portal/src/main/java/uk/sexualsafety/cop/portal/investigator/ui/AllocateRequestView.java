package uk.sexualsafety.cop.portal.investigator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.investigator.OfferStatus;
import uk.sexualsafety.cop.db.investigator.RequestStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.investigator.Allocation;
import uk.sexualsafety.cop.portal.investigator.InvestigationRequestNotFoundException;
import uk.sexualsafety.cop.portal.investigator.InvestigationRequests;
import uk.sexualsafety.cop.portal.investigator.OfferRef;
import uk.sexualsafety.cop.portal.investigator.OfferSummary;
import uk.sexualsafety.cop.portal.investigator.PoolActionRefusedException;
import uk.sexualsafety.cop.portal.investigator.PoolMatching;
import uk.sexualsafety.cop.portal.investigator.RequestDetails;
import uk.sexualsafety.cop.portal.investigator.RequestRef;
import uk.sexualsafety.cop.portal.investigator.matching.ExcludedInvestigator;
import uk.sexualsafety.cop.portal.investigator.matching.MatchResult;
import uk.sexualsafety.cop.portal.investigator.matching.RankedInvestigator;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One request with the pool ranked for it: why each investigator ranks where they do, and why others are out. */
@Route(value = "pool/requests/:requestId/allocate", layout = MainLayout.class)
@PageTitle("Allocate a request | Sexual Safety Community of Practice")
@RolesAllowed(Role.Names.POOL_COORDINATOR)
class AllocateRequestView extends VerticalLayout implements BeforeEnterObserver {

    private final InvestigationRequests requests;
    private final PoolMatching matching;
    private final Allocation allocation;
    private final Div messages = new Div();
    private final VerticalLayout content = new VerticalLayout();
    private long requestId;

    AllocateRequestView(InvestigationRequests requests, PoolMatching matching, Allocation allocation) {
        this.requests = requests;
        this.matching = matching;
        this.allocation = allocation;
        setMaxWidth("60rem");
        content.setPadding(false);
        add(new RouterLink("Back to the requests", OpenRequestsView.class), messages, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        messages.removeAll();
        try {
            requestId = Long.parseLong(event.getRouteParameters().get("requestId").orElse(""));
            show();
        } catch (NumberFormatException | InvestigationRequestNotFoundException missing) {
            content.removeAll();
            content.add(new H1("Request not found"), Notice.information("request-missing",
                    "There is no such request among those you may see."));
        }
    }

    private void show() {
        content.removeAll();
        RequestDetails request = requests.request(requestId);
        MatchResult result = matching.rank(requestId);
        var summary = request.request();
        Paragraph status = new Paragraph("Status: " + summary.status().label());
        status.setId("allocation-status");
        content.add(new H1(summary.category().label() + " for " + summary.organisationName()), status,
                new Paragraph(summary.deliveryMode().label() + " \u00B7 from "
                        + OurRequestsView.DATE.format(summary.wantedStart()) + " \u00B7 about "
                        + summary.estimatedDays() + " days \u00B7 needs " + request.specialismsNeeded().stream()
                        .map(Specialism::label).sorted().collect(Collectors.joining(", "))
                        + (request.excludeSameIcb() ? " \u00B7 nobody from the same ICB" : "")),
                new Paragraph(request.summary()));
        if (!request.offers().isEmpty()) {
            UnorderedList offers = new UnorderedList();
            offers.setId("offers");
            for (OfferSummary offer : request.offers()) {
                offers.add(offerItem(offer, summary.version()));
            }
            content.add(new H2("Offers so far"), offers);
            if (summary.status() == RequestStatus.OFFERED) {
                content.add(new Paragraph("If the investigator declines, or does not answer before the offer "
                        + "expires, the request passes at once to the best match who has not been asked yet."));
            }
        }
        Map<Long, OfferSummary> askedAlready = request.offers().stream()
                .collect(Collectors.toMap(OfferSummary::investigatorId, offer -> offer, (older, newer) -> newer));
        boolean open = summary.status() == RequestStatus.OPEN;
        result.eligible().stream().filter(investigator -> !askedAlready.containsKey(investigator.investigatorId()))
                .findFirst().filter(next -> open).ifPresent(next -> {
                    Paragraph hint = new Paragraph("Next to ask: " + next.displayName() + ", the best match who has "
                            + "not been offered this request yet.");
                    hint.setId("next-to-ask");
                    content.add(hint);
                });
        OrderedList ranked = new OrderedList();
        ranked.setId("ranked-investigators");
        result.eligible().forEach(investigator -> ranked.add(rankedItem(investigator, summary.version(), open,
                askedAlready.get(investigator.investigatorId()))));
        UnorderedList excluded = new UnorderedList();
        excluded.setId("excluded-investigators");
        result.excluded().forEach(investigator -> excluded.add(excludedItem(investigator)));
        content.add(new H2("Eligible investigators, best match first"),
                result.eligible().isEmpty() ? new Paragraph("Nobody in the pool is eligible for this request.")
                        : ranked,
                new H2("Not eligible"), excluded);
    }

    private ListItem offerItem(OfferSummary offer, long requestVersion) {
        ListItem item = new ListItem(offer.investigatorName() + ": " + offer.status().label().toLowerCase()
                + offer.declineReason().map(reason -> " (\u201C" + reason + "\u201D)").orElse(""));
        if (offer.status() == OfferStatus.PENDING) {
            Button takeBack = new Button("Take back the offer to " + offer.investigatorName(),
                    click -> withdraw(offer, requestVersion));
            takeBack.setId("take-back-offer-" + offer.offerId());
            takeBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
            item.add(new Span(" "), takeBack);
        }
        return item;
    }

    private ListItem rankedItem(RankedInvestigator investigator, long requestVersion, boolean open,
                                OfferSummary earlierOffer) {
        ListItem item = new ListItem(new H3(investigator.rank() + ". " + investigator.displayName()),
                reasons(investigator.reasons()));
        item.setId("ranked-" + investigator.investigatorId());
        if (earlierOffer != null) {
            // Asked already: a decline or an offer left unanswered moves the request on to the next.
            Paragraph asked = new Paragraph("Offered already: " + earlierOffer.status().label().toLowerCase()
                    + earlierOffer.declineReason().map(reason -> " (\u201C" + reason + "\u201D)").orElse(""));
            asked.setId("asked-" + investigator.investigatorId());
            item.add(asked);
        } else if (open) {
            Button offer = new Button("Offer to " + investigator.displayName(), click -> offer(investigator,
                    requestVersion));
            offer.setId("offer-to-" + investigator.investigatorId());
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            item.add(offer);
        }
        return item;
    }

    private static ListItem excludedItem(ExcludedInvestigator investigator) {
        ListItem item = new ListItem(new H3(investigator.displayName()), reasons(investigator.reasons()));
        item.setId("excluded-" + investigator.investigatorId());
        return item;
    }

    private static Component reasons(List<String> reasons) {
        UnorderedList list = new UnorderedList();
        reasons.forEach(reason -> list.add(new ListItem(reason)));
        return list;
    }

    private void withdraw(OfferSummary offer, long requestVersion) {
        messages.removeAll();
        try {
            allocation.withdrawOffer(new OfferRef(offer.offerId(), requestVersion));
            messages.add(Notice.success("offer-taken-back", "The offer to " + offer.investigatorName()
                    + " is taken back and the request is open again: offer it to someone else.").focused());
        } catch (PoolActionRefusedException | ConcurrentChangeException refused) {
            messages.add(Notice.problem("offer-refused", refused.getMessage()).focused());
        }
        show();
    }

    private void offer(RankedInvestigator investigator, long requestVersion) {
        messages.removeAll();
        try {
            allocation.offer(new RequestRef(requestId, requestVersion), investigator.investigatorId());
            messages.add(Notice.success("offered", "Offered to " + investigator.displayName()
                    + ". They have until the offer expires to answer.").focused());
        } catch (PoolActionRefusedException | ConcurrentChangeException refused) {
            messages.add(Notice.problem("offer-refused", refused.getMessage()).focused());
        }
        show();
    }
}
