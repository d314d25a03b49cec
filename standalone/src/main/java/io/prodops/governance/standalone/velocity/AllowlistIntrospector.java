package io.prodops.governance.standalone.velocity;

import org.apache.velocity.util.introspection.SecureIntrospectorImpl;
import org.slf4j.Logger;

import java.lang.reflect.Method;

/**
 * Velocity's secure introspector (no reflection, class loaders, System, Runtime, ...) that in addition finds only
 * allowlisted methods. Every method call and property read of a template is resolved here, so a method that is not
 * listed is never invoked: Velocity sees "no such method" and renders nothing for it.
 */
final class AllowlistIntrospector extends SecureIntrospectorImpl {
    private final VelocityAllowlist allowlist;
    private final Logger log;

    AllowlistIntrospector(String[] badClasses, String[] badPackages, Logger log, VelocityAllowlist allowlist) {
        super(badClasses, badPackages, log);
        this.allowlist = allowlist;
        this.log = log;
    }

    @Override
    public Method getMethod(Class<?> c, String name, Object[] params) throws IllegalArgumentException {
        Method method = super.getMethod(c, name, params);
        if (method == null) {
            return null;
        }
        if (!allowlist.permits(c, method)) {
            log.warn("Velocity: blocked a call of {}, which is not in the velocity allowlist", VelocityAllowlist.describe(c, method));
            return null;
        }
        return method;
    }
}
