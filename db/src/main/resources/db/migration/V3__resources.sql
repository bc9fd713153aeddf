-- The community's resources: training, guidance, recordings and toolkits, each a link with a summary.

CREATE TABLE resource (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(200)  NOT NULL,
    summary      VARCHAR(4000) NOT NULL,
    url          VARCHAR(2000) NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    audience     VARCHAR(20)   NOT NULL,
    published_on DATE          NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_theme (
    resource_id BIGINT      NOT NULL,
    theme       VARCHAR(40) NOT NULL,
    PRIMARY KEY (resource_id, theme),
    CONSTRAINT fk_resource_theme_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
