package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jp.meetingsearch.config.LocalNodeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's own single-node Elasticsearch on 127.0.0.1: reused when one already answers on the port, else
 * started from the cached distribution with our analysis plugin, and stopped on {@link #close()} only if this
 * process started it.
 */
public final class LocalNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalNode.class);
    private static final String CLUSTER_NAME = "meeting-search";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** How long a program already on the port gets to answer before it is called stuck. */
    private static final Duration REUSE_PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final java.util.regex.Pattern BIND_FAILURE = java.util.regex.Pattern.compile(
            "Failed to bind to (?:/?127\\.0\\.0\\.1)?:?\\[?(\\d+(?:-\\d+)?)\\]?");
    /** How long the node gets to stop by itself before it is killed: the whole stop stays within 10 s. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(8);
    /** In the node's data folder: the pid and start time of the process that started the node and owns it. */
    static final String OWNER_FILE = "owner.pid";
    /**
     * Kills the node when its owner is gone, whatever ended the owner (a SIGKILL runs no shutdown hook): polls
     * the owner and the node's wrapper every second; a node that outlives its owner gets TERM, then KILL.
     */
    private static final String WATCHDOG = """
            owner=$1; wrapper=$2; pidfile=$3
            while kill -0 "$owner" 2>/dev/null && kill -0 "$wrapper" 2>/dev/null; do sleep 1; done
            kill -0 "$wrapper" 2>/dev/null || exit 0
            es=$(cat "$pidfile" 2>/dev/null)
            kill -TERM "${es:-$wrapper}" 2>/dev/null
            i=0
            while [ $i -lt 8 ] && kill -0 "${es:-$wrapper}" 2>/dev/null; do sleep 1; i=$((i+1)); done
            [ -n "$es" ] && kill -KILL "$es" 2>/dev/null
            kill -KILL "$wrapper" 2>/dev/null
            exit 0
            """;

    private final URI url;
    private volatile Process process;
    private final Path pidFile;
    private final Path logsDir;
    private final Thread shutdownHook;
    private final List<Runnable> beforeStop = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How to start the node again (null for a node this process did not start). */
    private final Launch launch;
    private volatile boolean stopping;
    private Thread watcher;
    /** The watchdog of the current process (a new one for each start). */
    private volatile Process watchdog;

    /**
     * What starting the node took: its configuration, plugin, cluster and extra settings, to start it again the same
     * way.
     */
    private record Launch(LocalNodeConfig cfg, Path pluginZip, Cluster cluster, Map<String, String> extraSettings) {
    }

    private LocalNode(URI url, Process process, Path pidFile, Path logsDir, Launch launch) {
        this.url = url;
        this.process = process;
        this.pidFile = pidFile;
        this.logsDir = logsDir;
        this.launch = launch;
        if (process != null) {
            shutdownHook = new Thread(() -> {
                // what must still reach the node (a loader turning refresh back on) goes first
                beforeStop.forEach(Runnable::run);
                stop();
            }, "stop-local-elasticsearch");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } else {
            shutdownHook = null;
        }
    }

    /**
     * Runs {@code task} when the process is stopped by a signal, before the node this process started is stopped.
     *
     * @return cancels it
     */
    Runnable beforeStop(Runnable task) {
        beforeStop.add(task);
        return () -> beforeStop.remove(task);
    }

    /**
     * How a node finds its cluster: alone ({@link #SINGLE}, single-node discovery), or as one node of several on
     * this machine, each with its own HTTP and transport port, finding the others through their transport ports.
     *
     * @param name           the cluster's name (nodes only join a cluster of their own name)
     * @param nodeName       this node's name
     * @param transportPort  this node's transport port (0: a free port chosen at each start)
     * @param seedHosts      host:transport-port of the nodes to discover
     * @param initialMasters names of the master-eligible nodes that elect the first master of a new cluster
     */
    public record Cluster(String name, String nodeName, int transportPort, List<String> seedHosts,
            List<String> initialMasters) {
        /** A cluster of this node alone. */
        public static final Cluster SINGLE = new Cluster(CLUSTER_NAME, "local", 0, List.of(), List.of());

        public Cluster {
            seedHosts = List.copyOf(seedHosts);
            initialMasters = List.copyOf(initialMasters);
        }

        boolean single() {
            return seedHosts.isEmpty();
        }

        /** The discovery lines of {@code elasticsearch.yml}; {@code freeTransportPort} where none is set. */
        String settings(int freeTransportPort) {
            String common = "cluster.name: " + name + "\nnode.name: " + nodeName + "\ntransport.port: "
                    + (transportPort == 0 ? freeTransportPort : transportPort) + "\n";
            if (single()) {
                return common + "discovery.type: single-node\n";
            }
            return common + "discovery.seed_hosts: " + seedHosts + "\ncluster.initial_master_nodes: " + initialMasters
                    + "\n";
        }
    }

    /** The node's base URL, e.g. {@code http://127.0.0.1:9200}. */
    public URI url() {
        return url;
    }

    /** True when this process started the node (and will stop it on close). */
    public boolean startedHere() {
        return process != null;
    }

    /**
     * Uses the node that answers on the configured port, or starts one. A port held by something that is not
     * Elasticsearch is an error that says so.
     */
    public static LocalNode startOrReuse(LocalNodeConfig cfg, Path pluginZip) {
        URI url = URI.create("http://127.0.0.1:" + cfg.port());
        if (portInUse(cfg.port()) && stopLeftBehind(cfg.dataDir(), cfg.port())) {
            return start(cfg, pluginZip);
        }
        if (portInUse(cfg.port())) {
            Probe probe = probe(url, REUSE_PROBE_TIMEOUT);
            if (probe.body() != null && probe.body().contains("\"cluster_name\"")) {
                LOG.info("Using the Elasticsearch node already running at {}", url);
                return new LocalNode(url, null, null, null, null);
            }
            if (probe.timedOut()) {
                throw new LocalNodeException("port " + cfg.port() + " on 127.0.0.1 accepts connections but did not "
                        + "answer within " + REUSE_PROBE_TIMEOUT.toSeconds() + " s: an Elasticsearch that is stuck "
                        + "(out of memory, a long pause) or another program. Look at the program holding the port "
                        + "(e.g. 'ss -ltnp sport = :" + cfg.port() + "'), restart it, or choose another port with "
                        + "ES_LOCAL_PORT");
            }
            throw new LocalNodeException("port " + cfg.port() + " on 127.0.0.1 is in use by a program that is not "
                    + "Elasticsearch; stop it or choose another port with ES_LOCAL_PORT");
        }
        return start(cfg, pluginZip);
    }

    /** Starts a new node; the port must be free. */
    public static LocalNode start(LocalNodeConfig cfg, Path pluginZip) {
        return start(cfg, pluginZip, Map.of());
    }

    /**
     * Starts a new node with extra lines in its {@code elasticsearch.yml} (static node settings, e.g. a small write
     * queue for a test of back pressure); the port must be free.
     */
    public static LocalNode start(LocalNodeConfig cfg, Path pluginZip, Map<String, String> extraSettings) {
        return start(cfg, pluginZip, Cluster.SINGLE, extraSettings);
    }

    /**
     * Starts a new node of {@code cluster} (see {@link Cluster}) with extra lines in its {@code elasticsearch.yml};
     * the ports must be free. A node of several waits until the cluster has elected a master.
     */
    public static LocalNode start(LocalNodeConfig cfg, Path pluginZip, Cluster cluster,
                                  Map<String, String> extraSettings) {
        requireJava21();
        if (!Files.isRegularFile(pluginZip)) {
            throw new LocalNodeException("the analysis plugin zip " + pluginZip + " does not exist: build it with "
                    + "'mvn package' (loaders/serve does this)");
        }
        Launch launch = new Launch(cfg, pluginZip, cluster, Map.copyOf(extraSettings));
        Process p = launch(launch);
        LocalNode node = new LocalNode(URI.create("http://127.0.0.1:" + cfg.port()), p,
                cfg.dataDir().resolve("elasticsearch.pid"), cfg.dataDir().resolve("logs"), launch);
        node.guard(p);
        // nodes of a cluster on one machine start side by side and share its cores
        node.awaitHealthy(START_TIMEOUT.multipliedBy(Math.max(1, cluster.seedHosts().size())));
        return node;
    }

    /** Starts the node's process (not yet healthy): home prepared, configuration written, a free transport port. */
    private static Process launch(Launch launch) {
        LocalNodeConfig cfg = launch.cfg();
        Map<String, String> extraSettings = launch.extraSettings();
        Path pluginZip = launch.pluginZip();
        long t0 = System.nanoTime();
        Path home = Distribution.prepareHome(cfg, pluginZip);
        long prepared = System.nanoTime();
        try {
            Path data = cfg.dataDir();
            Path conf = data.resolve("config");
            Path nodeData = data.resolve("data");
            Path logs = data.resolve("logs");
            Files.createDirectories(conf.resolve("jvm.options.d"));
            Files.createDirectories(nodeData);
            Files.createDirectories(logs);
            writeConfig(home, conf, nodeData, logs, cfg, launch.cluster(), extraSettings);
            Path pid = data.resolve("elasticsearch.pid");
            Files.deleteIfExists(pid);
            Path console = logs.resolve("console.log");
            List<String> cmd = new ArrayList<>();
            boolean root = LocalNodeConfig.isRoot();
            if (root) {
                ensureRunUser(cfg.runUser());
                chownTree(data, cfg.runUser());
                requireReadableBy(cfg.runUser(), home);
                cmd.addAll(List.of("runuser", "-u", cfg.runUser(), "--"));
            }
            cmd.addAll(List.of("env", "ES_JAVA_HOME=" + LocalNodeConfig.javaHome(), "ES_PATH_CONF=" + conf,
                    "ES_JAVA_OPTS=", home.resolve("bin/elasticsearch").toString(), "-p", pid.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(console.toFile()));
            pb.environment().remove("ES_JAVA_OPTS");
            LOG.info("Starting Elasticsearch {} on 127.0.0.1:{} (heap {}); data {}, logs {}", Distribution.VERSION,
                    cfg.port(), cfg.heap(), nodeData, logs);
            Process p = pb.start();
            LOG.debug("Elasticsearch process started (home prepared in {} ms)", TimeUnit.NANOSECONDS.toMillis(prepared - t0));
            return p;
        } catch (IOException e) {
            throw new LocalNodeException("could not start Elasticsearch: " + e.getMessage(), e);
        }
    }

    /**
     * Records this process as the owner of the node's process {@code p} and starts the watchdog that stops it when
     * this process is gone; a watchdog ends by itself when its node's process ends, so each start gets its own.
     */
    private void guard(Process p) {
        try {
            ProcessHandle self = ProcessHandle.current();
            Files.writeString(pidFile.resolveSibling(OWNER_FILE), self.pid() + " " + startMillis(self) + "\n");
            watchdog = new ProcessBuilder("sh", "-c", WATCHDOG, "es-watchdog", String.valueOf(self.pid()),
                    String.valueOf(p.pid()), pidFile.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new LocalNodeException("could not start Elasticsearch: " + e.getMessage(), e);
        }
    }

    private void awaitHealthy(Duration timeout) {
        long t0 = System.nanoTime();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String why = "Elasticsearch exited with code " + process.exitValue() + " during start.";
                stop();
                Optional<String> port = boundPortTaken();
                if (port.isPresent()) {
                    throw new LocalNodeException(why + " It could not listen on 127.0.0.1:" + port.get()
                            + ": another program holds that port (Address already in use); stop it or choose another "
                            + "ES_LOCAL_PORT. Its logs: " + logsDir);
                }
                throw new LocalNodeException(why + " Last lines of its logs (" + logsDir + "):\n" + logTail());
            }
            Optional<String> h = health(url, Duration.ofSeconds(2));
            if (h.isPresent() && (h.get().contains("\"status\":\"green\"") || h.get().contains("\"status\":\"yellow\""))) {
                LOG.info("Elasticsearch is up at {} (started in {} ms)", url,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
                return;
            }
            sleep(300);
        }
        stop();
        throw new LocalNodeException("Elasticsearch did not become healthy within " + timeout.toSeconds()
                + " s. Last lines of its logs (" + logsDir + "):\n" + logTail());
    }

    /**
     * The port a failed start could not bind, when that is why it failed: Elasticsearch prints a
     * {@code BindHttpException} or {@code BindTransportException} with "Failed to bind to 127.0.0.1:PORT".
     */
    Optional<String> boundPortTaken() {
        // the console log is this start's alone; the server log keeps earlier starts' lines
        Path f = logsDir.resolve("console.log");
        try {
            if (Files.isRegularFile(f)) {
                java.util.regex.Matcher m = BIND_FAILURE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The last lines of the node's console and server logs, for error messages. */
    public String logTail() {
        StringBuilder sb = new StringBuilder();
        String clusterName = launch == null ? CLUSTER_NAME : launch.cluster().name();
        for (String name : List.of("console.log", clusterName + ".log")) {
            Path f = logsDir.resolve(name);
            if (Files.isRegularFile(f)) {
                try {
                    sb.append("--- ").append(f).append('\n')
                            .append(Distribution.tail(Files.readString(f, StandardCharsets.UTF_8), 25)).append('\n');
                } catch (IOException e) {
                    sb.append("(could not read ").append(f).append(": ").append(e.getMessage()).append(")\n");
                }
            }
        }
        return sb.toString();
    }

    /**
     * Starts the node again whenever it exits without being asked to (killed, out of memory), after 1, 2, 4 … 60 s;
     * every exit and restart is logged. For the service's own node: a loader keeps the node it found or started
     * only for its run.
     */
    public synchronized void restartWhenItDies() {
        if (launch == null || watcher != null) {
            return;
        }
        watcher = Thread.ofPlatform().daemon().name("elasticsearch-watch").start(this::watch);
    }

    private void watch() {
        int failures = 0;
        while (!stopping) {
            Process p = process;
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            if (stopping) {
                return;
            }
            failures++;
            Duration pause = Duration.ofSeconds(Math.min(60, 1L << Math.min(failures - 1, 6)));
            LOG.warn("Elasticsearch at {} exited with code {} (killed or out of memory? its logs: {}); starting it "
                    + "again in {} s (restart {})", url, p.exitValue(), logsDir, pause.toSeconds(), failures);
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (stopping) {
                    return;
                }
                try {
                    process = launch(launch);
                    guard(process);
                } catch (LocalNodeException e) {
                    LOG.error("Starting Elasticsearch again failed: {}", e.getMessage());
                    continue;
                }
            }
            if (awaitRestarted()) {
                LOG.info("Elasticsearch at {} is up again after restart {}", url, failures);
                failures = 0;
            }
        }
    }

    /** Waits for a restarted node to be healthy; false when it exited or did not get there in time. */
    private boolean awaitRestarted() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && !stopping) {
            if (!process.isAlive()) {
                Optional<String> port = boundPortTaken();
                LOG.error("Elasticsearch exited again during its restart{}", port.map(x -> ": another program holds "
                        + "127.0.0.1:" + x).orElse("; its logs: " + logsDir));
                return false;
            }
            Optional<String> h = health(url, Duration.ofSeconds(2));
            if (h.isPresent() && (h.get().contains("\"status\":\"green\"") || h.get().contains("\"status\":\"yellow\""))) {
                return true;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return false;
    }

    /** Stops the node if this process started it; waits for it to exit. */
    @Override
    public void close() {
        stop();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException ignored) {
                // already shutting down: the hook is running or ran
            }
        }
    }

    private synchronized void stop() {
        stopping = true;
        if (process == null || !process.isAlive()) {
            return;
        }
        // ES runs below runuser/env: signal ES itself (its pid file), then wait for the wrapper to end
        Optional<ProcessHandle> es = readPid().flatMap(ProcessHandle::of);
        es.ifPresentOrElse(ProcessHandle::destroy, process::destroy);
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                es.ifPresent(ProcessHandle::destroyForcibly);
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            LOG.info("Elasticsearch at {} stopped", url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (watchdog != null) {
                watchdog.destroy();
            }
            try {
                Files.deleteIfExists(pidFile.resolveSibling(OWNER_FILE));
            } catch (IOException e) {
                LOG.debug("could not delete {}: {}", pidFile.resolveSibling(OWNER_FILE), e.getMessage());
            }
        }
    }

    /**
     * Stops the node of {@code dataDir} when the process that started it is gone (killed before it could stop
     * it): such a node serves a folder no one watches, maybe deleted under it. True when one was stopped and the
     * port is free again.
     */
    static boolean stopLeftBehind(Path dataDir, int port) {
        Path ownerFile = dataDir.resolve(OWNER_FILE);
        Optional<ProcessHandle> node = pidIn(dataDir.resolve("elasticsearch.pid")).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive);
        if (!Files.isRegularFile(ownerFile) || node.isEmpty() || ownerAlive(ownerFile)) {
            return false;
        }
        LOG.warn("Stopping the Elasticsearch node (pid {}) on port {} left behind by a process that no longer runs "
                + "(see {})", node.get().pid(), port, ownerFile);
        node.get().destroy();
        Instant deadline = Instant.now().plus(STOP_GRACE);
        while (node.get().isAlive() && Instant.now().isBefore(deadline)) {
            sleep(200);
        }
        node.get().destroyForcibly();
        Instant portDeadline = Instant.now().plus(Duration.ofSeconds(10));
        while (portInUse(port) && Instant.now().isBefore(portDeadline)) {
            sleep(200);
        }
        try {
            Files.deleteIfExists(ownerFile);
        } catch (IOException e) {
            LOG.debug("could not delete {}: {}", ownerFile, e.getMessage());
        }
        return !portInUse(port);
    }

    /** Whether the process named in an owner file still runs (the same process: its start time matches). */
    private static boolean ownerAlive(Path ownerFile) {
        try {
            String[] parts = Files.readString(ownerFile).trim().split(" ");
            Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(parts[0])).filter(ProcessHandle::isAlive);
            return owner.isPresent() && (parts.length < 2 || Long.parseLong(parts[1]) == startMillis(owner.get()));
        } catch (IOException | RuntimeException e) {
            // unreadable: leave the node alone rather than stop one that may be in use
            return true;
        }
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static Optional<Long> pidIn(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Long> readPid() {
        return pidIn(pidFile);
    }

    private static void writeConfig(Path home, Path conf, Path data, Path logs, LocalNodeConfig cfg, Cluster cluster,
                                    Map<String, String> extraSettings) throws IOException {
        for (String f : List.of("jvm.options", "log4j2.properties")) {
            Files.copy(home.resolve("config").resolve(f), conf.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        // security must be off before the very first start, or the node auto-configures TLS and then fails
        String yml = cluster.settings(transportPort(cfg.port())) + """
                path.data: %s
                path.logs: %s
                network.host: 127.0.0.1
                http.port: %d
                xpack.security.enabled: false
                action.destructive_requires_name: true
                """.formatted(data, logs, cfg.port());
        StringBuilder extra = new StringBuilder();
        extraSettings.forEach((k, v) -> extra.append(k).append(": ").append(v).append('\n'));
        Files.writeString(conf.resolve("elasticsearch.yml"), yml + extra);
        Files.writeString(conf.resolve("jvm.options.d").resolve("heap.options"),
                "-Xms" + cfg.heap() + "\n-Xmx" + cfg.heap() + "\n");
    }

    private static void ensureRunUser(String user) throws IOException {
        if (run(List.of("id", "-u", user)) == 0) {
            return;
        }
        LOG.info("Creating the system user {} to run Elasticsearch (it refuses to run as root)", user);
        if (run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user)) != 0
                && run(List.of("id", "-u", user)) != 0) {
            throw new LocalNodeException("Elasticsearch refuses to run as root and the system user '" + user
                    + "' could not be created (useradd failed); create it or set ES_RUN_USER to an existing user");
        }
    }

    private static void chownTree(Path dir, String user) throws IOException {
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = lookup.lookupPrincipalByName(user);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.setOwner(p, owner);
            }
        }
    }

    private static void requireReadableBy(String user, Path home) throws IOException {
        Path probe = home.resolve("bin/elasticsearch");
        if (run(List.of("runuser", "-u", user, "--", "test", "-x", probe.toString())) != 0) {
            throw new LocalNodeException("the user '" + user + "' cannot reach " + probe
                    + ": one of its parent folders is not open to other users; set ES_CACHE_DIR to a folder like "
                    + "/var/cache/meeting-search");
        }
    }

    private static int run(List<String> cmd) throws IOException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void requireJava21() {
        if (Runtime.version().feature() < 21) {
            throw new LocalNodeException("Elasticsearch " + Distribution.VERSION + " needs Java 21 or newer; this is "
                    + Runtime.version() + " (" + LocalNodeConfig.javaHome() + "). Set JAVA_HOME to a JDK 21+.");
        }
    }

    /**
     * A free port for the node's internal transport, chosen at each start: left to its default (the first free one
     * of 9300-9400), it takes an {@code ES_LOCAL_PORT} in that range before HTTP can, and the node fails to start.
     */
    private static int transportPort(int httpPort) {
        int p = freePort();
        return p == httpPort ? freePort() : p;
    }

    /** True when something accepts connections on 127.0.0.1:port. */
    public static boolean portInUse(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that is free on 127.0.0.1 at the time of the call. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new LocalNodeException("no free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /**
     * What a program on the port answered {@code GET /_cluster/health}: the body of a 200, or nothing; and whether
     * it answered at all within the timeout (a stuck node accepts connections and never answers).
     */
    record Probe(String body, boolean timedOut) {
    }

    static Probe probe(URI url, Duration timeout) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/_cluster/health"))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Probe(r.statusCode() == 200 ? r.body() : null, false);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Probe(null, true);
        } catch (IOException e) {
            return new Probe(null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(null, false);
        }
    }

    /** The body of {@code GET /_cluster/health}, or empty when nothing answers in time. */
    static Optional<String> health(URI url, Duration timeout) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/_cluster/health"))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
