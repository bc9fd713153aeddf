package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds what in a text could identify a person ({@link #analyse}) and replaces the findings a person accepted
 * ({@link #apply}). Immutable and thread-safe.
 */
public final class Anonymiser {

    /** Earliest first; of two starting together the longer, then the more confident, comes first. */
    private static final Comparator<Finding> READING_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::length).reversed())
            .thenComparing(Comparator.comparingDouble(Finding::confidence).reversed());

    private final List<Detector> detectors;

    private Anonymiser(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** An anonymiser with every detector this module has. */
    public static Anonymiser standard() {
        return builder().withStandardDetectors().build();
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
        for (Detector detector : detectors) {
            for (Finding finding : detector.detect(text)) {
                requireInside(text, finding, detector);
                all.add(finding);
            }
        }
        all.sort(READING_ORDER);
        return withoutContainedFindings(all);
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
        var sorted = new ArrayList<Finding>(findings.size());
        for (Finding finding : findings) {
            requireMatches(text, Objects.requireNonNull(finding, "finding"));
            sorted.add(finding);
        }
        sorted.sort(READING_ORDER);
        List<Finding> applicable = withoutOverlappingFindings(sorted);

        // Working from the end keeps the offsets of the findings still to replace valid.
        var result = new StringBuilder(text);
        for (int i = applicable.size() - 1; i >= 0; i--) {
            Finding finding = applicable.get(i);
            result.replace(finding.start(), finding.end(), finding.replacement());
        }
        return result.toString();
    }

    private static List<Finding> withoutContainedFindings(List<Finding> inReadingOrder) {
        var kept = new ArrayList<Finding>(inReadingOrder.size());
        // Every kept finding starts at or before the current one, so the current one is inside a kept one
        // exactly when it ends no later than the furthest kept end.
        int furthestKeptEnd = -1;
        for (Finding finding : inReadingOrder) {
            if (finding.end() > furthestKeptEnd) {
                kept.add(finding);
                furthestKeptEnd = finding.end();
            }
        }
        return kept;
    }

    private static List<Finding> withoutOverlappingFindings(List<Finding> inReadingOrder) {
        var kept = new ArrayList<Finding>(inReadingOrder.size());
        int lastKeptEnd = 0;
        for (Finding finding : inReadingOrder) {
            if (finding.start() >= lastKeptEnd) {
                kept.add(finding);
                lastKeptEnd = finding.end();
            }
        }
        return kept;
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

    /** Collects the detectors of an anonymiser; later detectors (names, places, dates...) plug in here. */
    public static final class Builder {

        private final List<Detector> detectors = new ArrayList<>();

        private Builder() {
        }

        public Builder withDetector(Detector detector) {
            detectors.add(Objects.requireNonNull(detector, "detector"));
            return this;
        }

        /** Email addresses, phone numbers, NHS numbers, National Insurance numbers and postcodes. */
        public Builder withStandardDetectors() {
            return withDetector(new EmailAddressDetector())
                    .withDetector(new PhoneNumberDetector())
                    .withDetector(new NhsNumberDetector())
                    .withDetector(new NationalInsuranceNumberDetector())
                    .withDetector(new PostcodeDetector());
        }

        public Anonymiser build() {
            if (detectors.isEmpty()) {
                throw new IllegalStateException("an anonymiser needs at least one detector");
            }
            return new Anonymiser(detectors);
        }
    }
}
