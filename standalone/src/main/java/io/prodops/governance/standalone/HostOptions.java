package io.prodops.governance.standalone;

import io.prodops.governance.standalone.host.LargeDemo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the standalone host runs. Command-line options win over system properties, which win over the defaults:
 * <pre>
 *   --port N              prodops.port       8080 (0: any free port)
 *   --data-dir DIR        prodops.dataDir    ./data (H2 database files)
 *   --bind ADDRESS        prodops.bind       127.0.0.1 (0.0.0.0: every interface; the demo passwords are public!)
 *   --anonymous-access    prodops.anonymousAccess  false (AnonymousSiteAccess endpoints open to anonymous callers)
 *   --large-demo          prodops.largeDemo  0 (on the first start of an empty data directory: also generate the large
 *                                              demo, 10,000 initiatives and ~100,000 child issues; see LargeDemo)
 *   --large-demo-initiatives N                   the large demo with N initiatives instead of 10,000
 * </pre>
 *
 * @param largeDemoInitiatives 0: the normal demo only
 */
public record HostOptions(int port, Path dataDir, String bindAddress, boolean anonymousAccess, int largeDemoInitiatives) {
    public static final int DEFAULT_PORT = 8080;

    public HostOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (largeDemoInitiatives < 0) {
            throw new IllegalArgumentException("the large demo needs a positive number of initiatives: " + largeDemoInitiatives);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public HostOptions(int port, Path dataDir, String bindAddress, boolean anonymousAccess) {
        this(port, dataDir, bindAddress, anonymousAccess, 0);
    }

    public static HostOptions defaults() {
        return new HostOptions(Integer.getInteger("prodops.port", DEFAULT_PORT),
                Path.of(System.getProperty("prodops.dataDir", "data")),
                System.getProperty("prodops.bind", "127.0.0.1"),
                Boolean.getBoolean("prodops.anonymousAccess"), Integer.getInteger("prodops.largeDemo", 0));
    }

    /** A free port and the given data directory, on the loopback interface (tests). */
    public static HostOptions forTests(Path dataDir) {
        return new HostOptions(0, dataDir, "127.0.0.1", false);
    }

    public HostOptions withAnonymousAccess(boolean anonymous) {
        return new HostOptions(port, dataDir, bindAddress, anonymous, largeDemoInitiatives);
    }

    /** The large demo with {@code initiatives} initiatives (0: none) on the first start of an empty data directory. */
    public HostOptions withLargeDemo(int initiatives) {
        return new HostOptions(port, dataDir, bindAddress, anonymousAccess, initiatives);
    }

    public static HostOptions parse(String[] args) {
        HostOptions o = defaults();
        int port = o.port();
        Path dataDir = o.dataDir();
        String bind = o.bindAddress();
        boolean anonymous = o.anonymousAccess();
        int largeDemo = o.largeDemoInitiatives();
        List<String> list = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                list.add(arg.substring(0, eq));
                list.add(arg.substring(eq + 1));
            } else {
                list.add(arg);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "--port" -> port = parsePort(value(list, ++i, arg));
                case "--data-dir" -> dataDir = Path.of(value(list, ++i, arg));
                case "--bind" -> bind = value(list, ++i, arg);
                case "--anonymous-access" -> anonymous = true;
                case "--large-demo" -> largeDemo = LargeDemo.DEFAULT_INITIATIVES;
                case "--large-demo-initiatives" -> largeDemo = parsePositive(value(list, ++i, arg), arg);
                default -> throw new IllegalArgumentException("unknown option: " + arg + "\n" + usage());
            }
        }
        return new HostOptions(port, dataDir, bind, anonymous, largeDemo);
    }

    public static String usage() {
        return "Usage: java -jar prodops-standalone.jar [--port N] [--data-dir DIR] [--bind ADDRESS] [--anonymous-access] [--large-demo]\n"
                + "  --port N            HTTP port (default 8080; 0 picks a free port)\n"
                + "  --data-dir DIR      where the H2 database lives (default ./data)\n"
                + "  --bind ADDRESS      interface to listen on (default 127.0.0.1)\n"
                + "  --anonymous-access  let anonymous callers use endpoints marked @AnonymousSiteAccess\n"
                + "  --large-demo        on the first start of an empty data directory, also generate a large demo: 10,000\n"
                + "                      initiatives and epics in 20 more projects, ~100,000 child issues, PRDs, readiness\n"
                + "                      evaluations and experiments (about a minute; later starts keep the data)\n"
                + "  --large-demo-initiatives N  the same with N initiatives";
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args.get(i);
    }

    private static int parsePositive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new IllegalArgumentException(option + " needs a positive number: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number: " + value);
        }
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number: " + value);
        }
    }
}
