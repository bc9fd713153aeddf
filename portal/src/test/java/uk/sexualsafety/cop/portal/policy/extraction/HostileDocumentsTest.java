package uk.sexualsafety.cop.portal.policy.extraction;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;
import uk.sexualsafety.cop.portal.policy.extraction.RefusedDocumentException.Reason;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.brokenPdf;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.docx;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.docxBomb;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.docxPadded;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.docxWithEntries;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.executable;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.oldOfficeContainer;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.passwordProtectedPdf;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.pdf;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.pdfWithoutText;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.truncated;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.zippedExecutable;

/**
 * Files that must not become policies: each is refused with its own message, and those that fail the checks before
 * parsing never reach a parser (the parsers here count their calls).
 */
class HostileDocumentsTest {

    private final AtomicInteger parses = new AtomicInteger();

    private DocumentExtractor countingParses(DocumentLimits limits) {
        return new DocumentExtractor(limits, format -> counting(realParser(format)));
    }

    @Test
    void aRenamedExecutableIsRefusedByItsContentBeforeAnyParserSeesIt() {
        assertRefusedUnparsed(executable(), Reason.UNSUPPORTED_TYPE, "is not a PDF, a Word document (.docx) or an "
                + "OpenDocument text (.odt), whatever its name says");
    }

    @Test
    void aWebPageOrAScriptIsNotADocument() {
        assertRefusedUnparsed("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                Reason.UNSUPPORTED_TYPE, "whatever its name says");
        assertRefusedUnparsed("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_TYPE,
                "whatever its name says");
    }

    @Test
    void anArchiveThatIsNoDocumentIsRefusedAfterItsInspection() {
        assertRefusedUnparsed(zippedExecutable(), Reason.UNSUPPORTED_TYPE, "whatever its name says");
    }

    @Test
    void anOldOfficeFileIsRefusedWithAWayForward() {
        assertRefusedUnparsed(oldOfficeContainer(), Reason.UNSUPPORTED_TYPE, "Save the policy in one of those formats");
    }

    @Test
    void aWordDocumentThatUnpacksAThousandfoldIsAZipBombAndIsNeverParsed() {
        assertRefusedUnparsed(docxBomb(10), Reason.UNSAFE_ARCHIVE, "would unpack to far more than any policy "
                + "document needs, so it was not opened");
    }

    @Test
    void aWordDocumentUnpackingToMoreThanTheLimitInAllIsRefused() {
        // Random bytes do not compress, so no single entry has a suspicious ratio: only the total gives it away.
        DocumentLimits limits = new DocumentLimits(20L << 20, 1_000_000, Duration.ofSeconds(30), 64L << 20, 2_000,
                4L << 20, 100, 1, 1);
        try (DocumentExtractor extractor = countingParses(limits)) {
            assertThatThrownBy(() -> extractor.extract(docxPadded(5)))
                    .isInstanceOfSatisfying(RefusedDocumentException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(Reason.UNSAFE_ARCHIVE));
        }
        assertThat(parses).hasValue(0);
    }

    @Test
    void aWordDocumentWithTooManyPartsIsRefused() {
        assertRefusedUnparsed(docxWithEntries(2_100), Reason.UNSAFE_ARCHIVE, "would unpack to far more");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedAsSuch() {
        try (DocumentExtractor extractor = countingParses(DocumentLimits.defaults())) {
            assertThatThrownBy(() -> extractor.extract(passwordProtectedPdf("secret", "Hidden text")))
                    .isInstanceOfSatisfying(RefusedDocumentException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(Reason.ENCRYPTED);
                        assertThat(refused.getMessage()).isEqualTo("This file is protected by a password, so its "
                                + "text cannot be read. Upload a copy without a password.");
                    });
        }
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamagedBeforeParsing() {
        assertRefusedUnparsed(truncated(pdf("A policy that did not finish downloading."), 0.6), Reason.DAMAGED,
                "This file could not be read: it may be damaged or incomplete.");
    }

    @Test
    void aPdfWhoseBodyIsBrokenIsRefusedAsDamaged() {
        try (DocumentExtractor extractor = countingParses(DocumentLimits.defaults())) {
            assertThatThrownBy(() -> extractor.extract(brokenPdf()))
                    .isInstanceOfSatisfying(RefusedDocumentException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(Reason.DAMAGED));
        }
    }

    @Test
    void aTruncatedWordDocumentIsRefusedAsDamaged() {
        assertRefusedUnparsed(truncated(docx("A policy cut short.", "More text."), 0.7), Reason.DAMAGED,
                "may be damaged or incomplete");
    }

    @Test
    void aPdfWithoutTextIsRefusedWithAWayForward() {
        assertThatThrownBy(() -> new DocumentExtractor(DocumentLimits.defaults()).extract(pdfWithoutText()))
                .isInstanceOfSatisfying(RefusedDocumentException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.NO_TEXT);
                    assertThat(refused.getMessage()).contains("may be a scanned image");
                });
    }

    @Test
    void anEmptyOrOversizedFileIsRefusedBeforeItsTypeIsLookedAt() {
        assertRefusedUnparsed(new byte[0], Reason.EMPTY, "This file is empty.");
        try (DocumentExtractor extractor = countingParses(DocumentLimits.defaults().withMaxBytes(1024))) {
            assertThatThrownBy(() -> extractor.extract(docx("x".repeat(5_000))))
                    .isInstanceOfSatisfying(RefusedDocumentException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
                        assertThat(refused.getMessage()).contains("more than the largest file the library takes "
                                + "(1 KB)");
                    });
        }
        assertThat(parses).hasValue(0);
    }

    @Test
    void readingThatTakesTooLongIsStoppedAndItsThreadFreed() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        Parser stuck = new WaitingParser(new CountDownLatch(1), new CountDownLatch(1), interrupted);
        try (DocumentExtractor extractor = new DocumentExtractor(
                DocumentLimits.defaults().withTimeout(Duration.ofMillis(300)).withThreads(1, 0), format -> stuck)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> extractor.extract(pdf("Slow")))
                    .isInstanceOfSatisfying(RefusedDocumentException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(Reason.TIMED_OUT);
                        assertThat(refused.getMessage()).startsWith("Reading this file took longer than 1 second, so it was stopped.");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the parser was interrupted").isTrue();
        }
    }

    @Test
    void whenEveryThreadIsReadingAndNoneMayWaitTheNextFileIsTurnedAwayAsBusy() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Parser waiting = new WaitingParser(entered, release, new CountDownLatch(1));
        try (DocumentExtractor extractor = new DocumentExtractor(DocumentLimits.defaults().withThreads(1, 0),
                format -> waiting)) {
            CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return extractor.extract(pdf("First"));
                } catch (RefusedDocumentException refused) {
                    return refused.reason();
                }
            });
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> extractor.extract(pdf("Second")))
                    .isInstanceOfSatisfying(RefusedDocumentException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(Reason.BUSY));

            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(Reason.NO_TEXT);
        }
    }

    private void assertRefusedUnparsed(byte[] file, Reason reason, String message) {
        try (DocumentExtractor extractor = countingParses(DocumentLimits.defaults())) {
            assertThatThrownBy(() -> extractor.extract(file))
                    .isInstanceOfSatisfying(RefusedDocumentException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(reason);
                        assertThat(refused.getMessage()).contains(message);
                    });
        }
        assertThat(parses).as("parsers that saw the file").hasValue(0);
    }

    private Parser counting(Parser parser) {
        return new Parser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return parser.getSupportedTypes(context);
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws java.io.IOException, org.xml.sax.SAXException, TikaException {
                parses.incrementAndGet();
                parser.parse(stream, handler, metadata, context);
            }
        };
    }

    private static Parser realParser(DocumentFormat format) {
        return switch (format) {
            case PDF -> new org.apache.tika.parser.pdf.PDFParser();
            case DOCX -> new org.apache.tika.parser.microsoft.ooxml.OOXMLParser();
            case ODT -> new org.apache.tika.parser.odf.OpenDocumentParser();
        };
    }

    /** Says it has started, then waits to be released, noting an interruption; writes no text. */
    private record WaitingParser(CountDownLatch entered, CountDownLatch release, CountDownLatch interrupted)
            implements Parser {

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws TikaException {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                Thread.currentThread().interrupt();
                throw new TikaException("interrupted");
            }
        }
    }
}
