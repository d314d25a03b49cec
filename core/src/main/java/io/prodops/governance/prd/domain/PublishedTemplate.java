package io.prodops.governance.prd.domain;

/**
 * An immutable published version of a template, as PRDs are created from it and upgraded to it.
 *
 * @param retired whether the template is retired now (its versions stay readable; nothing new is created from it)
 * @param latestVersion the newest published version of the template, for upgrade banners
 */
public record PublishedTemplate(PrdTemplate template, int version, boolean retired, int latestVersion) {
}
