package org.warledger.platform.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.warledger.platform.failure.Refusal;
import org.warledger.platform.failure.Refusals;

/**
 * The physical lines of an NDJSON body, read from its stream one at a time with the limits enforced as the bytes
 * arrive: the line after the last one allowed, or a line longer than allowed, ends the import before anything more is
 * read. A line ends at LF; a CR just before it (CRLF) belongs to the line break. A lone CR ends no line: it stays in
 * the line, whose JSON then tells whether it was mere whitespace or a second record. A final line break starts no
 * further line.
 */
final class NdjsonLines {

    private final InputStream in;
    private final int maxLines;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private boolean exhausted;
    private int number;

    NdjsonLines(InputStream in, int maxLines, int maxLineBytes) {
        this.in = in;
        this.maxLines = maxLines;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the line {@link #next()} returned last, counting from 1. */
    int number() {
        return number;
    }

    /** The next line's bytes without its line break, or null at the end of the body. */
    byte[] next() throws IOException {
        if (!fill()) {
            return null;
        }
        if (number == maxLines) {
            throw Refusals.tooLarge("an import holds at most " + maxLines + " lines, blank ones included; line "
                    + (maxLines + 1) + " was refused: split the file");
        }
        number++;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (fill()) {
            int lf = position;
            while (lf < end && buffer[lf] != '\n') {
                lf++;
            }
            // One byte more than the limit may be the CR of a CRLF.
            if (line.size() + (lf - position) > maxLineBytes + 1) {
                throw tooLong();
            }
            line.write(buffer, position, lf - position);
            position = lf;
            if (lf < end) {
                position++;
                break;
            }
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (length > maxLineBytes) {
            throw tooLong();
        }
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    private Refusal tooLong() {
        return Refusals.tooLarge(
                "line " + number + " is longer than " + maxLineBytes + " bytes, the most one import line may hold");
    }

    private boolean fill() throws IOException {
        if (position < end) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        int read;
        do {
            read = in.read(buffer);
        } while (read == 0);
        if (read < 0) {
            exhausted = true;
            return false;
        }
        position = 0;
        end = read;
        return true;
    }
}
