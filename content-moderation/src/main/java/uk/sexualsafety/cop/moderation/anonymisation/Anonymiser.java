package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Finds what in a text could identify a person ({@link #analyse}) and replaces the findings a person accepted
 * ({@link #apply}). Immutable and thread-safe.
 */
public final class Anonymiser {

    private final List<Detector> detectors;

    private Anonymiser(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /**
     * An anonymiser with every detector this module has and its built-in gazetteers: common UK given names and
     * surnames, UK towns and the UK's ambulance services with their short forms. Shared: it is immutable.
     */
    public static Anonymiser standard() {
        return Standard.ANONYMISER;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Everything the detectors find, sorted by start. A finding inside a longer one, or on the same span as a more
     * confident one, is left out: replacing the outer finding covers it. Findings that only partly overlap are both
     * kept for a person to choose; {@link #apply} keeps the first.
     */
    public List<Finding> analyse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        var all = new ArrayList<Finding>();
        Tokens words = Tokens.of(text);
        for (Detector detector : detectors) {
            List<Finding> found;
            if (detector instanceof WordDetector wordDetector) {
                found = wordDetector.detect(words);
            } else {
                found = detector.detect(text);
            }
            for (Finding finding : found) {
                requireInside(text, finding, detector);
                all.add(finding);
            }
        }
        return Overlaps.withoutContained(NotIdentifying.without(all, words));
    }

    /**
     * The text with each finding replaced by its replacement. Of overlapping findings only the one that starts first
     * (the longer if they start together) is applied.
     *
     * @throws IllegalArgumentException if a finding lies outside the text or does not match the text at its span,
     *                                  i.e. the findings belong to another version of the text
     */
    public String apply(String text, List<Finding> findings) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(findings, "findings");
        for (Finding finding : findings) {
            requireMatches(text, Objects.requireNonNull(finding, "finding"));
        }
        List<Finding> applicable = Overlaps.withoutOverlapping(findings);

        // Working from the end keeps the offsets of the findings still to replace valid.
        var result = new StringBuilder(text);
        for (int i = applicable.size() - 1; i >= 0; i--) {
            Finding finding = applicable.get(i);
            result.replace(finding.start(), finding.end(), finding.replacement());
        }
        return result.toString();
    }

    private static void requireInside(String text, Finding finding, Detector detector) {
        if (finding.end() > text.length()) {
            throw new IllegalStateException(detector.getClass().getName() + " reported " + finding
                    + " beyond the end of a text of length " + text.length());
        }
    }

    private static void requireMatches(String text, Finding finding) {
        if (finding.end() > text.length()) {
            throw new IllegalArgumentException(finding + " lies outside a text of length " + text.length());
        }
        if (!text.regionMatches(finding.start(), finding.text(), 0, finding.length())) {
            throw new IllegalArgumentException(finding + " does not match the text at its span");
        }
    }

    /** Built on first use: reading the gazetteers takes a few milliseconds. */
    private static final class Standard {
        private static final Anonymiser ANONYMISER = builder().withStandardDetectors().build();
    }

    /**
     * Collects the detectors of an anonymiser. An installation adds the names it knows of to the standard detectors:
     * {@code Anonymiser.builder().withStandardDetectors().withOrganisationNames(directory).withPlaceNames(stations)
     * .build()}, in any order.
     */
    public static final class Builder {

        private final List<Detector> detectors = new ArrayList<>();
        private final List<String> organisationNames = new ArrayList<>();
        private final List<String> placeNames = new ArrayList<>();
        /** Where among the other detectors the standard ones go; -1 until asked for. */
        private int standardDetectorsAt = -1;

        private Builder() {
        }

        public Builder withDetector(Detector detector) {
            detectors.add(Objects.requireNonNull(detector, "detector"));
            return this;
        }

        /**
         * Email addresses, phone numbers, NHS numbers, National Insurance numbers, postcodes, people's names,
         * organisations and ambulance services, places and stations, dates and times, staff numbers, call signs and
         * vehicle registrations. Asking twice adds them once.
         */
        public Builder withStandardDetectors() {
            if (standardDetectorsAt < 0) {
                standardDetectorsAt = detectors.size();
            }
            return this;
        }

        /**
         * Names of organisations to report besides the built-in ambulance services, e.g. the portal's organisations
         * directory: full names match in any case as whole words ("Leeds Teaching Hospitals NHS Trust"), names of one
         * word only as written ("LTHT"). A name with the word "Ambulance" is reported as an ambulance service, any
         * other as an organisation. The sector's own words (NHS, ICB, HR, GP...) are ignored. Needs
         * {@link #withStandardDetectors()}.
         */
        public Builder withOrganisationNames(Collection<String> names) {
            addAll(names, organisationNames);
            return this;
        }

        /**
         * Names of places to report besides the built-in towns, e.g. the stations an ambulance service runs
         * ("Hillside", "Fairfield Ambulance Station"; the kind of station is left to be read). Matched as
         * {@link #withOrganisationNames} are. Needs {@link #withStandardDetectors()}.
         */
        public Builder withPlaceNames(Collection<String> names) {
            addAll(names, placeNames);
            return this;
        }

        /**
         * @throws IllegalStateException if there is no detector, or names were given without the standard detectors
         *                               they extend
         */
        public Anonymiser build() {
            if (standardDetectorsAt < 0) {
                if (!organisationNames.isEmpty() || !placeNames.isEmpty()) {
                    throw new IllegalStateException(
                            "organisation and place names extend the standard detectors: call withStandardDetectors()");
                }
                if (detectors.isEmpty()) {
                    throw new IllegalStateException("an anonymiser needs at least one detector");
                }
                return new Anonymiser(detectors);
            }
            var all = new ArrayList<Detector>(detectors);
            all.addAll(standardDetectorsAt, List.of(
                    new EmailAddressDetector(),
                    new PhoneNumberDetector(),
                    new NhsNumberDetector(),
                    new NationalInsuranceNumberDetector(),
                    new PostcodeDetector(),
                    new PersonNameDetector(),
                    new OrganisationDetector(organisationNames),
                    new PlaceDetector(placeNames),
                    new AddressDetector(),
                    new DateTimeDetector(),
                    new StaffNumberDetector(),
                    new CallSignDetector(),
                    new VehicleRegistrationDetector()));
            return new Anonymiser(all);
        }

        private static void addAll(Collection<String> names, List<String> to) {
            Objects.requireNonNull(names, "names");
            for (String name : names) {
                to.add(Objects.requireNonNull(name, "name"));
            }
        }
    }
}
