package io.kontext.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Evaluates the template expressions of one engine. A plain path through Kontext's view records
 * ({@code ${page.title}}, {@code ${e.date}}) is read through method handles found once per record
 * class; OGNL would look each one up by reflection, with its access checks, on every use, the
 * largest single cost of rendering a page. Anything else (operators, method calls, other classes,
 * a name that is not a component, a null on the way) goes to OGNL as usual, so that its results
 * and its errors are Thymeleaf's own.
 */
final class RecordExpressions implements IStandardVariableExpressionEvaluator {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final OGNLVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<Class<?>, Map<String, MethodHandle>> components = new ConcurrentHashMap<>();
    private final Map<String, String[]> paths = new ConcurrentHashMap<>();

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext expContext) {
        if (!expression.getUseSelectionAsRoot()) {
            String[] path = paths.computeIfAbsent(expression.getExpression().strip(),
                    e -> PATH.matcher(e).matches() ? e.split("\\.") : new String[0]);
            if (path.length > 0 && context.containsVariable(path[0])) {
                Object value = context.getVariable(path[0]);
                int i = 1;
                for (; i < path.length && value instanceof Record r; i++) {
                    MethodHandle accessor = accessors(r.getClass()).get(path[i]);
                    if (accessor == null) {
                        break;
                    }
                    value = read(accessor, r);
                }
                if (i == path.length) {
                    return value;
                }
            }
        }
        return ognl.evaluate(context, expression, expContext);
    }

    private Map<String, MethodHandle> accessors(Class<?> type) {
        return components.computeIfAbsent(type, t -> {
            Map<String, MethodHandle> out = new HashMap<>();
            if (t.getName().startsWith("io.kontext.")) {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                for (RecordComponent c : t.getRecordComponents()) {
                    try {
                        out.put(c.getName(), lookup.unreflect(c.getAccessor()));
                    } catch (IllegalAccessException e) {
                        // not reachable from here: OGNL handles it
                    }
                }
            }
            return out;
        });
    }

    private static Object read(MethodHandle accessor, Record target) {
        try {
            return accessor.invoke(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot read a view record", t);
        }
    }

    /** A view record's components, by name and in order: the variables of the template it is for. */
    static Map<String, Object> variables(Record view) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : view.getClass().getRecordComponents()) {
            try {
                out.put(c.getName(), c.getAccessor().invoke(view));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the view " + view.getClass().getSimpleName(), e);
            }
        }
        return out;
    }
}
