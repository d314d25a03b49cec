package io.prodops.governance.build.scanner;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the Atlassian Spring Scanner index from annotations, as atlassian-spring-scanner-maven-plugin does
 * (file names and line formats: shared/atlassian-platform.md §5.2).
 * <ul>
 *   <li>{@code component}: classes annotated {@code @jakarta.inject.Named} ({@code fqcn} or {@code fqcn#name});</li>
 *   <li>{@code imports}: types of constructor parameters and fields annotated {@code @ComponentImport};</li>
 *   <li>{@code exports}: classes annotated {@code @ExportAsService} ({@code fqcn} or {@code fqcn#iface,iface}).</li>
 * </ul>
 * Option {@code prodops.scanner.output}: {@code fragment} (default) writes {@code META-INF/prodops/scanner-index/*},
 * a fragment for a module that is later inlined into a plugin; {@code index} writes the real
 * {@code META-INF/plugin-components/*}, merging in every fragment found on the compile class path.
 */
@SupportedOptions(ScannerIndexProcessor.OUTPUT_OPTION)
public final class ScannerIndexProcessor extends AbstractProcessor {
    static final String OUTPUT_OPTION = "prodops.scanner.output";
    static final String FRAGMENT_DIR = "META-INF/prodops/scanner-index/";
    static final String INDEX_DIR = "META-INF/plugin-components/";
    static final List<String> FILES = List.of("component", "imports", "exports");

    private static final String NAMED = "jakarta.inject.Named";
    private static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    private final Map<String, Set<String>> entries = new TreeMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*"); // run in every compilation, so a module with no annotations still gets (merged) files
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            collect(type);
        }
        if (round.processingOver()) {
            write();
        }
        return false;
    }

    private void collect(TypeElement type) {
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            collect(nested);
        }
        if (type.getKind() != ElementKind.CLASS) {
            return;
        }
        String className = processingEnv.getElementUtils().getBinaryName(type).toString();
        annotation(type, NAMED).ifPresent(named -> {
            String name = stringValue(named, "value");
            add("component", name.isEmpty() ? className : className + "#" + name);
        });
        annotation(type, EXPORT_AS_SERVICE).ifPresent(export -> {
            List<String> interfaces = classListValue(export, "value");
            add("exports", interfaces.isEmpty() ? className : className + "#" + String.join(",", interfaces));
        });
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            for (VariableElement parameter : constructor.getParameters()) {
                addImport(parameter);
            }
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            addImport(field);
        }
    }

    private void addImport(VariableElement variable) {
        annotation(variable, COMPONENT_IMPORT).ifPresent(imported -> {
            String typeName = erasedName(variable.asType());
            String name = stringValue(imported, "value");
            add("imports", name.isEmpty() ? typeName : typeName + "#" + name);
        });
    }

    private String erasedName(TypeMirror type) {
        TypeMirror erased = processingEnv.getTypeUtils().erasure(type);
        if (erased instanceof DeclaredType declared) {
            return processingEnv.getElementUtils().getBinaryName((TypeElement) declared.asElement()).toString();
        }
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "@ComponentImport needs a class or interface type, not " + type);
        return type.toString();
    }

    private void add(String file, String line) {
        entries.computeIfAbsent(file, f -> new TreeSet<>()).add(line);
    }

    private void write() {
        boolean index = "index".equals(processingEnv.getOptions().get(OUTPUT_OPTION));
        if (index) {
            mergeFragmentsFromClassPath();
        }
        Filer filer = processingEnv.getFiler();
        for (String file : FILES) {
            Set<String> lines = entries.getOrDefault(file, Set.of());
            if (lines.isEmpty() && !index) {
                continue;
            }
            String path = (index ? INDEX_DIR : FRAGMENT_DIR) + file;
            try {
                FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
                try (Writer writer = out.openWriter()) {
                    for (String line : lines) {
                        writer.write(line);
                        writer.write('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }

    /**
     * Fragments of modules on the compile class path (e.g. core), skipping stale copies in our own output. javac
     * exposes the class path to processors only through the Filer (first match) and, depending on how it was
     * started, through the processor's class loader (all matches); both are read and de-duplicated.
     */
    private void mergeFragmentsFromClassPath() {
        String ownOutput = ownOutputUrl();
        for (String file : FILES) {
            Set<URL> sources = new java.util.LinkedHashSet<>();
            try {
                for (ClassLoader loader : new ClassLoader[] {ScannerIndexProcessor.class.getClassLoader(), Thread.currentThread().getContextClassLoader()}) {
                    if (loader != null) {
                        sources.addAll(java.util.Collections.list(loader.getResources(FRAGMENT_DIR + file)));
                    }
                }
                try {
                    sources.add(processingEnv.getFiler().getResource(StandardLocation.CLASS_PATH, "", FRAGMENT_DIR + file).toUri().toURL());
                } catch (IOException | IllegalArgumentException notOnClassPath) {
                    // no fragment of this kind on the class path
                }
                for (URL url : sources) {
                    if (ownOutput != null && url.toString().startsWith(ownOutput)) {
                        continue;
                    }
                    try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                        reader.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> add(file, l));
                    } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException absent) {
                        // the Filer may hand out a file object for a resource that does not exist
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read scanner index fragments", e);
            }
        }
    }

    private String ownOutputUrl() {
        try {
            FileObject probe = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", "");
            return probe.toUri().toURL().toString();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static java.util.Optional<AnnotationMirror> annotation(Element element, String annotationType) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotationType)) {
                return java.util.Optional.of(mirror);
            }
        }
        return java.util.Optional.empty();
    }

    private static String stringValue(AnnotationMirror mirror, String member) {
        AnnotationValue value = member(mirror, member);
        return value == null ? "" : String.valueOf(value.getValue());
    }

    private List<String> classListValue(AnnotationMirror mirror, String member) {
        AnnotationValue value = member(mirror, member);
        if (value == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) value.getValue();
        return values.stream().map(v -> erasedName((TypeMirror) v.getValue())).toList();
    }

    private static AnnotationValue member(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(member)) {
                return e.getValue();
            }
        }
        return null;
    }
}
