package uk.sexualsafety.cop.portal.database;

/** No database server was named, and this build (the Docker image's) has no embedded MariaDB to start instead. */
class NoDatabaseConfiguredException extends IllegalStateException {

    NoDatabaseConfiguredException() {
        super("No database is configured and this build has no embedded MariaDB");
    }
}
