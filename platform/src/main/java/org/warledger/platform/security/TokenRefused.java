package org.warledger.platform.security;

/**
 * Why a verified token still cannot be accepted, in words for the client; the cause of the authentication failure that
 * ends the request with 401.
 */
public class TokenRefused extends RuntimeException {

    public TokenRefused(String message) {
        super(message, null, false, false);
    }
}
