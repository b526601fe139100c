package io.kontext.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The preview server's own pages (the error page, the embed and language previews) and files
 * ({@code live.js}, {@code dev.css}), kept as resources beside this class. They are a developer
 * tool, so their words are English, all of them in {@code words.properties}; the templates are
 * Thymeleaf, which escapes every inserted text.
 */
final class DevPages {

    private static final String DIR = "io/kontext/serve/";

    private final TemplateEngine engine = new TemplateEngine();
    private final Properties words = new Properties();

    DevPages() {
        try (InputStream in = DevPages.class.getClassLoader().getResourceAsStream(DIR + "words.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DevPages.class.getClassLoader());
        resolver.setPrefix(DIR);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new IMessageResolver() {
            @Override
            public String getName() {
                return "kontext-serve";
            }

            @Override
            public Integer getOrder() {
                return 0;
            }

            @Override
            public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
                return word(key, params == null ? new Object[0] : params);
            }

            @Override
            public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                    Object[] params) {
                return "??" + key + "??";
            }
        });
    }

    /** A word of the dev pages; a missing key is a bug, shown as {@code ??key??}. */
    String word(String key, Object... params) {
        String pattern = words.getProperty(key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(params);
    }

    String render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariables(variables);
        return engine.process(template, context);
    }

    /** One of the static files beside the templates ({@code live.js}); null if there is none. */
    static byte[] file(String name) {
        try (InputStream in = DevPages.class.getClassLoader().getResourceAsStream(DIR + "files/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
