package uk.sexualsafety.cop.portal.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentLimits;

import java.time.Duration;

/**
 * The policy library's settings ({@code portal.policies.*}).
 *
 * @param maxFileSize           the largest file a member may upload
 * @param extractionTimeout     how long reading one file's text may take before it is refused
 * @param maxTextCharacters     the most characters of text kept from one file (at most 2,000,000)
 * @param concurrentExtractions files read at the same time
 * @param waitingExtractions    files that may wait for a free reader before uploads are turned away as busy
 * @param pdfMemory             the memory PDFBox may use for one PDF before it spills to temporary files
 * @param maxUnpackedSize       the most a Word or OpenDocument file's archive may unpack to
 * @param reminderDaysBefore    how many days before its review date a policy's owners are first reminded
 */
@ConfigurationProperties("portal.policies")
public record PolicyProperties(DataSize maxFileSize, Duration extractionTimeout, Integer maxTextCharacters,
                               Integer concurrentExtractions, Integer waitingExtractions, DataSize pdfMemory,
                               DataSize maxUnpackedSize, Integer reminderDaysBefore) {

    /** Text is stored as MEDIUMTEXT and sent in one packet: 2 million characters of 4 bytes stay within both. */
    static final int MAX_TEXT_CHARACTERS = 2_000_000;

    public PolicyProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        extractionTimeout = extractionTimeout == null ? Duration.ofSeconds(30) : extractionTimeout;
        maxTextCharacters = maxTextCharacters == null ? 1_000_000 : maxTextCharacters;
        concurrentExtractions = concurrentExtractions == null ? 2 : concurrentExtractions;
        waitingExtractions = waitingExtractions == null ? 4 : waitingExtractions;
        pdfMemory = pdfMemory == null ? DataSize.ofMegabytes(64) : pdfMemory;
        maxUnpackedSize = maxUnpackedSize == null ? DataSize.ofMegabytes(200) : maxUnpackedSize;
        reminderDaysBefore = reminderDaysBefore == null ? 30 : reminderDaysBefore;
        if (maxTextCharacters > MAX_TEXT_CHARACTERS) {
            throw new IllegalArgumentException("portal.policies.max-text-characters must be at most "
                    + MAX_TEXT_CHARACTERS);
        }
        if (maxFileSize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("portal.policies.max-file-size must be below 2 GB");
        }
        if (reminderDaysBefore < 1) {
            throw new IllegalArgumentException("portal.policies.reminder-days-before must be at least 1");
        }
    }

    DocumentLimits limits() {
        DocumentLimits defaults = DocumentLimits.defaults();
        return new DocumentLimits(maxFileSize.toBytes(), maxTextCharacters, extractionTimeout, pdfMemory.toBytes(),
                defaults.maxArchiveEntries(), maxUnpackedSize.toBytes(), defaults.maxInflateRatio(),
                concurrentExtractions, waitingExtractions);
    }
}
