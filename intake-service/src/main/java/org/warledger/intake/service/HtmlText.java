package org.warledger.intake.service;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's article text, with jsoup: scripts, styles, navigation, headers, footers, forms and asides are dropped,
 * each block (heading, paragraph, list item, quote, caption, cell) becomes one line, and markup and entities are
 * resolved to plain text. Nested blocks are read once, at the innermost block.
 */
final class HtmlText {

    private static final String DROPPED = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "template, button, select, object, embed, canvas, [hidden], [aria-hidden=true]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dt, dd, "
            + "caption";

    private HtmlText() {
    }

    /** The text of the page; its title when {@code title} is wanted and the page has one. */
    static Page read(String html) {
        Document document = Jsoup.parse(html);
        String title = document.title().strip();
        document.select(DROPPED).remove();
        Element root = document.selectFirst("article");
        if (root == null) {
            root = document.selectFirst("main");
        }
        if (root == null) {
            root = document.body();
        }
        List<String> lines = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (!block.select(BLOCKS).stream().filter(inner -> inner != block).findAny().isPresent()) {
                String line = block.text().strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty()) {
            String whole = root.text().strip();
            if (!whole.isEmpty()) {
                lines.add(whole);
            }
        }
        if (title.isEmpty()) {
            Element heading = document.selectFirst("h1");
            title = heading == null ? "" : heading.text().strip();
        }
        return new Page(title, String.join("\n", lines));
    }

    record Page(String title, String text) {
    }
}
