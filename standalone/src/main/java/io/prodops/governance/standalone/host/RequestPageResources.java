package io.prodops.governance.standalone.host;

import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.WebResources;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link PageResources}: collects the web-resource modules a page servlet requires while it renders; the host's
 * decorator then writes their {@code <link>}/{@code <script>} tags (Jira: PageBuilderService and the WRM).
 */
public final class RequestPageResources implements PageResources {
    /** Where the host serves module files: {@code /download/resources/<app key>:<module>/<file>}, like Jira. */
    public static final String URL_ROOT = "/download/resources/";
    public static final String APP_KEY = "io.prodops.governance";

    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public void require(String moduleKey) {
        if (!WebResources.MODULES.containsKey(moduleKey)) {
            throw new IllegalArgumentException("unknown web-resource module: " + moduleKey);
        }
        required.get().add(moduleKey);
    }

    /** The modules required on this thread since the last call, in order; clears them. */
    public List<String> drain() {
        List<String> modules = new ArrayList<>(required.get());
        required.remove();
        return modules;
    }

    /** URLs (relative to the context path) of the files of {@code modules} whose name ends with {@code suffix}. */
    public static List<String> urls(List<String> modules, String suffix) {
        List<String> urls = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(); // a file two modules share loads once, like in Jira
        for (String module : modules) {
            for (String file : WebResources.MODULES.get(module)) {
                if (file.endsWith(suffix) && seen.add(file)) {
                    urls.add(URL_ROOT + APP_KEY + ":" + module + "/" + file);
                }
            }
        }
        return urls;
    }
}
