package jp.meetingsearch.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jp.meetingsearch.elasticsearch.LocalNode;

/**
 * A secured cluster in front of an unsecured node: nginx on a free loopback port, terminating TLS with a
 * certificate signed by a CA made here, and letting through only requests with the given basic credentials or
 * API key. Started by the test with its own config and prefix in a temp folder (no system service).
 */
public final class TlsProxy implements AutoCloseable {
    private final Process nginx;
    private final Path dir;
    private final int port;

    private TlsProxy(Process nginx, Path dir, int port) {
        this.nginx = nginx;
        this.dir = dir;
        this.port = port;
    }

    /** The nginx binary, if this machine has one (loaders/verify installs Debian's). */
    public static Path nginxBinary() {
        for (String p : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /** True when openssl can be run (to make the certificates). */
    public static boolean opensslAvailable() {
        try {
            return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Makes a CA and a server certificate for 127.0.0.1 in {@code dir}, and starts nginx there before
     * {@code upstream}, accepting {@code user:password} (basic) or {@code apiKey} (header {@code ApiKey …}).
     */
    public static TlsProxy start(Path dir, URI upstream, String user, String password, String apiKey)
            throws IOException, InterruptedException {
        Files.writeString(dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                + "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        makeCa(dir, "ca");
        openssl(dir, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
                "-subj", "/CN=127.0.0.1");
        openssl(dir, "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "server.pem", "-days", "2", "-extfile", "server.ext");
        int port = LocalNode.freePort();
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("logs"));
        // run as root (CI), nginx's workers would switch to "nobody", who cannot enter the private temp folder
        String runAs = jp.meetingsearch.config.LocalNodeConfig.isRoot() ? "user root;\n" : "";
        Files.writeString(dir.resolve("nginx.conf"), runAs + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    map_hash_bucket_size 256;
                    client_body_temp_path %1$s/tmp-body;
                    proxy_temp_path %1$s/tmp-proxy;
                    fastcgi_temp_path %1$s/tmp-fastcgi;
                    uwsgi_temp_path %1$s/tmp-uwsgi;
                    scgi_temp_path %1$s/tmp-scgi;
                    map $http_authorization $authorized {
                        default 0;
                        "Basic %2$s" 1;
                        "ApiKey %3$s" 1;
                    }
                    server {
                        listen 127.0.0.1:%4$d ssl;
                        ssl_certificate %1$s/server.pem;
                        ssl_certificate_key %1$s/server.key;
                        client_max_body_size 200m;
                        location / {
                            if ($authorized = 0) {
                                add_header WWW-Authenticate 'Basic realm="security"' always;
                                return 401 '{"error":{"type":"security_exception","reason":"unable to authenticate"},"status":401}';
                            }
                            proxy_set_header Authorization "";
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_buffering off;
                            proxy_request_buffering off;
                            proxy_read_timeout 120s;
                            proxy_pass %5$s;
                        }
                    }
                }
                """.formatted(dir.toAbsolutePath(), basic, apiKey, port, upstream));
        Path binary = nginxBinary();
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "-p", dir.toAbsolutePath().toString(), "-c",
                dir.resolve("nginx.conf").toAbsolutePath().toString(), "-e",
                dir.resolve("logs/error.log").toAbsolutePath().toString()));
        Process nginx = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/console.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!LocalNode.portInUse(port)) {
            if (!nginx.isAlive() || Instant.now().isAfter(deadline)) {
                nginx.destroyForcibly();
                throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("logs/console.log"))
                        + Files.readString(dir.resolve("logs/error.log")));
            }
            Thread.sleep(100);
        }
        return new TlsProxy(nginx, dir, port);
    }

    /** Makes another CA, unrelated to the proxy's certificate; returns its PEM file. */
    public Path otherCa() throws IOException, InterruptedException {
        makeCa(dir, "other-ca");
        return dir.resolve("other-ca.pem");
    }

    /** The PEM file of the CA that signed the proxy's certificate. */
    public Path caCert() {
        return dir.resolve("ca.pem");
    }

    public URI url() {
        return URI.create("https://127.0.0.1:" + port);
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        if (!nginx.waitFor(20, TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }

    private static void makeCa(Path dir, String name) throws IOException, InterruptedException {
        openssl(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".pem",
                "-days", "2", "-subj", "/CN=meeting-search test " + name);
    }

    private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("openssl " + String.join(" ", args) + " failed:\n" + out);
        }
    }
}
