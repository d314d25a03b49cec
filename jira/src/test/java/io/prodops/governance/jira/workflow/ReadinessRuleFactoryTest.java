package io.prodops.governance.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.VersionedConfig;
import io.prodops.governance.readiness.domain.GateSet;
import io.prodops.governance.readiness.domain.GateSetService;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ReadinessRuleFactoryTest {
    private final GateSetService gateSets = mock(GateSetService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ReadinessValidatorFactory validators = new ReadinessValidatorFactory(gateSets, authentication);

    @Before
    public void twoPublishedOneDraftOneRetired() {
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        GateSet draftOnly = new GateSet("DRAFT_ONLY", "Draft", "", List.of());
        GateSet retired = new GateSet("OLD", "Old", "", List.of());
        when(gateSets.list(any(PageRequest.class))).thenReturn(new Page<>(List.of(
                summary(RuleFormsTest.LAUNCH.content(), ConfigStatus.PUBLISHED, 3),
                summary(draftOnly, ConfigStatus.DRAFT, 0),
                summary(retired, ConfigStatus.RETIRED, 2),
                summary(RuleFormsTest.BETA.content(), ConfigStatus.PUBLISHED, 1)), 4, 0, PageRequest.MAX_SIZE));
        when(gateSets.published(eq("STANDARD_LAUNCH"), isNull())).thenReturn(Optional.of(RuleFormsTest.LAUNCH));
        when(gateSets.published(eq("BETA"), isNull())).thenReturn(Optional.of(RuleFormsTest.BETA));
        when(gateSets.published(eq("OLD"), isNull())).thenReturn(Optional.empty());
        when(gateSets.published(eq("DRAFT_ONLY"), isNull())).thenReturn(Optional.empty());
    }

    @Test
    public void eachModuleHasItsJiraFactoryType() {
        assertTrue(new ReadinessConditionFactory(gateSets, authentication) instanceof WorkflowPluginConditionFactory);
        assertTrue(validators instanceof WorkflowPluginValidatorFactory);
        assertTrue(new ReadinessFunctionFactory(gateSets, authentication) instanceof WorkflowPluginFunctionFactory);
    }

    @Test
    public void theAddFormListsThePublishedGateSetsThatAreNotRetired() {
        Map<String, ?> params = validators.getVelocityParams("input-parameters", null);
        ReadinessRuleForm form = (ReadinessRuleForm) params.get("prodopsForm");
        assertEquals(List.of("STANDARD_LAUNCH", "BETA"), form.getGateSets().stream().map(GateSetChoice::getKey).toList());
        assertTrue(form.isGateSubset());
        verify(gateSets, never()).published(eq("DRAFT_ONLY"), any());
        assertEquals("Gate set", form.text("prodops.workflow.form.gateset"));
    }

    @Test
    public void theEditFormShowsTheStoredRule() {
        ValidatorDescriptor descriptor = mock(ValidatorDescriptor.class);
        when(descriptor.getArgs()).thenReturn(Map.of("gateset", "BETA", "gates", "docs"));
        ReadinessRuleForm form = (ReadinessRuleForm) validators.getVelocityParams("edit-parameters", descriptor).get("prodopsForm");
        assertTrue(form.getGateSets().get(1).isSelected());
        assertTrue(form.getGateSets().get(1).getGates().get(0).isSelected());
        assertFalse(form.getGateSets().get(0).isSelected());
    }

    @Test
    public void theViewSummarisesTheStoredRule() {
        ConditionDescriptor descriptor = mock(ConditionDescriptor.class);
        when(descriptor.getArgs()).thenReturn(Map.of("gateset", "STANDARD_LAUNCH", "gates", "marketing"));
        ReadinessRuleView view = (ReadinessRuleView) new ReadinessConditionFactory(gateSets, authentication)
                .getVelocityParams("view", descriptor).get("prodopsRule");
        assertTrue(view.getSummary(), view.getSummary().contains("Standard launch") && view.getSummary().contains("last readiness evaluation"));
        assertEquals("Gates: Marketing ready", view.getGates());

        FunctionDescriptor function = mock(FunctionDescriptor.class);
        when(function.getArgs()).thenReturn(Map.of("gateset", "BETA"));
        ReadinessRuleView recorded = (ReadinessRuleView) new ReadinessFunctionFactory(gateSets, authentication)
                .getVelocityParams("view", function).get("prodopsRule");
        assertTrue(recorded.getSummary(), recorded.getSummary().contains("snapshot"));

        ConditionDescriptor broken = mock(ConditionDescriptor.class);
        when(broken.getArgs()).thenReturn(Map.of());
        assertNull("nothing to summarise", validators.getVelocityParams("view", broken).get("prodopsRule"));
    }

    @Test
    public void theSubmittedFormBecomesTheStoredArgs() {
        assertEquals(Map.of("gateset", "STANDARD_LAUNCH", "gates", "marketing"), validators.getDescriptorParams(Map.of(
                "gateset", new String[]{"STANDARD_LAUNCH"}, "gates", new String[]{"STANDARD_LAUNCH:marketing"})));
        assertEquals("the post-function records every gate", Map.of("gateset", "BETA", "gates", ""),
                new ReadinessFunctionFactory(gateSets, authentication).getDescriptorParams(Map.of(
                        "gateset", new String[]{"BETA"}, "gates", new String[]{"BETA:docs"})));
        assertThrows(IllegalArgumentException.class, () -> validators.getDescriptorParams(Map.of("gateset", new String[]{"OLD"})));
    }

    private static VersionedConfig.Summary<GateSet> summary(GateSet content, ConfigStatus status, int publishedVersion) {
        return new VersionedConfig.Summary<>(content, status, 1, publishedVersion, "olga", Instant.EPOCH);
    }

}
