package io.prodops.governance.prd.domain;

/**
 * Turns a template into the text stored in a configuration document (draft or published version) and back. The
 * domain owns this interface; the storage layer implements it (JSON), so the domain stays free of a JSON library.
 * {@code decode(encode(t))} equals {@code t} for every valid template.
 */
public interface TemplateCodec {
    String encode(PrdTemplate template);

    /** @throws IllegalStateException when the stored text is not a template (a bug or a damaged row, never user input) */
    PrdTemplate decode(String stored);
}
