package io.kontext.render;

import io.kontext.model.Language;

/** Everything that renders the words of one language, made once per build. */
record LanguageViews(Language language, Formats formats, TextRenderer text, DataViews data, VisualViews visuals) {

    String code() {
        return language.code();
    }
}
