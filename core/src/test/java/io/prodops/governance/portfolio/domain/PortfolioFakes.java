package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.prd.domain.PrdStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import static org.junit.Assert.assertTrue;

/** In-memory portfolio ports for unit tests: a summary store that enforces the batch bound, and a refresher over it. */
final class PortfolioFakes {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private PortfolioFakes() {
    }

    static final class Summaries implements PortfolioSummaryRepository {
        final Map<Long, PortfolioSummary> rows = new TreeMap<>();
        final List<Integer> batchSizes = new ArrayList<>();

        void put(PortfolioSummary s) {
            rows.put(s.issueId(), s);
        }

        @Override
        public Optional<PortfolioSummary> find(long issueId) {
            return Optional.ofNullable(rows.get(issueId));
        }

        @Override
        public List<PortfolioSummary> findByIssueIds(Collection<Long> issueIds) {
            assertTrue("batch of " + issueIds.size(), issueIds.size() <= BATCH);
            batchSizes.add(issueIds.size());
            return issueIds.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public void upsert(List<PortfolioSummary> list) {
            list.forEach(this::put);
        }

        @Override
        public int delete(Collection<Long> issueIds) {
            int n = 0;
            for (Long id : issueIds) {
                n += rows.remove(id) == null ? 0 : 1;
            }
            return n;
        }

        @Override
        public void forEachIssueId(LongConsumer consumer) {
            rows.keySet().forEach(consumer::accept);
        }

        @Override
        public long count() {
            return rows.size();
        }
    }

    /** Builds rows from {@link #buildable} (what the real builder would derive) when asked to refresh. */
    static final class Refresh implements SummaryRefresh {
        final Summaries store;
        final Map<Long, PortfolioSummary> buildable = new TreeMap<>();
        final List<List<Long>> calls = new ArrayList<>();

        Refresh(Summaries store) {
            this.store = store;
        }

        @Override
        public void refresh(Collection<Long> issueIds) {
            assertTrue(issueIds.size() <= PortfolioSummaryRepository.BATCH);
            calls.add(List.copyOf(issueIds));
            for (Long id : issueIds) {
                PortfolioSummary s = buildable.get(id);
                if (s != null) {
                    store.put(s);
                }
            }
        }

        @Override
        public void refreshAffected(Collection<Long> issueIds) {
            refresh(issueIds);
        }

        @Override
        public ReconcileResult reconcile() {
            return new ReconcileResult(0, 0, 0);
        }
    }

    /** A row whose stored health is current (today, built-in rules) and GREEN unless given. */
    static Row row(long id, String key) {
        return new Row(id, key);
    }

    /** A mutable builder for summary rows in tests. */
    static final class Row {
        long id;
        String key;
        String summary;
        String project;
        String owner;
        StatusCategory category = StatusCategory.IN_PROGRESS;
        LocalDate target;
        PortfolioSummary.Prd prd;
        PortfolioSummary.Readiness readiness;
        PortfolioSummary.Experiments experiments = PortfolioSummary.Experiments.NONE;
        Health health = new Health(HealthColor.GREEN, List.of());
        int rulesVersion;
        LocalDate healthDay = TODAY;
        Instant updatedAt = NOW;

        Row(long id, String key) {
            this.id = id;
            this.key = key;
            this.summary = "Initiative " + key;
            this.project = key.substring(0, key.indexOf('-'));
        }

        Row summary(String s) { summary = s; return this; }
        Row owner(String o) { owner = o; return this; }
        Row category(StatusCategory c) { category = c; return this; }
        Row target(String date) { target = date == null ? null : LocalDate.parse(date); return this; }
        Row prd(PrdStatus status) { prd = new PortfolioSummary.Prd(status, 0.5); return this; }
        Row ready(boolean ready) { readiness = new PortfolioSummary.Readiness("launch", ready, ready ? 3 : 1, 3, ready ? List.of() : List.of("Security review"), NOW); return this; }
        Row experiments(Map<ExperimentStatus, Integer> byStatus, Map<Decision, Integer> decisions) { experiments = new PortfolioSummary.Experiments(byStatus, decisions, 0); return this; }
        Row health(HealthColor c) { health = new Health(c, List.of()); return this; }
        Row healthDay(LocalDate d) { healthDay = d; return this; }
        Row rulesVersion(int v) { rulesVersion = v; return this; }
        Row updated(String at) { updatedAt = Instant.parse(at); return this; }

        PortfolioSummary build() {
            return new PortfolioSummary(id, key, summary, id / 1000 + 1, project, "Initiative", owner, category, target, prd, readiness,
                    experiments, health, rulesVersion, healthDay, updatedAt, NOW);
        }
    }
}
