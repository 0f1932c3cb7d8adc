package org.warledger.intake.service.extraction;

import java.util.List;

/**
 * One sentence of {@code article}: its offsets into it, its tokens, and the paragraph it belongs to (0-based).
 */
public record Sentence(String article, int start, int end, List<Token> tokens, int paragraph) {

    /** The words of tokens {@code first}..{@code last} as written, with the article's own spacing. */
    public String text(int first, int last) {
        return article.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** The whole sentence as written. */
    public String text() {
        return article.substring(start, end);
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }

    /** Whether the tokens from {@code index} on are exactly these lower-cased words. */
    public boolean matches(int index, List<String> words) {
        if (index < 0 || index + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(index + i).is(words.get(i))) {
                return false;
            }
        }
        return true;
    }
}
