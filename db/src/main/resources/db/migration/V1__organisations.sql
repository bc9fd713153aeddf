-- Reference data: the NHS regions and integrated care boards of England, and the organisations of the
-- community (every UK ambulance service and a starting set of other NHS organisations). Administrators
-- add further organisations through the portal.

CREATE TABLE icb (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(10)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    region    VARCHAR(40)  NOT NULL,
    CONSTRAINT uk_icb_code UNIQUE (code),
    CONSTRAINT uk_icb_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    short_name  VARCHAR(40),
    type        VARCHAR(40)  NOT NULL,
    nation      VARCHAR(20)  NOT NULL,
    icb_id      BIGINT,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_organisation_name UNIQUE (name),
    CONSTRAINT fk_organisation_icb FOREIGN KEY (icb_id) REFERENCES icb (id),
    -- Only organisations in England sit in an ICB.
    CONSTRAINT ck_organisation_icb CHECK ((nation = 'ENGLAND') OR (icb_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_type ON organisation (type);

INSERT INTO icb (code, name, region) VALUES
    ('QOX', 'NHS Bath and North East Somerset, Swindon and Wiltshire ICB', 'SOUTH_WEST'),
    ('QHG', 'NHS Bedfordshire, Luton and Milton Keynes ICB', 'EAST_OF_ENGLAND'),
    ('QHL', 'NHS Birmingham and Solihull ICB', 'MIDLANDS'),
    ('QUA', 'NHS Black Country ICB', 'MIDLANDS'),
    ('QUY', 'NHS Bristol, North Somerset and South Gloucestershire ICB', 'SOUTH_WEST'),
    ('QU9', 'NHS Buckinghamshire, Oxfordshire and Berkshire West ICB', 'SOUTH_EAST'),
    ('QUE', 'NHS Cambridgeshire and Peterborough ICB', 'EAST_OF_ENGLAND'),
    ('QYG', 'NHS Cheshire and Merseyside ICB', 'NORTH_WEST'),
    ('QT6', 'NHS Cornwall and the Isles of Scilly ICB', 'SOUTH_WEST'),
    ('QWU', 'NHS Coventry and Warwickshire ICB', 'MIDLANDS'),
    ('QJ2', 'NHS Derby and Derbyshire ICB', 'MIDLANDS'),
    ('QJK', 'NHS Devon ICB', 'SOUTH_WEST'),
    ('QVV', 'NHS Dorset ICB', 'SOUTH_WEST'),
    ('QNQ', 'NHS Frimley ICB', 'SOUTH_EAST'),
    ('QR1', 'NHS Gloucestershire ICB', 'SOUTH_WEST'),
    ('QOP', 'NHS Greater Manchester ICB', 'NORTH_WEST'),
    ('QRL', 'NHS Hampshire and Isle of Wight ICB', 'SOUTH_EAST'),
    ('QGH', 'NHS Herefordshire and Worcestershire ICB', 'MIDLANDS'),
    ('QM7', 'NHS Hertfordshire and West Essex ICB', 'EAST_OF_ENGLAND'),
    ('QOQ', 'NHS Humber and North Yorkshire ICB', 'NORTH_EAST_AND_YORKSHIRE'),
    ('QKS', 'NHS Kent and Medway ICB', 'SOUTH_EAST'),
    ('QE1', 'NHS Lancashire and South Cumbria ICB', 'NORTH_WEST'),
    ('QK1', 'NHS Leicester, Leicestershire and Rutland ICB', 'MIDLANDS'),
    ('QJM', 'NHS Lincolnshire ICB', 'MIDLANDS'),
    ('QH8', 'NHS Mid and South Essex ICB', 'EAST_OF_ENGLAND'),
    ('QMM', 'NHS Norfolk and Waveney ICB', 'EAST_OF_ENGLAND'),
    ('QMJ', 'NHS North Central London ICB', 'LONDON'),
    ('QHM', 'NHS North East and North Cumbria ICB', 'NORTH_EAST_AND_YORKSHIRE'),
    ('QMF', 'NHS North East London ICB', 'LONDON'),
    ('QRV', 'NHS North West London ICB', 'LONDON'),
    ('QPM', 'NHS Northamptonshire ICB', 'MIDLANDS'),
    ('QT1', 'NHS Nottingham and Nottinghamshire ICB', 'MIDLANDS'),
    ('QOC', 'NHS Shropshire, Telford and Wrekin ICB', 'MIDLANDS'),
    ('QSL', 'NHS Somerset ICB', 'SOUTH_WEST'),
    ('QKK', 'NHS South East London ICB', 'LONDON'),
    ('QWE', 'NHS South West London ICB', 'LONDON'),
    ('QF7', 'NHS South Yorkshire ICB', 'NORTH_EAST_AND_YORKSHIRE'),
    ('QNC', 'NHS Staffordshire and Stoke-on-Trent ICB', 'MIDLANDS'),
    ('QJG', 'NHS Suffolk and North East Essex ICB', 'EAST_OF_ENGLAND'),
    ('QXU', 'NHS Surrey Heartlands ICB', 'SOUTH_EAST'),
    ('QNX', 'NHS Sussex ICB', 'SOUTH_EAST'),
    ('QWO', 'NHS West Yorkshire ICB', 'NORTH_EAST_AND_YORKSHIRE');

-- Each ICB is also an organisation in the directory: its own staff can be members.
INSERT INTO organisation (name, short_name, type, nation, icb_id)
SELECT name, NULL, 'INTEGRATED_CARE_BOARD', 'ENGLAND', id FROM icb;

-- The ambulance services of the UK. English trusts sit in the ICB where their headquarters are.
INSERT INTO organisation (name, short_name, type, nation, icb_id) VALUES
    ('East Midlands Ambulance Service NHS Trust', 'EMAS', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QT1')),
    ('East of England Ambulance Service NHS Trust', 'EEAST', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QUE')),
    ('London Ambulance Service NHS Trust', 'LAS', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QKK')),
    ('North East Ambulance Service NHS Foundation Trust', 'NEAS', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QHM')),
    ('North West Ambulance Service NHS Trust', 'NWAS', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QOP')),
    ('South Central Ambulance Service NHS Foundation Trust', 'SCAS', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QU9')),
    ('South East Coast Ambulance Service NHS Foundation Trust', 'SECAmb', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QNX')),
    ('South Western Ambulance Service NHS Foundation Trust', 'SWASFT', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QJK')),
    ('West Midlands Ambulance Service University NHS Foundation Trust', 'WMAS', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QUA')),
    ('Yorkshire Ambulance Service NHS Trust', 'YAS', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QWO')),
    ('Isle of Wight NHS Trust (Ambulance Service)', 'IWAS', 'AMBULANCE_SERVICE', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QRL')),
    ('Welsh Ambulance Services University NHS Trust', 'WAST', 'AMBULANCE_SERVICE', 'WALES', NULL),
    ('Scottish Ambulance Service', 'SAS', 'AMBULANCE_SERVICE', 'SCOTLAND', NULL),
    ('Northern Ireland Ambulance Service Health and Social Care Trust', 'NIAS', 'AMBULANCE_SERVICE',
        'NORTHERN_IRELAND', NULL);

-- A starting set of the wider NHS; administrators add the rest.
INSERT INTO organisation (name, short_name, type, nation, icb_id) VALUES
    ('NHS England', 'NHSE', 'NATIONAL_BODY', 'ENGLAND', NULL),
    ('Association of Ambulance Chief Executives', 'AACE', 'NATIONAL_BODY', 'ENGLAND', NULL),
    ('National Guardian''s Office', 'NGO', 'NATIONAL_BODY', 'ENGLAND', NULL),
    ('Manchester University NHS Foundation Trust', 'MFT', 'ACUTE_TRUST', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QOP')),
    ('Leeds Teaching Hospitals NHS Trust', 'LTHT', 'ACUTE_TRUST', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QWO')),
    ('Guy''s and St Thomas'' NHS Foundation Trust', 'GSTT', 'ACUTE_TRUST', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QKK')),
    ('Oxford Health NHS Foundation Trust', NULL, 'MENTAL_HEALTH_TRUST', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QU9')),
    ('Sussex Community NHS Foundation Trust', NULL, 'COMMUNITY_TRUST', 'ENGLAND',
        (SELECT id FROM icb WHERE code = 'QNX')),
    ('Betsi Cadwaladr University Health Board', 'BCUHB', 'HEALTH_BOARD', 'WALES', NULL),
    ('Cardiff and Vale University Health Board', NULL, 'HEALTH_BOARD', 'WALES', NULL),
    ('NHS Greater Glasgow and Clyde', 'NHSGGC', 'HEALTH_BOARD', 'SCOTLAND', NULL),
    ('NHS Lothian', NULL, 'HEALTH_BOARD', 'SCOTLAND', NULL),
    ('Belfast Health and Social Care Trust', NULL, 'HEALTH_AND_SOCIAL_CARE_TRUST', 'NORTHERN_IRELAND', NULL);
