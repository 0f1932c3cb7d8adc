package org.warledger.launcher;

/** A failure the user can act on; printed as one line, without a stack trace. */
class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
