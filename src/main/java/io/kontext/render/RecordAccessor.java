package io.kontext.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * Reads the components of Kontext's own view records ({@link Views}) for template expressions such
 * as {@code ${page.title}} through a method handle found once per record class. Thymeleaf's OGNL
 * otherwise looks each one up by reflection, with its access checks, on every use: the largest
 * single cost of rendering a page. Anything else (other classes, or a name that is not a
 * component) goes the usual way, checks included.
 */
final class RecordAccessor implements PropertyAccessor {

    private static final ObjectPropertyAccessor FALLBACK = new ObjectPropertyAccessor();

    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> out = new HashMap<>();
            if (!type.isRecord() || !type.getName().startsWith("io.kontext.")) {
                return out;
            }
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    out.put(c.getName(), lookup.unreflect(c.getAccessor()));
                } catch (IllegalAccessException e) {
                    // not reachable from here: the usual way handles it
                }
            }
            return out;
        }
    };

    private RecordAccessor() {
    }

    /** Makes OGNL use this accessor for every record; called once, before templates run. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordAccessor());
    }

    @Override
    public Object getProperty(OgnlContext context, Object target, Object name) throws OgnlException {
        MethodHandle accessor = name instanceof String s ? COMPONENTS.get(target.getClass()).get(s) : null;
        if (accessor == null) {
            return FALLBACK.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new OgnlException("cannot read " + name, t);
        }
    }

    @Override
    public void setProperty(OgnlContext context, Object target, Object name, Object value) throws OgnlException {
        FALLBACK.setProperty(context, target, name, value);
    }

    @Override
    public String getSourceAccessor(OgnlContext context, Object target, Object name) {
        return FALLBACK.getSourceAccessor(context, target, name);
    }

    @Override
    public String getSourceSetter(OgnlContext context, Object target, Object name) {
        return FALLBACK.getSourceSetter(context, target, name);
    }
}
