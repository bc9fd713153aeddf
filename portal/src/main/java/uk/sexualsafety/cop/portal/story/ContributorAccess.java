package uk.sexualsafety.cop.portal.story;

/**
 * How a contributor proves a story is theirs on every request: the receipt code they hold, or the signed-in account
 * the story is linked to. Nothing else opens a story that is not published.
 */
public sealed interface ContributorAccess {

    record ByReceiptCode(String code) implements ContributorAccess {

        @Override
        public String toString() {
            return "ByReceiptCode[hidden]";
        }
    }

    record ByAccount(long storyId) implements ContributorAccess {
    }

    static ContributorAccess receiptCode(String code) {
        return new ByReceiptCode(code);
    }

    static ContributorAccess ownStory(long storyId) {
        return new ByAccount(storyId);
    }
}
