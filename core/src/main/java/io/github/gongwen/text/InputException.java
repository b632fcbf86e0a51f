package io.github.gongwen.text;

/**
 * A report file that cannot be checked: unreadable, binary, or not decodable as text. The
 * message names the file and the reason, e.g. {@code "a.txt: binary file (ZIP archive)"}.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String reason;

    public InputException(String file, String reason) {
        this(file, reason, null);
    }

    public InputException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file as named by the caller. */
    public String file() {
        return file;
    }

    /** Why the file cannot be checked, without the file name. */
    public String reason() {
        return reason;
    }
}
