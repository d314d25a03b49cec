package io.prodops.governance.testing;

/** Text that breaks naive storage: emoji (4-byte UTF-8), right-to-left scripts, CJK, combining marks. */
public final class TestStrings {
    public static final String MIXED = "Ünïcødé ✓ 😀🚀 שלום עולם مرحبا 漢字かなカナ 한국어 e\u0301";

    private TestStrings() {
    }

    /** A string of exactly {@code chars} UTF-16 chars (at most that many code points) that starts with {@link #MIXED}. */
    public static String ofLength(int chars) {
        StringBuilder s = new StringBuilder(chars);
        s.append(MIXED, 0, Math.min(MIXED.length(), chars));
        String filler = "漢字テキスト-abc-שלום-";
        while (s.length() < chars) {
            s.append(filler.charAt(s.length() % filler.length()));
        }
        s.setLength(chars);
        if (Character.isHighSurrogate(s.charAt(chars - 1))) {
            s.setCharAt(chars - 1, 'z'); // never cut a surrogate pair in half
        }
        return s.toString();
    }
}
