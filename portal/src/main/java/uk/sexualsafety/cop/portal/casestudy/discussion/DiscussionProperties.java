package uk.sexualsafety.cop.portal.casestudy.discussion;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param flagsToHide      how many members' flags hide a published comment until a moderator decides
 * @param maxCommentLength the longest comment, in characters
 */
@ConfigurationProperties("portal.discussion")
public record DiscussionProperties(Integer flagsToHide, Integer maxCommentLength) {

    public DiscussionProperties {
        flagsToHide = flagsToHide == null ? 3 : flagsToHide;
        maxCommentLength = maxCommentLength == null ? 4000 : maxCommentLength;
        if (flagsToHide < 1) {
            throw new IllegalArgumentException("portal.discussion.flags-to-hide must be at least 1");
        }
        if (maxCommentLength < 1) {
            throw new IllegalArgumentException("portal.discussion.max-comment-length must be at least 1");
        }
    }
}
