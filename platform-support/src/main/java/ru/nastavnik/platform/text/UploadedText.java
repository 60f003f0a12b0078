package ru.nastavnik.platform.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file a person uploaded: UTF-8 (with or without its byte-order mark), or, when the bytes are not
 * UTF-8, Windows-1251, which Russian Windows and Excel still write.
 */
public final class UploadedText {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private UploadedText() {
    }

    public static String decode(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xff) == 0xEF && (file[1] & 0xff) == 0xBB
                && (file[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file, start, file.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, start, file.length - start, WINDOWS_1251);
        }
    }
}
