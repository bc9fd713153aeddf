package uk.sexualsafety.cop.portal.moderation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.moderation.anonymisation.Anonymiser;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's anonymiser: the built-in detectors plus every organisation in the directory (names and short names,
 * inactive ones too, since they still identify) and the configured station names. Rebuilt from the directory at most
 * every few minutes, so an organisation an administrator adds is soon recognised without a query per analysis.
 */
@Component
public class PortalAnonymiser {

    private static final Duration REFRESH = Duration.ofMinutes(5);

    private record Built(Anonymiser anonymiser, Instant at) {
    }

    private final OrganisationRepository organisations;
    private final TransactionTemplate transaction;
    private final List<String> stationNames;
    private final Clock clock;
    private final AtomicReference<Built> current = new AtomicReference<>();

    PortalAnonymiser(OrganisationRepository organisations, TransactionTemplate transaction,
                     @Value("${portal.anonymiser.station-names:}") List<String> stationNames, Clock clock) {
        this.organisations = organisations;
        this.transaction = transaction;
        this.stationNames = stationNames.stream().filter(name -> !name.isBlank()).map(String::strip).toList();
        this.clock = clock;
    }

    public List<Finding> analyse(String text) {
        return anonymiser().analyse(text);
    }

    /** @throws IllegalArgumentException if the findings do not belong to this text */
    public String apply(String text, List<Finding> accepted) {
        return anonymiser().apply(text, accepted);
    }

    private Anonymiser anonymiser() {
        Built built = current.get();
        Instant now = clock.instant();
        if (built == null || built.at().plus(REFRESH).isBefore(now)) {
            // Two threads may both rebuild at once; either result is right, so no lock is needed.
            built = new Built(build(), now);
            current.set(built);
        }
        return built.anonymiser();
    }

    private Anonymiser build() {
        List<String> names = transaction.execute(status -> {
            var found = new ArrayList<String>();
            for (Organisation organisation : organisations.findAll()) {
                found.add(organisation.getName());
                if (organisation.getShortName() != null && !organisation.getShortName().isBlank()) {
                    found.add(organisation.getShortName());
                }
            }
            return found;
        });
        return Anonymiser.builder().withStandardDetectors().withOrganisationNames(names)
                .withPlaceNames(stationNames).build();
    }
}
