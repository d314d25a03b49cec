package io.prodops.governance.common.web;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The app's UI strings from {@code i18n/prodops*.properties}, the same bundle the Jira descriptor registers as its
 * i18n resource. Missing keys show as the key itself, so a gap is visible but never breaks a page.
 */
public final class Texts {
    public static final String BUNDLE = "i18n.prodops";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, Texts.class.getClassLoader());
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The raw patterns (placeholders {@code {0}} not yet filled) of every key that starts with one of
     * {@code prefixes}: the strings a page's script needs, handed to it as JSON data by the page shell.
     */
    public Map<String, String> startingWith(String... prefixes) {
        Map<String, String> found = new TreeMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    found.put(key, bundle.getString(key));
                    break;
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }
}
