package uk.sexualsafety.cop.portal.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.sexualsafety.cop.db.policy.PolicyFilePartRepository;
import uk.sexualsafety.cop.portal.security.SignIn;
import uk.sexualsafety.cop.portal.security.SignInSessions;

import javax.sql.DataSource;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one person's data as a ZIP: {@code your-data.json}, one section per kind of data (rows as the database
 * holds them, with the person's own columns only: never password hashes, codes, secrets or sign-in ids), then the
 * files they uploaded under {@code files/}. Rows are read with a fetch size and written as they come, and files a
 * part at a time, so that nothing is held whole in memory. Runs in the caller's transaction.
 */
@Component
class PersonalDataWriter {

    static final String JSON_ENTRY = "your-data.json";
    /** Rows fetched at a time, so that a long audit history streams instead of loading at once. */
    private static final int FETCH_SIZE = 500;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JdbcTemplate jdbc;
    private final SignInSessions signIns;
    private final PolicyFilePartRepository policyFileParts;

    PersonalDataWriter(DataSource dataSource, SignInSessions signIns, PolicyFilePartRepository policyFileParts) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.signIns = signIns;
        this.policyFileParts = policyFileParts;
    }

    void write(long accountId, OutputStream target) {
        try {
            ZipOutputStream zip = new ZipOutputStream(target);
            zip.putNextEntry(new ZipEntry(JSON_ENTRY));
            List<UploadedFile> files;
            try (JsonGenerator json = JSON.createGenerator(new KeptOpen(zip))) {
                files = new Sections(json, accountId).writeAll();
            }
            zip.closeEntry();
            for (UploadedFile file : files) {
                zip.putNextEntry(new ZipEntry(file.path()));
                copyParts(file, zip);
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A policy file, one stored part (at most 1 MiB) at a time, in order. A file that does not add up to its
     * recorded size fails the whole copy rather than hand over a damaged file.
     */
    private void copyParts(UploadedFile file, OutputStream out) throws IOException {
        long parts = policyFileParts.countByVersionId(file.versionId());
        long written = 0;
        for (int part = 0; part < parts; part++) {
            byte[] bytes = policyFileParts.findBytes(file.versionId(), part).orElseThrow(() -> incomplete(file));
            out.write(bytes);
            written += bytes.length;
        }
        if (written != file.size()) {
            throw incomplete(file);
        }
    }

    private static IllegalStateException incomplete(UploadedFile file) {
        return new IllegalStateException("The stored file of policy version " + file.versionId() + " is incomplete");
    }

    /** A file the person uploaded, its recorded size, and where it goes in the ZIP. */
    private record UploadedFile(long versionId, long size, String path) {
    }

    /** The sections of the JSON file, in the order a person would look for them. */
    private final class Sections {

        private final JsonGenerator json;
        private final long id;

        Sections(JsonGenerator json, long accountId) {
            this.json = json;
            this.id = accountId;
        }

        List<UploadedFile> writeAll() {
            json.writeStartObject();
            json.writeStringProperty("about", "Everything the Sexual Safety Community of Practice portal holds "
                    + "about you, as it stood when you asked. Times are UTC. Files you uploaded are in the files "
                    + "folder of this ZIP, named by the policy version they belong to. Stories you shared "
                    + "anonymously are not here: nothing links them to you.");
            account();
            signInsSection();
            membershipRequests();
            stories();
            caseStudies();
            discussion();
            List<UploadedFile> files = policies();
            investigations();
            rows("moderation_steps_you_took", """
                    select i.content_type, i.content_id, h.occurred_at, h.actor_kind, h.action, h.from_status,
                           h.to_status, h.reason, h.message
                    from moderation_history h join moderation_item i on i.id = h.item_id
                    where h.actor_account_id = ? order by h.id""");
            rows("audit_trail_as_actor", """
                    select occurred_at, action, target_type, target_id, detail from audit_event
                    where actor_id = ? order by id""");
            json.writeEndObject();
            return files;
        }

        private void account() {
            rows("account", """
                    select a.id, a.email, a.display_name, a.job_title, o.name as organisation, a.status,
                           a.created_at,
                           (select group_concat(r.role order by r.role) from account_role r
                            where r.account_id = a.id) as roles,
                           (select f.enrolled_at from second_factor f where f.account_id = a.id)
                               as second_step_set_up_at,
                           (select count(*) from recovery_code c where c.account_id = a.id and c.used_at is null)
                               as unused_recovery_codes
                    from account a left join organisation o on o.id = a.organisation_id where a.id = ?""");
            rows("reading_preferences", """
                    select p.open_stories,
                           (select group_concat(w.warning order by w.warning)
                            from reading_preferences_closed_warning w where w.account_id = p.account_id)
                               as warnings_kept_closed
                    from reading_preferences p where p.account_id = ?""");
            rows("trusted_commenter", """
                    select granted_at from comment_post_moderation where account_id = ?""");
        }

        /** Where the person is signed in: the device and times, never the sign-in's id. */
        private void signInsSection() {
            json.writeName("sign_ins");
            json.writeStartArray();
            for (SignIn signIn : signIns.listFor(id)) {
                json.writeStartObject();
                json.writeStringProperty("device", signIn.device());
                json.writeStringProperty("signed_in_at", signIn.signedInAt().toString());
                json.writeStringProperty("last_active_at", signIn.lastActiveAt().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void membershipRequests() {
            rows("membership_requests", """
                    select m.id, m.full_name, m.email, m.job_title, o.name as organisation, m.reason, m.status,
                           m.requested_at, m.confirmed_at, m.decided_at, m.decision_note
                    from membership_request m join organisation o on o.id = m.organisation_id
                    where m.email = (select a.email from account a where a.id = ?) order by m.id""");
        }

        private void stories() {
            rows("stories_linked_to_you", """
                    select s.id, s.title, s.body, s.relation, s.harm_structure, s.readership, s.status,
                           s.urgent, s.moderator_message, s.suggested_body, s.submitted_at, s.updated_at,
                           s.published_on, s.withdrawn_at,
                           (select group_concat(w.warning order by w.warning) from story_content_warning w
                            where w.story_id = s.id) as content_warnings
                    from story s where s.contributor_account_id = ? order by s.id""");
        }

        private void caseStudies() {
            rows("case_studies", """
                    select id, status, revision_status, published_version_id, working_version_id,
                           moderator_message, first_published_on, last_published_at, created_at, updated_at,
                           archived_at, withdrawn_at
                    from case_study where author_account_id = ? order by id""");
            rows("case_study_versions", """
                    select v.id, v.case_study_id, v.number, v.title, v.summary, v.organisation_type,
                           o.name as organisation, v.harm_structure, v.raised_via, v.account, v.risk_assessment,
                           v.review_group, v.interim_measures_detail, v.police_involvement, v.police_detail,
                           v.support_person_harmed, v.support_person_accused, v.support_others, v.outcome,
                           v.learning_points, v.created_at, v.updated_at, v.published_at,
                           (select group_concat(t.theme order by t.theme) from case_study_version_theme t
                            where t.version_id = v.id) as themes,
                           (select group_concat(c.commitment_number order by c.commitment_number)
                            from case_study_version_commitment c where c.version_id = v.id) as charter_commitments,
                           (select group_concat(m.measure order by m.measure)
                            from case_study_version_interim_measure m where m.version_id = v.id)
                               as interim_measures
                    from case_study_version v join case_study s on s.id = v.case_study_id
                    left join organisation o on o.id = v.organisation_id
                    where s.author_account_id = ? order by v.case_study_id, v.id""");
            rows("case_study_reflection_questions", """
                    select q.version_id, q.position, q.text
                    from case_study_version_question q join case_study_version v on v.id = q.version_id
                    join case_study s on s.id = v.case_study_id
                    where s.author_account_id = ? order by q.version_id, q.position""");
        }

        private void discussion() {
            rows("comments", """
                    select id, case_study_id, parent_id, body, status, moderator_message, created_at, updated_at,
                           published_at
                    from case_study_comment where author_account_id = ? order by id""");
            rows("flags_you_raised", """
                    select comment_id, reason, detail, flagged_at from case_study_comment_flag
                    where flagged_by = ? order by flagged_at""");
        }

        /** Policies the person shared or added a version to, and the files they uploaded themselves. */
        private List<UploadedFile> policies() {
            rows("policies", """
                    select p.id, o.name as organisation, p.title, p.type, p.summary, p.adaptable, p.status,
                           p.created_by = ? as shared_by_you, p.created_at, p.updated_at, p.withdrawn_at
                    from policy p join organisation o on o.id = p.organisation_id
                    where p.created_by = ? or exists (select 1 from policy_version v
                                                      where v.policy_id = p.id and v.uploaded_by = ?)
                    order by p.id""", id, id, id);
            List<UploadedFile> files = new ArrayList<>();
            json.writeName("policy_versions_you_uploaded");
            json.writeStartArray();
            jdbc.query("""
                    select id, policy_id, number, label, effective_on, review_due_on, file_name, media_type,
                           file_size, uploaded_at
                    from policy_version where uploaded_by = ? order by policy_id, number""",
                    (RowCallbackHandler) rs -> {
                        String path = "files/policy-version-" + rs.getLong("id") + "/"
                                + safeFileName(rs.getString("file_name"));
                        files.add(new UploadedFile(rs.getLong("id"), rs.getLong("file_size"), path));
                        writeRow(rs, "file_in_this_zip", path);
                    }, id);
            json.writeEndArray();
            return files;
        }

        private void investigations() {
            rows("investigator_profile", """
                    select i.id, i.display_name, i.contact_email, i.contact_phone, i.status, i.on_site, i.remote,
                           i.cases_at_once, i.days_per_month, i.created_at, i.updated_at,
                           (select group_concat(s.specialism order by s.specialism) from investigator_specialism s
                            where s.investigator_id = i.id) as specialisms,
                           (select group_concat(r.region order by r.region) from investigator_region r
                            where r.investigator_id = i.id) as regions,
                           (select group_concat(c.name order by c.name separator '; ') from investigator_icb x
                            join icb c on c.id = x.icb_id where x.investigator_id = i.id) as icbs,
                           (select group_concat(n.nation order by n.nation) from investigator_nation n
                            where n.investigator_id = i.id) as nations
                    from investigator i where i.account_id = ?""");
            rows("investigator_accreditations", """
                    select a.name, a.valid_from, a.valid_until from investigator_accreditation a
                    join investigator i on i.id = a.investigator_id where i.account_id = ? order by a.position""");
            rows("investigator_unavailability", """
                    select u.from_date, u.to_date from investigator_unavailability u
                    join investigator i on i.id = u.investigator_id where i.account_id = ? order by u.position""");
            rows("investigator_employment", """
                    select o.name as organisation, e.from_date, e.to_date from investigator_employment e
                    join investigator i on i.id = e.investigator_id join organisation o on o.id = e.organisation_id
                    where i.account_id = ? order by e.position""");
            rows("investigator_declared_conflicts", """
                    select o.name as organisation, c.description from investigator_conflict c
                    join investigator i on i.id = c.investigator_id join organisation o on o.id = c.organisation_id
                    where i.account_id = ? order by c.position""");
            rows("investigator_pool_status_changes", """
                    select c.from_status, c.to_status, c.reason, c.changed_at from investigator_status_change c
                    join investigator i on i.id = c.investigator_id where i.account_id = ? order by c.id""");
            rows("investigation_offers_to_you", """
                    select o.id, o.request_id, o.status, o.offered_at, o.expires_at, o.decline_reason,
                           o.answered_at
                    from investigation_offer o join investigator i on i.id = o.investigator_id
                    where i.account_id = ? order by o.id""");
            rows("investigation_cases_you_took", """
                    select a.id, a.request_id, a.accepted_at, a.declaration_signed_at, a.declaration,
                           a.terms_agreed_at, a.interviews_done_at, a.report_delivered_at, a.closed_at,
                           a.withdrawn_at, a.withdrawal_reason
                    from investigation_assignment a join investigator i on i.id = a.investigator_id
                    where i.account_id = ? order by a.id""");
            rows("investigation_requests_you_filed", """
                    select r.id, o.name as organisation, r.category, r.complexity, r.senior_leader_involved,
                           r.wanted_start, r.estimated_days, r.delivery_mode, r.exclude_same_icb, r.summary,
                           r.status, r.created_at, r.allocated_at,
                           (select group_concat(s.specialism order by s.specialism)
                            from investigation_request_specialism s where s.request_id = r.id)
                               as specialisms_needed
                    from investigation_request r join organisation o on o.id = r.organisation_id
                    where r.requested_by = ? order by r.id""");
        }

        /** A section of rows, each an object with the query's column labels as names. */
        private void rows(String name, String sql) {
            rows(name, sql, id);
        }

        private void rows(String name, String sql, Object... arguments) {
            json.writeName(name);
            json.writeStartArray();
            jdbc.query(sql, (RowCallbackHandler) rs -> writeRow(rs, null, null), arguments);
            json.writeEndArray();
        }

        private void writeRow(ResultSet rs, String extraName, String extraValue) throws SQLException {
            ResultSetMetaData columns = rs.getMetaData();
            json.writeStartObject();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                json.writeName(columns.getColumnLabel(column));
                writeValue(rs, column);
            }
            if (extraName != null) {
                json.writeStringProperty(extraName, extraValue);
            }
            json.writeEndObject();
        }

        private void writeValue(ResultSet rs, int column) throws SQLException {
            Object value = rs.getObject(column);
            switch (value) {
                case null -> json.writeNull();
                case Timestamp time -> json.writeString(time.toInstant().toString());
                case Date day -> json.writeString(day.toLocalDate().toString());
                case Temporal time -> json.writeString(time.toString());
                case Boolean flag -> json.writeBoolean(flag);
                case BigDecimal number -> json.writeNumber(number);
                case Number number -> json.writeNumber(number.longValue());
                default -> json.writeString(value.toString());
            }
        }
    }

    /** Keeps path separators and control characters out of a name the uploader chose. */
    static String safeFileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.isEmpty() || safe.startsWith(".") ? "file" + safe : safe;
    }

    /** The ZIP stays open when the JSON generator closes its output. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
