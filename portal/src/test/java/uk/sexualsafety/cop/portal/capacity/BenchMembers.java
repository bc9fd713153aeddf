package uk.sexualsafety.cop.portal.capacity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's members and what they read, in the started portal's database: accounts copied from the demo
 * member (so their password is the demo's), the first published case study and a published story with a content
 * warning that members may read.
 */
final class BenchMembers {

    static final String PASSWORD = "community-of-practice";
    private static final String DEMO_MEMBER = "member@demo.nhs.net";

    private BenchMembers() {
    }

    /** Members {@code capacity-0@bench.nhs.net} to {@code capacity-(count-1)@...}, as the simulation names them. */
    static void create(String jdbcUrl, int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // MariaDB's sequence engine makes every row in one statement.
            statement.executeUpdate("insert into account (email, display_name, job_title, password_hash,"
                    + " organisation_id, status, created_at) select concat('capacity-', seq, '@bench.nhs.net'),"
                    + " concat('Capacity member ', seq), a.job_title, a.password_hash, a.organisation_id, a.status,"
                    + " now(6) from seq_0_to_" + (count - 1) + " join account a on a.email = '" + DEMO_MEMBER + "'");
            statement.executeUpdate("insert into account_role (account_id, role) select id, 'MEMBER' from account"
                    + " where email like 'capacity-%@bench.nhs.net'");
            connection.commit();
        }
    }

    static long caseStudy(String jdbcUrl) throws SQLException {
        return one(jdbcUrl, "select min(id) from case_study where status = 'PUBLISHED'");
    }

    static long storyBehindAWarning(String jdbcUrl) throws SQLException {
        return one(jdbcUrl, "select min(s.id) from story s where s.status = 'PUBLISHED' and exists"
                + " (select 1 from story_content_warning w where w.story_id = s.id)");
    }

    private static long one(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            if (!row.next() || row.getLong(1) == 0) {
                throw new IllegalStateException("the demo content has nothing for: " + sql);
            }
            return row.getLong(1);
        }
    }
}
