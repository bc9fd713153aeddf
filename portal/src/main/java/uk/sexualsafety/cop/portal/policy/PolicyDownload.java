package uk.sexualsafety.cop.portal.policy;

import java.io.InputStream;

/**
 * A version's file, ready to stream: the name it was uploaded with, the type its content showed, its size, and its
 * bytes read part by part from the database as the stream is read.
 */
public record PolicyDownload(String fileName, String mediaType, long size, InputStream content) {

    @Override
    public String toString() {
        return "PolicyDownload[" + mediaType + ", " + size + " bytes]";
    }
}
