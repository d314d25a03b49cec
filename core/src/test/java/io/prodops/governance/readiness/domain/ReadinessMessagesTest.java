package io.prodops.governance.readiness.domain;

import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.prodops.governance.readiness.domain.ReadinessFixture.englishFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReadinessMessagesTest {
    private static final IssueMention A12 = new IssueMention(12, "ABC-12", "Login page");
    private static final IssueMention A15 = new IssueMention(15, "ABC-15", "Secret merger");
    private static final IssueMention A16 = new IssueMention(16, "ABC-16", "Other secret");

    private static Message childrenOpen(IssueMention... open) {
        return Message.of("prodops.readiness.children.open", 5 - open.length, 5, new IssueList(List.of(open)), open.length);
    }

    @Test
    public void namesEveryOpenIssueToAReaderWhoSeesThemAll() {
        assertEquals("3 of 5 child issues done \u2014 ABC-12 and ABC-15 are still open.", englishFor().text(childrenOpen(A12, A15)));
        assertEquals("4 of 5 child issues done \u2014 ABC-12 is still open.", englishFor().text(childrenOpen(A12)));
        assertEquals("2 of 5 child issues done \u2014 ABC-12, ABC-15 and ABC-16 are still open.", englishFor().text(childrenOpen(A12, A15, A16)));
    }

    @Test
    public void countsTheIssuesAReaderCannotBrowseInsteadOfNamingThem() {
        ReadinessMessages.Rendered r = englishFor(15, 16).render(childrenOpen(A12, A15, A16));
        assertEquals("2 of 5 child issues done \u2014 ABC-12 and 2 issues you can\u2019t see are still open.", r.text());
        assertEquals(List.of(A12), r.issues());
        String onlyHidden = englishFor(12, 15).text(childrenOpen(A12, A15));
        assertEquals("3 of 5 child issues done \u2014 2 issues you can\u2019t see are still open.", onlyHidden);
        assertFalse(onlyHidden.contains("ABC-1"));
    }

    @Test
    public void evidenceLinesNamingHiddenIssuesCollapseIntoOneCount() {
        List<Message> evidence = List.of(Message.of("prodops.readiness.issue.open", A12, "In Progress"),
                Message.of("prodops.readiness.issue.open", A15, "To Do"),
                Message.of("prodops.readiness.issue.open", A16, "To Do"));
        List<ReadinessMessages.Rendered> lines = englishFor(15, 16).renderEvidence(evidence);
        assertEquals(List.of("ABC-12 Login page: In Progress", "2 more issues you can\u2019t see."), lines.stream().map(ReadinessMessages.Rendered::text).toList());
        for (ReadinessMessages.Rendered line : lines) {
            assertFalse(line.text().contains("secret"));
            assertFalse(line.text().contains("Secret"));
        }
        assertEquals("One more issue you can\u2019t see.", englishFor(12).renderEvidence(evidence.subList(0, 1)).get(0).text());
    }

    @Test
    public void aSingleHiddenMentionIsReplacedWhenRenderedAlone() {
        assertEquals("one issue you can\u2019t see: To Do", englishFor(15).text(Message.of("prodops.readiness.issue.open", A15, "To Do")));
    }

    @Test
    public void datesAreShownInTheReadersZoneAndLocale() {
        Message signed = Message.of("prodops.readiness.signoff.done", Instant.parse("2026-12-01T23:30:00Z"), "marketing");
        assertEquals("Signed off Dec 1, 2026, 11:30\u202fPM (group marketing).", englishFor().text(signed));
        ReadinessMessages tokyo = new ReadinessMessages(Map.of("prodops.readiness.signoff.done", "Signed off {0} (group {1}).")::get,
                Locale.ENGLISH, ZoneId.of("Asia/Tokyo"), id -> true);
        assertTrue(tokyo.text(signed), tokyo.text(signed).startsWith("Signed off Dec 2, 2026, 8:30"));
        ReadinessMessages german = new ReadinessMessages(Map.of("k", "Fällig {0}")::get, Locale.GERMAN, ZoneId.of("UTC"), id -> true);
        assertEquals("Fällig 24.12.2026", german.text(Message.of("k", LocalDate.of(2026, 12, 24))));
    }

    @Test
    public void percentagesAndNumbersFollowTheLocale() {
        assertEquals("The PRD is only 67% complete (needs 100%).",
                englishFor().text(Message.of("prodops.readiness.prd.incomplete", 2.0 / 3, 1.0)));
    }

    @Test
    public void textsWrittenByUsersAreNotInterpretedAsPatterns() {
        IssueMention braces = new IssueMention(20, "ABC-20", "Costs {0} and '{1}'");
        assertEquals("ABC-20 Costs {0} and '{1}': To Do", englishFor().text(Message.of("prodops.readiness.issue.open", braces, "To Do")));
        assertEquals("Note: it''s {2} done", englishFor().text(Message.of("prodops.readiness.signoff.note", "it''s {2} done")));
    }

    @Test
    public void aMissingKeyShowsTheKey() {
        assertEquals("prodops.readiness.nope", englishFor().text(Message.of("prodops.readiness.nope", 1)));
    }

    @Test
    public void everyReadinessPatternIsAValidMessageFormat() {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(ReadinessMessages.BUNDLE, Locale.ENGLISH);
        int checked = 0;
        for (String key : java.util.Collections.list(bundle.getKeys())) {
            if (key.startsWith("prodops.readiness.")) {
                new java.text.MessageFormat(bundle.getString(key), Locale.ENGLISH).format(new Object[]{1, 2, "x", 1});
                checked++;
            }
        }
        assertTrue("the # readiness block is there: " + checked, checked > 40);
    }

    @Test(expected = IllegalArgumentException.class)
    public void messagesRefuseArgumentsTheRendererCannotRender() {
        Message.of("k", new Object());
    }
}
