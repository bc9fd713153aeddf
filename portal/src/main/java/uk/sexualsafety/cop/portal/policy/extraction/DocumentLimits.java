package uk.sexualsafety.cop.portal.policy.extraction;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How much of the server one document may use.
 *
 * @param maxBytes              the largest file accepted
 * @param maxCharacters         text beyond this many characters is not kept (the document is still accepted)
 * @param timeout               how long reading one document may take
 * @param pdfMainMemoryBytes    the memory PDFBox may use for one PDF's data before it spills to temporary files
 * @param maxArchiveEntries     the most files a Word or OpenDocument file (a zip archive) may hold
 * @param maxUnpackedBytes      the most all of them together may unpack to
 * @param maxInflateRatio       how many times larger than its compressed size a large entry may unpack
 * @param concurrentExtractions documents read at the same time, each on its own thread
 * @param waitingExtractions    documents that may wait for a thread before others are turned away as "busy"
 */
public record DocumentLimits(long maxBytes, int maxCharacters, Duration timeout, long pdfMainMemoryBytes,
                             int maxArchiveEntries, long maxUnpackedBytes, int maxInflateRatio,
                             int concurrentExtractions, int waitingExtractions) {

    public DocumentLimits {
        Objects.requireNonNull(timeout, "timeout");
        positive("maxBytes", maxBytes);
        positive("maxCharacters", maxCharacters);
        positive("pdfMainMemoryBytes", pdfMainMemoryBytes);
        positive("maxArchiveEntries", maxArchiveEntries);
        positive("maxUnpackedBytes", maxUnpackedBytes);
        positive("maxInflateRatio", maxInflateRatio);
        positive("concurrentExtractions", concurrentExtractions);
        if (waitingExtractions < 0) {
            throw new IllegalArgumentException("waitingExtractions must not be negative");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** 20 MB files, a million characters, 30 seconds, two at a time with four waiting. */
    public static DocumentLimits defaults() {
        return new DocumentLimits(20L * 1024 * 1024, 1_000_000, Duration.ofSeconds(30), 64L * 1024 * 1024,
                2_000, 200L * 1024 * 1024, 100, 2, 4);
    }

    public DocumentLimits withMaxBytes(long newMaxBytes) {
        return new DocumentLimits(newMaxBytes, maxCharacters, timeout, pdfMainMemoryBytes, maxArchiveEntries,
                maxUnpackedBytes, maxInflateRatio, concurrentExtractions, waitingExtractions);
    }

    public DocumentLimits withMaxCharacters(int newMaxCharacters) {
        return new DocumentLimits(maxBytes, newMaxCharacters, timeout, pdfMainMemoryBytes, maxArchiveEntries,
                maxUnpackedBytes, maxInflateRatio, concurrentExtractions, waitingExtractions);
    }

    public DocumentLimits withTimeout(Duration newTimeout) {
        return new DocumentLimits(maxBytes, maxCharacters, newTimeout, pdfMainMemoryBytes, maxArchiveEntries,
                maxUnpackedBytes, maxInflateRatio, concurrentExtractions, waitingExtractions);
    }

    public DocumentLimits withThreads(int concurrent, int waiting) {
        return new DocumentLimits(maxBytes, maxCharacters, timeout, pdfMainMemoryBytes, maxArchiveEntries,
                maxUnpackedBytes, maxInflateRatio, concurrent, waiting);
    }

    /** A size as people read it: "20 MB", "850 KB". */
    public static String describe(long bytes) {
        if (bytes >= 1024 * 1024) {
            double megabytes = bytes / (1024.0 * 1024.0);
            return megabytes == Math.floor(megabytes) ? String.format(Locale.UK, "%.0f MB", megabytes)
                    : String.format(Locale.UK, "%.1f MB", megabytes);
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
