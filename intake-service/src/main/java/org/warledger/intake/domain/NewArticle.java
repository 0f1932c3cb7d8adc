package org.warledger.intake.domain;

import java.time.LocalDate;

/** An article as a client posts it: its text, or its HTML to be turned into text. */
public record NewArticle(String url, String publisher, String title, LocalDate publishedOn, LocalDate retrievedOn,
        String language, String text, String html) {
}
