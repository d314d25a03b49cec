package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.4 (template-renderer-api 5.0.4). */
public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
