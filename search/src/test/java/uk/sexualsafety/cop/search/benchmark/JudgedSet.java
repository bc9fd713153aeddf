package uk.sexualsafety.cop.search.benchmark;

import com.jayway.jsonpath.JsonPath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The judged queries of the benchmark with the documents planted for them, read from
 * {@code benchmark/judged-queries.json} (the file says how the grades are meant), and the broad queries measured for
 * speed only.
 */
record JudgedSet(List<Query> queries, List<String> broadQueries) {

    static final String RESOURCE = "benchmark/judged-queries.json";

    /** A content type of the corpus; case studies are generated even while search does not index them. */
    enum Kind {
        RESOURCE, STORY, POLICY, CASE_STUDY
    }

    /**
     * One planted document. Its key ("query-id/position") names it in results.
     *
     * @param grade     0 (not relevant) to 3 (highly relevant) for its query
     * @param published false for an item no one may find (unpublished, withdrawn)
     * @param summary   null for stories, which have none
     * @param body      a story's text, a policy's document text or a case study's account; parts split by " | "
     *                  are spread through a long text
     */
    record Planted(String key, Kind kind, int grade, boolean published, String title, String summary, String body) {

        Planted {
            Objects.requireNonNull(key);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(title);
            if (grade < 0 || grade > 3) {
                throw new IllegalArgumentException(key + ": grade must be 0 to 3");
            }
        }

        /** All its words, for checks of the judged set. */
        String allText() {
            return title + " " + Objects.requireNonNullElse(summary, "") + " " + Objects.requireNonNullElse(body, "");
        }
    }

    record Query(String id, String feature, String text, String topic, List<Planted> documents) {

        Query {
            documents = List.copyOf(documents);
        }
    }

    JudgedSet {
        queries = List.copyOf(queries);
        broadQueries = List.copyOf(broadQueries);
    }

    static JudgedSet load() {
        try (InputStream json = JudgedSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            var document = JsonPath.parse(json);
            List<Map<String, Object>> rawQueries = document.read("$.queries");
            List<Query> queries = new ArrayList<>();
            for (Map<String, Object> raw : rawQueries) {
                String id = (String) raw.get("id");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rawDocuments = (List<Map<String, Object>>) raw.get("documents");
                List<Planted> documents = new ArrayList<>();
                for (int i = 0; i < rawDocuments.size(); i++) {
                    Map<String, Object> doc = rawDocuments.get(i);
                    documents.add(new Planted(id + "/" + i, Kind.valueOf(((String) doc.get("type")).toUpperCase()),
                            ((Number) doc.get("grade")).intValue(), !Boolean.FALSE.equals(doc.get("published")),
                            (String) doc.get("title"), (String) doc.get("summary"), (String) doc.get("body")));
                }
                queries.add(new Query(id, (String) raw.get("feature"), (String) raw.get("text"),
                        (String) raw.get("topic"), documents));
            }
            List<String> broad = document.read("$.broad_queries");
            return new JudgedSet(queries, broad);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Planted> planted() {
        return queries.stream().flatMap(query -> query.documents().stream()).toList();
    }
}
