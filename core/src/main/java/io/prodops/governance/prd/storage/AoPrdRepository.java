package io.prodops.governance.prd.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.prd.domain.Prd;
import io.prodops.governance.prd.domain.PrdHeader;
import io.prodops.governance.prd.domain.PrdRepository;
import io.prodops.governance.prd.domain.PrdSection;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.prd.domain.ReviewDecision;
import io.prodops.governance.prd.domain.Reviewer;
import io.prodops.governance.prd.domain.SectionContent;
import io.prodops.governance.prd.domain.SectionContentCodec;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.domain.UpgradePlan;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PrdRepository} over {@link PrdEntity}, {@link PrdSectionEntity} and {@link PrdReviewerEntity}. Loading a
 * PRD is three queries whatever its size (header by the unique ISSUE_ID index, sections and reviewers by PRD_ID).
 * The PRD-level revision is arbitrated by {@link RevisionGuard} as aggregate {@value #AGGREGATE} (id = issue id), each
 * section as {@value #SECTION_AGGREGATE} (id = the section row id).
 */
@Named
public class AoPrdRepository implements PrdRepository {
    /** Issue ids per IN (...) query: below every database's parameter limit (Oracle's 1000 list items). */
    static final int IDS_PER_QUERY = 500;
    static final String AGGREGATE = "PRD";
    static final String SECTION_AGGREGATE = "PRD_SECTION";

    private final ActiveObjects ao;
    private final RevisionGuard revisions;
    private final SectionContentCodec codec;

    @Inject
    public AoPrdRepository(ActiveObjects ao, RevisionGuard revisions, SectionContentCodec codec) {
        this.ao = ao;
        this.revisions = revisions;
        this.codec = codec;
    }

    @Override
    public Optional<PrdHeader> findByIssueId(long issueId) {
        return header(issueId).map(AoPrdRepository::toHeader);
    }

    /** One query per {@value #IDS_PER_QUERY} ids. */
    @Override
    public List<PrdHeader> findHeaders(java.util.Collection<Long> issueIds) {
        List<Long> ids = issueIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return ao.executeInTransaction(() -> {
            List<PrdHeader> out = new java.util.ArrayList<>();
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                PrdEntity[] rows = ao.find(PrdEntity.class, Query.select()
                        .where("ISSUE_ID IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()));
                Arrays.stream(rows).map(AoPrdRepository::toHeader).forEach(out::add);
            }
            return out;
        });
    }

    @Override
    public Optional<Prd> load(long issueId) {
        return ao.executeInTransaction(() -> header(issueId).map(row -> {
            PrdSectionEntity[] sections = ao.find(PrdSectionEntity.class, Query.select().where("PRD_ID = ?", row.getID()).order("POSITION ASC, ID ASC"));
            PrdReviewerEntity[] reviewers = ao.find(PrdReviewerEntity.class, Query.select().where("PRD_ID = ?", row.getID()).order("ID ASC"));
            return new Prd(toHeader(row),
                    Arrays.stream(sections).map(this::toSection).toList(),
                    Arrays.stream(reviewers).map(AoPrdRepository::toReviewer).toList());
        }));
    }

    @Override
    public Optional<Prd> lockAndLoad(long issueId) {
        return ao.executeInTransaction(() -> header(issueId).flatMap(row -> {
            row.setEditTicks(row.getEditTicks() + 1);
            row.save(); // UPDATE: holds the row lock until the caller's transaction ends
            return load(issueId); // read again after the lock: a write that committed meanwhile is visible now
        }));
    }

    @Override
    public Prd create(long issueId, long projectId, String templateKey, int templateVersion, List<NewSection> sections, String userKey) {
        return ao.executeInTransaction(() -> {
            RevisionInfo first = revisions.start(AGGREGATE, issueId, userKey);
            Date at = Date.from(first.updatedAt());
            PrdEntity prd = ao.create(PrdEntity.class,
                    new DBParam("ISSUE_ID", issueId), new DBParam("PROJECT_ID", projectId),
                    new DBParam("TEMPLATE_KEY", templateKey), new DBParam("TEMPLATE_VERSION", templateVersion),
                    new DBParam("STATUS", PrdStatus.DRAFT.name()), new DBParam("REVISION", first.revision()),
                    new DBParam("COMPLETENESS", startingCompleteness(sections)),
                    new DBParam("EDIT_TICKS", 0),
                    new DBParam("CREATED_BY", userKey), new DBParam("CREATED_AT", at),
                    new DBParam("UPDATED_BY", userKey), new DBParam("UPDATED_AT", at));
            for (NewSection section : sections) {
                insertSection(prd.getID(), section, section.template().key(), userKey, at, 1);
            }
            return load(issueId).orElseThrow();
        });
    }

    @Override
    public PrdSection saveSection(long issueId, String sectionKey, SectionKind kind, SectionContent content, boolean filled, int expectedRevision,
                                  String userKey) {
        return ao.executeInTransaction(() -> {
            PrdEntity prd = existing(issueId);
            PrdSectionEntity row = section(prd.getID(), sectionKey);
            if (row.isArchived() || !row.getKind().equals(kind.name())) {
                throw new ConflictException("PRD_SECTION_CHANGED", "The section " + sectionKey + " was changed by a template upgrade; reload the PRD.",
                        SECTION_AGGREGATE, row.getID(), revisions.current(SECTION_AGGREGATE, row.getID()));
            }
            RevisionInfo next = revisions.advance(SECTION_AGGREGATE, row.getID(), expectedRevision, userKey);
            Date at = Date.from(next.updatedAt());
            row.setContent(codec.toJson(content));
            row.setFilled(filled);
            row.setRevision(next.revision());
            row.setUpdatedBy(userKey);
            row.setUpdatedAt(at);
            row.save();
            return toSection(row);
        });
    }

    @Override
    public RevisionInfo saveState(long issueId, PrdStatus status, double completeness, List<Reviewer> reviewers, int expectedRevision, String userKey) {
        return ao.executeInTransaction(() -> {
            PrdEntity prd = existing(issueId);
            RevisionInfo next = revisions.advance(AGGREGATE, issueId, expectedRevision, userKey);
            prd.setStatus(status.name());
            prd.setCompleteness(completeness);
            touch(prd, next);
            if (reviewers != null) {
                replaceReviewers(prd.getID(), reviewers);
            }
            return next;
        });
    }

    @Override
    public void storeCompleteness(long issueId, double completeness) {
        ao.executeInTransaction(() -> {
            PrdEntity prd = existing(issueId);
            prd.setCompleteness(completeness);
            prd.save();
            return null;
        });
    }

    @Override
    public RevisionInfo upgrade(long issueId, Upgrade upgrade, int expectedRevision, String userKey) {
        return ao.executeInTransaction(() -> {
            PrdEntity prd = existing(issueId);
            RevisionInfo next = revisions.advance(AGGREGATE, issueId, expectedRevision, userKey);
            Date at = Date.from(next.updatedAt());
            UpgradePlan plan = upgrade.plan();
            Set<String> targetKeys = new HashSet<>();
            upgrade.targetSections().forEach(s -> targetKeys.add(s.template().key()));
            Map<String, Integer> reusedKeyRevisions = new HashMap<>();
            PrdSectionEntity[] rows = ao.find(PrdSectionEntity.class, Query.select().where("PRD_ID = ?", prd.getID()));
            int archivedPosition = upgrade.targetSections().size();
            for (PrdSectionEntity row : rows) {
                String key = row.getSectionKey();
                if (plan.archived().contains(key) || (row.isArchived() && targetKeys.contains(key))) {
                    row.setArchived(true);
                    row.setPosition(archivedPosition++);
                    if (targetKeys.contains(key)) { // the key is reused by the new version: free it, continue its numbering
                        row.setSectionKey(key + "~v" + plan.fromVersion());
                        reusedKeyRevisions.put(key, row.getRevision());
                    }
                    row.save();
                }
            }
            for (NewSection target : upgrade.targetSections()) {
                String key = target.template().key();
                if (plan.kept().contains(key)) {
                    PrdSectionEntity row = section(prd.getID(), key);
                    row.setTitle(target.template().title());
                    row.setRequired(target.template().required());
                    row.setPosition(target.position());
                    SectionContent migrated = upgrade.migrated().get(key);
                    if (migrated != null) {
                        row.setContent(codec.toJson(migrated));
                    }
                    row.save();
                } else {
                    insertSection(prd.getID(), target, key, userKey, at, reusedKeyRevisions.getOrDefault(key, 0) + 1);
                }
            }
            if (upgrade.reviewers() != null) {
                replaceReviewers(prd.getID(), upgrade.reviewers());
            }
            prd.setTemplateVersion(upgrade.templateVersion());
            prd.setStatus(upgrade.status().name());
            prd.setCompleteness(upgrade.completeness());
            touch(prd, next);
            return next;
        });
    }

    private static double startingCompleteness(List<NewSection> sections) {
        long required = sections.stream().filter(s -> s.template().required()).count();
        long filled = sections.stream().filter(s -> s.template().required() && s.filled()).count();
        return required == 0 ? 1.0 : (double) filled / required;
    }

    private void replaceReviewers(int prdId, List<Reviewer> reviewers) {
        ao.deleteWithSQL(PrdReviewerEntity.class, "PRD_ID = ?", prdId);
        for (Reviewer r : reviewers) {
            ao.create(PrdReviewerEntity.class,
                    new DBParam("PRD_ID", prdId), new DBParam("USER_KEY", r.userKey()),
                    new DBParam("DECISION", r.decision() == null ? null : r.decision().name()),
                    new DBParam("REVIEW_NOTE", r.comment()),
                    new DBParam("REQUESTED_AT", Date.from(r.requestedAt())),
                    new DBParam("DECIDED_AT", r.decidedAt() == null ? null : Date.from(r.decidedAt())));
        }
    }

    private void insertSection(int prdId, NewSection section, String key, String userKey, Date at, int firstRevision) {
        PrdSectionEntity row = ao.create(PrdSectionEntity.class,
                new DBParam("PRD_ID", prdId), new DBParam("SECTION_KEY", key), new DBParam("POSITION", section.position()),
                new DBParam("TITLE", section.template().title()), new DBParam("KIND", section.template().kind().name()),
                new DBParam("REQUIRED", section.template().required()), new DBParam("ARCHIVED", false),
                new DBParam("FILLED", section.filled()), new DBParam("CONTENT", codec.toJson(section.content())),
                new DBParam("REVISION", firstRevision), new DBParam("UPDATED_BY", userKey), new DBParam("UPDATED_AT", at));
        revisions.startAt(SECTION_AGGREGATE, row.getID(), firstRevision, userKey);
    }

    private Optional<PrdEntity> header(long issueId) {
        PrdEntity[] rows = ao.find(PrdEntity.class, Query.select().where("ISSUE_ID = ?", issueId).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private PrdEntity existing(long issueId) {
        return header(issueId).orElseThrow(() -> new NotFoundException("PRD_NOT_FOUND", "This issue has no PRD."));
    }

    private PrdSectionEntity section(int prdId, String sectionKey) {
        PrdSectionEntity[] rows = ao.find(PrdSectionEntity.class, Query.select().where("PRD_ID = ? AND SECTION_KEY = ?", prdId, sectionKey));
        if (rows.length == 0) {
            throw new NotFoundException("PRD_SECTION_NOT_FOUND", "The PRD has no section " + sectionKey + ".");
        }
        return rows[0];
    }

    private static void touch(PrdEntity prd, RevisionInfo next) {
        prd.setRevision(next.revision());
        prd.setUpdatedBy(next.updatedBy());
        prd.setUpdatedAt(Date.from(next.updatedAt()));
        prd.save();
    }

    private PrdSection toSection(PrdSectionEntity e) {
        SectionKind kind = SectionKind.valueOf(e.getKind());
        return new PrdSection(e.getSectionKey(), e.getTitle(), kind, e.isRequired(), e.isArchived(), e.getPosition(),
                codec.fromJson(kind, e.getContent(), "content"), e.isFilled(),
                new RevisionInfo(e.getRevision(), e.getUpdatedBy(), e.getUpdatedAt().toInstant()));
    }

    private static Reviewer toReviewer(PrdReviewerEntity e) {
        return new Reviewer(e.getUserKey(), e.getDecision() == null ? null : ReviewDecision.valueOf(e.getDecision()), e.getReviewNote(),
                e.getRequestedAt().toInstant(), e.getDecidedAt() == null ? null : e.getDecidedAt().toInstant());
    }

    private static PrdHeader toHeader(PrdEntity e) {
        return new PrdHeader(e.getIssueId(), e.getProjectId(), e.getTemplateKey(), e.getTemplateVersion(),
                PrdStatus.valueOf(e.getStatus()), e.getCompleteness(),
                new RevisionInfo(e.getRevision(), e.getUpdatedBy(), e.getUpdatedAt().toInstant()),
                e.getCreatedBy(), e.getCreatedAt().toInstant());
    }
}
