package uk.sexualsafety.cop.search.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.policy.PolicyStatus;
import uk.sexualsafety.cop.db.story.StoryStatus;
import uk.sexualsafety.cop.search.benchmark.JudgedSet.Kind;
import uk.sexualsafety.cop.search.benchmark.SyntheticCorpus.CaseStudyDoc;
import uk.sexualsafety.cop.search.benchmark.SyntheticCorpus.PolicyDoc;
import uk.sexualsafety.cop.search.benchmark.SyntheticCorpus.ResourceDoc;
import uk.sexualsafety.cop.search.benchmark.SyntheticCorpus.StoryDoc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts the synthetic corpus into the real tables with JDBC batches, as the portal's own rows would look once
 * published (or not): far faster than saving entities, and it leaves the search index alone, which the benchmark
 * then rebuilds from the database. Ids are given explicitly, counting on from the highest in each table, so that
 * children can refer to their parents without reading ids back.
 */
final class CorpusWriter {

    /** Where a planted document ended up; a case study can be found by its own id or its version's. */
    record Placed(Kind kind, long id, long versionId) {
    }

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final SyntheticCorpus corpus;
    private final Map<String, Placed> placed = new HashMap<>();
    private final long author;
    private final List<Long> organisations;
    private long characters;

    CorpusWriter(JdbcTemplate jdbc, SyntheticCorpus corpus) {
        this.jdbc = jdbc;
        this.corpus = corpus;
        this.organisations = jdbc.queryForList("select id from organisation order by id", Long.class);
        jdbc.update("insert into account (email, display_name, password_hash, organisation_id, status, created_at) "
                        + "values (?, 'Benchmark author', 'not-a-hash', ?, 'ACTIVE', ?)",
                "bench-author-" + System.nanoTime() + "@test.nhs.net", organisations.getFirst(),
                Timestamp.from(Instant.now()));
        this.author = jdbc.queryForObject("select max(id) from account", Long.class);
    }

    /** Writes every document; returns where each planted one went. */
    Map<String, Placed> writeAll() {
        writeResources();
        writeStories();
        writePolicies();
        writeCaseStudies();
        return Map.copyOf(placed);
    }

    long characters() {
        return characters;
    }

    private void writeResources() {
        long first = nextId("resource");
        inBatches(Kind.RESOURCE, (start, end) -> {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> themes = new ArrayList<>();
            for (int i = start; i < end; i++) {
                ResourceDoc doc = (ResourceDoc) corpus.document(Kind.RESOURCE, i);
                long id = first + i;
                remember(doc.plantedKey(), Kind.RESOURCE, id, 0);
                characters += doc.characters();
                Timestamp created = at(doc.publishedOn());
                rows.add(new Object[] {id, doc.title(), doc.summary(), "https://example.org/resources/" + id,
                        doc.kind().name(), doc.audience().name(), Date.valueOf(doc.publishedOn()), created, created});
                doc.themes().forEach(theme -> themes.add(new Object[] {id, theme.name()}));
            }
            jdbc.batchUpdate("insert into resource (id, title, summary, url, kind, audience, published_on, "
                    + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            jdbc.batchUpdate("insert into resource_theme (resource_id, theme) values (?, ?)", themes);
        });
    }

    private void writeStories() {
        long first = nextId("story");
        inBatches(Kind.STORY, (start, end) -> {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> warnings = new ArrayList<>();
            for (int i = start; i < end; i++) {
                StoryDoc doc = (StoryDoc) corpus.document(Kind.STORY, i);
                long id = first + i;
                remember(doc.plantedKey(), Kind.STORY, id, 0);
                characters += doc.characters();
                boolean everPublished = doc.status() == StoryStatus.PUBLISHED || doc.status() == StoryStatus.WITHDRAWN;
                Timestamp submitted = at(doc.publishedOn().minusDays(7));
                rows.add(new Object[] {id, doc.title(), doc.body(), doc.relation().name(), doc.harm().name(),
                        doc.readership().name(), sha256("receipt-" + id), sha256("recovery-" + id),
                        doc.status().name(), submitted, at(doc.publishedOn()),
                        everPublished ? Date.valueOf(doc.publishedOn()) : null,
                        doc.status() == StoryStatus.WITHDRAWN ? at(doc.publishedOn().plusDays(30)) : null});
                doc.warnings().forEach(warning -> warnings.add(new Object[] {id, warning.name()}));
            }
            jdbc.batchUpdate("insert into story (id, title, body, relation, harm_structure, readership, "
                    + "receipt_code_hash, recovery_code_hash, status, submitted_at, updated_at, published_on, "
                    + "withdrawn_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            jdbc.batchUpdate("insert into story_content_warning (story_id, warning) values (?, ?)", warnings);
        });
    }

    private void writePolicies() {
        long first = nextId("policy");
        long firstVersion = nextId("policy_version");
        inBatches(Kind.POLICY, (start, end) -> {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> commitments = new ArrayList<>();
            List<Object[]> versions = new ArrayList<>();
            List<Object[]> current = new ArrayList<>();
            for (int i = start; i < end; i++) {
                PolicyDoc doc = (PolicyDoc) corpus.document(Kind.POLICY, i);
                long id = first + i;
                long version = firstVersion + i;
                remember(doc.plantedKey(), Kind.POLICY, id, version);
                characters += doc.characters();
                Timestamp created = at(doc.effectiveOn());
                boolean withdrawn = doc.status() == PolicyStatus.WITHDRAWN;
                rows.add(new Object[] {id, organisations.get((int) (id % organisations.size())), doc.title(),
                        doc.type().name(), doc.summary(), doc.status().name(), author, created,
                        withdrawn ? at(doc.effectiveOn().plusYears(1)) : created,
                        withdrawn ? at(doc.effectiveOn().plusYears(1)) : null});
                doc.commitments().forEach(number -> commitments.add(new Object[] {id, number}));
                byte[] text = doc.text().getBytes(StandardCharsets.UTF_8);
                versions.add(new Object[] {version, id, Date.valueOf(doc.effectiveOn()),
                        Date.valueOf(doc.effectiveOn().plusYears(3)), "policy-" + id + ".pdf", text.length,
                        sha256("policy-" + id), doc.text(), author, created});
                current.add(new Object[] {version, id});
            }
            jdbc.batchUpdate("insert into policy (id, organisation_id, title, type, summary, status, created_by, "
                    + "created_at, updated_at, withdrawn_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            jdbc.batchUpdate("insert into policy_commitment (policy_id, commitment_number) values (?, ?)",
                    commitments);
            jdbc.batchUpdate("insert into policy_version (id, policy_id, number, label, effective_on, review_due_on, "
                    + "file_name, media_type, file_size, sha256, text, uploaded_by, uploaded_at) "
                    + "values (?, ?, 1, '1.0', ?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?)", versions);
            jdbc.batchUpdate("update policy set current_version_id = ? where id = ?", current);
        });
    }

    /**
     * A case study's version is written as a working copy first, with its questions, themes, commitments and
     * measures, and only then numbered: the database refuses to change a numbered (published) version's children.
     */
    private void writeCaseStudies() {
        long first = nextId("case_study");
        long firstVersion = nextId("case_study_version");
        inBatches(Kind.CASE_STUDY, (start, end) -> {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> versions = new ArrayList<>();
            List<Object[]> questions = new ArrayList<>();
            List<Object[]> themes = new ArrayList<>();
            List<Object[]> commitments = new ArrayList<>();
            List<Object[]> measures = new ArrayList<>();
            List<Object[]> numbered = new ArrayList<>();
            List<Object[]> statuses = new ArrayList<>();
            for (int i = start; i < end; i++) {
                CaseStudyDoc doc = (CaseStudyDoc) corpus.document(Kind.CASE_STUDY, i);
                long id = first + i;
                long version = firstVersion + i;
                remember(doc.plantedKey(), Kind.CASE_STUDY, id, version);
                characters += doc.characters();
                Timestamp created = at(doc.publishedOn().minusDays(20));
                Timestamp published = at(doc.publishedOn());
                rows.add(new Object[] {id, author, created, created});
                versions.add(new Object[] {version, id, doc.title(), doc.summary(), doc.organisationType().name(),
                        doc.harm().name(), doc.raisedVia().name(), doc.account(), doc.riskAssessment(),
                        doc.reviewGroup(), doc.interimDetail(), doc.police().name(), doc.policeDetail(),
                        doc.supportHarmed(), doc.supportAccused(), doc.supportOthers(), doc.outcome(),
                        doc.learningPoints(), created, created});
                for (int q = 0; q < doc.questions().size(); q++) {
                    questions.add(new Object[] {version, q, doc.questions().get(q)});
                }
                doc.themes().forEach(theme -> themes.add(new Object[] {version, theme.name()}));
                doc.commitments().forEach(number -> commitments.add(new Object[] {version, number}));
                doc.measures().forEach(measure -> measures.add(new Object[] {version, measure.name()}));
                if (doc.everPublished()) {
                    numbered.add(new Object[] {published, version});
                    statuses.add(new Object[] {doc.status().name(), version, null, Date.valueOf(doc.publishedOn()),
                            published, doc.status() == CaseStudyStatus.ARCHIVED ? published : null,
                            doc.status() == CaseStudyStatus.WITHDRAWN ? published : null, id});
                } else {
                    statuses.add(new Object[] {doc.status().name(), null, version, null, null, null, null, id});
                }
            }
            jdbc.batchUpdate("insert into case_study (id, author_account_id, status, created_at, updated_at) "
                    + "values (?, ?, 'DRAFT', ?, ?)", rows);
            jdbc.batchUpdate("insert into case_study_version (id, case_study_id, title, summary, organisation_type, "
                    + "harm_structure, raised_via, account, risk_assessment, review_group, interim_measures_detail, "
                    + "police_involvement, police_detail, support_person_harmed, support_person_accused, "
                    + "support_others, outcome, learning_points, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", versions);
            jdbc.batchUpdate("insert into case_study_version_question (version_id, position, text) values (?, ?, ?)",
                    questions);
            jdbc.batchUpdate("insert into case_study_version_theme (version_id, theme) values (?, ?)", themes);
            jdbc.batchUpdate("insert into case_study_version_commitment (version_id, commitment_number) "
                    + "values (?, ?)", commitments);
            jdbc.batchUpdate("insert into case_study_version_interim_measure (version_id, measure) values (?, ?)",
                    measures);
            jdbc.batchUpdate("update case_study_version set number = 1, published_at = ? where id = ?", numbered);
            jdbc.batchUpdate("update case_study set status = ?, published_version_id = ?, working_version_id = ?, "
                    + "first_published_on = ?, last_published_at = ?, archived_at = ?, withdrawn_at = ? "
                    + "where id = ?", statuses);
        });
    }

    @FunctionalInterface
    private interface Batch {
        void write(int start, int end);
    }

    private void inBatches(Kind kind, Batch batch) {
        int count = corpus.count(kind);
        for (int start = 0; start < count; start += BATCH) {
            batch.write(start, Math.min(count, start + BATCH));
        }
    }

    private void remember(String plantedKey, Kind kind, long id, long versionId) {
        if (plantedKey != null) {
            placed.put(plantedKey, new Placed(kind, id, versionId));
        }
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
