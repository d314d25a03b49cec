package com.atlassian.jira.bc.project.component;

/** Declaration of the element type of Issue.getComponents() (we call none of its members). Source: shared/atlassian-platform.md §2.9 (Collection<ProjectComponent> getComponents()); package com.atlassian.jira.bc.project.component from Jira's ProjectComponentManager javadoc (docs.atlassian.com/jira/latest). */
public interface ProjectComponent {
}
