package io.prodops.governance.jira.web;

import com.atlassian.plugin.web.Condition;
import io.prodops.governance.common.domain.Access;
import jakarta.inject.Inject;

import java.util.Map;

/** Shows a web fragment (the top-navigation "ProdOps" entry) to ops managers and Jira admins only. */
public class OpsManagerCondition implements Condition {
    private final Access access;

    @Inject
    public OpsManagerCondition(Access access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return access.caller().map(access::isOpsManager).orElse(false);
    }
}
