package uk.sexualsafety.cop.portal.policy;

import uk.sexualsafety.cop.db.policy.PolicyType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Builds policy forms for tests: {@code PolicyTestData.policy().titled("...").withText("...").form()}. */
public final class PolicyTestData {

    private String title = "Sexual safety policy " + UUID.randomUUID().toString().substring(0, 8);
    private PolicyType type = PolicyType.SEXUAL_SAFETY;
    private String versionLabel = "1.0";
    private LocalDate effectiveOn = LocalDate.now().minusMonths(6);
    private LocalDate reviewDueOn = LocalDate.now().plusYears(2);
    private String summary = "How we prevent sexual harassment at work and how staff raise a concern.";
    private Set<Integer> commitments = Set.of(1, 6);
    private boolean adaptable = true;
    private UploadedFile file = uploaded("policy.pdf",
            TestDocuments.pdf("Sexual safety policy", "Everyone has the right to feel safe at work."));

    private PolicyTestData() {
    }

    public static PolicyTestData policy() {
        return new PolicyTestData();
    }

    public PolicyTestData titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public PolicyTestData ofType(PolicyType newType) {
        this.type = newType;
        return this;
    }

    public PolicyTestData version(String label, LocalDate effective, LocalDate reviewDue) {
        this.versionLabel = label;
        this.effectiveOn = effective;
        this.reviewDueOn = reviewDue;
        return this;
    }

    public PolicyTestData reviewDueOn(LocalDate date) {
        this.reviewDueOn = date;
        return this;
    }

    public PolicyTestData summarised(String newSummary) {
        this.summary = newSummary;
        return this;
    }

    public PolicyTestData addressing(Integer... numbers) {
        this.commitments = Set.of(numbers);
        return this;
    }

    public PolicyTestData adaptable(boolean mayAdapt) {
        this.adaptable = mayAdapt;
        return this;
    }

    /** A PDF with these paragraphs. */
    public PolicyTestData withText(String... paragraphs) {
        return withFile("policy.pdf", TestDocuments.pdf(paragraphs));
    }

    public PolicyTestData withFile(String fileName, byte[] bytes) {
        this.file = bytes == null ? null : uploaded(fileName, bytes);
        return this;
    }

    /** A file as an upload leaves it: in a temporary file, deleted when the tests end. */
    public static UploadedFile uploaded(String fileName, byte[] bytes) {
        try {
            Path file = Files.createTempFile("policy-test-", ".upload");
            file.toFile().deleteOnExit();
            Files.write(file, bytes);
            return new UploadedFile(fileName, file, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PolicyForm form() {
        return new PolicyForm(title, type, versionLabel, effectiveOn, reviewDueOn, summary, commitments, adaptable,
                file);
    }

    public PolicyDetailsForm details() {
        return form().details();
    }
}
