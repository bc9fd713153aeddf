package uk.sexualsafety.cop.portal.policy;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Policy files made by the tests themselves: real PDF (PDFBox), Word (POI) and OpenDocument (a zip written here)
 * documents with the given paragraphs, and hostile files: a renamed executable, zip bombs, a password-protected PDF,
 * a truncated PDF and a PDF with a broken body.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A one-page PDF, each paragraph on its own line with space between. */
    public static byte[] pdf(String... paragraphs) {
        return pdf(null, paragraphs);
    }

    /** A PDF that opens only with {@code userPassword}. */
    public static byte[] passwordProtectedPdf(String userPassword, String... paragraphs) {
        return pdf(new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission()),
                paragraphs);
    }

    /** A PDF that opens without a password but carries an owner password, as many published policies do. */
    public static byte[] ownerRestrictedPdf(String... paragraphs) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanModify(false);
        return pdf(new StandardProtectionPolicy("owner-only", "", permissions), paragraphs);
    }

    private static byte[] pdf(StandardProtectionPolicy protection, String... paragraphs) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(60, 780);
                for (String paragraph : paragraphs) {
                    content.showText(paragraph);
                    content.newLineAtOffset(0, -30);
                }
                content.endText();
            }
            if (protection != null) {
                protection.setEncryptionKeyLength(128);
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document with one paragraph per string. */
    public static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text: its mimetype first and stored, a manifest, and the paragraphs in content.xml. */
    public static byte[] odt(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escape(paragraph)).append("</text:p>");
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">\
                <office:body><office:text>%s</office:text></office:body></office:document-content>"""
                .formatted(body);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                manifest:version="1.3">\
                <manifest:file-entry manifest:full-path="/" \
                manifest:media-type="application/vnd.oasis.opendocument.text"/>\
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                </manifest:manifest>""";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            stored(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            deflated(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            deflated(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of a Windows executable ("MZ", a DOS stub and a PE header), whatever name it is given. */
    public static byte[] executable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        byte[] pe = {'P', 'E', 0, 0, 0x4C, 0x01};
        System.arraycopy(pe, 0, exe, 0x80, pe.length);
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        return exe;
    }

    /** A real Word document with one more entry: {@code megabytes} of zeros that compress a thousandfold. */
    public static byte[] docxBomb(int megabytes) {
        byte[] zeros = new byte[1024 * 1024];
        return withExtraEntries(docx("A policy with a surprise inside."), zip -> {
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        });
    }

    /** A real Word document with {@code count} extra small entries. */
    public static byte[] docxWithEntries(int count) {
        return withExtraEntries(docx("A policy in many pieces."), zip -> {
            for (int i = 0; i < count; i++) {
                deflated(zip, "customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.US_ASCII));
            }
        });
    }

    /** A real Word document with extra entries of random bytes (which do not compress) adding up to the size. */
    public static byte[] docxPadded(int megabytes) {
        return docxPadded(megabytes, "A policy with large pictures.");
    }

    /** The same, with these paragraphs. */
    public static byte[] docxPadded(int megabytes, String... paragraphs) {
        Random random = new Random(17);
        return withExtraEntries(docx(paragraphs), zip -> {
            for (int i = 0; i < megabytes; i++) {
                byte[] noise = new byte[1024 * 1024];
                random.nextBytes(noise);
                deflated(zip, "customXml/padding" + i + ".xml", noise); // a type the package declares
            }
        });
    }

    /** A zip archive holding an executable, under any name a person might give it. */
    public static byte[] zippedExecutable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            deflated(zip, "setup.exe", executable());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An empty OLE2 container, as old Office files (.doc) are. */
    public static byte[] oldOfficeContainer() {
        try (POIFSFileSystem filesystem = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filesystem.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "Something");
            filesystem.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first part of a file, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] file, double keep) {
        return Arrays.copyOf(file, (int) (file.length * keep));
    }

    /** A PDF header and end marker around bytes that are no PDF at all. */
    public static byte[] brokenPdf() {
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(junk);
        out.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A PDF with a page but no text on it, like a scan. */
    public static byte[] pdfWithoutText() {
        return pdf();
    }

    /** Paragraphs of {@code words} words each, for tests of long documents. */
    public static List<String> paragraphs(int count, int words) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(p -> String.join(" ", java.util.Collections.nCopies(words, "word" + p)))
                .toList();
    }

    private interface ZipWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    /** Copies an archive's entries into a new one, then adds more. */
    private static byte[] withExtraEntries(byte[] archive, ZipWriter more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(archive));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                deflated(zip, entry.getName(), in.readAllBytes());
            }
            more.write(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
