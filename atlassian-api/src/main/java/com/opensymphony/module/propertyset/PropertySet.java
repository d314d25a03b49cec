package com.opensymphony.module.propertyset;

/** Declaration of the type in the workflow signatures (we call none of its members). Source: shared/atlassian-platform.md §2.10 (Condition/Validator/FunctionProvider take com.opensymphony.module.propertyset.PropertySet). */
public interface PropertySet {
}
