package uk.sexualsafety.cop.portal.search.ui;

import uk.sexualsafety.cop.search.SearchHit;

/**
 * One hit as the list shows it, with where it opens.
 *
 * @param hit  what the search found
 * @param href the item's page (or a resource's own address); null when there is nowhere to open it
 */
record ResultRow(SearchHit hit, String href) {

    /** The portal's page for each kind of item; resources have none of their own and are looked up. */
    static String pageOf(SearchHit hit) {
        return switch (hit.type()) {
            case STORY -> "stories/" + hit.id();
            case CASE_STUDY -> "case-studies/" + hit.id();
            case POLICY -> "policies/" + hit.id();
            case RESOURCE -> null;
        };
    }
}
