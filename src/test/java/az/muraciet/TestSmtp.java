package az.muraciet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail SMTP server's setup for tests: a port free when the test JVM started, the same for every test class
 * in that JVM (cached Spring contexts keep the port they were built with), so builds in several checkouts at once do
 * not take each other's port.
 */
public final class TestSmtp {

    public static final ServerSetup SETUP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
