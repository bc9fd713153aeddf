-- For the search benchmark only (decision 021), never a product migration: MariaDB FULLTEXT indexes over the text
-- the search index holds, so that the same queries can run through MATCH ... AGAINST on the same rows. The benchmark
-- adds this folder to spring.flyway.locations in its own configuration.

ALTER TABLE resource ADD FULLTEXT INDEX ft_bench_resource (title, summary);

ALTER TABLE story ADD FULLTEXT INDEX ft_bench_story (title, body);

-- A policy's own words and the text of its versions live in two tables, so they need two indexes.
ALTER TABLE policy ADD FULLTEXT INDEX ft_bench_policy (title, summary);

ALTER TABLE policy_version ADD FULLTEXT INDEX ft_bench_policy_version (text);

ALTER TABLE case_study_version ADD FULLTEXT INDEX ft_bench_case_study_version (title, summary, account,
    risk_assessment, review_group, interim_measures_detail, police_detail, support_person_harmed,
    support_person_accused, support_others, outcome, learning_points);
