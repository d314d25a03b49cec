package io.prodops.governance.common.port;

/**
 * Port: puts a web-resource module's JS/CSS on the page being rendered (Jira: PageBuilderService; the standalone host
 * writes the tags itself). Keys are module keys of this app, see {@code io.prodops.governance.common.web.WebResources}.
 */
public interface PageResources {
    void require(String moduleKey);
}
