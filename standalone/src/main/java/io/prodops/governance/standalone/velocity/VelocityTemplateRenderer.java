package io.prodops.governance.standalone.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@link TemplateRenderer} on Apache Velocity 2.4 that behaves like Jira's: templates come from the class path only;
 * every reference is HTML-escaped unless its name ends with {@code Html}; method calls go through Velocity's
 * {@code SecureUberspector} and must be in the {@link VelocityAllowlist}.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine;

    public VelocityTemplateRenderer(VelocityAllowlist allowlist) {
        Properties p = new Properties();
        p.setProperty("resource.loaders", "class");
        p.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        p.setProperty("resource.loader.class.cache", "true");
        p.setProperty("resource.default_encoding", "UTF-8");
        p.setProperty("introspector.uberspect.class", AllowlistUberspector.class.getName());
        p.setProperty("event_handler.reference_insertion.class", HtmlEscapingReferenceInsertion.class.getName());
        p.setProperty("introspector.restrict.packages", "java.lang.reflect,java.lang.invoke,java.net,java.nio,java.io,java.sql,javax.script,sun,jdk");
        p.setProperty("introspector.restrict.classes", String.join(",",
                "java.lang.Class", "java.lang.ClassLoader", "java.lang.Compiler", "java.lang.InheritableThreadLocal",
                "java.lang.Package", "java.lang.Module", "java.lang.Process", "java.lang.ProcessBuilder", "java.lang.Runtime",
                "java.lang.RuntimePermission", "java.lang.SecurityManager", "java.lang.System", "java.lang.Thread",
                "java.lang.ThreadGroup", "java.lang.ThreadLocal"));
        engine = new VelocityEngine(p);
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST_ATTRIBUTE, allowlist);
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(new VelocityContext(new HashMap<>(context)), writer);
            writer.flush();
        } catch (VelocityException e) {
            throw new RenderingException("cannot render " + templateName + ": " + e.getMessage(), e);
        }
    }

    /** Renders to a string (host pages). */
    public String render(String templateName, Map<String, Object> context) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            render(templateName, context, out);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
        return out.toString();
    }
}
