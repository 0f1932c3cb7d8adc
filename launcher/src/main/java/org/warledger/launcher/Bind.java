package org.warledger.launcher;

import java.util.List;

/**
 * The address the local apps listen on: 127.0.0.1 (this machine only) unless told otherwise with {@code up --bind} or
 * WARLEDGER_BIND; 0.0.0.0 opens them to every network this machine is on. Nothing else is taken, because the launcher
 * itself, status, import and export reach the apps through localhost.
 */
record Bind(String address) {

    static final Bind LOOPBACK = new Bind("127.0.0.1");
    static final Bind EVERY_INTERFACE = new Bind("0.0.0.0");

    /** The option if given, else WARLEDGER_BIND if set, else loopback. */
    static Bind of(String option, String environment) {
        String chosen = option != null ? option : environment;
        if (chosen == null || chosen.isBlank()) {
            return LOOPBACK;
        }
        for (Bind known : List.of(LOOPBACK, EVERY_INTERFACE)) {
            if (known.address().equals(chosen.strip())) {
                return known;
            }
        }
        throw new LauncherException("cannot bind the apps to \"" + chosen + "\": use 127.0.0.1 (this machine only, "
                + "the default) or 0.0.0.0 (every interface)");
    }

    boolean everyInterface() {
        return EVERY_INTERFACE.equals(this);
    }
}
