package io.prodops.governance.standalone.velocity;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

import java.util.Map;

/**
 * {@link SecureUberspector} plus the method allowlist (the combination Jira runs templates with). Map entries
 * ({@code $map.key}, {@code #set($map.key = ..)}) are read without a reflective call, so they are refused here
 * unless {@code java.util.Map#get(java.lang.Object)} / {@code #put(..)} are listed.
 * The allowlist comes from the engine's application attribute {@link #ALLOWLIST_ATTRIBUTE}.
 */
public final class AllowlistUberspector extends SecureUberspector {
    public static final String ALLOWLIST_ATTRIBUTE = AllowlistUberspector.class.getName() + ".allowlist";
    private static final String MAP_GET = "java.util.Map#get(java.lang.Object)";
    private static final String MAP_PUT = "java.util.Map#put(java.lang.Object,java.lang.Object)";

    private VelocityAllowlist allowlist;

    @Override
    public void init() {
        super.init();
        Object configured = rsvc.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
        allowlist = configured instanceof VelocityAllowlist a ? a : new VelocityAllowlist(java.util.List.of());
        String[] badPackages = rsvc.getConfiguration().getStringArray("introspector.restrict.packages");
        String[] badClasses = rsvc.getConfiguration().getStringArray("introspector.restrict.classes");
        introspector = new AllowlistIntrospector(badClasses, badPackages, log, allowlist);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
        if (obj instanceof Map<?, ?> && !allowlist.entries().contains(MAP_GET)) {
            log.warn("Velocity: blocked reading map entry '{}' at {} (java.util.Map#get is not in the velocity allowlist)", identifier, i);
            return null;
        }
        return super.getPropertyGet(obj, identifier, i);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info i) {
        if (obj instanceof Map<?, ?> && !allowlist.entries().contains(MAP_PUT)) {
            log.warn("Velocity: blocked writing map entry '{}' at {} (java.util.Map#put is not in the velocity allowlist)", identifier, i);
            return null;
        }
        return super.getPropertySet(obj, identifier, arg, i);
    }
}
