package uk.sexualsafety.cop.search.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.search.benchmark.JudgedSet.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same searches through MariaDB's own full-text search: {@code MATCH ... AGAINST} in boolean mode over the
 * benchmark's FULLTEXT indexes (a bench-only migration), the same rows and the same access rules as a member's
 * search (published stories, active policies' current versions, published case studies, every resource), best
 * score first, newest first among equals. The query is translated as a careful developer would: words become
 * required terms ({@code +word}), quoted phrases stay phrases, a leading minus excludes; words InnoDB never indexes
 * (shorter than {@code innodb_ft_min_token_size}, or on its stop-word list) are left out rather than required, since
 * a required word that cannot match would empty every result; and, like the service, a plain text that no row
 * matches in full is tried again with any of its words. It fetches one page of ids and scores only: no total, no
 * facets, no snippets, so it does less than the service does.
 */
final class MariaDbFullTextSearch {

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
    private static final Pattern WORD_PARTS = Pattern.compile("[\\p{L}\\p{N}']+");

    private final JdbcTemplate jdbc;
    private final int minimumLength;
    private final Set<String> stopWords;
    private final String sql;

    MariaDbFullTextSearch(JdbcTemplate jdbc, Set<Kind> searchable) {
        this.jdbc = jdbc;
        this.minimumLength = jdbc.queryForObject("select @@innodb_ft_min_token_size", Integer.class);
        this.stopWords = new HashSet<>(jdbc.queryForList(
                "select value from information_schema.innodb_ft_default_stopword", String.class));
        List<String> parts = new ArrayList<>();
        if (searchable.contains(Kind.RESOURCE)) {
            parts.add("select 'RESOURCE' kind, r.id, match (r.title, r.summary) against (:q in boolean mode) score, "
                    + "r.published_on day from resource r "
                    + "where match (r.title, r.summary) against (:q in boolean mode) and r.audience in ('PUBLIC', 'MEMBERS')");
        }
        if (searchable.contains(Kind.STORY)) {
            parts.add("select 'STORY', s.id, match (s.title, s.body) against (:q in boolean mode), s.published_on "
                    + "from story s where match (s.title, s.body) against (:q in boolean mode) and s.status = 'PUBLISHED'");
        }
        if (searchable.contains(Kind.POLICY)) {
            // A policy's words are in two tables with an index each: a match in either counts, scores add up.
            parts.add("select 'POLICY', id, sum(score), max(day) from ("
                    + "select p.id, match (p.title, p.summary) against (:q in boolean mode) score, v.effective_on day "
                    + "from policy p join policy_version v on v.id = p.current_version_id "
                    + "where p.status = 'ACTIVE' and match (p.title, p.summary) against (:q in boolean mode) "
                    + "union all "
                    + "select p.id, match (v.text) against (:q in boolean mode), v.effective_on "
                    + "from policy_version v join policy p on p.current_version_id = v.id "
                    + "where p.status = 'ACTIVE' and match (v.text) against (:q in boolean mode)) policies group by id");
        }
        if (searchable.contains(Kind.CASE_STUDY)) {
            String columns = "v.title, v.summary, v.account, v.risk_assessment, v.review_group, "
                    + "v.interim_measures_detail, v.police_detail, v.support_person_harmed, v.support_person_accused, "
                    + "v.support_others, v.outcome, v.learning_points";
            parts.add("select 'CASE_STUDY', c.id, match (" + columns + ") against (:q in boolean mode), "
                    + "c.first_published_on from case_study c join case_study_version v on v.id = c.published_version_id "
                    + "where c.status = 'PUBLISHED' and match (" + columns + ") against (:q in boolean mode)");
        }
        this.sql = "select kind, id from (" + String.join(" union all ", parts) + ") hits "
                + "order by score desc, day desc limit ?";
    }

    /** At most {@code limit} hits as "KIND#id", best first. */
    List<String> search(String text, int limit) {
        String all = booleanQuery(text, true);
        List<String> hits = all.isEmpty() ? List.of() : run(all, limit);
        if (hits.isEmpty() && text.split(" ").length > 1 && !RawLuceneSearch.usesOperators(text)) {
            String any = booleanQuery(text, false);
            return any.isEmpty() ? List.of() : run(any, limit);
        }
        return hits;
    }

    private List<String> run(String booleanQuery, int limit) {
        // The named marker stands for the same value in every MATCH; JDBC needs one "?" per use.
        int uses = sql.split(":q", -1).length - 1;
        Object[] arguments = new Object[uses + 1];
        for (int i = 0; i < uses; i++) {
            arguments[i] = booleanQuery;
        }
        arguments[uses] = limit;
        return jdbc.query(sql.replace(":q", "?"), (row, n) -> row.getString(1) + "#" + row.getLong(2), arguments);
    }

    /** The text in MariaDB's boolean syntax; empty if nothing in it could match. */
    String booleanQuery(String text, boolean everyWord) {
        List<String> terms = new ArrayList<>();
        boolean positive = false;
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            if (token.group(2) != null) {
                String phrase = String.join(" ", indexable(token.group(2)));
                if (!phrase.isEmpty()) {
                    boolean excluded = !token.group(1).isEmpty();
                    terms.add((excluded ? "-" : "+") + "\"" + phrase + "\"");
                    positive |= !excluded;
                }
                continue;
            }
            String word = token.group(3);
            boolean excluded = word.startsWith("-") && word.length() > 1;
            List<String> parts = indexable(excluded ? word.substring(1) : word);
            if (parts.isEmpty()) {
                continue;
            }
            // A word the parser splits ("trauma-informed") is searched as the phrase of its parts.
            String term = parts.size() == 1 ? parts.getFirst() : "\"" + String.join(" ", parts) + "\"";
            if (excluded) {
                terms.add("-" + term);
            } else {
                terms.add((everyWord ? "+" : "") + term);
                positive = true;
            }
        }
        return positive ? String.join(" ", terms) : "";
    }

    private List<String> indexable(String text) {
        List<String> words = new ArrayList<>();
        Matcher part = WORD_PARTS.matcher(text.toLowerCase(Locale.ROOT));
        while (part.find()) {
            String word = part.group();
            if (word.length() >= minimumLength && !stopWords.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
