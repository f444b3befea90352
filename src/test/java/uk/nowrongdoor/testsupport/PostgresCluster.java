package uk.nowrongdoor.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster owned by the test run: {@code initdb} into a temporary folder, {@code pg_ctl start} on
 * a free loopback port, stopped and deleted when the test JVM exits. As root (CI) it runs as the {@code postgres}
 * user, since PostgreSQL refuses to run as root. Fails, never skips, when PostgreSQL's server programs are missing.
 */
public final class PostgresCluster {

    static final String USER = "nwd";
    static final String PASSWORD = "nwd-test-" + UUID.randomUUID();

    private static PostgresCluster running;

    private final Path bin;
    private final Path home;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path bin, Path home, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.home = home;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The cluster of this test JVM, started on first use. */
    public static synchronized PostgresCluster get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /** A new, empty database in the cluster; its JDBC URL. */
    public String newDatabase() {
        String name = "nwd_" + databases.incrementAndGet();
        try (var connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    static Path serverPrograms() {
        var configured = System.getProperty("nwd.postgres.bin");
        if (configured != null) {
            return Path.of(configured);
        }
        // Debian installs each major version side by side: take the newest
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            var newest = versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(
                            b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
            if (newest.isPresent()) {
                return newest.get();
            }
        } catch (IOException | RuntimeException e) {
            // not a Debian layout: fall through to the message below
        }
        return Path.of("/usr/lib/postgresql/15/bin");
    }

    private static PostgresCluster start() {
        Path bin = serverPrograms();
        if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
            fail("The PostgreSQL tests need PostgreSQL's server programs (initdb, pg_ctl) in " + bin
                    + ". Install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends "
                    + "postgresql (.ci/run does this), or point -Dnwd.postgres.bin=/path/to/bin at another install.");
        }
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path home = Files.createTempDirectory("nwd-postgres-");
            Files.writeString(home.resolve("password"), PASSWORD);
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", home.toString()), home, false);
            }
            var cluster = new PostgresCluster(bin, home, freePort(), root);
            cluster.initdbAndStart();
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopAndDelete));
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the throwaway PostgreSQL cluster", e);
        }
    }

    private void initdbAndStart() throws IOException {
        run(
                List.of(
                        bin.resolve("initdb").toString(),
                        "-D",
                        home.resolve("data").toString(),
                        "-U",
                        USER,
                        "--pwfile=" + home.resolve("password"),
                        "--auth=scram-sha-256",
                        "--encoding=UTF8",
                        "--locale=C.UTF-8",
                        "--no-sync"),
                home,
                asPostgresUser);
        // fsync off: a throwaway cluster; the app's own durability is what the kill test checks
        run(
                List.of(
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        home.resolve("data").toString(),
                        "-l",
                        home.resolve("server.log").toString(),
                        "-w",
                        "-o",
                        "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                + " -c full_page_writes=off -c max_connections=200",
                        "start"),
                home,
                asPostgresUser);
    }

    private void stopAndDelete() {
        try {
            run(
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            home.resolve("data").toString(),
                            "-m",
                            "immediate",
                            "stop"),
                    home,
                    asPostgresUser);
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the throwaway PostgreSQL cluster in " + home + ": " + e);
        }
    }

    private static void run(List<String> command, Path directory, boolean asPostgresUser) throws IOException {
        var full = new ArrayList<String>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        var process = new ProcessBuilder(full)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
