package io.prodops.governance.build.scanner;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ScannerIndexProcessorTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final String NAMED = "package jakarta.inject; public @interface Named { String value() default \"\"; }";
    private static final String IMPORT = "package com.atlassian.plugin.spring.scanner.annotation.imports;"
            + " @java.lang.annotation.Target({java.lang.annotation.ElementType.PARAMETER, java.lang.annotation.ElementType.FIELD})"
            + " public @interface ComponentImport { String value() default \"\"; }";
    private static final String EXPORT = "package com.atlassian.plugin.spring.scanner.annotation.export;"
            + " public @interface ExportAsService { Class<?>[] value() default {}; }";

    @Test
    public void fragmentListsComponentsImportsAndExports() throws IOException {
        Path out = compile("fragment", List.of(),
                "package a; public interface Api {}",
                "package a; public interface Host<T> {}",
                "package a; @jakarta.inject.Named public class Plain {}",
                "package a; @jakarta.inject.Named(\"custom\") public class WithName {"
                        + " public WithName(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport Host<String> h) {} }",
                "package a; @jakarta.inject.Named @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(Api.class)"
                        + " public class Exported implements Api {"
                        + " @com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport Runnable field;"
                        + " public static class Inner {} }",
                "package a; public class NotAComponent {}");

        assertEquals(List.of("a.Exported", "a.Plain", "a.WithName#custom"), read(out, "META-INF/prodops/scanner-index/component"));
        assertEquals(List.of("a.Host", "java.lang.Runnable"), read(out, "META-INF/prodops/scanner-index/imports"));
        assertEquals(List.of("a.Exported#a.Api"), read(out, "META-INF/prodops/scanner-index/exports"));
        assertFalse(Files.exists(out.resolve("META-INF/plugin-components/component")));
    }

    @Test
    public void indexMergesFragmentsFromTheClassPathAndAlwaysWritesAllFiles() throws IOException {
        Path library = compile("fragment", List.of(), "package lib; @jakarta.inject.Named public class LibService {}");
        Path out = compile("index", List.of(library), "package app; @jakarta.inject.Named public class AppService {}");

        assertEquals(List.of("app.AppService", "lib.LibService"), read(out, "META-INF/plugin-components/component"));
        assertEquals(List.of(), read(out, "META-INF/plugin-components/imports"));
        assertEquals(List.of(), read(out, "META-INF/plugin-components/exports"));
    }

    private Path compile(String mode, List<Path> classPath, String... sources) throws IOException {
        Path src = tmp.newFolder().toPath();
        Path out = tmp.newFolder().toPath();
        List<String> files = new ArrayList<>();
        List<String> all = new ArrayList<>(List.of(NAMED, IMPORT, EXPORT));
        all.addAll(List.of(sources));
        for (String source : all) {
            String pkg = source.substring("package ".length(), source.indexOf(';'));
            String name = source.replaceAll("(?s)^.*?public (?:class|interface|@interface) (\\w+).*", "$1");
            Path file = src.resolve(pkg.replace('.', '/')).resolve(name + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            files.add(file.toString());
        }
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:full",
                "-processor", ScannerIndexProcessor.class.getName(), "-Aprodops.scanner.output=" + mode,
                "-processorpath", System.getProperty("java.class.path") + classPath.stream().map(p -> File.pathSeparator + p).reduce("", String::concat)));
        if (!classPath.isEmpty()) {
            args.add("-cp");
            args.add(classPath.get(0).toString());
        }
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, null, err, args.toArray(String[]::new));
        assertTrue(err.toString(StandardCharsets.UTF_8), rc == 0);
        return out;
    }

    private static List<String> read(Path root, String path) throws IOException {
        return Files.readAllLines(root.resolve(path));
    }
}
