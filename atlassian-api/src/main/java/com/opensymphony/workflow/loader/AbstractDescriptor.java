package com.opensymphony.workflow.loader;

/** Declaration of the type passed to workflow plugin factories. Source: shared/atlassian-platform.md §2.10 (com.opensymphony.workflow.loader.AbstractDescriptor; OSWorkflow source, public code search id 20108905581). */
public abstract class AbstractDescriptor {
    AbstractDescriptor() {
    }
}
