-- The ten commitments of NHS England's Sexual Safety in Healthcare organisational charter (September 2023):
-- reference data that case studies and policies are tagged with.
CREATE TABLE charter_commitment (
    number      INT          NOT NULL PRIMARY KEY,
    short_title VARCHAR(80)  NOT NULL,
    text        VARCHAR(400) NOT NULL,
    CONSTRAINT uq_charter_commitment_short_title UNIQUE (short_title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO charter_commitment (number, short_title, text) VALUES
(1, 'Eradicate harassment and abuse', 'Eradicate sexual harassment and abuse in the workplace.'),
(2, 'Openness and transparency', 'Promote a culture of openness and transparency that does not tolerate unwanted, harmful or inappropriate sexual behaviour.'),
(3, 'Intersectional approach', 'Take an intersectional approach.'),
(4, 'Support for those affected', 'Provide appropriate support to those who experience it.'),
(5, 'Standards of behaviour', 'Communicate standards of behaviour, including expected action by witnesses.'),
(6, 'Clear policies and timely action', 'Clear policies, including timely action against alleged perpetrators.'),
(7, 'Clear training', 'Clear training.'),
(8, 'Reporting mechanisms', 'Appropriate reporting mechanisms.'),
(9, 'Taking reports seriously', 'Take all reports seriously, with timely action.'),
(10, 'Data on prevalence and experience', 'Capture and share data on prevalence and staff experience transparently.');
