package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.PayloadTooLargeException;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.RichTextSanitizer;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.Transactions;
import io.prodops.governance.common.port.UserDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PRDs on Jira issues: create from a published template version, edit section by section, submit for review,
 * approve or request changes, upgrade to a newer template version, read the history. Every operation is one
 * transaction and writes an audit event; permissions follow {@link Access} (browse to read, edit to change, named
 * reviewers to review).
 */
@Named
public class PrdService {
    public static final int MAX_SECTION_BYTES = 64 * 1024;
    public static final int MAX_PRD_BYTES = 1024 * 1024;
    public static final String AUDIT_SUBJECT = "PRD";
    static final Duration AUTOSAVE_WINDOW = Duration.ofMinutes(5);
    private static final int REVIEW_ATTEMPTS = 3;

    private final Access access;
    private final PrdRepository prds;
    private final PublishedTemplates templates;
    private final SectionContentCodec codec;
    private final SectionRules rules;
    private final UserDirectory users;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final io.prodops.governance.common.port.IssueDataChanged changes;

    /** Without a change listener (tests). */
    public PrdService(Access access, PrdRepository prds, PublishedTemplates templates, SectionContentCodec codec, RichTextSanitizer sanitizer,
                      UserDirectory users, AccessPolicy policy, AuditLog audit, Transactions transactions, Clock clock) {
        this(access, prds, templates, codec, sanitizer, users, policy, audit, transactions, clock,
                io.prodops.governance.common.port.IssueDataChanged.NONE);
    }

    /** @param changes told after each committed write of a PRD (its status and completeness feed the portfolio) */
    @Inject
    public PrdService(Access access, PrdRepository prds, PublishedTemplates templates, SectionContentCodec codec, RichTextSanitizer sanitizer,
                      UserDirectory users, AccessPolicy policy, AuditLog audit, Transactions transactions, Clock clock,
                      io.prodops.governance.common.port.IssueDataChanged changes) {
        this.changes = changes;
        this.access = access;
        this.prds = prds;
        this.templates = templates;
        this.codec = codec;
        this.rules = new SectionRules(sanitizer);
        this.users = users;
        this.policy = policy;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PrdView get(String issueKey) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        Prd prd = prds.load(issue.id()).orElseThrow(PrdService::prdNotFound);
        return view(issue, prd);
    }

    public PrdView create(String issueKey, String templateKey, Integer version) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef user = access.requireUser();
        if (templateKey == null || templateKey.isBlank()) {
            throw ValidationException.of("templateKey", "is required");
        }
        PublishedTemplate template = templates.find(templateKey, version)
                .orElseThrow(() -> ValidationException.of(version == null ? "templateKey" : "version",
                        "no published template " + templateKey + (version == null ? "" : " version " + version)));
        if (template.retired()) {
            throw ValidationException.of("templateKey", "template " + templateKey + " is retired; choose another");
        }
        Map<String, String> values = placeholderValues(issue, user);
        List<PrdRepository.NewSection> sections = newSections(template.template(), values);
        return changed(issue, transactions.inTransaction(() -> {
            Optional<PrdHeader> existing = prds.findByIssueId(issue.id());
            if (existing.isPresent()) {
                throw new ConflictException("PRD_EXISTS", issue.key() + " already has a PRD.", "PRD", issue.id(), existing.get().revision());
            }
            Prd created = prds.create(issue.id(), issue.project().id(), templateKey, template.version(), sections, user.key());
            record(issue, "PRD_CREATED", user, "from template " + templateKey + " v" + template.version());
            return view(issue, created);
        }));
    }

    /**
     * Replaces a section's content ({@code contentJson}: the section kind's JSON form). Editing a required section of
     * an APPROVED PRD returns it to DRAFT and clears the approvals.
     */
    public PrdView updateSection(String issueKey, String sectionKey, String contentJson, Integer revision) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef user = access.requireUser();
        if (revision == null) {
            throw ValidationException.of("revision", "is required: send the section revision you based your change on");
        }
        if (contentJson.getBytes(StandardCharsets.UTF_8).length > MAX_SECTION_BYTES) {
            throw new PayloadTooLargeException("Section " + sectionKey + " is larger than 64 KB.");
        }
        return changed(issue, transactions.inTransaction(() -> {
            Prd prd = prds.lockAndLoad(issue.id()).orElseThrow(PrdService::prdNotFound);
            PrdSection section = prd.section(sectionKey)
                    .orElseThrow(() -> new NotFoundException("PRD_SECTION_NOT_FOUND", "The PRD has no section " + sectionKey + "."));
            if (section.archived()) {
                throw ValidationException.of("sectionKey", "section " + sectionKey + " is archived and read-only");
            }
            PrdStatus status = prd.header().status();
            if (status == PrdStatus.IN_REVIEW) {
                throw new ConflictException("PRD_IN_REVIEW", "The PRD is in review; it can change again once a reviewer requests changes.",
                        "PRD", issue.id(), prd.header().revision());
            }
            PublishedTemplate template = templates.find(prd.header().templateKey(), prd.header().templateVersion()).orElse(null);
            TemplateSection definition = template == null ? null : template.template().section(sectionKey).orElse(null);
            SectionContent content = rules.normalize(section, codec.fromJson(section.kind(), contentJson, "content"), definition, "content",
                    key -> users.findByKey(key).isPresent());
            checkPrdSize(prd, sectionKey, content);
            boolean filled = rules.filled(content);
            PrdSection saved = prds.saveSection(issue.id(), sectionKey, section.kind(), content, filled, revision, user.key());
            double completeness = Completeness.of(replace(prd.sections(), saved));
            if (status == PrdStatus.APPROVED && section.required()) {
                prds.saveState(issue.id(), PrdStatus.DRAFT, completeness, withoutDecisions(prd.reviewers()), prd.header().revision().revision(), user.key());
                record(issue, "APPROVAL_REVOKED", user, "required section " + sectionKey + " changed after approval; back to DRAFT");
            } else {
                prds.storeCompleteness(issue.id(), completeness);
            }
            audit.recordCoalescing(entry(issue, "SECTION_EDITED:" + sectionKey, user, "section " + sectionKey + " edited"), AUTOSAVE_WINDOW);
            return view(issue, prds.load(issue.id()).orElseThrow());
        }));
    }

    public PrdView submit(String issueKey, List<String> reviewerKeys, Integer revision) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef user = access.requireUser();
        if (revision == null) {
            throw ValidationException.of("revision", "is required: send the PRD revision you based your change on");
        }
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(reviewerKeys == null ? List.of() : reviewerKeys));
        List<FieldError> errors = new ArrayList<>();
        if (keys.isEmpty()) {
            errors.add(FieldError.of("reviewers", "name at least one reviewer"));
        }
        for (int i = 0; i < keys.size(); i++) {
            Optional<UserRef> reviewer = keys.get(i) == null ? Optional.empty() : users.findByKey(keys.get(i));
            if (reviewer.isEmpty()) {
                errors.add(FieldError.of("reviewers[" + i + "]", "is not a known user key"));
            } else if (!policy.canBrowse(reviewer.get(), issue)) {
                errors.add(FieldError.of("reviewers[" + i + "]", reviewer.get().displayName() + " cannot browse " + issue.key()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return changed(issue, transactions.inTransaction(() -> {
            Prd prd = prds.lockAndLoad(issue.id()).orElseThrow(PrdService::prdNotFound);
            PrdStatus status = prd.header().status();
            if (status != PrdStatus.DRAFT && status != PrdStatus.CHANGES_REQUESTED) {
                throw new ConflictException("PRD_NOT_SUBMITTABLE", "Only a DRAFT or CHANGES_REQUESTED PRD can be submitted; this one is " + status + ".",
                        "PRD", issue.id(), prd.header().revision());
            }
            Instant now = clock.instant();
            List<Reviewer> reviewers = keys.stream().map(k -> new Reviewer(k, null, null, now, null)).toList();
            prds.saveState(issue.id(), PrdStatus.IN_REVIEW, prd.completeness(), reviewers, revision, user.key());
            record(issue, "SUBMITTED", user, "for review by " + keys.size() + (keys.size() == 1 ? " reviewer" : " reviewers"));
            return view(issue, prds.load(issue.id()).orElseThrow());
        }));
    }

    /** A named reviewer's decision. Carries no revision (the decision is the reviewer's own); concurrent ones are retried. */
    public PrdView review(String issueKey, ReviewDecision decision, String comment) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        UserRef user = access.requireUser();
        if (decision == null) {
            throw ValidationException.of("decision", "must be APPROVE or REQUEST_CHANGES");
        }
        if (decision == ReviewDecision.REQUEST_CHANGES && (comment == null || comment.isBlank())) {
            throw ValidationException.of("comment", "say what should change");
        }
        if (comment != null && comment.length() > 4000) {
            throw ValidationException.of("comment", "is longer than 4000 characters");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return changed(issue, transactions.inTransaction(() -> applyReview(issue, user, decision, comment)));
            } catch (ConflictException e) {
                if (!"STALE_REVISION".equals(e.code()) || attempt == REVIEW_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private PrdView applyReview(IssueFacts issue, UserRef user, ReviewDecision decision, String comment) {
        Prd prd = prds.lockAndLoad(issue.id()).orElseThrow(PrdService::prdNotFound);
        if (prd.reviewer(user.key()).isEmpty()) {
            throw new AccessDeniedException("Only the reviewers named on this PRD can review it.");
        }
        if (prd.header().status() != PrdStatus.IN_REVIEW) {
            throw new ConflictException("PRD_NOT_IN_REVIEW", "This PRD is not in review (it is " + prd.header().status() + ").",
                    "PRD", issue.id(), prd.header().revision());
        }
        Instant now = clock.instant();
        List<Reviewer> reviewers = prd.reviewers().stream()
                .map(r -> r.userKey().equals(user.key()) ? new Reviewer(r.userKey(), decision, comment, r.requestedAt(), now) : r).toList();
        PrdStatus next = decision == ReviewDecision.REQUEST_CHANGES ? PrdStatus.CHANGES_REQUESTED
                : reviewers.stream().allMatch(r -> r.decision() == ReviewDecision.APPROVE) ? PrdStatus.APPROVED : PrdStatus.IN_REVIEW;
        prds.saveState(issue.id(), next, prd.completeness(), reviewers, prd.header().revision().revision(), user.key());
        record(issue, decision == ReviewDecision.APPROVE ? "REVIEW_APPROVED" : "REVIEW_CHANGES_REQUESTED", user,
                comment == null ? "" : comment);
        if (next == PrdStatus.APPROVED) {
            record(issue, "PRD_APPROVED", user, "approved by every reviewer");
        }
        return view(issue, prds.load(issue.id()).orElseThrow());
    }

    public UpgradePlan upgradePreview(String issueKey, Integer version) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        Prd prd = prds.load(issue.id()).orElseThrow(PrdService::prdNotFound);
        PublishedTemplate target = upgradeTarget(prd, version);
        return UpgradePlan.of(prd, target.template(), target.version());
    }

    public PrdView upgrade(String issueKey, Integer version, Integer revision) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef user = access.requireUser();
        if (revision == null) {
            throw ValidationException.of("revision", "is required: send the PRD revision you based your change on");
        }
        if (version == null) {
            throw ValidationException.of("version", "is required");
        }
        return changed(issue, transactions.inTransaction(() -> {
            Prd prd = prds.lockAndLoad(issue.id()).orElseThrow(PrdService::prdNotFound);
            if (prd.header().status() == PrdStatus.IN_REVIEW) {
                throw new ConflictException("PRD_IN_REVIEW", "The PRD is in review; upgrade it once a reviewer requests changes.",
                        "PRD", issue.id(), prd.header().revision());
            }
            PublishedTemplate target = upgradeTarget(prd, version);
            UpgradePlan plan = UpgradePlan.of(prd, target.template(), target.version());
            List<PrdRepository.NewSection> sections = newSections(target.template(), placeholderValues(issue, user));
            Map<String, SectionContent> migrated = new java.util.HashMap<>();
            List<PrdSection> after = new ArrayList<>();
            for (PrdRepository.NewSection next : sections) {
                String key = next.template().key();
                Optional<PrdSection> kept = plan.kept().contains(key) ? prd.section(key) : Optional.empty();
                SectionContent content = kept.flatMap(s -> UpgradePlan.migrate(s, next.template())).orElse(next.content());
                kept.ifPresent(s -> migrated.put(key, content));
                after.add(new PrdSection(key, next.template().title(), next.template().kind(), next.template().required(), false,
                        next.position(), content, rules.filled(content), null));
            }
            // an upgrade changes what the PRD must contain: an approval of the old structure no longer holds
            boolean revoke = prd.header().status() == PrdStatus.APPROVED;
            PrdStatus status = revoke ? PrdStatus.DRAFT : prd.header().status();
            prds.upgrade(issue.id(), new PrdRepository.Upgrade(target.version(), sections, plan, migrated, status,
                    revoke ? withoutDecisions(prd.reviewers()) : null, Completeness.of(after)), revision, user.key());
            record(issue, "UPGRADED", user, "template " + prd.header().templateKey() + " v" + plan.fromVersion() + " -> v" + plan.toVersion()
                    + "; kept " + plan.kept().size() + ", archived " + plan.archived().size() + ", added " + plan.added().size());
            if (revoke) {
                record(issue, "APPROVAL_REVOKED", user, "template upgraded after approval; back to DRAFT");
            }
            return view(issue, prds.load(issue.id()).orElseThrow());
        }));
    }

    /** After the write committed: whoever derives data from PRDs (the portfolio) is told, best effort. */
    private <T> T changed(IssueFacts issue, T result) {
        io.prodops.governance.common.port.IssueDataChanged.notifyQuietly(changes, List.of(issue.id()));
        return result;
    }

    public Page<AuditEntry> history(String issueKey, PageRequest page) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        prds.findByIssueId(issue.id()).orElseThrow(PrdService::prdNotFound);
        return audit.history(AUDIT_SUBJECT, String.valueOf(issue.id()), page);
    }

    private PublishedTemplate upgradeTarget(Prd prd, Integer version) {
        PublishedTemplate target = templates.find(prd.header().templateKey(), version)
                .orElseThrow(() -> ValidationException.of("version", "no published version " + version + " of template " + prd.header().templateKey()));
        if (target.version() <= prd.header().templateVersion()) {
            throw ValidationException.of("version", "must be newer than the PRD's template version " + prd.header().templateVersion());
        }
        return target;
    }

    private PrdView view(IssueFacts issue, Prd prd) {
        UserRef caller = access.caller().orElse(null);
        boolean canEdit = caller != null && policy.canEdit(caller, issue);
        boolean canReview = caller != null && prd.header().status() == PrdStatus.IN_REVIEW && prd.reviewer(caller.key()).isPresent();
        PublishedTemplate template = templates.find(prd.header().templateKey(), prd.header().templateVersion()).orElse(null);
        return new PrdView(issue, prd, template, canEdit, canReview);
    }

    private List<PrdRepository.NewSection> newSections(PrdTemplate template, Map<String, String> values) {
        List<PrdRepository.NewSection> sections = new ArrayList<>();
        int position = 0;
        for (TemplateSection section : template.sections()) {
            SectionContent content = StarterContent.of(section, values);
            sections.add(new PrdRepository.NewSection(position++, section, content, rules.filled(content)));
        }
        return sections;
    }

    private Map<String, String> placeholderValues(IssueFacts issue, UserRef user) {
        return Map.of(
                Placeholders.ISSUE_KEY, issue.key(),
                Placeholders.ISSUE_SUMMARY, issue.summary() == null ? "" : issue.summary(),
                Placeholders.PROJECT_NAME, issue.project().name() == null ? "" : issue.project().name(),
                Placeholders.USER_DISPLAY_NAME, user.displayName(),
                Placeholders.TODAY, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    }

    private void checkPrdSize(Prd prd, String changedKey, SectionContent changed) {
        long total = codec.toJson(changed).getBytes(StandardCharsets.UTF_8).length;
        if (total > MAX_SECTION_BYTES) {
            throw new PayloadTooLargeException("Section " + changedKey + " is larger than 64 KB.");
        }
        for (PrdSection s : prd.sections()) {
            if (!s.key().equals(changedKey)) {
                total += codec.toJson(s.content()).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (total > MAX_PRD_BYTES) {
            throw new PayloadTooLargeException("With section " + changedKey + " the PRD would be larger than 1 MB.");
        }
    }

    private static List<Reviewer> withoutDecisions(List<Reviewer> reviewers) {
        return reviewers.stream().map(r -> new Reviewer(r.userKey(), null, null, r.requestedAt(), null)).toList();
    }

    private static List<PrdSection> replace(List<PrdSection> sections, PrdSection saved) {
        return sections.stream().map(s -> s.key().equals(saved.key()) ? saved : s).toList();
    }

    private void record(IssueFacts issue, String action, UserRef user, String summary) {
        audit.record(entry(issue, action, user, summary));
    }

    private AuditEntry entry(IssueFacts issue, String action, UserRef user, String summary) {
        return new AuditEntry(AUDIT_SUBJECT, String.valueOf(issue.id()), issue.id(), issue.project().id(), action, user.key(),
                clock.instant(), summary, 1);
    }

    private static NotFoundException prdNotFound() {
        return new NotFoundException("PRD_NOT_FOUND", "This issue has no PRD yet.");
    }
}
