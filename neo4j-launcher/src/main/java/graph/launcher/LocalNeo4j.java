package graph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.server.CommunityBootstrapper;
import picocli.CommandLine;

/**
 * Runs Neo4j Community as a local, loopback-only server for development and tests.
 *
 * <p>Usage: {@code java -cp 'lib/*:target/classes' graph.launcher.LocalNeo4j --home DIR
 * --bolt-port N --password-file FILE [--http-port N] [--routing-port N] [--plugins DIR]
 * [--guide FILE] [--procedures a,b,c]}. An HTTP port of 0 turns the HTTP connector (and Neo4j
 * Browser) off. The process prints {@code NEO4J_READY bolt=... http=...} once the server is up,
 * and stops cleanly on SIGTERM/SIGINT or when its standard input closes, so a parent that dies
 * without cleaning up does not leave a database running.
 */
public final class LocalNeo4j {
  /** Read by {@link BrowserGuide}, which Neo4j instantiates itself. */
  static final String GUIDE_PROPERTY = "graph.launcher.guide";

  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parseArgs(args);
    Path home = Path.of(require(opts, "home")).toAbsolutePath();
    int boltPort = Integer.parseInt(require(opts, "bolt-port"));
    int httpPort = Integer.parseInt(opts.getOrDefault("http-port", "0"));
    int routingPort = Integer.parseInt(opts.getOrDefault("routing-port", "0"));
    String password =
        Files.readString(Path.of(require(opts, "password-file")), StandardCharsets.UTF_8).trim();
    Files.createDirectories(home);

    Map<String, String> config = new HashMap<>();
    // Loopback only: even with a password, the local database is for this machine's users.
    config.put("server.default_listen_address", "127.0.0.1");
    config.put("server.default_advertised_address", "127.0.0.1");
    config.put("server.bolt.listen_address", "127.0.0.1:" + boltPort);
    config.put("server.bolt.advertised_address", "127.0.0.1:" + boltPort);
    config.put("server.http.enabled", Boolean.toString(httpPort > 0));
    if (httpPort > 0) {
      String origin = "http://127.0.0.1:" + httpPort;
      config.put("server.http.listen_address", "127.0.0.1:" + httpPort);
      config.put("server.http.advertised_address", "127.0.0.1:" + httpPort);
      // Neo4j answers `Access-Control-Allow-Origin: *` by default, so any page the user opens
      // could read the HTTP API's answers. Only Browser's own origin may.
      config.put("dbms.security.http_access_control_allow_origin", origin);
      String guide = opts.get("guide");
      if (guide != null) {
        System.setProperty(GUIDE_PROPERTY, Path.of(guide).toAbsolutePath().toString());
        config.put("server.unmanaged_extension_classes", "graph.launcher=/guides");
        config.put("browser.remote_content_hostname_whitelist", "127.0.0.1");
        // The guide holds only the saved queries' text, so Browser may fetch it before login.
        config.put("dbms.security.http_auth_allowlist", "/,/browser.*,/guides.*");
        config.put("browser.post_connect_cmd", "guide " + origin + "/guides/analysts.html");
      }
    }
    config.put("server.https.enabled", "false");
    config.put("dbms.security.auth_enabled", "true");
    // With a routing connector, `neo4j://` clients get a routing table, as from a cluster.
    config.put("dbms.routing.enabled", Boolean.toString(routingPort > 0));
    if (routingPort > 0) {
      config.put("server.routing.listen_address", "127.0.0.1:" + routingPort);
    }
    String plugins = opts.get("plugins");
    if (plugins != null) {
      config.put("server.directories.plugins", Path.of(plugins).toAbsolutePath().toString());
      // Only the plugin procedures and functions the project's queries use get loaded.
      config.put("dbms.security.procedures.allowlist", opts.getOrDefault("procedures", ""));
    } else {
      config.put("server.directories.plugins", home.resolve("plugins").toString());
    }
    // Sized for a 2-core machine; the default page cache would claim half the RAM.
    config.put("server.memory.pagecache.size", opts.getOrDefault("pagecache", "384m"));
    config.put("dbms.memory.transaction.total.max", "512m");
    config.put("dbms.usage_report.enabled", "false");
    // Preallocating 250 MB transaction logs costs seconds and disk on every fresh test database.
    config.put("db.tx_log.preallocate", "false");
    config.put("db.tx_log.rotation.retention_policy", "2 files");
    // Bolt's Netty loops otherwise wait a 2 s quiet period (often several) before a stop goes on.
    config.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    config.put("internal.dbms.bolt.netty_server_shutdown_timeout", "5s");
    config.put("server.directories.data", home.resolve("data").toString());
    config.put("server.directories.logs", home.resolve("logs").toString());
    config.put("server.directories.run", home.resolve("run").toString());
    config.put("server.directories.import", home.resolve("import").toString());
    config.put("server.directories.licenses", home.resolve("licenses").toString());

    // The initial password only counts before the system database exists; a folder from an older
    // run (auth off, default password) gets the password set once the server is up instead.
    boolean firstStart = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
    if (firstStart) {
      setInitialPassword(home, password);
    }

    CommunityBootstrapper server = new CommunityBootstrapper();
    int status = server.start(home, config);
    if (status != 0) {
      System.err.println("NEO4J_FAILED status=" + status + " (see " + home.resolve("logs") + ")");
      System.exit(status);
    }
    if (!firstStart) {
      ensurePassword(server.getDatabaseManagementService(), password);
    }

    // Neo4j stops itself on SIGTERM/SIGINT: its signal handler exits the JVM and its own shutdown
    // hook stops the DBMS. Stopping it from a second hook of ours made that stop run twice and log
    // "Failed to cleanly shutdown … Shutdown in progress". So the launcher adds no hook; on stdin
    // EOF it stops the server outside of JVM shutdown (which also removes Neo4j's hook) and exits.
    if (Boolean.parseBoolean(opts.getOrDefault("exit-on-stdin-eof", "true"))) {
      Thread watcher =
          new Thread(
              () -> {
                drain(System.in);
                // A parent that sent SIGTERM and then exited closes the pipe while Neo4j's own
                // hook is already stopping the server; a second stop would log an error.
                if (!shutdownInProgress()) {
                  server.stop();
                }
                System.exit(0);
              },
              "stdin-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }

    System.out.println(
        "NEO4J_READY bolt=127.0.0.1:"
            + boltPort
            + (httpPort > 0 ? " http=127.0.0.1:" + httpPort : " http=off")
            + (routingPort > 0 ? " routing=127.0.0.1:" + routingPort : ""));
    System.out.flush();
  }

  /** The JVM refuses new shutdown hooks once it has begun to exit. */
  private static boolean shutdownInProgress() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }

  /** What `neo4j-admin dbms set-initial-password` does, with the same command class. */
  private static void setInitialPassword(Path home, String password) {
    Path conf = home.resolve("conf");
    try {
      Files.createDirectories(conf);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create " + conf, e);
    }
    int exit =
        new CommandLine(new SetInitialPasswordCommand(new ExecutionContext(home, conf)))
            // "--" ends the options: a generated password may begin with '-' (base64url), and
            // picocli would otherwise read it as an unknown option and print the usage instead.
            .execute("--", password);
    if (exit != 0) {
      System.err.println("NEO4J_FAILED could not set the initial password (exit " + exit + ")");
      System.exit(exit);
    }
  }

  private static void ensurePassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (QueryExecutionException e) {
      // Already the password in the file: the usual case on every later start.
      if (!e.getMessage().contains("cannot be the same")) {
        throw e;
      }
    }
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
        "usage: LocalNeo4j --home DIR --bolt-port N --password-file FILE [--http-port N]"
            + " [--routing-port N] [--plugins DIR] [--procedures a,b] [--guide FILE]"
            + " [--pagecache SIZE] [--exit-on-stdin-eof true|false]");
    System.exit(2);
  }
}
