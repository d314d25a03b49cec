package io.prodops.governance.jira.bundle;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The jar {@code mvn package} built (system property {@code prodops.bundle.jar}, set by failsafe), read once: entries,
 * manifest, descriptor, Spring Scanner index, plus our list of packages the host exports.
 */
public final class BuiltBundle {
    public static final String INDEX_DIR = "META-INF/plugin-components/";
    private static BuiltBundle instance;

    public final Path jar;
    public final Map<String, byte[]> entries;
    public final Attributes manifest;
    public final Document descriptor;

    private BuiltBundle(Path jar) throws IOException {
        this.jar = jar;
        this.entries = read(Files.readAllBytes(jar));
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest m = in.getManifest();
            if (m == null) {
                throw new IllegalStateException(jar + " has no manifest");
            }
            this.manifest = m.getMainAttributes();
        }
        this.descriptor = parseXml(entry("atlassian-plugin.xml"));
    }

    public static synchronized BuiltBundle get() {
        if (instance == null) {
            String path = System.getProperty("prodops.bundle.jar");
            if (path == null || path.isBlank()) {
                throw new IllegalStateException("system property prodops.bundle.jar is not set: run these tests with failsafe (mvn verify)");
            }
            try {
                instance = new BuiltBundle(Path.of(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run these tests with failsafe (mvn verify)");
        }
        return value;
    }

    public byte[] entry(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError(name + " is not in " + jar.getFileName());
        }
        return bytes;
    }

    public boolean hasClass(String className) {
        return entries.containsKey(className.replace('.', '/') + ".class");
    }

    /** Class names of every .class entry at the bundle root (not in embedded jars). */
    public Set<String> classNames() {
        Set<String> names = new TreeSet<>();
        for (String name : entries.keySet()) {
            if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    /** Packages with classes in the bundle: at its root and in the jars embedded under META-INF/lib. */
    public Set<String> ownPackages() {
        Set<String> packages = new TreeSet<>();
        for (String name : classNames()) {
            packages.add(packageOf(name));
        }
        for (Map<String, byte[]> jar : embeddedJars().values()) {
            for (String entry : jar.keySet()) {
                if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")) {
                    packages.add(packageOf(entry.substring(0, entry.length() - ".class".length()).replace('/', '.')));
                }
            }
        }
        return packages;
    }

    /** Import-Package as package name to its attributes/directives (raw text after the name). */
    public Map<String, String> imports() {
        return parseHeader(manifest.getValue("Import-Package"));
    }

    /** Lines of a Spring Scanner index file. */
    public List<String> index(String file) {
        byte[] bytes = entries.get(INDEX_DIR + file);
        if (bytes == null) {
            return List.of();
        }
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    /** Every class the scanner index names: components, imported host interfaces, exported beans and their interfaces. */
    public Set<String> classesNamedInIndex() {
        Set<String> names = new TreeSet<>();
        for (String line : index("component")) {
            names.add(line.split("#")[0]);
        }
        for (String line : index("imports")) {
            names.add(line.split("#")[0]);
        }
        for (String line : index("exports")) {
            String[] parts = line.split("#");
            names.add(parts[0]);
            if (parts.length > 1) {
                names.addAll(List.of(parts[1].split(",")));
            }
        }
        return names;
    }

    /**
     * Every class the descriptor names: {@code class} attributes anywhere, AO {@code <entity>} elements and the
     * workflow modules' {@code <condition-class>}, {@code <validator-class>}, {@code <function-class>}.
     */
    static final Set<String> WORKFLOW_CLASS_ELEMENTS = Set.of("condition-class", "validator-class", "function-class");

    public Set<String> classesNamedInDescriptor() {
        Set<String> names = new TreeSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                names.add(element.getAttribute("class").strip());
            }
            if (element.getTagName().equals("entity") || WORKFLOW_CLASS_ELEMENTS.contains(element.getTagName())) {
                names.add(element.getTextContent().strip());
            }
        }
        return names;
    }

    public List<Element> modules(String tag) {
        List<Element> modules = new ArrayList<>();
        NodeList nodes = descriptor.getDocumentElement().getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                modules.add(e);
            }
        }
        return modules;
    }

    public Element module(String tag) {
        List<Element> modules = modules(tag);
        if (modules.size() != 1) {
            throw new AssertionError("expected exactly one <" + tag + "> module, found " + modules.size());
        }
        return modules.get(0);
    }

    public static List<Element> children(Element parent, String tag) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                children.add(e);
            }
        }
        return children;
    }

    public static String childText(Element parent, String tag) {
        List<Element> children = children(parent, tag);
        if (children.size() != 1) {
            throw new AssertionError("<" + parent.getTagName() + "> should have exactly one <" + tag + ">, has " + children.size());
        }
        return children.get(0).getTextContent().strip();
    }

    /** Our list of packages the target host exports to apps: package to evidence. */
    public static Map<String, String> hostExportedPackages() {
        Map<String, String> packages = new TreeMap<>();
        try (InputStream in = BuiltBundle.class.getResourceAsStream("/host-exported-packages.txt")) {
            if (in == null) {
                throw new IllegalStateException("host-exported-packages.txt missing from the test class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int bar = text.indexOf('|');
                if (bar < 0 || text.substring(bar + 1).isBlank()) {
                    throw new IllegalStateException("host-exported-packages.txt: every entry needs its evidence after '|': " + text);
                }
                packages.put(text.substring(0, bar).strip(), text.substring(bar + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }

    /** The jar files embedded under META-INF/lib, by entry name. */
    public Map<String, Map<String, byte[]>> embeddedJars() {
        Map<String, Map<String, byte[]>> jars = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".jar")) {
                try {
                    jars.put(e.getKey(), read(e.getValue()));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        return jars;
    }

    /**
     * Types a class file refers to (constant-pool class entries and every type in descriptors and generic signatures,
     * which include annotation types), as binary names with dots.
     */
    public static Set<String> referencedTypes(byte[] classFile) {
        Set<String> types = new TreeSet<>();
        ByteArrayReader in = new ByteArrayReader(classFile);
        if (in.u4() != 0xCAFEBABEL) {
            throw new IllegalArgumentException("not a class file");
        }
        in.skip(4); // minor, major
        int count = in.u2();
        List<String> utf8 = new ArrayList<>();
        Set<Integer> classIndexes = new LinkedHashSet<>();
        Map<Integer, String> utf8ByIndex = new LinkedHashMap<>();
        for (int i = 1; i < count; i++) {
            int tag = in.u1();
            switch (tag) {
                case 1 -> {
                    String s = in.utf();
                    utf8.add(s);
                    utf8ByIndex.put(i, s);
                }
                case 7 -> classIndexes.add(in.u2());
                case 8, 16, 19, 20 -> in.skip(2);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skip(4);
                case 5, 6 -> {
                    in.skip(8);
                    i++;
                }
                case 15 -> in.skip(3);
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
        }
        for (int index : classIndexes) {
            String name = utf8ByIndex.get(index);
            while (name.startsWith("[")) {
                name = name.substring(1);
            }
            if (name.startsWith("L") && name.endsWith(";")) {
                name = name.substring(1, name.length() - 1);
            }
            if (name.length() > 1 || !"BCDFIJSZV".contains(name)) {
                types.add(name.replace('/', '.'));
            }
        }
        Pattern reference = Pattern.compile("L([\\p{javaJavaIdentifierPart}/$]+)[;<]");
        for (String s : utf8) {
            if (s.contains("(") || s.startsWith("L") || s.startsWith("[") || s.contains("<")) {
                Matcher m = reference.matcher(s);
                while (m.find()) {
                    types.add(m.group(1).replace('/', '.'));
                }
            }
        }
        return types;
    }

    public static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    static Map<String, String> parseHeader(String header) {
        Map<String, String> clauses = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        List<String> parts = new ArrayList<>();
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        for (String part : parts) {
            String clause = part.strip();
            int semicolon = clause.indexOf(';');
            clauses.put(semicolon < 0 ? clause : clause.substring(0, semicolon).strip(), semicolon < 0 ? "" : clause.substring(semicolon + 1));
        }
        return clauses;
    }

    private static Map<String, byte[]> read(byte[] jarBytes) throws IOException {
        Map<String, byte[]> result = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jarBytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    result.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private static Document parseXml(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml does not parse", e);
        }
    }

    private static final class ByteArrayReader {
        private final byte[] bytes;
        private int position;

        ByteArrayReader(byte[] bytes) {
            this.bytes = bytes;
        }

        int u1() {
            return bytes[position++] & 0xff;
        }

        int u2() {
            return (u1() << 8) | u1();
        }

        long u4() {
            return ((long) u2() << 16) | u2();
        }

        void skip(int n) {
            position += n;
        }

        String utf() {
            int length = u2();
            // modified UTF-8; names and descriptors we care about are ASCII
            String s = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return s;
        }
    }
}
