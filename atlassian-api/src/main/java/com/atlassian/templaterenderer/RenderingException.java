package com.atlassian.templaterenderer;

/** Declaration. Source: shared/atlassian-platform.md §2.4 (template-renderer-api 5.0.4). */
public class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
