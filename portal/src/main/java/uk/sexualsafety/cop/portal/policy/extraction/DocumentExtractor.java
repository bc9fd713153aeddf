package uk.sexualsafety.cop.portal.policy.extraction;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads the text of an uploaded policy, or refuses the file with a message for its uploader. In this order, each
 * step only when the one before passed:
 * <ol>
 *     <li>size: empty or over the limit is refused before anything else;</li>
 *     <li>type by content: Tika's magic-byte detector on the bytes (the name is never consulted), so that only a
 *     PDF or a zip archive goes further (an executable, whatever it is called, stops here);</li>
 *     <li>for an archive, {@link ArchiveInspector} unpacks it counting, against zip bombs, before Tika's container
 *     detector looks inside to tell a Word document or OpenDocument text from any other archive;</li>
 *     <li>a PDF must end as complete PDFs do;</li>
 *     <li>only then the parser for that one format reads the text, with PDFBox's memory limited, no OCR, embedded
 *     documents left alone, POI's zip limits in force, and {@link ParagraphText} keeping at most the character
 *     limit.</li>
 * </ol>
 * Everything after the size check runs on a bounded pool of threads under a time limit; when every thread is busy
 * and the queue is full the file is refused as "busy" rather than queued without end. A parser that ignores its
 * interruption keeps one of the pool's threads until it ends, and no more.
 */
public final class DocumentExtractor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DocumentExtractor.class);
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final MediaType ENCRYPTED_OOXML = MediaType.application("x-tika-ooxml-protected");
    private static final MediaType OLD_WORD = MediaType.application("msword");
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Readers look for the end marker within the last kilobyte, allowing trailing junk. */
    private static final int PDF_END_WINDOW = 1024;

    private final DocumentLimits limits;
    private final Function<DocumentFormat, Parser> parsers;
    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = magic.getMediaTypeRegistry();
    private final Detector containers = new DefaultDetector(magic);
    private final ArchiveInspector archives;
    private final ThreadPoolExecutor pool;

    public DocumentExtractor(DocumentLimits limits) {
        this(limits, DocumentExtractor::parserFor);
    }

    /** With other parsers, for tests of the time limit and the pool. */
    DocumentExtractor(DocumentLimits limits, Function<DocumentFormat, Parser> parsers) {
        this.limits = Objects.requireNonNull(limits);
        this.parsers = Objects.requireNonNull(parsers);
        this.archives = new ArchiveInspector(limits);
        this.pool = pool(limits);
        applyPoiLimits(limits);
    }

    /**
     * The document's format and text.
     *
     * @throws RefusedDocumentException when it is not a document the library takes, or cannot be read safely
     */
    public ExtractedDocument extract(byte[] bytes) {
        return extract(DocumentContent.of(Objects.requireNonNull(bytes, "bytes")));
    }

    /**
     * The format and text of an uploaded file, read from the disk: only the parser's own buffers are in memory.
     *
     * @throws RefusedDocumentException when it is not a document the library takes, or cannot be read safely
     */
    public ExtractedDocument extract(Path file) {
        return extract(DocumentContent.of(Objects.requireNonNull(file, "file")));
    }

    private ExtractedDocument extract(DocumentContent content) {
        long size = content.size();
        if (size == 0) {
            throw Refusals.empty();
        }
        if (size > limits.maxBytes()) {
            throw Refusals.tooLarge(size, limits.maxBytes());
        }
        Future<ExtractedDocument> reading;
        try {
            reading = pool.submit(() -> read(content));
        } catch (RejectedExecutionException full) {
            throw refused(Refusals.busy());
        }
        try {
            return reading.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw refused(Refusals.timedOut(limits.timeout()));
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw refused(Refusals.busy());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RefusedDocumentException refused) {
                throw refused(refused);
            }
            // Never the message: parsers quote the document's content in theirs.
            log.warn("A policy document could not be read ({})", e.getCause().getClass().getName());
            throw refused(Refusals.damaged());
        }
    }

    /** The checks, then the parse; on a pool thread. */
    private ExtractedDocument read(DocumentContent content) throws IOException {
        DocumentFormat format = format(content);
        if (format == DocumentFormat.PDF && !endsAsPdfsDo(content.tail(PDF_END_WINDOW))) {
            throw Refusals.damaged();
        }
        ParagraphText text = new ParagraphText(limits.maxCharacters());
        try (TikaInputStream in = content.open()) {
            Metadata metadata = new Metadata();
            metadata.set(Metadata.CONTENT_TYPE, format.mediaType());
            parsers.apply(format).parse(in, text, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw Refusals.encrypted();
        } catch (Exception e) {
            if (!text.limitReached()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw Refusals.timedOut(limits.timeout());
                }
                if (hasCause(e, EncryptedDocumentException.class)
                        || hasCause(e, org.apache.poi.EncryptedDocumentException.class)) {
                    throw Refusals.encrypted();
                }
                log.info("A policy document could not be parsed ({})", e.getClass().getName());
                throw Refusals.damaged();
            }
        }
        String found = text.text();
        if (found.isBlank()) {
            throw Refusals.noText();
        }
        return new ExtractedDocument(format, found, text.limitReached());
    }

    private DocumentFormat format(DocumentContent content) throws IOException {
        MediaType byMagic = detect(magic, content);
        if (byMagic.equals(MediaType.application("pdf"))) {
            return DocumentFormat.PDF;
        }
        if (registry.isInstanceOf(byMagic, OLE2)) {
            // Old Word files and password-protected Word documents are both OLE2 containers: say which.
            MediaType inside = detect(containers, content);
            if (inside.equals(ENCRYPTED_OOXML)) {
                throw Refusals.encrypted();
            }
            throw inside.equals(OLD_WORD) ? Refusals.oldWordFormat() : Refusals.unsupported();
        }
        if (!registry.isInstanceOf(byMagic, MediaType.APPLICATION_ZIP)) {
            throw Refusals.unsupported();
        }
        archives.inspect(content);
        MediaType container = detect(containers, content);
        return DocumentFormat.ofMediaType(container.getBaseType().toString())
                .filter(format -> format != DocumentFormat.PDF)
                .orElseThrow(Refusals::unsupported);
    }

    private static MediaType detect(Detector detector, DocumentContent content) throws IOException {
        try (InputStream in = content.open()) {
            return detector.detect(in, new Metadata());
        }
    }

    /** Whether the end marker is in the file's last kilobyte ({@code tail}). */
    private static boolean endsAsPdfsDo(byte[] tail) {
        for (int i = tail.length - PDF_END.length; i >= 0; i--) {
            if (regionMatches(tail, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(byte[] bytes, int at) {
        for (int j = 0; j < PDF_END.length; j++) {
            if (bytes[at + j] != PDF_END[j]) {
                return false;
            }
        }
        return true;
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setExtractBookmarksText(false);
        pdf.setExtractActions(false);
        pdf.setMaxMainMemoryBytes(limits.pdfMainMemoryBytes());
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setExtractMacros(false);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        // Streams the document's XML instead of building it in memory.
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        // Attachments inside the document (another file, an object) are never opened.
        context.set(EmbeddedDocumentExtractor.class, new LeaveEmbeddedDocumentsAlone());
        return context;
    }

    private static Parser parserFor(DocumentFormat format) {
        return switch (format) {
            case PDF -> new PDFParser();
            case DOCX -> new OOXMLParser();
            case ODT -> new OpenDocumentParser();
        };
    }

    /**
     * POI's own zip-bomb guard for the Word parser, as a second line behind {@link ArchiveInspector}. POI keeps
     * these settings for the whole JVM; every extractor sets the same values from its limits.
     */
    private static void applyPoiLimits(DocumentLimits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
        ZipSecureFile.setMaxFileCount(limits.maxArchiveEntries());
        ZipSecureFile.setMaxTextSize(Math.max(ZipSecureFile.getMaxTextSize(), limits.maxCharacters() * 2L));
    }

    private static ThreadPoolExecutor pool(DocumentLimits limits) {
        BlockingQueue<Runnable> queue = limits.waitingExtractions() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(limits.waitingExtractions());
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "policy-text-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(limits.concurrentExtractions(), limits.concurrentExtractions(), 0,
                TimeUnit.MILLISECONDS, queue, factory, new ThreadPoolExecutor.AbortPolicy());
    }

    private static RefusedDocumentException refused(RefusedDocumentException refused) {
        log.info("A policy document was refused: {}", refused.reason());
        return refused;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    public DocumentLimits limits() {
        return limits;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class LeaveEmbeddedDocumentsAlone implements EmbeddedDocumentExtractor {

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded says no
        }
    }
}
