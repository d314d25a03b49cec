package io.prodops.governance.jira.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.task.context.Context;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import io.prodops.governance.common.storage.UserKeyRewriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Jira's user anonymization renames an anonymized user's key (e.g. {@code admin -> JIRAUSER10100}) and asks every
 * app to follow (third step, after {@code UserAnonymizationHandler}). ProdOps stores user keys in the columns of
 * {@code UserKeyColumns}; core's {@link UserKeyRewriter} counts and rewrites them. Module:
 * {@code <user-key-change-handler>} in atlassian-plugin.xml.
 */
@Named
public class ProdOpsUserKeyChangeHandler implements UserKeyChangeHandler {
    /** i18n key (core's bundle) of the line Jira shows in the anonymization preview. */
    static final String AFFECTED_KEY = "prodops.handler.userkey.affected";
    private static final Logger LOG = LoggerFactory.getLogger(ProdOpsUserKeyChangeHandler.class);

    private final UserKeyRewriter rewriter;

    @Inject
    public ProdOpsUserKeyChangeHandler(UserKeyRewriter rewriter) {
        this.rewriter = rewriter;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        long occurrences = total(rewriter.occurrences(parameter.getOriginal()));
        if (occurrences == 0) {
            return List.of();
        }
        return List.of(AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                .descriptionKey(AFFECTED_KEY)
                .numberOfOccurrences(occurrences)
                .build());
    }

    /** One task: every column is rewritten by one {@link UserKeyRewriter#rewrite} call. */
    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return 1;
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            int changed = rewriter.rewrite(parameter.getOriginal(), parameter.getTarget());
            LOG.info("ProdOps Governance: {} user-key reference(s) rewritten for an anonymized user", changed);
        } catch (RuntimeException e) {
            LOG.error("ProdOps Governance could not rewrite user-key references", e);
            errors.addErrorMessage("ProdOps Governance could not rewrite the user's references: " + e.getMessage());
        } finally {
            Context context = parameter.getContext();
            if (context != null) {
                context.start(null).complete();
            }
        }
        return new ServiceResultImpl(errors);
    }

    private static long total(Map<String, Integer> occurrences) {
        return occurrences.values().stream().mapToLong(Integer::longValue).sum();
    }
}
