package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.port.IssueDirectory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The host's batched look-ups (one query each) answer exactly what the one-by-one look-ups answer. */
public class HostBatchLookupsTest {
    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();
    private static HostDatabase db;
    private static HostIssueDirectory issues;
    private static List<Long> all;

    @BeforeClass
    public static void seed() throws Exception {
        db = HostDatabase.open(FOLDER.newFolder("data").toPath());
        assertTrue(new DemoData(db, new SystemClock()).seedOnce());
        issues = new HostIssueDirectory(db, new HostAccessPolicy(db, new HostUserDirectory(db)));
        all = issues.search("", 0, 1000, Optional.empty()).issues().stream().map(IssueFacts::id).toList();
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    /** The interface's defaults: one look-up per id. */
    private static IssueDirectory oneByOne() {
        return new IssueDirectory() {
            @Override
            public Optional<IssueFacts> findByKey(String issueKey) {
                return issues.findByKey(issueKey);
            }

            @Override
            public Optional<IssueFacts> findById(long issueId) {
                return issues.findById(issueId);
            }

            @Override
            public List<IssueFacts> children(long issueId) {
                return issues.children(issueId);
            }

            @Override
            public List<IssueLinkFacts> links(long issueId) {
                return issues.links(issueId);
            }

            @Override
            public io.prodops.governance.common.domain.SearchPage search(String jql, int start, int max,
                                                                      Optional<io.prodops.governance.common.domain.UserRef> searcher) {
                return issues.search(jql, start, max, searcher);
            }
        };
    }

    @Test
    public void findByIdsFindsWhatFindByIdFindsAndSkipsUnknownIds() {
        List<Long> asked = new ArrayList<>(all);
        asked.add(-5L);
        asked.add(all.get(0)); // twice
        List<IssueFacts> batched = new ArrayList<>(issues.findByIds(asked));
        List<IssueFacts> single = new ArrayList<>(oneByOne().findByIds(asked));
        batched.sort(Comparator.comparingLong(IssueFacts::id));
        single.sort(Comparator.comparingLong(IssueFacts::id));

        assertTrue("the demo has issues", all.size() > 20);
        assertEquals(single, batched);
        assertEquals(all.size(), batched.size());
        assertEquals(List.of(), issues.findByIds(List.of()));
    }

    @Test
    public void linksOfGivesEveryIssueItsLinksFromItsOwnSide() {
        Map<Long, List<IssueLinkFacts>> batched = issues.linksOf(all);
        Map<Long, List<IssueLinkFacts>> single = oneByOne().linksOf(all);

        assertEquals(single.keySet(), batched.keySet());
        for (long id : all) {
            assertEquals("issue " + id, new HashSet<>(single.get(id)), new HashSet<>(batched.get(id)));
            assertEquals("issue " + id, single.get(id).size(), batched.get(id).size());
        }
        assertTrue("some issue has links", batched.values().stream().anyMatch(l -> !l.isEmpty()));
        assertEquals(List.of(), issues.linksOf(List.of(-5L)).get(-5L));
    }
}
