package io.github.gongwen.fix;

/** Why a file was not fixed; the file is left as it was. */
public final class FixException extends Exception {
    private static final long serialVersionUID = 1L;

    public FixException(String message) {
        super(message);
    }

    public FixException(String message, Throwable cause) {
        super(message, cause);
    }
}
