package io.prodops.governance.atlassianapi;

import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every declared Atlassian type says where its signature comes from (a "Source:" comment), and only Atlassian
 * (or OpenSymphony workflow) packages are declared here: this module is a stand-in for host APIs, nothing else.
 */
public class DeclarationSourcesTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    public void everyDeclarationCitesItsSource() throws IOException {
        List<String> missing;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            missing = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !read(p).contains("Source:"))
                    .map(p -> SOURCES.relativize(p).toString())
                    .sorted().toList();
        }
        assertEquals("declarations without a 'Source:' comment", List.of(), missing);
    }

    @Test
    public void onlyHostPackagesAreDeclared() throws IOException {
        List<String> foreign;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            foreign = files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> SOURCES.relativize(p).toString())
                    .filter(p -> !p.startsWith("com/atlassian/") && !p.startsWith("com/opensymphony/"))
                    .sorted().toList();
        }
        assertEquals(List.of(), foreign);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".java")));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
