package graph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.server.CommunityBootstrapper;

/**
 * Runs Neo4j Community as a local, loopback-only server for development and tests.
 *
 * <p>Usage: {@code java -cp 'lib/*:target/classes' graph.launcher.LocalNeo4j --home DIR
 * --bolt-port N [--http-port N]}. An HTTP port of 0 turns the HTTP connector (and Neo4j Browser)
 * off. The process prints {@code NEO4J_READY bolt=... http=...} once the server is up, and stops
 * cleanly on SIGTERM/SIGINT or when its standard input closes, so a parent that dies without
 * cleaning up does not leave a database running.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parseArgs(args);
    Path home = Path.of(require(opts, "home")).toAbsolutePath();
    int boltPort = Integer.parseInt(require(opts, "bolt-port"));
    int httpPort = Integer.parseInt(opts.getOrDefault("http-port", "0"));
    Files.createDirectories(home);

    Map<String, String> config = new HashMap<>();
    // Loopback only: the local database has no password, so it must not be reachable from elsewhere.
    config.put("server.default_listen_address", "127.0.0.1");
    config.put("server.default_advertised_address", "127.0.0.1");
    config.put("server.bolt.listen_address", "127.0.0.1:" + boltPort);
    config.put("server.bolt.advertised_address", "127.0.0.1:" + boltPort);
    config.put("server.http.enabled", Boolean.toString(httpPort > 0));
    if (httpPort > 0) {
      config.put("server.http.listen_address", "127.0.0.1:" + httpPort);
      config.put("server.http.advertised_address", "127.0.0.1:" + httpPort);
    }
    config.put("server.https.enabled", "false");
    config.put("dbms.security.auth_enabled", "false");
    // No server-side routing, so nothing listens on :7688.
    config.put("dbms.routing.enabled", "false");
    // Sized for a 2-core machine; the default page cache would claim half the RAM.
    config.put("server.memory.pagecache.size", opts.getOrDefault("pagecache", "384m"));
    config.put("dbms.memory.transaction.total.max", "512m");
    config.put("dbms.usage_report.enabled", "false");
    // Preallocating 250 MB transaction logs costs seconds and disk on every fresh test database.
    config.put("db.tx_log.preallocate", "false");
    config.put("db.tx_log.rotation.retention_policy", "2 files");
    config.put("server.directories.data", home.resolve("data").toString());
    config.put("server.directories.logs", home.resolve("logs").toString());
    config.put("server.directories.run", home.resolve("run").toString());
    config.put("server.directories.import", home.resolve("import").toString());
    config.put("server.directories.plugins", home.resolve("plugins").toString());
    config.put("server.directories.licenses", home.resolve("licenses").toString());

    CommunityBootstrapper server = new CommunityBootstrapper();
    int status = server.start(home, config);
    if (status != 0) {
      System.err.println("NEO4J_FAILED status=" + status + " (see " + home.resolve("logs") + ")");
      System.exit(status);
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop =
        () -> {
          synchronized (server) {
            if (server.isRunning()) {
              server.stop();
            }
          }
          stopped.countDown();
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));
    if (Boolean.parseBoolean(opts.getOrDefault("exit-on-stdin-eof", "true"))) {
      Thread watcher = new Thread(() -> {
        drain(System.in);
        System.exit(0); // runs the shutdown hook
      }, "stdin-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }

    System.out.println("NEO4J_READY bolt=127.0.0.1:" + boltPort
        + (httpPort > 0 ? " http=127.0.0.1:" + httpPort : " http=off"));
    System.out.flush();
    stopped.await();
  }

  private static void drain(InputStream in) {
    byte[] buf = new byte[256];
    try {
      while (in.read(buf) >= 0) {
        // Keep reading until the parent closes the pipe.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone, which is the signal we are waiting for.
    }
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || i + 1 >= args.length) {
        usage("unexpected argument: " + a);
      }
      opts.put(a.substring(2), args[++i]);
    }
    return opts;
  }

  private static String require(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null || v.isBlank()) {
      usage("missing --" + key);
    }
    return v;
  }

  private static void usage(String problem) {
    System.err.println("LocalNeo4j: " + problem);
    System.err.println(
        "usage: LocalNeo4j --home DIR --bolt-port N [--http-port N] [--pagecache SIZE]"
            + " [--exit-on-stdin-eof true|false]");
    System.exit(2);
  }
}
